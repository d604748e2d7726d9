#include "backtest/BacktestEngine.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace modeldeck {

namespace {

constexpr double kYearMs = 365.25 * 86400.0 * 1000.0;

// The running trade while scoring; closed into `result.trades` only with details, but always
// counted, since win rate and profit factor need every trade.
struct TradeTally
{
    int count = 0;
    int wins = 0;
    double gains = 0;
    double losses = 0; // positive

    void add(double r)
    {
        ++count;
        if (r > 0) {
            ++wins;
            gains += r;
        } else if (r < 0) {
            losses -= r;
        }
    }
};

} // namespace

double barsPerYear(std::span<const qint64> times, qint64 timeframeSeconds)
{
    if (times.size() >= 2 && times.back() > times.front())
        return double(times.size() - 1) * kYearMs / double(times.back() - times.front());
    return timeframeSeconds > 0 ? kYearMs / 1000.0 / double(timeframeSeconds) : 252.0;
}

namespace {

// Everything the per-bar loop accumulates.
struct LoopState
{
    double equity = 1.0;
    double peak = 1.0;
    double minRatio = 1.0; // lowest equity / running peak: max drawdown = 1 - minRatio
    double sum = 0;
    double sumSq = 0;
    double downSq = 0;
    size_t exposed = 0;
    TradeTally tally;
    // The open trade: direction 0 when flat.
    int tradeDirection = 0;
    double tradeEntry = 0;
    size_t tradeStart = 0;
};

void closeTrade(const BarColumns &bars, double cost, bool details, LoopState &st, double exitPrice,
                size_t exitBar, bool stillOpen, BacktestResult &result)
{
    const double gross = 1.0 + st.tradeDirection * (exitPrice / st.tradeEntry - 1.0);
    const double r = gross * (1.0 - cost) * (stillOpen ? 1.0 : 1.0 - cost) - 1.0;
    st.tally.add(r);
    if (details) {
        result.trades.push_back({ st.tradeDirection, bars.time[st.tradeStart], st.tradeEntry,
                                  bars.time[exitBar], exitPrice, r,
                                  int(exitBar - st.tradeStart) + (stillOpen ? 1 : 0), stillOpen });
    }
}

// The hot loop, instantiated per (short allowed, details kept) so neither is a per-bar branch.
// Held bars (the common case) cost one multiply-add from the precomputed close return; the
// drawdown division runs only when equity sets a new low against its peak.
template<bool kShort, bool kDetails>
void scoreBars(const BarColumns &bars, const qint8 *signal, double cost, size_t first, size_t end,
               LoopState &st, BacktestResult &result)
{
    const double *open = bars.open.data();
    const double *close = bars.close.data();
    const double *closeReturn = bars.closeReturn.data();
    double equity = st.equity;
    double peak = st.peak;
    double minRatio = st.minRatio;
    double sum = 0;
    double sumSq = 0;
    double downSq = 0;
    size_t exposed = 0;
    int q = 0; // the window starts flat
    for (size_t i = first; i < end; ++i) {
        const int sig = signal[i - 1]; // position[i] = signal[i - 1]
        const int p = kShort ? (sig > 0) - (sig < 0) : (sig > 0);
        double growth;
        if (p == q) [[likely]] {
            growth = 1.0 + p * closeReturn[i];
        } else {
            growth = (1.0 + q * (open[i] / close[i - 1] - 1.0)) * (1.0 - std::abs(p - q) * cost)
                * (1.0 + p * (close[i] / open[i] - 1.0));
            if (st.tradeDirection != 0)
                closeTrade(bars, cost, kDetails, st, open[i], i, false, result);
            st.tradeDirection = p;
            st.tradeEntry = open[i];
            st.tradeStart = i;
        }
        q = p;
        exposed += p != 0;
        const double r = growth - 1.0;
        sum += r;
        sumSq += r * r;
        const double down = std::min(r, 0.0);
        downSq += down * down;
        equity *= growth;
        if (equity > peak)
            peak = equity;
        else if (equity < peak * minRatio)
            minRatio = std::min(minRatio, equity / peak);
        if constexpr (kDetails) {
            result.equity.push_back(equity);
            result.drawdown.push_back(1.0 - equity / peak);
        }
    }
    st.equity = equity;
    st.peak = peak;
    st.minRatio = minRatio;
    st.sum = sum;
    st.sumSq = sumSq;
    st.downSq = downSq;
    st.exposed = exposed;
}

} // namespace

BacktestResult runBacktest(const BarColumns &bars, std::span<const qint8> signals,
                           const BacktestOptions &options, size_t begin, size_t end)
{
    BacktestResult result;
    const size_t n = std::min(bars.size(), signals.size());
    end = std::min(end, n);
    if (begin >= end)
        return result;
    const double cost = options.commission + options.slippage;
    const size_t windowBars = end - begin;
    if (options.details) {
        result.times.assign(bars.time.begin() + std::ptrdiff_t(begin),
                            bars.time.begin() + std::ptrdiff_t(end));
        result.equity.reserve(windowBars);
        result.drawdown.reserve(windowBars);
    }
    const size_t first = std::max<size_t>(begin, 1);
    if (first > begin && options.details) { // bar 0: nothing can be held yet
        result.equity.push_back(1.0);
        result.drawdown.push_back(0.0);
    }
    LoopState st;
    const qint8 *signal = signals.data();
    if (options.allowShort) {
        if (options.details)
            scoreBars<true, true>(bars, signal, cost, first, end, st, result);
        else
            scoreBars<true, false>(bars, signal, cost, first, end, st, result);
    } else {
        if (options.details)
            scoreBars<false, true>(bars, signal, cost, first, end, st, result);
        else
            scoreBars<false, false>(bars, signal, cost, first, end, st, result);
    }
    if (st.tradeDirection != 0)
        closeTrade(bars, cost, options.details, st, bars.close[end - 1], end - 1, true, result);

    BacktestScores &s = result.scores;
    const double equity = st.equity;
    const double maxDrawdown = 1.0 - st.minRatio;
    const TradeTally &tally = st.tally;
    s.bars = int(windowBars);
    s.totalReturn = equity - 1.0;
    const double years = double(bars.time[end - 1] - bars.time[begin]) / kYearMs;
    if (years > 0)
        s.cagr = equity > 0 ? std::pow(equity, 1.0 / years) - 1.0 : -1.0;
    const double count = double(end - first);
    if (count >= 2) {
        const double mean = st.sum / count;
        const double variance = std::max(0.0, (st.sumSq - count * mean * mean) / (count - 1));
        const double annual = std::sqrt(options.barsPerYear);
        s.sharpe = variance > 0 ? mean / std::sqrt(variance) * annual : 0.0;
        const double downside = std::sqrt(st.downSq / count);
        if (downside > 0)
            s.sortino = mean / downside * annual;
        else
            s.sortino = mean > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    }
    s.maxDrawdown = maxDrawdown;
    s.calmar = maxDrawdown > 0 ? s.cagr / maxDrawdown : 0.0;
    s.trades = tally.count;
    s.winRate = tally.count ? double(tally.wins) / tally.count : 0.0;
    if (tally.losses > 0)
        s.profitFactor = tally.gains / tally.losses;
    else
        s.profitFactor = tally.gains > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    s.exposure = double(st.exposed) / double(windowBars);
    if (first < end)
        s.buyAndHoldReturn = bars.close[end - 1] / bars.open[first] - 1.0;
    return result;
}

} // namespace modeldeck
