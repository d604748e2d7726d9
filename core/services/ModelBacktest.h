#pragma once
// A saved model's deployed forecasts over a recent window of its series, as if it had been
// asked once per bar: the forecast of each target bar is made from the bars before its origin
// (target − horizon) only, with the model's own feature settings and fitted scalers, blended
// with persistence by its weight and given its conformal bands, just as PredictionService
// would have made it then. What the A/B test and the comparison view score.
//
// Fast: the features are computed once for the whole series (every feature of row t reads bars
// ≤ t, which tst_abtest checks against forecasts from truncated series) and the windows go
// through the network in batches.

#include "domain/Bar.h"
#include "domain/Prediction.h"
#include "modeldeck_core_export.h"
#include "services/RegisteredModelLoader.h"
#include "training/CancellationToken.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <functional>
#include <span>
#include <vector>

namespace modeldeck {

struct BacktestForecasts
{
    std::vector<Prediction> forecasts; // oldest target first, each with its actual
    double msPerForecast = 0; // wall time of the network per forecast (batched)
};

class MODELDECK_CORE_EXPORT ModelBacktest
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::ModelBacktest)
public:
    // Called with forecasts done and the total, between batches.
    using Progress = std::function<void(int done, int total)>;
    static constexpr int kBatch = 128;
    static constexpr int kMinimumWindow = 10;

    // The bars a window of `window` forecasts at `horizon` needs.
    static qint64 barsNeeded(const SavedFeatures &features, int horizon, int window);

    // Forecasts of the newest `window` target bars of `bars` (ascending, the model's series)
    // at `horizon`, one of the model's horizons. Fewer when the series is shorter (at least
    // kMinimumWindow, else an error saying how many bars are needed). Cancelled: an Error with
    // the token's reason.
    static Result<BacktestForecasts> run(const LoadedModel &model, std::span<const Bar> bars,
                                         int horizon, int window,
                                         const CancellationToken *token = nullptr,
                                         const Progress &progress = {});
};

} // namespace modeldeck
