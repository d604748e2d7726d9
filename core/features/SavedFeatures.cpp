#include "SavedFeatures.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace modeldeck {

namespace {

const QLatin1StringView kFeatures("features");
const QLatin1StringView kNames("feature_names");
const QLatin1StringView kScalers("scalers");
const QLatin1StringView kTarget("target");
const QLatin1StringView kModelWeight("model_weight");

} // namespace

QJsonObject SavedFeatures::toJson() const
{
    return QJsonObject { { kFeatures, config.toJson() },
                         { kNames, QJsonArray::fromStringList(names) },
                         { kScalers,
                           QJsonObject { { kFeatures, featureScaler.toJson() },
                                         { kTarget, targetScaler.toJson() } } },
                         { kModelWeight, modelWeight } };
}

Result<SavedFeatures> SavedFeatures::fromJson(const QJsonObject &json)
{
    if (!json.value(kFeatures).isObject())
        return Error { tr(
            "The saved feature settings are missing (\"features\" must be an object).") };
    auto config = FeatureConfig::fromJson(json.value(kFeatures).toObject());
    if (!config)
        return config.error();
    SavedFeatures saved;
    saved.config = *config;
    saved.names = config->featureNames();

    const QJsonValue names = json.value(kNames);
    QStringList given;
    for (const QJsonValue &name : names.toArray())
        given << name.toString();
    if (!names.isArray() || given != saved.names) {
        return Error { tr("The saved feature names (%1) are not the ones these feature settings "
                          "produce (%2); the "
                          "model was made for other inputs.")
                           .arg(given.isEmpty() ? tr("none") : given.join(QStringLiteral(", ")),
                                saved.names.join(QStringLiteral(", "))) };
    }

    const QJsonObject scalers = json.value(kScalers).toObject();
    if (!Scaler::fromJson(scalers.value(kFeatures).toObject(), saved.featureScaler)
        || saved.featureScaler.columns() != int(saved.names.size())) {
        return Error { tr("The saved feature scaler is missing or damaged: it needs \"mean\" and "
                          "\"std\" arrays of %1 "
                          "finite numbers (std above 0).")
                           .arg(saved.names.size()) };
    }
    if (!Scaler::fromJson(scalers.value(kTarget).toObject(), saved.targetScaler)
        || saved.targetScaler.columns() < 1) {
        return Error { tr("The saved target scaler is missing or damaged: it needs \"mean\" and "
                          "\"std\" arrays of finite "
                          "numbers (std above 0).") };
    }
    const QJsonValue weight = json.value(kModelWeight);
    if (!weight.isUndefined()) {
        if (!weight.isDouble() || !(weight.toDouble() >= 0.0 && weight.toDouble() <= 1.0))
            return Error { tr("The saved model weight must be a number from 0 to 1.") };
        saved.modelWeight = weight.toDouble();
    }
    return saved;
}

} // namespace modeldeck
