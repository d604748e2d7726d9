#pragma once
// How Strategy Studio words its figures: one wording for the form, the progress panel, the
// results and the saved configurations. Returns are fractions shown as percentages; ratios
// (Sharpe, profit factor) as plain numbers, ∞ where the score is unbounded.

#include "backtest/BacktestScores.h"
#include "backtest/StrategyOptimizer.h"
#include "search/Sampler.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace modeldeck {

class StrategyText
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::StrategyText)
public:
    // "12.35 %"; "–" when not a number.
    static QString percent(double fraction);
    // "1.42"; "∞" / "−∞" when unbounded, "–" when not a number.
    static QString ratio(double value);
    // An objective's value as its kind reads: percentages for returns, ratios otherwise.
    static QString objectiveValue(BacktestObjective::Kind kind, double value);
    static QString objectiveName(BacktestObjective::Kind kind);
    // TPE, random, grid.
    static QString methodName(Method method);
    static QStringList stepNames(); // Data, Optimize, Validate, Save
    // "fast 10 · slow 30" (keys as the strategy names them).
    static QString params(const QJsonObject &params);
    // Bar time in UTC: a date for daily and longer bars, date and time otherwise.
    static QString time(qint64 ms, bool withTime);
    static QString isoTime(const QString &iso, bool withTime);
};

} // namespace modeldeck
