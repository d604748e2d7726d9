// Tests for ForecastMetrics: hand-computed figures, the perfect and the naive forecast,
// guarded divisions (zero actuals, exact naive forecast, constant actuals) and the JSON keys.

#include "training/Metrics.h"

#include <QJsonObject>
#include <QTest>
#include <cmath>
#include <vector>

using namespace modeldeck;

namespace {

ForecastMetrics metricsOf(const std::vector<double> &predicted, const std::vector<double> &actual,
                          const std::vector<double> &last)
{
    return ForecastMetrics::compute(predicted, actual, last);
}

bool allFinite(const ForecastMetrics &m)
{
    for (double v : { m.rmse, m.mae, m.mape, m.smape, m.mase, m.r2, m.directionalAccuracy,
                      m.naiveRmse, m.skill }) {
        if (!std::isfinite(v))
            return false;
    }
    return true;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputed();
    void perfectForecast();
    void naiveForecast();
    void mapeSkipsZeroActuals();
    void exactNaiveForecast();
    void constantActuals();
    void nonFiniteSamplesAreSkipped();
    void empty();
    void json();
};

void TestMetrics::handComputed()
{
    // last close 100 each time; actual 102, 98, 101, 100; predicted 101, 99, 99.5, 100.
    // errors p - a: -1, 1, -1.5, 0 → SSE 4.25, sum |e| 3.5
    // naive errors last - a: -2, 2, -1, 0 → SSE 9, sum |e| 5
    // mean actual 100.25 → SST 1.75² + 2.25² + 0.75² + 0.25² = 8.75
    // directions (p - last | a - last): +|+, -|-, -|+, 0|0 → 3 of 4 match
    const ForecastMetrics m
        = metricsOf({ 101, 99, 99.5, 100 }, { 102, 98, 101, 100 }, { 100, 100, 100, 100 });
    QCOMPARE(m.count, 4);
    QCOMPARE(m.rmse, std::sqrt(4.25 / 4));
    QCOMPARE(m.mae, 0.875);
    QCOMPARE(m.mape, 100.0 / 4 * (1.0 / 102 + 1.0 / 98 + 1.5 / 101 + 0.0));
    QCOMPARE(m.smape, 100.0 / 4 * (2.0 / 203 + 2.0 / 197 + 3.0 / 200.5 + 0.0));
    QCOMPARE(m.naiveRmse, 1.5);
    QCOMPARE(m.mase, 0.875 / 1.25);
    QCOMPARE(m.r2, 1.0 - 4.25 / 8.75);
    QCOMPARE(m.directionalAccuracy, 0.75);
    QCOMPARE(m.skill, 1.0 - std::sqrt(4.25 / 4) / 1.5);
}

void TestMetrics::perfectForecast()
{
    const std::vector<double> actual { 10, 12, 11, 15, 14 };
    const std::vector<double> last { 9, 10, 12, 11, 15 };
    const ForecastMetrics m = metricsOf(actual, actual, last);
    QCOMPARE(m.count, 5);
    QCOMPARE(m.rmse, 0.0);
    QCOMPARE(m.mae, 0.0);
    QCOMPARE(m.mape, 0.0);
    QCOMPARE(m.smape, 0.0);
    QCOMPARE(m.mase, 0.0);
    QCOMPARE(m.r2, 1.0);
    QCOMPARE(m.skill, 1.0);
    QCOMPARE(m.directionalAccuracy, 1.0);
    QVERIFY(m.naiveRmse > 0);
}

void TestMetrics::naiveForecast()
{
    // Predicting the last close: as good as the naive baseline by definition.
    const std::vector<double> actual { 10, 12, 11, 15, 14 };
    const std::vector<double> last { 9, 10, 12, 11, 15 };
    const ForecastMetrics m = metricsOf(last, actual, last);
    QCOMPARE(m.skill, 0.0);
    QCOMPARE(m.mase, 1.0);
    QCOMPARE(m.rmse, m.naiveRmse);
    // Every actual moved, the forecast never does: no direction matches.
    QCOMPARE(m.directionalAccuracy, 0.0);
    // naive errors 1, 2, -1, 4, -1 → SSE 23
    QCOMPARE(m.naiveRmse, std::sqrt(23.0 / 5));
}

void TestMetrics::mapeSkipsZeroActuals()
{
    // The zero actual is left out of MAPE (it would divide by zero) but not out of sMAPE.
    const ForecastMetrics m = metricsOf({ 1, 11 }, { 0, 10 }, { 0.5, 9 });
    QCOMPARE(m.mape, 10.0);
    QCOMPARE(m.smape, 100.0 / 2 * (2.0 * 1 / 1 + 2.0 * 1 / 21));
    QCOMPARE(m.count, 2);

    const ForecastMetrics allZero = metricsOf({ 1, 2 }, { 0, 0 }, { 0, 0 });
    QCOMPARE(allZero.mape, 0.0);
    QVERIFY(allFinite(allZero));
}

void TestMetrics::exactNaiveForecast()
{
    // Actual equals the last close: naive MAE and RMSE are 0.
    const std::vector<double> actual { 10, 11, 12 };
    const ForecastMetrics worse = metricsOf({ 10.5, 11, 12 }, actual, actual);
    QVERIFY(allFinite(worse));
    QVERIFY2(worse.mase >= 1e6, qPrintable(QString::number(worse.mase))); // "infinitely" worse
    QCOMPARE(worse.skill, 0.0);
    QCOMPARE(worse.naiveRmse, 0.0);

    const ForecastMetrics same = metricsOf(actual, actual, actual);
    QVERIFY(allFinite(same));
    QCOMPARE(same.mase, 0.0);
    QCOMPARE(same.skill, 0.0);
    QCOMPARE(same.directionalAccuracy, 1.0); // no move predicted, none happened
}

void TestMetrics::constantActuals()
{
    // SST is 0: R² is reported as 0 instead of -inf or NaN.
    const ForecastMetrics m = metricsOf({ 4, 6 }, { 5, 5 }, { 4, 4 });
    QCOMPARE(m.r2, 0.0);
    QCOMPARE(m.rmse, 1.0);
    QVERIFY(allFinite(m));
}

void TestMetrics::nonFiniteSamplesAreSkipped()
{
    const double nan = std::nan("");
    const ForecastMetrics clean = metricsOf({ 101, 99, 99.5 }, { 102, 98, 101 }, { 100, 100, 100 });
    const ForecastMetrics mixed = metricsOf({ 101, nan, 99, 99.5, 7 }, { 102, 5, 98, 101, nan },
                                            { 100, 100, 100, 100, 100 });
    QCOMPARE(mixed.count, 3);
    QVERIFY(allFinite(mixed));
    QCOMPARE(mixed.rmse, clean.rmse);
    QCOMPARE(mixed.r2, clean.r2);
    QCOMPARE(mixed.directionalAccuracy, clean.directionalAccuracy);
}

void TestMetrics::empty()
{
    const ForecastMetrics m = metricsOf({}, {}, {});
    QCOMPARE(m.count, 0);
    QVERIFY(allFinite(m));
    QCOMPARE(m.rmse, 0.0);
    QCOMPARE(m.r2, 0.0);
}

void TestMetrics::json()
{
    const ForecastMetrics m
        = metricsOf({ 101, 99, 99.5, 100 }, { 102, 98, 101, 100 }, { 100, 100, 100, 100 });
    const QJsonObject json = m.toJson();
    QCOMPARE(
        json.keys(),
        (QStringList { QStringLiteral("count"), QStringLiteral("directional_accuracy"),
                       QStringLiteral("mae"), QStringLiteral("mape"), QStringLiteral("mase"),
                       QStringLiteral("naive_rmse"), QStringLiteral("r2"), QStringLiteral("rmse"),
                       QStringLiteral("skill"), QStringLiteral("smape") }));
    QCOMPARE(json.value(QStringLiteral("count")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("rmse")).toDouble(), m.rmse);
    QCOMPARE(json.value(QStringLiteral("mae")).toDouble(), 0.875);
    QCOMPARE(json.value(QStringLiteral("mape")).toDouble(), m.mape);
    QCOMPARE(json.value(QStringLiteral("smape")).toDouble(), m.smape);
    QCOMPARE(json.value(QStringLiteral("mase")).toDouble(), 0.7);
    QCOMPARE(json.value(QStringLiteral("r2")).toDouble(), m.r2);
    QCOMPARE(json.value(QStringLiteral("directional_accuracy")).toDouble(), 0.75);
    QCOMPARE(json.value(QStringLiteral("naive_rmse")).toDouble(), 1.5);
    QCOMPARE(json.value(QStringLiteral("skill")).toDouble(), m.skill);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
