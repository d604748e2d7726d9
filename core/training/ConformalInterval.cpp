#include "ConformalInterval.h"

#include <QJsonValue>
#include <algorithm>
#include <cmath>
#include <vector>

namespace modeldeck {

namespace {

// |y − ŷ| in price units, or |log(y / ŷ)| / σ with volatilities; non-finite ones are dropped.
std::vector<double> absResiduals(std::span<const double> predicted, std::span<const double> actual,
                                 std::span<const double> volatility)
{
    std::vector<double> residuals;
    const bool scaled = !volatility.empty();
    const size_t n = std::min(
        { predicted.size(), actual.size(), scaled ? volatility.size() : predicted.size() });
    residuals.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        double r = std::abs(actual[i] - predicted[i]);
        if (scaled) {
            const bool positive = predicted[i] > 0 && actual[i] > 0 && volatility[i] > 0;
            r = positive ? std::abs(std::log(actual[i] / predicted[i])) / volatility[i] : NAN;
        }
        if (std::isfinite(r))
            residuals.push_back(r);
    }
    return residuals;
}

std::optional<double> coverage(const std::vector<double> &residuals,
                               const std::optional<double> &halfWidth)
{
    if (residuals.empty())
        return std::nullopt;
    if (!halfWidth)
        return 1.0; // an unbounded interval covers everything
    const auto inside = std::count_if(residuals.begin(), residuals.end(),
                                      [&](double r) { return r <= *halfWidth; });
    return double(inside) / double(residuals.size());
}

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optionalFrom(const QJsonValue &v)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0)
        return std::nullopt;
    return v.toDouble();
}

const QLatin1StringView kScale("scale");
const QLatin1StringView kScalePrice("price");
const QLatin1StringView kScaleVolatility("log_volatility");
const QLatin1StringView kCalibration("calibration_samples");
const QLatin1StringView kHalf80("half_width_80");
const QLatin1StringView kHalf95("half_width_95");
const QLatin1StringView kTest("test_samples");
const QLatin1StringView kCoverage80("test_coverage_80");
const QLatin1StringView kCoverage95("test_coverage_95");
const QLatin1StringView kAdaptive80("adaptive_80");
const QLatin1StringView kAdaptive95("adaptive_95");
const QLatin1StringView kAdaptiveUpdates("adaptive_updates");

// A stored factor is hostile input like the rest: anything outside the allowed range reads as 1.
double factorFrom(const QJsonValue &v)
{
    const double f = v.toDouble(1.0);
    return f >= 1.0 / ConformalInterval::kMaxAdaptive && f <= ConformalInterval::kMaxAdaptive ? f
                                                                                              : 1.0;
}

double moved(double factor, bool inside, double level)
{
    const double step = inside ? -ConformalInterval::kAdaptRate * (1.0 - level)
                               : ConformalInterval::kAdaptRate * level;
    return std::clamp(factor * std::exp(step), 1.0 / ConformalInterval::kMaxAdaptive,
                      ConformalInterval::kMaxAdaptive);
}

} // namespace

std::optional<double> ConformalInterval::quantile(std::span<const double> residuals, double level)
{
    std::vector<double> sorted;
    sorted.reserve(residuals.size());
    for (double r : residuals) {
        if (std::isfinite(r))
            sorted.push_back(std::abs(r));
    }
    const size_t n = sorted.size();
    if (n == 0 || !(level > 0 && level < 1))
        return std::nullopt;
    // The 1e-9 keeps (n + 1) · 0.8 = 8.000000000000002 from rounding up to rank 9.
    const size_t rank = size_t(std::ceil(double(n + 1) * level - 1e-9));
    if (rank > n)
        return std::nullopt;
    std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(rank - 1), sorted.end());
    return sorted[rank - 1];
}

ConformalInterval ConformalInterval::calibrate(std::span<const double> predicted,
                                               std::span<const double> actual,
                                               std::span<const double> volatility)
{
    const std::vector<double> residuals = absResiduals(predicted, actual, volatility);
    ConformalInterval interval;
    interval.scale = volatility.empty() ? Scale::Price : Scale::Volatility;
    interval.calibrationSamples = int(residuals.size());
    interval.halfWidth80 = quantile(residuals, 0.80);
    interval.halfWidth95 = quantile(residuals, 0.95);
    return interval;
}

void ConformalInterval::measure(std::span<const double> predicted, std::span<const double> actual,
                                std::span<const double> volatility)
{
    const std::vector<double> residuals = absResiduals(
        predicted, actual, scale == Scale::Volatility ? volatility : std::span<const double> {});
    testSamples = int(residuals.size());
    coverage80 = calibrationSamples > 0 ? coverage(residuals, halfWidth80) : std::nullopt;
    coverage95 = calibrationSamples > 0 ? coverage(residuals, halfWidth95) : std::nullopt;
}

std::optional<double> ConformalInterval::halfWidth80Now() const
{
    return halfWidth80 ? std::optional(*halfWidth80 * adaptive80) : std::nullopt;
}

std::optional<double> ConformalInterval::halfWidth95Now() const
{
    return halfWidth95 ? std::optional(*halfWidth95 * adaptive95) : std::nullopt;
}

void ConformalInterval::adapt(std::optional<bool> inside80, std::optional<bool> inside95)
{
    if (inside80)
        adaptive80 = moved(adaptive80, *inside80, 0.80);
    if (inside95)
        adaptive95 = moved(adaptive95, *inside95, 0.95);
    if (inside80 || inside95)
        ++adaptiveUpdates;
}

std::optional<ConformalInterval::Band> ConformalInterval::band(double predicted, double halfWidth,
                                                               double volatility) const
{
    if (!std::isfinite(predicted) || !(halfWidth >= 0))
        return std::nullopt;
    if (scale == Scale::Price)
        return Band { predicted - halfWidth, predicted + halfWidth };
    if (!(predicted > 0 && volatility > 0 && std::isfinite(volatility)))
        return std::nullopt;
    const double factor = std::exp(halfWidth * volatility);
    if (!std::isfinite(factor))
        return std::nullopt;
    return Band { predicted / factor, predicted * factor };
}

QJsonObject ConformalInterval::toJson() const
{
    return QJsonObject { { kScale, scale == Scale::Volatility ? kScaleVolatility : kScalePrice },
                         { kCalibration, calibrationSamples },
                         { kHalf80, optionalJson(halfWidth80) },
                         { kHalf95, optionalJson(halfWidth95) },
                         { kTest, testSamples },
                         { kCoverage80, optionalJson(coverage80) },
                         { kCoverage95, optionalJson(coverage95) },
                         { kAdaptive80, adaptive80 },
                         { kAdaptive95, adaptive95 },
                         { kAdaptiveUpdates, adaptiveUpdates } };
}

ConformalInterval ConformalInterval::fromJson(const QJsonObject &json)
{
    ConformalInterval interval;
    // Intervals saved before scales existed are in price units.
    const QJsonValue scale = json.value(kScale);
    if (scale == QJsonValue(kScaleVolatility))
        interval.scale = Scale::Volatility;
    else if (!scale.isUndefined() && scale != QJsonValue(kScalePrice))
        return interval;
    const double calibration = json.value(kCalibration).toDouble(0);
    if (!(calibration >= 1 && calibration < 1e9))
        return interval;
    interval.calibrationSamples = int(calibration);
    interval.halfWidth80 = optionalFrom(json.value(kHalf80));
    interval.halfWidth95 = optionalFrom(json.value(kHalf95));
    const double test = json.value(kTest).toDouble(0);
    interval.testSamples = test >= 0 && test < 1e9 ? int(test) : 0;
    interval.coverage80 = optionalFrom(json.value(kCoverage80));
    interval.coverage95 = optionalFrom(json.value(kCoverage95));
    interval.adaptive80 = factorFrom(json.value(kAdaptive80));
    interval.adaptive95 = factorFrom(json.value(kAdaptive95));
    const double updates = json.value(kAdaptiveUpdates).toDouble(0);
    interval.adaptiveUpdates = updates >= 0 && updates < 1e9 ? int(updates) : 0;
    return interval;
}

} // namespace modeldeck
