#pragma once
// Hyperparameters of a bot, from JSON with per-bot defaults and validation. Torch-free so the
// UI and CLI can edit and validate settings without torch headers.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT ModelConfig
{
    QString bot; // lstm_bot, gru_bot, transformer_bot, mlp_bot, linear_bot, naive
    int hiddenSize = 64; // 1..4096; also d_model for the Transformer
    int layers = 2; // 1..16
    double dropout = 0.1; // 0..0.9
    int heads = 4; // 1..64, must divide hiddenSize (Transformer)
    int lookback = 32; // 1..4096 bars per window (mlp/linear flatten the window)
    double learningRate = 1e-3; // (0, 1]
    int batchSize = 64; // 1..65536
    int epochs = 50; // 1..100000
    double weightDecay = 0; // 0..1
    quint64 seed = 42;
    QString optimizer = QStringLiteral("adam"); // adam | adamw
    QString loss = QStringLiteral("mse"); // mse | huber
    double gradClip = 1.0; // max gradient norm; 0 disables
    int patience = 8; // early stopping: epochs without validation improvement
    int lrPatience = 4; // halve the learning rate after this many flat epochs

    static QStringList bots();
    // The hyperparameter keys fromJson reads (besides "bot"), in the order toJson writes them.
    static QStringList keys();
    static bool isSequenceModel(const QString &bot); // lstm, gru, transformer
    static ModelConfig defaults(const QString &bot);
    // Defaults for `bot` overridden by `json`. Unknown bots, unknown keys, wrong types and
    // out-of-range values are errors naming the key and the allowed range.
    static Result<ModelConfig> fromJson(const QString &bot, const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace modeldeck
