#include "backtest/BacktestScores.h"

#include <QJsonValue>
#include <cmath>
#include <limits>

namespace modeldeck {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

// null was +∞ (profit factor, Sortino: nothing lost), the only non-finite a score takes.
double read(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    return v.isNull() ? std::numeric_limits<double>::infinity() : v.toDouble();
}

const QStringList &objectiveNames()
{
    static const QStringList names {
        QStringLiteral("sharpe"),   QStringLiteral("sortino"),      QStringLiteral("total_return"),
        QStringLiteral("cagr"),     QStringLiteral("calmar"),       QStringLiteral("profit_factor"),
        QStringLiteral("win_rate"), QStringLiteral("max_drawdown"),
    };
    return names;
}

} // namespace

QJsonObject BacktestScores::toJson() const
{
    return { { QStringLiteral("total_return"), number(totalReturn) },
             { QStringLiteral("cagr"), number(cagr) },
             { QStringLiteral("sharpe"), number(sharpe) },
             { QStringLiteral("sortino"), number(sortino) },
             { QStringLiteral("max_drawdown"), number(maxDrawdown) },
             { QStringLiteral("calmar"), number(calmar) },
             { QStringLiteral("profit_factor"), number(profitFactor) },
             { QStringLiteral("win_rate"), number(winRate) },
             { QStringLiteral("trades"), trades },
             { QStringLiteral("exposure"), number(exposure) },
             { QStringLiteral("buy_and_hold_return"), number(buyAndHoldReturn) },
             { QStringLiteral("bars"), bars } };
}

BacktestScores BacktestScores::fromJson(const QJsonObject &json)
{
    BacktestScores s;
    s.totalReturn = json.value(QStringLiteral("total_return")).toDouble();
    s.cagr = json.value(QStringLiteral("cagr")).toDouble();
    s.sharpe = json.value(QStringLiteral("sharpe")).toDouble();
    s.sortino = read(json, QStringLiteral("sortino"));
    s.maxDrawdown = json.value(QStringLiteral("max_drawdown")).toDouble();
    s.calmar = json.value(QStringLiteral("calmar")).toDouble();
    s.profitFactor = read(json, QStringLiteral("profit_factor"));
    s.winRate = json.value(QStringLiteral("win_rate")).toDouble();
    s.trades = json.value(QStringLiteral("trades")).toInt();
    s.exposure = json.value(QStringLiteral("exposure")).toDouble();
    s.buyAndHoldReturn = json.value(QStringLiteral("buy_and_hold_return")).toDouble();
    s.bars = json.value(QStringLiteral("bars")).toInt();
    return s;
}

Result<BacktestObjective::Kind> BacktestObjective::parse(const QString &name)
{
    const qsizetype index = objectiveNames().indexOf(name.trimmed().toLower());
    if (index < 0) {
        return Error { tr("Unknown objective “%1”; use one of: %2.")
                           .arg(name.left(40), objectiveNames().join(QStringLiteral(", "))) };
    }
    return Kind(index);
}

QString BacktestObjective::name(Kind kind)
{
    return objectiveNames().value(int(kind));
}

QStringList BacktestObjective::names()
{
    return objectiveNames();
}

double BacktestObjective::value(Kind kind, const BacktestScores &s)
{
    double v = 0;
    switch (kind) {
    case Sharpe:
        v = s.sharpe;
        break;
    case Sortino:
        v = s.sortino;
        break;
    case TotalReturn:
        v = s.totalReturn;
        break;
    case Cagr:
        v = s.cagr;
        break;
    case Calmar:
        v = s.calmar;
        break;
    case ProfitFactor:
        v = s.profitFactor;
        break;
    case WinRate:
        v = s.winRate;
        break;
    case MaxDrawdown:
        v = -s.maxDrawdown;
        break;
    }
    return std::isnan(v) ? -std::numeric_limits<double>::infinity() : v;
}

} // namespace modeldeck
