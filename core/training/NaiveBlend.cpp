#include "NaiveBlend.h"

#include "monitoring/DieboldMariano.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace modeldeck {

NaiveBlend NaiveBlend::choose(std::span<const double> modelForecast, std::span<const double> actual,
                              std::span<const double> lastClose, int horizon, double *evidence)
{
    // The squared error is a quadratic in w: Σ (e − w·d)² with e = actual − last and
    // d = model − last, so every grid point costs O(1) after one pass. The grid (rather than
    // the closed-form minimum) keeps the stored weight a readable round number.
    double ee = 0, ed = 0, dd = 0;
    const size_t n = std::min({ modelForecast.size(), actual.size(), lastClose.size() });
    for (size_t i = 0; i < n; ++i) {
        const double e = actual[i] - lastClose[i];
        const double d = modelForecast[i] - lastClose[i];
        if (!std::isfinite(e) || !std::isfinite(d))
            continue;
        ee += e * e;
        ed += e * d;
        dd += d * d;
    }
    NaiveBlend best { 0.0 };
    double bestError = ee;
    for (int step = 1; step <= kSteps; ++step) {
        const double w = double(step) / kSteps;
        const double error = ee - 2 * w * ed + w * w * dd;
        // Strictly better by a relative margin: rounding alone must not move w off 0.
        if (error < bestError * (1 - 1e-12)) {
            bestError = error;
            best.weight = w;
        }
    }
    const double support
        = best.weight > 0 ? best.evidence(modelForecast, actual, lastClose, horizon) : 0.0;
    if (evidence)
        *evidence = support;
    if (support < kMinimumEvidence)
        best.weight = 0;
    return best;
}

double NaiveBlend::evidence(std::span<const double> modelForecast, std::span<const double> actual,
                            std::span<const double> lastClose, int horizon) const
{
    std::vector<double> gain; // persistence's squared error minus the blend's, per sample
    const size_t n = std::min({ modelForecast.size(), actual.size(), lastClose.size() });
    gain.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const double naive = actual[i] - lastClose[i];
        const double blended = actual[i] - apply(modelForecast[i], lastClose[i]);
        const double g = naive * naive - blended * blended;
        if (std::isfinite(g))
            gain.push_back(g);
    }
    // Persistence's loss minus the blend's: positive when the blend is better. A blend worse on
    // every sample by the same amount (−∞) is simply no evidence.
    const double s = DieboldMariano::statistic(gain, horizon);
    return s == -std::numeric_limits<double>::infinity() ? 0.0 : s;
}

} // namespace modeldeck
