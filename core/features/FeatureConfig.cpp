#include "FeatureConfig.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

// Feature definitions (row t describes the market after bar t closed; only bars <= t are read),
// with the bars each needs:
//   lag_k           close[t - k + 1]  (lag_1 is the latest known close)          k
//   sma_k           mean(close[t - k + 1 .. t])                                   k
//   price_change_k  close[t] / close[t - k] - 1                                   k + 1
//   log_volume      log1p(volume[t])                                              1
//   volume_ratio_10 volume[t] / mean(volume[t - 9 .. t]), 0 when that mean is 0   10
//   hl_range        (high[t] - low[t]) / close[t]                                 1
//   oc_change       close[t] / open[t] - 1                                        1
// historyBars() is the most bars needed by an enabled feature, so row historyBars() - 1 is
// the first with every feature defined: 24 for the base set, 48 with horizon >= 24 and 168
// with horizon >= 168. Longer horizons get longer-range features because a one-bar lag says
// little about where the price is a week ahead.

namespace modeldeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("modeldeck::FeatureConfig", text);
}

enum class Group { Base, Horizon24, Horizon168, Volume, Range };

struct FeatureDef
{
    const char *name;
    int barsNeeded;
    Group group;
};

// Column order is part of the saved model's contract: append, never reorder.
constexpr FeatureDef kFeatures[] = {
    {"lag_1", 1, Group::Base},
    {"lag_2", 2, Group::Base},
    {"lag_24", 24, Group::Base},
    {"sma_10", 10, Group::Base},
    {"price_change_1", 2, Group::Base},
    {"lag_48", 48, Group::Horizon24},
    {"sma_24", 24, Group::Horizon24},
    {"price_change_24", 25, Group::Horizon24},
    {"lag_168", 168, Group::Horizon168},
    {"sma_168", 168, Group::Horizon168},
    {"log_volume", 1, Group::Volume},
    {"volume_ratio_10", 10, Group::Volume},
    {"hl_range", 1, Group::Range},
    {"oc_change", 1, Group::Range},
};

bool isEnabled(const FeatureConfig &config, Group group)
{
    switch (group) {
    case Group::Base:
        return true;
    case Group::Horizon24:
        return config.horizon >= 24;
    case Group::Horizon168:
        return config.horizon >= 168;
    case Group::Volume:
        return config.volumeFeatures;
    case Group::Range:
        return config.rangeFeatures;
    }
    return false;
}

const QLatin1StringView kHorizon("horizon");
const QLatin1StringView kLogReturnTarget("log_return_target");
const QLatin1StringView kLookback("lookback");
const QLatin1StringView kVolumeFeatures("volume_features");
const QLatin1StringView kRangeFeatures("range_features");
const QLatin1StringView kTrainFraction("train_fraction");
const QLatin1StringView kValidationFraction("validation_fraction");

constexpr int kMaxHorizon = 10000;
constexpr int kMaxLookback = 4096;

// JSON numbers are doubles: accept only exact integers so 1.5 or 1e300 cannot be truncated
// into something the user did not write.
bool readInt(const QJsonObject &json, QLatin1StringView key, int min, int max, int &out,
             Error &error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return true;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number) || number < min
        || number > max) {
        error = Error{tr("Feature settings: \"%1\" must be a whole number from %2 to %3.")
                          .arg(key)
                          .arg(min)
                          .arg(max)};
        return false;
    }
    out = int(number);
    return true;
}

bool readBool(const QJsonObject &json, QLatin1StringView key, bool &out, Error &error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isBool()) {
        error = Error{tr("Feature settings: \"%1\" must be true or false.").arg(key)};
        return false;
    }
    out = value.toBool();
    return true;
}

bool readFraction(const QJsonObject &json, QLatin1StringView key, double &out, Error &error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return true;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !(number > 0.0 && number < 1.0)) {
        error = Error {
            tr("Feature settings: \"%1\" must be a number greater than 0 and less than 1.").arg(key)
        };
        return false;
    }
    out = number;
    return true;
}

} // namespace

QStringList FeatureConfig::featureNames() const
{
    QStringList names;
    for (const FeatureDef &def : kFeatures) {
        if (isEnabled(*this, def.group))
            names << QString::fromLatin1(def.name);
    }
    return names;
}

int FeatureConfig::historyBars() const
{
    int bars = 1;
    for (const FeatureDef &def : kFeatures) {
        if (isEnabled(*this, def.group))
            bars = std::max(bars, def.barsNeeded);
    }
    return bars;
}

QJsonObject FeatureConfig::toJson() const
{
    return QJsonObject{
        {kHorizon, horizon},
        {kLogReturnTarget, logReturnTarget},
        {kLookback, lookback},
        {kVolumeFeatures, volumeFeatures},
        {kRangeFeatures, rangeFeatures},
        {kTrainFraction, trainFraction},
        {kValidationFraction, validationFraction},
    };
}

Result<FeatureConfig> FeatureConfig::fromJson(const QJsonObject &json)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (key != kHorizon && key != kLogReturnTarget && key != kLookback && key != kVolumeFeatures
            && key != kRangeFeatures && key != kTrainFraction && key != kValidationFraction) {
            return Error{tr("Feature settings: unknown key \"%1\".").arg(key)};
        }
    }

    FeatureConfig config;
    Error error;
    if (!readInt(json, kHorizon, 1, kMaxHorizon, config.horizon, error)
        || !readBool(json, kLogReturnTarget, config.logReturnTarget, error)
        || !readInt(json, kLookback, 1, kMaxLookback, config.lookback, error)
        || !readBool(json, kVolumeFeatures, config.volumeFeatures, error)
        || !readBool(json, kRangeFeatures, config.rangeFeatures, error)
        || !readFraction(json, kTrainFraction, config.trainFraction, error)
        || !readFraction(json, kValidationFraction, config.validationFraction, error)) {
        return error;
    }
    // Strictly below 1 so the test split, which gets the rest, is never empty by construction.
    if (!(config.trainFraction + config.validationFraction < 1.0)) {
        return Error{tr("Feature settings: \"%1\" + \"%2\" must be less than 1 so that bars remain "
                        "for the test split (got %3 + %4).")
                         .arg(kTrainFraction, kValidationFraction)
                         .arg(config.trainFraction)
                         .arg(config.validationFraction)};
    }
    return config;
}

} // namespace modeldeck
