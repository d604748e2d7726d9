#include "backtest/Indicators.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace modeldeck::indicators {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

template<typename Better>
std::vector<double> previousExtreme(std::span<const double> x, int period, Better better)
{
    std::vector<double> out(x.size(), kNaN);
    if (period < 1)
        return out;
    std::deque<size_t> window; // indices whose values are monotonic: the front is the extreme
    for (size_t t = 0; t < x.size(); ++t) {
        // Window t-period .. t-1: the extreme among bars before t.
        while (!window.empty() && window.front() + size_t(period) < t)
            window.pop_front();
        if (t >= size_t(period))
            out[t] = x[window.front()];
        while (!window.empty() && !better(x[window.back()], x[t]))
            window.pop_back();
        window.push_back(t);
    }
    return out;
}

} // namespace

std::vector<double> prefixSums(std::span<const double> x)
{
    std::vector<double> sums(x.size() + 1, 0.0);
    double s = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        s += x[i];
        sums[i + 1] = s;
    }
    return sums;
}

std::vector<double> sma(std::span<const double> prefix, int period)
{
    const size_t n = prefix.empty() ? 0 : prefix.size() - 1;
    std::vector<double> out(n, kNaN);
    if (period < 1)
        return out;
    const size_t p = size_t(period);
    for (size_t t = p - 1; t < n; ++t)
        out[t] = (prefix[t + 1] - prefix[t + 1 - p]) / double(period);
    return out;
}

std::vector<double> rollingStd(std::span<const double> x, int period)
{
    std::vector<double> out(x.size(), kNaN);
    if (period < 1 || x.empty())
        return out;
    // Sums of x - x[0]: prices far from zero would otherwise cancel in sumsq - sum²/n.
    const double shift = x[0];
    double sum = 0;
    double sumSq = 0;
    const size_t p = size_t(period);
    for (size_t t = 0; t < x.size(); ++t) {
        const double v = x[t] - shift;
        sum += v;
        sumSq += v * v;
        if (t >= p) {
            const double old = x[t - p] - shift;
            sum -= old;
            sumSq -= old * old;
        }
        if (t + 1 >= p) {
            const double mean = sum / double(period);
            out[t] = std::sqrt(std::max(0.0, sumSq / double(period) - mean * mean));
        }
    }
    return out;
}

std::vector<double> rsi(std::span<const double> close, int period)
{
    std::vector<double> out(close.size(), kNaN);
    if (period < 1 || close.size() <= size_t(period))
        return out;
    const auto value = [](double gain, double loss) {
        if (loss == 0)
            return gain == 0 ? 50.0 : 100.0;
        return 100.0 - 100.0 / (1.0 + gain / loss);
    };
    double gain = 0;
    double loss = 0;
    for (size_t t = 1; t <= size_t(period); ++t) {
        const double change = close[t] - close[t - 1];
        gain += std::max(change, 0.0);
        loss += std::max(-change, 0.0);
    }
    gain /= period;
    loss /= period;
    out[size_t(period)] = value(gain, loss);
    for (size_t t = size_t(period) + 1; t < close.size(); ++t) {
        const double change = close[t] - close[t - 1];
        gain = (gain * (period - 1) + std::max(change, 0.0)) / period;
        loss = (loss * (period - 1) + std::max(-change, 0.0)) / period;
        out[t] = value(gain, loss);
    }
    return out;
}

std::vector<double> previousMin(std::span<const double> x, int period)
{
    return previousExtreme(x, period, [](double kept, double incoming) { return kept < incoming; });
}

std::vector<double> previousMax(std::span<const double> x, int period)
{
    return previousExtreme(x, period, [](double kept, double incoming) { return kept > incoming; });
}

std::vector<double> previousMean(std::span<const double> x, int period)
{
    std::vector<double> out(x.size(), kNaN);
    if (period < 1)
        return out;
    const std::vector<double> sums = prefixSums(x);
    for (size_t t = size_t(period); t < x.size(); ++t)
        out[t] = (sums[t] - sums[t - size_t(period)]) / double(period);
    return out;
}

} // namespace modeldeck::indicators

namespace modeldeck {

template<typename Make>
const std::vector<double> &IndicatorCache::get(Kind kind, int period, Make make) const
{
    const std::lock_guard lock(m_mutex);
    auto found = m_cache.find({ kind, period });
    if (found == m_cache.end())
        found = m_cache.emplace(std::tuple { kind, period }, make()).first;
    return found->second;
}

const std::vector<double> &IndicatorCache::smaClose(int period) const
{
    return get(Kind::Sma, period, [&] {
        if (m_closeSums.empty())
            m_closeSums = indicators::prefixSums(m_bars.close);
        return indicators::sma(m_closeSums, period);
    });
}

const std::vector<double> &IndicatorCache::stdClose(int period) const
{
    return get(Kind::Std, period, [&] { return indicators::rollingStd(m_bars.close, period); });
}

const std::vector<double> &IndicatorCache::rsiClose(int period) const
{
    return get(Kind::Rsi, period, [&] { return indicators::rsi(m_bars.close, period); });
}

const std::vector<double> &IndicatorCache::previousLowMin(int period) const
{
    return get(Kind::LowMin, period, [&] { return indicators::previousMin(m_bars.low, period); });
}

const std::vector<double> &IndicatorCache::previousHighMax(int period) const
{
    return get(Kind::HighMax, period, [&] { return indicators::previousMax(m_bars.high, period); });
}

const std::vector<double> &IndicatorCache::previousVolumeMean(int period) const
{
    return get(Kind::VolumeMean, period,
               [&] { return indicators::previousMean(m_bars.volume, period); });
}

const std::vector<double> &IndicatorCache::expectedReturn() const
{
    return get(Kind::ExpectedReturn, 0, [&] {
        std::vector<double> out(m_bars.size(), std::numeric_limits<double>::quiet_NaN());
        for (size_t t = 0; t < std::min(out.size(), m_bars.forecast.size()); ++t)
            out[t] = m_bars.forecast[t] / m_bars.close[t] - 1.0;
        return out;
    });
}

} // namespace modeldeck
