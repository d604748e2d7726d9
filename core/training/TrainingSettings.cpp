#include "TrainingSettings.h"

#include "features/FeatureSet.h"

#include <QCoreApplication>

namespace modeldeck {

QJsonObject TrainingSettings::defaultParams(const QString &bot)
{
    QJsonObject params;
    const QJsonObject model = ModelConfig::defaults(bot).toJson();
    for (auto it = model.begin(); it != model.end(); ++it) {
        if (it.key() != u"bot" && ModelConfig::usesKey(bot, it.key()))
            params.insert(it.key(), it.value());
    }
    const QJsonObject features = FeatureConfig().hyperparameters();
    for (auto it = features.begin(); it != features.end(); ++it)
        params.insert(it.key(), it.value());
    return params;
}

Result<TrainingSettings> TrainingSettings::fromParams(const QString &bot, const QJsonObject &params,
                                                      int horizon)
{
    const QStringList featureKeys = FeatureConfig::hyperparameterKeys();
    QJsonObject modelParams;
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (featureKeys.contains(it.key()))
            continue;
        if (it.key() != u"bot" && !ModelConfig::keys().contains(it.key())) {
            return Error { tr("Unknown hyperparameter “%1”; valid keys are: %2.")
                               .arg(it.key(),
                                    (QStringList { QStringLiteral("bot") } + ModelConfig::keys()
                                     + featureKeys)
                                        .join(QStringLiteral(", "))) };
        }
        modelParams.insert(it.key(), it.value());
    }
    auto model = ModelConfig::fromJson(bot, modelParams);
    if (!model)
        return model.error();
    FeatureConfig defaults;
    defaults.horizon = horizon;
    defaults.lookback = model->lookback;
    auto features = defaults.withHyperparameters(params);
    if (!features)
        return features.error();
    return TrainingSettings { *model, *features };
}

qint64 TrainingSettings::barsRequired() const
{
    return FeatureSet::requiredBars(features);
}

} // namespace modeldeck
