#include "Metrics.h"

#include <algorithm>
#include <cmath>

// Definitions, over the samples whose predicted, actual and last close are all finite (a
// sample with a NaN would make every figure NaN, which JSON cannot even store; `count` says how
// many were used, so a caller can notice skipped samples):
//   rmse  = sqrt(mean((p - a)^2))           mae = mean(|p - a|)
//   mape  = 100 * mean(|p - a| / |a|) over samples with a != 0 (0 when there are none)
//   smape = 100 * mean(2 |p - a| / (|p| + |a|)), a term is 0 when p = a = 0
//   mase  = mae / mae of the naive forecast (p = last close) on the same samples
//   r2    = 1 - SSE / SST, SST = sum((a - mean(a))^2); 0 when SST is 0 (constant actuals)
//   directionalAccuracy = share of samples with sign(p - last) == sign(a - last), where a
//           move of exactly 0 has sign 0 (so "no change" predicted for no change counts)
//   skill = 1 - rmse / naiveRmse; 0 when naiveRmse is 0
// Every figure stays finite so it can be stored, compared and shown. When the naive forecast
// is perfect (naive MAE 0), mase is 0 if the model is perfect too and kMaseWhenNaiveIsExact
// otherwise: "infinitely worse than naive", kept finite and far above any real ratio.

namespace modeldeck {

namespace {

constexpr double kMaseWhenNaiveIsExact = 1e9;

int sign(double x)
{
    return (x > 0) - (x < 0);
}

} // namespace

ForecastMetrics ForecastMetrics::compute(std::span<const double> predicted,
                                         std::span<const double> actual,
                                         std::span<const double> lastClose)
{
    Q_ASSERT(predicted.size() == actual.size() && actual.size() == lastClose.size());
    const size_t n = std::min({ predicted.size(), actual.size(), lastClose.size() });
    const auto usable = [&](size_t i) {
        return std::isfinite(predicted[i]) && std::isfinite(actual[i])
            && std::isfinite(lastClose[i]);
    };

    ForecastMetrics m;
    double squared = 0, absolute = 0, naiveSquared = 0, naiveAbsolute = 0;
    double percent = 0, symmetric = 0, actualSum = 0;
    int percentCount = 0, directionMatches = 0;
    for (size_t i = 0; i < n; ++i) {
        if (!usable(i))
            continue;
        const double p = predicted[i], a = actual[i], last = lastClose[i];
        const double error = p - a;
        const double naiveError = last - a;
        squared += error * error;
        absolute += std::abs(error);
        naiveSquared += naiveError * naiveError;
        naiveAbsolute += std::abs(naiveError);
        if (a != 0) {
            percent += std::abs(error) / std::abs(a);
            ++percentCount;
        }
        const double magnitude = std::abs(p) + std::abs(a);
        if (magnitude > 0)
            symmetric += 2 * std::abs(error) / magnitude;
        if (sign(p - last) == sign(a - last))
            ++directionMatches;
        actualSum += a;
        ++m.count;
    }
    if (m.count == 0)
        return m;

    const double count = m.count;
    // Second pass for SST: summing squares about the mean avoids the cancellation of
    // sum(a^2) - n mean^2 when prices are large and move little.
    const double actualMean = actualSum / count;
    double total = 0;
    for (size_t i = 0; i < n; ++i) {
        if (usable(i))
            total += (actual[i] - actualMean) * (actual[i] - actualMean);
    }

    m.rmse = std::sqrt(squared / count);
    m.mae = absolute / count;
    m.mape = percentCount > 0 ? 100.0 * percent / percentCount : 0.0;
    m.smape = 100.0 * symmetric / count;
    const double naiveMae = naiveAbsolute / count;
    if (naiveMae > 0)
        m.mase = m.mae / naiveMae;
    else
        m.mase = m.mae > 0 ? kMaseWhenNaiveIsExact : 0.0;
    m.r2 = total > 0 ? 1.0 - squared / total : 0.0;
    m.directionalAccuracy = directionMatches / count;
    m.naiveRmse = std::sqrt(naiveSquared / count);
    m.skill = m.naiveRmse > 0 ? 1.0 - m.rmse / m.naiveRmse : 0.0;
    return m;
}

QJsonObject ForecastMetrics::toJson() const
{
    return QJsonObject {
        { QLatin1StringView("rmse"), rmse },
        { QLatin1StringView("mae"), mae },
        { QLatin1StringView("mape"), mape },
        { QLatin1StringView("smape"), smape },
        { QLatin1StringView("mase"), mase },
        { QLatin1StringView("r2"), r2 },
        { QLatin1StringView("directional_accuracy"), directionalAccuracy },
        { QLatin1StringView("naive_rmse"), naiveRmse },
        { QLatin1StringView("skill"), skill },
        { QLatin1StringView("count"), count },
    };
}

} // namespace modeldeck
