#include "NaiveBlend.h"

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
    if (gain.empty())
        return 0;
    const double count = double(gain.size());
    double mean = 0;
    for (double g : gain)
        mean += g;
    mean /= count;
    const auto autocovariance = [&gain, mean, count](size_t lag) {
        double sum = 0;
        for (size_t i = lag; i < gain.size(); ++i)
            sum += (gain[i] - mean) * (gain[i - lag] - mean);
        return sum / count;
    };
    // Newey–West: Bartlett weights over horizon − 1 lags keep the variance positive.
    const size_t lags = std::min(gain.size() - 1, size_t(std::max(0, horizon - 1)));
    double variance = autocovariance(0);
    for (size_t lag = 1; lag <= lags; ++lag)
        variance += 2.0 * (1.0 - double(lag) / double(lags + 1)) * autocovariance(lag);
    if (!(variance > 0))
        return mean > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    return mean / std::sqrt(variance / count);
}

} // namespace modeldeck
