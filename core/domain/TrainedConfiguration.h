#pragma once
// A trained strategy configuration (trained_configurations): a strategy's parameters chosen by
// an optimisation on one series, with their scores and walk-forward folds. Torch- and SQL-free.

#include "modeldeck_core_export.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT TrainedConfiguration
{
    qint64 id = 0;
    QString name;
    QString symbol;
    QString timeframe;
    QString strategy;
    QJsonObject params;
    QString objective; // BacktestObjective::name
    // BacktestScores::toJson (buy_and_hold_return included); may carry "walk_forward_summary"
    // and "costs" (commission, slippage, short) beside them.
    QJsonObject scores;
    QJsonArray walkForward; // StrategyFold::toJson per fold
    QDateTime createdAt;
    qint64 sourceJobId = 0; // 0: none

    // Everything above as one JSON object ("export"); fromJson reads it back (id and time
    // ignored when absent).
    QJsonObject toJson() const;
    static TrainedConfiguration fromJson(const QJsonObject &json);
};

} // namespace modeldeck
