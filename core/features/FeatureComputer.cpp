#include "FeatureComputer.h"

#include <algorithm>
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
        out = { Kind::Lag, k, k };
    else if (suffix(QLatin1StringView("sma_"), k))
        out = { Kind::Sma, k, k };
    else if (suffix(QLatin1StringView("price_change_"), k))
        out = { Kind::PriceChange, k, k + 1 };
    else if (suffix(QLatin1StringView("volume_ratio_"), k))
        out = { Kind::VolumeRatio, k, k };
    else if (suffix(QLatin1StringView("log_return_"), k))
        out = { Kind::LogReturn, k, k + 1 };
    else if (suffix(QLatin1StringView("close_sma_"), k))
        out = { Kind::CloseSma, k, k };
    else if (suffix(QLatin1StringView("volatility_"), k))
        out = { Kind::Volatility, k, k + 1 };
    else if (suffix(QLatin1StringView("volume_log_ratio_"), k))
        out = { Kind::VolumeLogRatio, k, k };
    else if (name == QLatin1StringView("log_volume"))
        out = { Kind::LogVolume, 0, 1 };
    else if (name == QLatin1StringView("hl_range"))
        out = { Kind::HlRange, 0, 1 };
    else if (name == QLatin1StringView("oc_change"))
        out = { Kind::OcChange, 0, 1 };
    else
        return false;
    return true;
}

Bar FeatureComputer::repaired(const Bar &bar)
{
    if (!(bar.flags & BarFlagInvalid))
        return bar;
    Bar b = bar;
    if (!(std::isfinite(b.open) && b.open > 0))
        b.open = b.close;
    const auto finiteOr = [&b](double v) { return std::isfinite(v) ? v : b.close; };
    const double high = finiteOr(b.high);
    const double low = finiteOr(b.low);
    b.high = std::max({ b.open, high, low, b.close });
    b.low = std::min({ b.open, high, low, b.close });
    if (!(std::isfinite(b.volume) && b.volume >= 0))
        b.volume = 0;
    return b;
}

// O(1) per value: SMAs and volatilities come from prefix sums computed once, so building 1M
// bars costs a few passes over memory and no per-row allocation. Prices stay within a few
// orders of magnitude over a series, so the prefix sums' rounding (about 1e-16 of the running
// total) stays far below a price tick.
FeatureComputer::FeatureComputer(std::span<const Bar> bars) : m_bars(bars)
{
    m_closeSum.resize(bars.size() + 1);
    m_squaredReturns.resize(bars.size() + 1);
    for (size_t i = 0; i < bars.size(); ++i) {
        m_closeSum[i + 1] = m_closeSum[i] + bars[i].close;
        const double r = i > 0 ? std::log(bars[i].close / bars[i - 1].close) : 0.0;
        m_squaredReturns[i + 1] = m_squaredReturns[i] + r * r;
    }
}

double FeatureComputer::volume(size_t t) const
{
    const Bar &bar = m_bars[t];
    return (bar.flags & BarFlagInvalid) ? repaired(bar).volume : bar.volume;
}

double FeatureComputer::volatility(size_t t, int k) const
{
    const size_t n = size_t(k);
    // Clamped at 0: a prefix-sum difference of equal sums can round to a tiny negative.
    const double sum = std::max(0.0, m_squaredReturns[t + 1] - m_squaredReturns[t + 1 - n]);
    return std::sqrt(sum / double(n));
}

double FeatureComputer::value(const Column &column, size_t t) const
{
    // Only a flagged bar is copied to repair it; the rest are read in place.
    const Bar &stored = m_bars[t];
    Bar fixed;
    const Bar &bar = (stored.flags & BarFlagInvalid) ? (fixed = repaired(stored)) : stored;
    const size_t k = size_t(column.k);
    const auto sma
        = [this, t, k] { return (m_closeSum[t + 1] - m_closeSum[t + 1 - k]) / double(k); };
    // Summed directly (k is 10 or 20): volumes can fall by orders of magnitude over a series,
    // and a prefix-sum difference would then be mostly rounding error.
    const auto meanVolume = [this, t, k] {
        double sum = 0;
        for (size_t i = t + 1 - k; i <= t; ++i)
            sum += volume(i);
        return sum / double(k);
    };
    switch (column.kind) {
    case Kind::Lag:
        return m_bars[t + 1 - k].close;
    case Kind::Sma:
        return sma();
    case Kind::PriceChange:
        return bar.close / m_bars[t - k].close - 1.0;
    case Kind::LogVolume:
        return std::log1p(bar.volume);
    case Kind::VolumeRatio: {
        const double mean = meanVolume();
        return mean > 0 ? bar.volume / mean : 0.0;
    }
    case Kind::HlRange:
        return (bar.high - bar.low) / bar.close;
    case Kind::OcChange:
        return bar.close / bar.open - 1.0;
    case Kind::LogReturn:
        return std::log(bar.close / m_bars[t - k].close);
    case Kind::CloseSma:
        return bar.close / sma() - 1.0;
    case Kind::Volatility:
        return volatility(t, column.k);
    case Kind::VolumeLogRatio:
        // +1 keeps silent bars (volume 0, as in many index series) finite and neutral.
        return std::log((bar.volume + 1.0) / (meanVolume() + 1.0));
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace modeldeck
