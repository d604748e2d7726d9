#pragma once
// Which features and target a model is trained on. Serialised into the training record's
// config so that prediction rebuilds exactly the same inputs.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT FeatureConfig
{
    int horizon = 1;              // predict the close `horizon` bars ahead
    bool logReturnTarget = false; // target log(close[t+h] / close[t]) instead of close[t+h]
    int lookback = 32;            // bars per input window (1 for non-sequence models)
    bool volumeFeatures = true;
    bool rangeFeatures = true;
    double trainFraction = 0.70;
    double validationFraction = 0.15; // the rest is the test split

    // Feature names in column order, as analysts know them:
    // lag_1, lag_2, lag_24, sma_10, price_change_1; with horizon >= 24 also lag_48, sma_24,
    // price_change_24; with horizon >= 168 also lag_168, sma_168; then volume features
    // (log_volume, volume_ratio_10) and OHLC ranges (hl_range, oc_change).
    QStringList featureNames() const;
    // Bars of history the features need before the first usable row (e.g. 168 for lag_168).
    int historyBars() const;

    QJsonObject toJson() const;
    // Unknown keys and out-of-range values are errors naming the key.
    static Result<FeatureConfig> fromJson(const QJsonObject &json);
};

} // namespace modeldeck
