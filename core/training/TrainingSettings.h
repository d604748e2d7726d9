#pragma once
// The settings of one training run as the hyperparameter JSON gives them (CLI --params, queue
// jobs, Settings' per-bot defaults, the Train Model dialog): the network's keys (ModelConfig)
// and the feature keys (FeatureConfig::hyperparameterKeys(): target and feature groups) in one
// object, checked together. Torch-free.

#include "features/FeatureConfig.h"
#include "modeldeck_core_export.h"
#include "models/ModelConfig.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT TrainingSettings
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::TrainingSettings)

public:
    ModelConfig model;
    FeatureConfig features; // lookback is the model's, horizon the job's

    // Defaults of `bot` overridden by `params`. Unknown keys, wrong types and out-of-range
    // values are errors naming the key, as ModelConfig::fromJson and FeatureConfig::fromJson
    // word them.
    // Every key `bot` reads with its default, model keys first: what the editors show.
    static QJsonObject defaultParams(const QString &bot);
    static Result<TrainingSettings> fromParams(const QString &bot, const QJsonObject &params,
                                               int horizon = 1);

    // The bars a series needs for this run (features' history, lookback, horizon and splits):
    // the one figure the queue's plans and the training dialogs check a series against.
    qint64 barsRequired() const;
};

} // namespace modeldeck
