#pragma once
// How much of a model to trust over persistence. After training, the deployed forecast is
//     ŷ = last + w · (model − last),   w in [0, 1],
// with w chosen on the validation split to minimise its squared error in price units. w = 0
// is the naive forecast itself, so the deployed forecast's validation skill is ≥ 0 by
// construction: a network that learnt nothing useful is shrunk to persistence instead of
// being deployed worse than it. The same weight is applied whenever the model predicts.
//
// A validation split of a few hundred bars flatters a network by chance about as often as it
// shows a real edge, and a weight chosen on noise costs skill on new data. So the chosen blend
// must also beat persistence convincingly: a one-sided Diebold–Mariano test of its squared
// errors against persistence's (with a Newey–West variance over horizon − 1 lags, as errors of
// overlapping horizons are correlated) must reach kMinimumEvidence standard errors, else the
// weight is 0.

#include "modeldeck_core_export.h"

#include <span>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT NaiveBlend
{
    double weight = 1.0; // of the model; 1 for models saved before blending existed

    double apply(double modelForecast, double lastClose) const
    {
        return lastClose + weight * (modelForecast - lastClose);
    }

    // The weight in [0, 1], on a grid of 1/kSteps, with the smallest validation error, or 0
    // when its improvement over persistence is not significant (see above). Aligned spans;
    // samples with a non-finite value are ignored. `evidence`, when given, receives the
    // best grid blend's evidence() before the test (0 when that blend is persistence).
    static NaiveBlend choose(std::span<const double> modelForecast, std::span<const double> actual,
                             std::span<const double> lastClose, int horizon = 1,
                             double *evidence = nullptr);
    static constexpr int kSteps = 100;
    static constexpr double kMinimumEvidence = 1.645; // one-sided 5 %

    // The Diebold–Mariano statistic of persistence's squared errors minus the blend's: mean
    // over its standard error. Positive when the blend is better; +∞ when it is better on
    // every sample by the same amount (no variance), 0 without samples.
    double evidence(std::span<const double> modelForecast, std::span<const double> actual,
                    std::span<const double> lastClose, int horizon) const;
};

} // namespace modeldeck
