#pragma once
// A model saved in the registry (model_registry): one version of a named model, and the filter
// that lists them.

#include "modeldeck_core_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace modeldeck {

struct RegisteredModel
{
    enum class Format { ModelDeck, TorchScript };

    qint64 id = 0;
    QString name;
    int version = 0;
    QString bot; // lstm_bot, … or the type an imported file declares
    Format format = Format::ModelDeck;
    QList<int> horizons; // bars ahead, ascending; output i of the network is horizons[i]
    QString filePath; // relative to the workspace; hostile, resolve with PathSanitizer
    QString fileSha256;
    qint64 fileSize = 0;
    QJsonObject modelConfig; // hyperparameters that rebuild a ModelDeck network
    QJsonObject featureConfig; // SavedFeatures JSON: settings, names, fitted scalers
    QJsonObject intervals; // {"<horizon>": ConformalInterval JSON}
    QJsonObject metrics;
    QString symbol;
    QString timeframe;
    std::optional<qint64> trainingRecordId;
    QString description;
    QStringList tags;
    bool active = false;
    QDateTime createdAt; // UTC
    QDateTime updatedAt;
};

MODELDECK_CORE_EXPORT QString toString(RegisteredModel::Format format);

// The version that stands for a model among its `versions`: the active one, else the newest.
// What drift is judged against and what a retrain copies. Null when there are none.
MODELDECK_CORE_EXPORT const RegisteredModel *
representativeVersion(const std::vector<RegisteredModel> &versions);

struct ModelFilter
{
    QString name;
    QString symbol;
    QString timeframe;
    bool activeOnly = false;
    int limit = -1;
};

} // namespace modeldeck
