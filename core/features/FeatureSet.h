#pragma once
// Features, targets and the chronological train/validation/test split built from bars.
// Row t describes the market after bar t closed; its target is the close h bars later.

#include "domain/Bar.h"
#include "features/FeatureConfig.h"
#include "features/Scaler.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <span>
#include <vector>

namespace modeldeck {

// Half-open range of sample rows: a sample is the window of `lookback` rows ending at row t.
struct SampleRange
{
    int begin = 0;
    int end = 0;
    int size() const { return end - begin; }
};

struct MODELDECK_CORE_EXPORT FeatureSet
{
    FeatureConfig config;
    QStringList names;
    int featureCount = 0;
    int rowCount = 0;
    std::vector<float> rows; // [rowCount × featureCount], scaled with featureScaler
    std::vector<float> targets; // [rowCount], scaled with targetScaler (NaN: no target)
    std::vector<double> lastClose; // close of bar t (what a persistence model predicts)
    std::vector<double> targetClose; // close of bar t + h (NaN when beyond the data)
    std::vector<qint64> times; // bar t's start, UTC ms
    // Root mean square of the one-bar log returns over the kVolatilityBars bars ending at t
    // (NaN before that): what prediction intervals are scaled by, so they widen and narrow
    // with the market (ConformalInterval::Scale::Volatility).
    std::vector<double> volatility;
    static constexpr int kVolatilityBars = 20;
    // Sample end rows per split. Every sample's window and target lie inside its own split's
    // bars, so no split sees another's future; scalers are fit on the training bars only.
    SampleRange train;
    SampleRange validation;
    SampleRange test;
    Scaler featureScaler;
    Scaler targetScaler;

    // Price predicted by a scaled model output for sample row t (undoes scaling and, for
    // log-return targets, the return transform). Models with one output per horizon have a
    // target scaler column per output; NaN for a row or column out of range.
    double toPrice(int row, double scaledOutput, int targetColumn = 0) const;

    // Builds everything from bars sorted by time. A series too short for history + lookback +
    // horizon + the three splits is an error saying how many bars are needed and available.
    static Result<FeatureSet> build(std::span<const Bar> bars, const FeatureConfig &config);
    // The same rows, splits and targets, scaled with scalers fitted earlier (a saved model's)
    // instead of refitting them on these bars.
    static Result<FeatureSet> build(std::span<const Bar> bars, const FeatureConfig &config,
                                    const Scaler &featureScaler, const Scaler &targetScaler);
    // For predicting with a saved model: rows of the latest bars scaled with the model's
    // scalers, no splits (all empty). Needs latestBarsNeeded() bars; the last row ends the
    // newest window. Scalers whose shape does not fit the configuration are an error.
    static Result<FeatureSet> buildLatest(std::span<const Bar> bars, const FeatureConfig &config,
                                          const Scaler &featureScaler, const Scaler &targetScaler);
    // The fewest bars build() accepts for this configuration (without looking at any data).
    static qint64 requiredBars(const FeatureConfig &config);
    // The bars buildLatest() needs: the features' history plus one window.
    static qint64 latestBarsNeeded(const FeatureConfig &config);

    // The samples of `range` as a table (what tree ensembles train on): one row per sample,
    // its window of `config.lookback` rows flattened oldest first, row-major
    // [range.size() × lookback·featureCount]: the same layout as an InferenceModel's windows.
    std::vector<float> windowTable(SampleRange range) const;
    // The table's column names: a feature's own name for the newest row, "name@t-k" for the
    // row k bars earlier.
    static QStringList windowColumnNames(const QStringList &names, int lookback);
};

} // namespace modeldeck
