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
    QString bot; // lstm_bot, gru_bot, transformer_bot, mlp_bot, linear_bot, forest_bot, gbm_bot,
                 // naive
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
    // Tree ensembles (forest_bot, gbm_bot; XGBoost). For gbm_bot, epochs are boosting rounds,
    // learning_rate is the shrinkage and patience the early-stopping rounds; forest_bot grows
    // `trees` trees in one round with a learning rate of 1 and ignores all three.
    int trees = 1; // trees per round (num_parallel_tree): the forest's size
    int maxDepth = 6; // 1..32
    double subsample = 1.0; // (0, 1]: rows each tree sees
    double colsample = 1.0; // (0, 1]: columns each split (forest) or tree (gbm) sees
    double minChildWeight = 1.0; // 0..1e6: the fewest samples (hessian) a leaf needs

    static QStringList bots();
    // The hyperparameter keys fromJson reads (besides "bot"), in the order toJson writes them.
    static QStringList keys();
    static bool isSequenceModel(const QString &bot); // lstm, gru, transformer
    // Whether `bot` reads hyperparameter `key` (the editors show only those; toJson writes all).
    static bool usesKey(const QString &bot, const QString &key);
    static bool isTreeModel(const QString &bot); // forest, gbm: XGBoost, no torch
    // The extension of the bot's model files: "ubj" (XGBoost's UBJSON) for tree bots, else "pt".
    static QString fileSuffix(const QString &bot);
    // Whether `path` ends in one of those suffixes (what clean-ups may remove).
    static bool hasModelFileSuffix(const QString &path);
    static ModelConfig defaults(const QString &bot);
    // Defaults for `bot` overridden by `json`. Unknown bots, unknown keys, wrong types and
    // out-of-range values are errors naming the key and the allowed range.
    static Result<ModelConfig> fromJson(const QString &bot, const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace modeldeck
