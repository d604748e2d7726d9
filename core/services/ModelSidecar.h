#pragma once
// The JSON file that travels beside an exported or imported model file: what the network
// predicts (horizons), the inputs it expects (feature settings, names, fitted scalers) and
// metadata. Parsing is a pure function from bytes, so hostile files can be tested directly.
//
//   {"modeldeck_model": 1, "format": "torchscript" | "modeldeck", "model_type": "lstm",
//    "horizons": [1, 3], "features": {...}, "feature_names": [...],
//    "scalers": {"features": {"mean": [...], "std": [...]}, "target": {"mean": [...], "std":
//    [...]}}, optional: "model_config" (format modeldeck), "intervals", "metrics", "symbol",
//    "timeframe", "name", "version", "description", "tags", "sha256", "exported_at"}

#include "domain/RegisteredModel.h"
#include "features/SavedFeatures.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT ModelSidecar
{
    static constexpr qint64 kMaxBytes = 4 << 20;

    RegisteredModel::Format format = RegisteredModel::Format::TorchScript;
    QString bot;
    QList<int> horizons; // ascending, as the model's outputs are ordered
    SavedFeatures features;
    QJsonObject modelConfig; // ModelDeck format: hyperparameters that rebuild the network
    QJsonObject intervals; // {"<horizon>": ConformalInterval JSON}, only listed horizons
    QJsonObject metrics;
    QString symbol; // optional in an import; canonical timeframe name when given
    QString timeframe;
    QString name;
    QString description;
    QStringList tags;
    QString sha256; // when given, the model file must match it

    static Result<ModelSidecar> parse(const QByteArray &bytes);
    // The sidecar written on export: everything needed to import the model elsewhere.
    static QJsonObject describe(const RegisteredModel &model);
};

} // namespace modeldeck
