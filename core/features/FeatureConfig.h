#pragma once
// Which features and target a model is trained on. Serialised into the training record's
// config so that prediction rebuilds exactly the same inputs.
//
// The feature contract is versioned. Version 2 (the default) is scale-free: log returns,
// close relative to its moving averages, volatility, volume and range ratios, and a log-return
// target, so a model trained on one price level still applies at another. Version 1 is the
// price-level set of models saved before it (lags and moving averages of the close in price
// units); saved configurations without a version are version 1 and keep loading unchanged.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT FeatureConfig
{
    static constexpr int kLegacyVersion = 1; // price levels; what a config without "version" means
    static constexpr int kCurrentVersion = 2; // scale-free

    int version = kCurrentVersion;
    int horizon = 1; // predict the close `horizon` bars ahead
    bool logReturnTarget = true; // target log(close[t+h] / close[t]) instead of close[t+h]
    int lookback = 32; // bars per input window (1 for non-sequence models)
    bool volumeFeatures = true;
    bool rangeFeatures = true;
    bool trendFeatures = true; // version 2: close relative to its moving averages
    bool volatilityFeatures = true; // version 2: recent realised volatility
    bool priceLevelFeatures = false; // version 2: the version-1 price-level columns as well
    double trainFraction = 0.70;
    double validationFraction = 0.15; // the rest is the test split

    // Feature names in column order, as analysts know them (FeatureConfig.cpp lists each
    // one's definition). Version 2: log_return_1, log_return_5, log_return_20, then per group
    // close_sma_10, close_sma_50 (trend), volatility_20 (volatility), volume_log_ratio_20
    // (volume), hl_range, oc_change (range), lag_1, lag_2, lag_24, sma_10 (price levels);
    // with horizon >= 24 also log_return_24 and close_sma_24, with horizon >= 168 also
    // log_return_168 and close_sma_168.
    QStringList featureNames() const;
    // Bars of history the features need before the first usable row (e.g. 168 for lag_168).
    int historyBars() const;

    QJsonObject toJson() const;
    // Unknown keys and out-of-range values are errors naming the key. A missing "version"
    // means version 1 (configurations saved before versioning).
    static Result<FeatureConfig> fromJson(const QJsonObject &json);

    // The keys of the hyperparameter JSON (CLI --params, queue jobs, Settings, the Train Model
    // dialog) that are feature settings rather than network settings: "target"
    // ("log_return" or "price") and the feature groups' switches. Lookback belongs to the
    // network's settings and horizon to the job.
    static QStringList hyperparameterKeys();
    // Those keys with this configuration's values ("target" by name).
    QJsonObject hyperparameters() const;
    // Applies those keys of `params` (others are ignored) with the same checks and messages
    // as fromJson.
    Result<FeatureConfig> withHyperparameters(const QJsonObject &params) const;
};

} // namespace modeldeck
