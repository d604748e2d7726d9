#include "DieboldMariano.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace modeldeck::DieboldMariano {

namespace {

std::vector<double> finite(std::span<const double> values)
{
    std::vector<double> kept;
    kept.reserve(values.size());
    for (double v : values) {
        if (std::isfinite(v))
            kept.push_back(v);
    }
    return kept;
}

} // namespace

double statistic(std::span<const double> values, int horizon)
{
    const std::vector<double> d = finite(values);
    if (d.empty())
        return 0;
    const double count = double(d.size());
    double mean = 0;
    for (double v : d)
        mean += v;
    mean /= count;
    const auto autocovariance = [&d, mean, count](size_t lag) {
        double sum = 0;
        for (size_t i = lag; i < d.size(); ++i)
            sum += (d[i] - mean) * (d[i - lag] - mean);
        return sum / count;
    };
    // Newey–West: Bartlett weights over horizon − 1 lags keep the variance positive.
    const size_t lags = std::min(d.size() - 1, size_t(std::max(0, horizon - 1)));
    double variance = autocovariance(0);
    for (size_t lag = 1; lag <= lags; ++lag)
        variance += 2.0 * (1.0 - double(lag) / double(lags + 1)) * autocovariance(lag);
    if (!(variance > 0)) {
        if (mean == 0)
            return 0;
        return mean > 0 ? std::numeric_limits<double>::infinity()
                        : -std::numeric_limits<double>::infinity();
    }
    return mean / std::sqrt(variance / count);
}

Result compare(std::span<const double> errorsA, std::span<const double> errorsB, int horizon)
{
    std::vector<double> d;
    const size_t n = std::min(errorsA.size(), errorsB.size());
    d.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const double v = errorsA[i] * errorsA[i] - errorsB[i] * errorsB[i];
        if (std::isfinite(v))
            d.push_back(v);
    }
    Result r;
    r.count = int(d.size());
    if (d.empty())
        return r;
    for (double v : d)
        r.meanDifference += v;
    r.meanDifference /= double(d.size());
    r.statistic = statistic(d, horizon);
    // Two-sided p from the standard normal: 2 · (1 − Φ(|s|)) = erfc(|s| / √2).
    r.pValue = std::isfinite(r.statistic) ? std::erfc(std::abs(r.statistic) / std::sqrt(2.0)) : 0.0;
    return r;
}

} // namespace modeldeck::DieboldMariano
