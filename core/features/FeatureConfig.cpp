#include "FeatureConfig.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <algorithm>
#include <cmath>

// Feature definitions (row t describes the market after bar t closed; only bars <= t are read),
// with the bars each needs.
// Version 2 (scale-free):
//   log_return_k        log(close[t] / close[t - k])                                 k + 1
//   close_sma_k         close[t] / mean(close[t - k + 1 .. t]) - 1                   k
//   volatility_k        sqrt(mean of log_return_1² over bars t - k + 1 .. t)         k + 1
//   volume_log_ratio_k  log((volume[t] + 1) / (mean(volume[t - k + 1 .. t]) + 1))    k
//   hl_range, oc_change as below; lag_k and sma_k (price levels) only when asked for.
// Version 1 (price levels, models saved before version 2):
//   lag_k           close[t - k + 1]  (lag_1 is the latest known close)          k
//   sma_k           mean(close[t - k + 1 .. t])                                   k
//   price_change_k  close[t] / close[t - k] - 1                                   k + 1
//   log_volume      log1p(volume[t])                                              1
//   volume_ratio_10 volume[t] / mean(volume[t - 9 .. t]), 0 when that mean is 0   10
//   hl_range        (high[t] - low[t]) / close[t]                                 1
//   oc_change       close[t] / open[t] - 1                                        1
// historyBars() is the most bars needed by an enabled feature, so row historyBars() - 1 is
// the first with every feature defined. Longer horizons get longer-range features because a
// one-bar change says little about where the price is a week ahead.

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::FeatureConfig)
};

enum class Group { Base, Volume, Range, Trend, Volatility, PriceLevels };

struct FeatureDef
{
    int version;
    const char *name;
    int barsNeeded;
    Group group;
    int minHorizon; // only for horizons of at least this many bars
};

// Column order is part of a saved model's contract: within a version, append, never reorder.
constexpr FeatureDef kFeatures[] = {
    { 1, "lag_1", 1, Group::Base, 1 },
    { 1, "lag_2", 2, Group::Base, 1 },
    { 1, "lag_24", 24, Group::Base, 1 },
    { 1, "sma_10", 10, Group::Base, 1 },
    { 1, "price_change_1", 2, Group::Base, 1 },
    { 1, "lag_48", 48, Group::Base, 24 },
    { 1, "sma_24", 24, Group::Base, 24 },
    { 1, "price_change_24", 25, Group::Base, 24 },
    { 1, "lag_168", 168, Group::Base, 168 },
    { 1, "sma_168", 168, Group::Base, 168 },
    { 1, "log_volume", 1, Group::Volume, 1 },
    { 1, "volume_ratio_10", 10, Group::Volume, 1 },
    { 1, "hl_range", 1, Group::Range, 1 },
    { 1, "oc_change", 1, Group::Range, 1 },

    { 2, "log_return_1", 2, Group::Base, 1 },
    { 2, "log_return_5", 6, Group::Base, 1 },
    { 2, "log_return_20", 21, Group::Base, 1 },
    { 2, "close_sma_10", 10, Group::Trend, 1 },
    { 2, "close_sma_50", 50, Group::Trend, 1 },
    { 2, "volatility_20", 21, Group::Volatility, 1 },
    { 2, "volume_log_ratio_20", 20, Group::Volume, 1 },
    { 2, "hl_range", 1, Group::Range, 1 },
    { 2, "oc_change", 1, Group::Range, 1 },
    { 2, "lag_1", 1, Group::PriceLevels, 1 },
    { 2, "lag_2", 2, Group::PriceLevels, 1 },
    { 2, "lag_24", 24, Group::PriceLevels, 1 },
    { 2, "sma_10", 10, Group::PriceLevels, 1 },
    { 2, "log_return_24", 25, Group::Base, 24 },
    { 2, "close_sma_24", 24, Group::Trend, 24 },
    { 2, "log_return_168", 169, Group::Base, 168 },
    { 2, "close_sma_168", 168, Group::Trend, 168 },
};

bool isEnabled(const FeatureConfig &config, const FeatureDef &def)
{
    if (def.version != config.version || config.horizon < def.minHorizon)
        return false;
    switch (def.group) {
    case Group::Base:
        return true;
    case Group::Volume:
        return config.volumeFeatures;
    case Group::Range:
        return config.rangeFeatures;
    case Group::Trend:
        return config.trendFeatures;
    case Group::Volatility:
        return config.volatilityFeatures;
    case Group::PriceLevels:
        return config.priceLevelFeatures;
    }
    return false;
}

const QLatin1StringView kVersion("version");
const QLatin1StringView kHorizon("horizon");
const QLatin1StringView kLogReturnTarget("log_return_target");
const QLatin1StringView kLookback("lookback");
const QLatin1StringView kVolumeFeatures("volume_features");
const QLatin1StringView kRangeFeatures("range_features");
const QLatin1StringView kTrendFeatures("trend_features");
const QLatin1StringView kVolatilityFeatures("volatility_features");
const QLatin1StringView kPriceLevelFeatures("price_level_features");
const QLatin1StringView kTrainFraction("train_fraction");
const QLatin1StringView kValidationFraction("validation_fraction");
// Hyperparameter JSON only: the target by name, friendlier than a boolean.
const QLatin1StringView kTarget("target");
const QLatin1StringView kTargetLogReturn("log_return");
const QLatin1StringView kTargetPrice("price");

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
        error = Error { Tr::tr("Feature settings: \"%1\" must be a whole number from %2 to %3.")
                            .arg(key)
                            .arg(min)
                            .arg(max) };
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
        error = Error { Tr::tr("Feature settings: \"%1\" must be true or false.").arg(key) };
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
            Tr::tr("Feature settings: \"%1\" must be a number greater than 0 and less than 1.")
                .arg(key)
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
        if (isEnabled(*this, def))
            names << QString::fromLatin1(def.name);
    }
    return names;
}

int FeatureConfig::historyBars() const
{
    int bars = 1;
    for (const FeatureDef &def : kFeatures) {
        if (isEnabled(*this, def))
            bars = std::max(bars, def.barsNeeded);
    }
    return bars;
}

QJsonObject FeatureConfig::toJson() const
{
    QJsonObject json {
        { kVersion, version },
        { kHorizon, horizon },
        { kLogReturnTarget, logReturnTarget },
        { kLookback, lookback },
        { kVolumeFeatures, volumeFeatures },
        { kRangeFeatures, rangeFeatures },
        { kTrainFraction, trainFraction },
        { kValidationFraction, validationFraction },
    };
    // Version 1 has no such groups; writing them would suggest they mattered.
    if (version >= 2) {
        json.insert(kTrendFeatures, trendFeatures);
        json.insert(kVolatilityFeatures, volatilityFeatures);
        json.insert(kPriceLevelFeatures, priceLevelFeatures);
    }
    return json;
}

Result<FeatureConfig> FeatureConfig::fromJson(const QJsonObject &json)
{
    static const QLatin1StringView known[] = { kVersion,
                                               kHorizon,
                                               kLogReturnTarget,
                                               kLookback,
                                               kVolumeFeatures,
                                               kRangeFeatures,
                                               kTrendFeatures,
                                               kVolatilityFeatures,
                                               kPriceLevelFeatures,
                                               kTrainFraction,
                                               kValidationFraction };
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (std::none_of(std::begin(known), std::end(known),
                         [&key](QLatin1StringView k) { return key == k; }))
            return Error { Tr::tr("Feature settings: unknown key \"%1\".").arg(key) };
    }

    FeatureConfig config;
    Error error;
    config.version = kLegacyVersion;
    if (!readInt(json, kVersion, kLegacyVersion, kCurrentVersion, config.version, error))
        return error;
    // A version-1 configuration's target defaulted to the price.
    config.logReturnTarget = config.version >= 2;
    if (!readInt(json, kHorizon, 1, kMaxHorizon, config.horizon, error)
        || !readBool(json, kLogReturnTarget, config.logReturnTarget, error)
        || !readInt(json, kLookback, 1, kMaxLookback, config.lookback, error)
        || !readBool(json, kVolumeFeatures, config.volumeFeatures, error)
        || !readBool(json, kRangeFeatures, config.rangeFeatures, error)
        || !readBool(json, kTrendFeatures, config.trendFeatures, error)
        || !readBool(json, kVolatilityFeatures, config.volatilityFeatures, error)
        || !readBool(json, kPriceLevelFeatures, config.priceLevelFeatures, error)
        || !readFraction(json, kTrainFraction, config.trainFraction, error)
        || !readFraction(json, kValidationFraction, config.validationFraction, error)) {
        return error;
    }
    // Strictly below 1 so the test split, which gets the rest, is never empty by construction.
    if (!(config.trainFraction + config.validationFraction < 1.0)) {
        return Error {
            Tr::tr("Feature settings: \"%1\" + \"%2\" must be less than 1 so that bars remain "
                   "for the test split (got %3 + %4).")
                .arg(kTrainFraction, kValidationFraction)
                .arg(config.trainFraction)
                .arg(config.validationFraction)
        };
    }
    return config;
}

QStringList FeatureConfig::hyperparameterKeys()
{
    return { kTarget,        kVolumeFeatures,     kRangeFeatures,
             kTrendFeatures, kVolatilityFeatures, kPriceLevelFeatures };
}

QJsonObject FeatureConfig::hyperparameters() const
{
    const QJsonObject json = toJson();
    QJsonObject params { { kTarget, logReturnTarget ? kTargetLogReturn : kTargetPrice } };
    for (const QString &key : hyperparameterKeys()) {
        if (key != kTarget)
            params.insert(key, json.value(key));
    }
    return params;
}

Result<FeatureConfig> FeatureConfig::withHyperparameters(const QJsonObject &params) const
{
    QJsonObject json = toJson();
    for (const QString &key : hyperparameterKeys()) {
        const QJsonValue value = params.value(key);
        if (value.isUndefined())
            continue;
        if (key != kTarget) {
            json.insert(key, value);
            continue;
        }
        if (value != QJsonValue(kTargetLogReturn) && value != QJsonValue(kTargetPrice)) {
            return Error { Tr::tr(
                               "Feature settings: \"%1\" must be \"%2\" (the log return over the "
                               "horizon) or \"%3\" "
                               "(the close itself).")
                               .arg(kTarget, kTargetLogReturn, kTargetPrice) };
        }
        json.insert(kLogReturnTarget, value == QJsonValue(kTargetLogReturn));
    }
    return fromJson(json);
}

} // namespace modeldeck
