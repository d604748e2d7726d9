#pragma once
// The vectorised backtest: signals → positions → per-bar returns → scores. Pure and
// single-pass; no per-bar allocation unless the caller asks for the equity curve and trades.
//
// Execution (next bar, at the open): signal[t] is computed from bars 0..t (its close included),
// so it can only be traded at bar t+1's open. The position held during bar i is therefore
// position[i] = signal[i-1] (flat at bar 0, and at the first bar of a window: the window
// starts flat). A strategy cannot express look-ahead through the engine: whatever signal[t] it
// writes moves money from bar t+1's open on. Strategies' own causality is checked separately
// (CausalityCheck).
//
// Per-bar growth of equity for bar i, with p = position[i], q = position[i-1]:
//   p == q:  1 + p · (close[i] / close[i-1] - 1)              (held through the bar)
//   p != q:  (1 + q · (open[i] / close[i-1] - 1))             (the old position to the open)
//            · (1 - |p - q| · (commission + slippage))         (one side per unit traded)
//            · (1 + p · (close[i] / open[i] - 1))              (the new one from the open)
// Positions are +1 long, 0 flat, -1 short (short only with allowShort; otherwise a -1 signal
// means flat). Commission and slippage are fractions of the traded value per side, so a
// reversal from long to short pays two sides. A position still open at the end is valued at the
// last close without an exit cost.

#include "backtest/BacktestScores.h"
#include "backtest/BarColumns.h"
#include "modeldeck_core_export.h"

#include <QtGlobal>
#include <span>
#include <vector>

namespace modeldeck {

struct BacktestOptions
{
    double commission = 0.0; // fraction per trade side, e.g. 0.001 = 0.1 %
    double slippage = 0.0; // fraction of the price per side, charged like commission
    bool allowShort = false;
    double barsPerYear = 252; // for annualising Sharpe, Sortino (see barsPerYear())
    bool details = true; // keep the equity curve, drawdown and trades
};

struct BacktestTrade
{
    int direction = 1; // +1 long, -1 short
    qint64 entryTimeMs = 0;
    double entryPrice = 0; // the entry bar's open
    qint64 exitTimeMs = 0;
    double exitPrice = 0; // the exit bar's open, or the last close when still open
    // (1 + direction · (exit / entry - 1)) · (1 - cost)² - 1; one cost side only when open.
    double returnFraction = 0;
    int bars = 0; // bars held
    bool open = false; // still held at the last bar
};

struct MODELDECK_CORE_EXPORT BacktestResult
{
    BacktestScores scores;
    // With details: one entry per bar of the window (equity starts at 1), drawdown as a
    // positive fraction below the running peak.
    std::vector<qint64> times;
    std::vector<double> equity;
    std::vector<double> drawdown;
    std::vector<BacktestTrade> trades;
};

// Bars per year from the series' own spacing ((n - 1) bars over the time they span), so daily
// stock bars count trading days, not calendar ones; from the timeframe's length (365.25 days)
// when fewer than two bars or no time passes.
MODELDECK_CORE_EXPORT double barsPerYear(std::span<const qint64> times, qint64 timeframeSeconds);

// Evaluates bars [begin, end) of `bars` with signals for the same series (signals.size() ==
// bars.size()). Signals before `begin` only decide the position at `begin` (which enters then).
MODELDECK_CORE_EXPORT BacktestResult runBacktest(const BarColumns &bars,
                                                 std::span<const qint8> signals,
                                                 const BacktestOptions &options, size_t begin = 0,
                                                 size_t end = size_t(-1));

} // namespace modeldeck
