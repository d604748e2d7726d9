#include "FeatureComputer.h"

#include <cmath>
#include <limits>

namespace modeldeck {

// The names from FeatureConfig are the single description of the columns (they are also what
// a saved model records), so the computations are derived from them.
bool FeatureComputer::parseColumn(const QString &name, Column &out)
{
    const auto suffix = [&name](QLatin1StringView prefix, int &k) {
        if (!name.startsWith(prefix))
            return false;
        bool ok = false;
        k = name.mid(prefix.size()).toInt(&ok);
        return ok && k > 0;
    };
    int k = 0;
    if (suffix(QLatin1StringView("lag_"), k))
        out = {Kind::Lag, k, k};
    else if (suffix(QLatin1StringView("sma_"), k))
        out = {Kind::Sma, k, k};
    else if (suffix(QLatin1StringView("price_change_"), k))
        out = {Kind::PriceChange, k, k + 1};
    else if (suffix(QLatin1StringView("volume_ratio_"), k))
        out = {Kind::VolumeRatio, k, k};
    else if (name == QLatin1StringView("log_volume"))
        out = {Kind::LogVolume, 0, 1};
    else if (name == QLatin1StringView("hl_range"))
        out = {Kind::HlRange, 0, 1};
    else if (name == QLatin1StringView("oc_change"))
        out = {Kind::OcChange, 0, 1};
    else
        return false;
    return true;
}

// O(1) per value: SMAs come from prefix sums computed once, so building 1M bars costs a few
// passes over memory and no per-row allocation. Prices stay within a few orders of magnitude
// over a series, so the prefix sums' rounding (about 1e-16 of the running total) stays far
// below a price tick.
FeatureComputer::FeatureComputer(std::span<const Bar> bars)
    : m_bars(bars)
{
    m_closeSum.resize(bars.size() + 1);
    for (size_t i = 0; i < bars.size(); ++i)
        m_closeSum[i + 1] = m_closeSum[i] + bars[i].close;
}

double FeatureComputer::value(const Column &column, size_t t) const
{
    const Bar &bar = m_bars[t];
    const size_t k = size_t(column.k);
    switch (column.kind) {
    case Kind::Lag:
        return m_bars[t + 1 - k].close;
    case Kind::Sma:
        return (m_closeSum[t + 1] - m_closeSum[t + 1 - k]) / double(k);
    case Kind::PriceChange:
        return bar.close / m_bars[t - k].close - 1.0;
    case Kind::LogVolume:
        return std::log1p(bar.volume);
    case Kind::VolumeRatio: {
        // Summed directly (k is 10): volumes can fall by orders of magnitude over a series,
        // and a prefix-sum difference would then be mostly rounding error.
        double sum = 0;
        for (size_t i = t + 1 - k; i <= t; ++i)
            sum += m_bars[i].volume;
        return sum > 0 ? bar.volume / (sum / double(k)) : 0.0;
    }
    case Kind::HlRange:
        return (bar.high - bar.low) / bar.close;
    case Kind::OcChange:
        return bar.close / bar.open - 1.0;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace modeldeck
