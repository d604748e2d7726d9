#pragma once
// Features, targets and the chronological train/validation/test split built from bars.
// Row t describes the market after bar t closed; its target is the close h bars later.

#include "data/Bar.h"
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
    std::vector<float> rows;          // [rowCount × featureCount], scaled with featureScaler
    std::vector<float> targets;       // [rowCount], scaled with targetScaler (NaN: no target)
    std::vector<double> lastClose;    // close of bar t (what a persistence model predicts)
    std::vector<double> targetClose;  // close of bar t + h (NaN when beyond the data)
    std::vector<qint64> times;        // bar t's start, UTC ms
    // Sample end rows per split. Every sample's window and target lie inside its own split's
    // bars, so no split sees another's future; scalers are fit on the training bars only.
    SampleRange train;
    SampleRange validation;
    SampleRange test;
    Scaler featureScaler;
    Scaler targetScaler;

    // Price predicted by a scaled model output for sample row t (undoes scaling and, for
    // log-return targets, the return transform).
    double toPrice(int row, double scaledOutput) const;

    // Builds everything from bars sorted by time. A series too short for history + lookback +
    // horizon + the three splits is an error saying how many bars are needed and available.
    static Result<FeatureSet> build(std::span<const Bar> bars, const FeatureConfig &config);
    // The fewest bars build() accepts for this configuration (without looking at any data).
    static qint64 requiredBars(const FeatureConfig &config);
};

} // namespace modeldeck
