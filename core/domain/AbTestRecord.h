#pragma once
// One stored A/B test (ab_tests): which two saved models were scored on which window of their
// series, each side's accuracy, the Diebold–Mariano verdict and whether its winner was
// activated from it.

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace modeldeck {

struct AbTestRecord
{
    qint64 id = 0;
    QDateTime createdAt; // UTC
    QString modelA;
    int versionA = 0;
    QString modelB;
    int versionB = 0;
    QString symbol;
    QString timeframe;
    int horizon = 1;
    int windowSize = 0; // forecasts each side made
    QJsonObject metricsA; // LivePerformance::toJson
    QJsonObject metricsB;
    std::optional<double> dmStatistic; // none when not finite (identical constant differences)
    std::optional<double> pValue;
    QString winner; // "A", "B", or empty: no significant difference
    bool activated = false;

    bool hasWinner() const { return !winner.isEmpty(); }
    QString winnerName() const
    {
        return winner == u"A" ? modelA : winner == u"B" ? modelB : QString();
    }
    int winnerVersion() const { return winner == u"A" ? versionA : winner == u"B" ? versionB : 0; }
};

} // namespace modeldeck
