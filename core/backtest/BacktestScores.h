#pragma once
// A backtest's scores and the objectives an optimisation can maximise. Returns are fractions
// (0.12 = 12 %); annualised figures use the options' bars per year.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT BacktestScores
{
    double totalReturn = 0;
    double cagr = 0; // (1 + total)^(1 / years) - 1, years from the window's first to last bar
    double sharpe = 0; // mean / sample stdev of per-bar returns · √(bars per year); 0 if flat
    // mean / downside deviation (√ mean of min(r, 0)²) · √(bars per year); +∞ when no bar lost
    // and the mean is positive, 0 when no bar moved.
    double sortino = 0;
    double maxDrawdown = 0; // largest fall below a running peak of equity, positive
    double calmar = 0; // cagr / maxDrawdown; 0 without a drawdown
    // Sum of winning trades' returns over the sum of losing ones' (positive); +∞ with wins and
    // no losses, 0 without trades.
    double profitFactor = 0;
    double winRate = 0; // winning trades / trades; 0 without trades
    int trades = 0;
    double exposure = 0; // share of the window's bars spent in a position
    // The window's close at its last bar over the open of its first tradable bar, no costs:
    // what holding the symbol through the same window would have returned.
    double buyAndHoldReturn = 0;
    int bars = 0;

    // snake_case keys (total_return, …, buy_and_hold_return); non-finite values as null.
    QJsonObject toJson() const;
    static BacktestScores fromJson(const QJsonObject &json);
};

class MODELDECK_CORE_EXPORT BacktestObjective
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::BacktestObjective)

public:
    enum Kind { Sharpe, Sortino, TotalReturn, Cagr, Calmar, ProfitFactor, WinRate, MaxDrawdown };

    // "sharpe" (default), "sortino", "total_return", "cagr", "calmar", "profit_factor",
    // "win_rate", "max_drawdown" (the smallest drawdown wins).
    static Result<Kind> parse(const QString &name);
    static QString name(Kind kind);
    static QStringList names();
    // Higher is better; NaN becomes -∞ so a broken trial never wins.
    static double value(Kind kind, const BacktestScores &scores);
};

} // namespace modeldeck
