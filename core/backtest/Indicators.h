#pragma once
// Causal indicators: value t is computed from bars 0..t only (or 0..t-1 where the name says
// "previous"), and is NaN until enough bars exist. They are the only way the built-in strategies
// look at prices, which is what keeps a strategy from reading the future; CausalityCheck proves
// it for any strategy by recomputing its signals on truncated series.
//
// IndicatorCache memoises each (indicator, period) over one series, so an optimisation that tries
// 100 parameter sets computes each distinct moving average once. Thread-safe: entries are
// computed under a lock and never move once made.

#include "backtest/BarColumns.h"
#include "modeldeck_core_export.h"

#include <map>
#include <mutex>
#include <span>
#include <tuple>
#include <vector>

namespace modeldeck::indicators {

// Mean of x[t-period+1 .. t] from prefix sums (sum[t+1] - sum[t+1-period]) / period — the
// same arithmetic as the NumPy reference's cumsum, so both agree to the last bit.
MODELDECK_CORE_EXPORT std::vector<double> sma(std::span<const double> prefixSums, int period);
// Prefix sums: out[0] = 0, out[i+1] = out[i] + x[i] (added in order).
MODELDECK_CORE_EXPORT std::vector<double> prefixSums(std::span<const double> x);
// Population standard deviation of x[t-period+1 .. t].
MODELDECK_CORE_EXPORT std::vector<double> rollingStd(std::span<const double> x, int period);
// Wilder's RSI (0..100): the first value, at t = period, averages the first `period` changes;
// then avg = (avg·(period-1) + change) / period. 100 when no change was a loss, 50 when none
// was either.
MODELDECK_CORE_EXPORT std::vector<double> rsi(std::span<const double> close, int period);
// Lowest x over the previous `period` bars, t-period .. t-1 (the current bar excluded).
MODELDECK_CORE_EXPORT std::vector<double> previousMin(std::span<const double> x, int period);
MODELDECK_CORE_EXPORT std::vector<double> previousMax(std::span<const double> x, int period);
// Mean of x over the previous `period` bars, t-period .. t-1.
MODELDECK_CORE_EXPORT std::vector<double> previousMean(std::span<const double> x, int period);

} // namespace modeldeck::indicators

namespace modeldeck {

class MODELDECK_CORE_EXPORT IndicatorCache
{
public:
    explicit IndicatorCache(const BarColumns &bars) : m_bars(bars) { }
    IndicatorCache(const IndicatorCache &) = delete;
    IndicatorCache &operator=(const IndicatorCache &) = delete;

    const BarColumns &bars() const { return m_bars; }
    size_t size() const { return m_bars.size(); }

    const std::vector<double> &smaClose(int period) const;
    const std::vector<double> &stdClose(int period) const;
    const std::vector<double> &rsiClose(int period) const;
    const std::vector<double> &previousLowMin(int period) const;
    const std::vector<double> &previousHighMax(int period) const;
    const std::vector<double> &previousVolumeMean(int period) const;
    // forecast[t] / close[t] - 1: the return the attached model expects from bar t (NaN where
    // there is no forecast, all NaN without a forecast column). As causal as the column: value
    // t reads bar t's close and the forecast made at bar t.
    const std::vector<double> &expectedReturn() const;

private:
    enum class Kind { Sma, Std, Rsi, LowMin, HighMax, VolumeMean, ExpectedReturn };
    template<typename Make>
    const std::vector<double> &get(Kind kind, int period, Make make) const;

    const BarColumns &m_bars;
    mutable std::mutex m_mutex;
    mutable std::vector<double> m_closeSums; // prefix sums of close, made on first use
    mutable std::map<std::tuple<Kind, int>, std::vector<double>> m_cache;
};

} // namespace modeldeck
