#include "strategy/StrategyText.h"

#include <QDateTime>
#include <QLocale>
#include <cmath>

namespace modeldeck {

QString StrategyText::percent(double fraction)
{
    if (std::isnan(fraction))
        return QStringLiteral("–");
    if (std::isinf(fraction))
        return fraction > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return tr("%1 %").arg(QLocale().toString(fraction * 100, 'f', 2));
}

QString StrategyText::ratio(double value)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QLocale().toString(value, 'f', 2);
}

QString StrategyText::objectiveValue(BacktestObjective::Kind kind, double value)
{
    switch (kind) {
    case BacktestObjective::TotalReturn:
    case BacktestObjective::Cagr:
    case BacktestObjective::WinRate:
        return percent(value);
    case BacktestObjective::MaxDrawdown:
        // The objective is the negated drawdown (higher is better); show the drawdown.
        return std::isfinite(value) ? percent(-value) : ratio(value);
    default:
        return ratio(value);
    }
}

QString StrategyText::objectiveName(BacktestObjective::Kind kind)
{
    switch (kind) {
    case BacktestObjective::Sharpe:
        return tr("Sharpe ratio");
    case BacktestObjective::Sortino:
        return tr("Sortino ratio");
    case BacktestObjective::TotalReturn:
        return tr("Total return");
    case BacktestObjective::Cagr:
        return tr("CAGR");
    case BacktestObjective::Calmar:
        return tr("Calmar ratio");
    case BacktestObjective::ProfitFactor:
        return tr("Profit factor");
    case BacktestObjective::WinRate:
        return tr("Win rate");
    case BacktestObjective::MaxDrawdown:
        return tr("Smallest max drawdown");
    }
    return BacktestObjective::name(kind);
}

QString StrategyText::methodName(Method method)
{
    switch (method) {
    case Method::Bayes:
        return tr("TPE (Bayesian)");
    case Method::Random:
        return tr("Random");
    case Method::Grid:
        return tr("Grid");
    }
    return {};
}

QStringList StrategyText::stepNames()
{
    return { tr("Data"), tr("Optimize"), tr("Validate"), tr("Save") };
}

QString StrategyText::params(const QJsonObject &params)
{
    QStringList parts;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QJsonValue v = it.value();
        QString value;
        if (v.isDouble()) {
            const double d = v.toDouble();
            value = d == std::floor(d) && std::abs(d) < 1e15 ? QLocale().toString(qint64(d))
                                                             : QLocale().toString(d, 'g', 4);
        } else if (v.isBool()) {
            value = v.toBool() ? tr("yes") : tr("no");
        } else {
            value = v.toString();
        }
        parts << QStringLiteral("%1 %2").arg(it.key(), value);
    }
    return parts.join(QStringLiteral(" · "));
}

QString StrategyText::time(qint64 ms, bool withTime)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return withTime ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                    : t.toString(QStringLiteral("yyyy-MM-dd"));
}

QString StrategyText::isoTime(const QString &iso, bool withTime)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? time(t.toMSecsSinceEpoch(), withTime) : iso;
}

} // namespace modeldeck
