// The statistics monitoring is built on: live accuracy of saved predictions over a window, the
// Diebold–Mariano test against hand-computed values,
// the population stability index and the Kolmogorov–Smirnov test on small known samples, and
// both drift measures on seeded series: they fire on a regime change (the mean moves by one
// standard deviation) and keep a stated false-alarm rate on a stationary one.

#include "monitoring/DieboldMariano.h"
#include "monitoring/DriftTests.h"
#include "monitoring/InputDrift.h"
#include "monitoring/LivePerformance.h"
#include "monitoring/PerformanceDrift.h"
#include "training/NaiveBlend.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace modeldeck;

namespace {

// Seeded draws of a standard normal plus `shift`.
std::vector<double> normals(std::mt19937_64 &rng, int n, double shift)
{
    std::normal_distribution<double> normal(shift, 1.0);
    std::vector<double> v(static_cast<size_t>(n));
    for (double &x : v)
        x = normal(rng);
    return v;
}

// Daily bars whose returns have volatility `sigma` up to bar `change` and `sigma2` after it;
// highs and lows spread with the volatility, volumes lognormal around a constant.
std::vector<Bar> regimeBars(int n, int change, double sigma, double sigma2, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<Bar> bars(static_cast<size_t>(n));
    double close = 100;
    const qint64 day = 86'400'000;
    for (int i = 0; i < n; ++i) {
        const double s = i < change ? sigma : sigma2;
        const double open = close;
        close *= std::exp(s * normal(rng));
        Bar &b = bars[size_t(i)];
        b.timeUtcMs = qint64(1'262'563'200'000) + i * day;
        b.open = open;
        b.close = close;
        b.high = std::max(open, close) * (1 + s * std::abs(normal(rng)) / 2);
        b.low = std::min(open, close) * (1 - s * std::abs(normal(rng)) / 2);
        b.volume = 1e6 * std::exp(0.3 * normal(rng));
    }
    return bars;
}

} // namespace

class TestMonitoringStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void livePerformanceOverTheNewestWindow()
    {
        // Five predictions from a close of 100; one still waits for its actual. Listed newest
        // first, as the repository lists them.
        std::vector<Prediction> saved;
        const double values[] = { 101, 99, 102, 100, 104 };
        const double actuals[] = { 102, 98, 101, 100, std::nan("") };
        for (int i = 4; i >= 0; --i) {
            Prediction p;
            p.targetTimeMs = 1000 * (i + 1);
            p.baseClose = 100;
            p.value = values[i];
            if (std::isfinite(actuals[i]))
                p.actual = actuals[i];
            p.lower80 = p.value - 1.5;
            p.upper80 = p.value + 1.5;
            if (i != 0) { // one prediction without a 95 % band
                p.lower95 = p.value - 3;
                p.upper95 = p.value + 3;
            }
            saved.push_back(p);
        }
        const LivePerformance all = LivePerformance::compute(saved, 0);
        QCOMPARE(all.metrics.count, 4);
        // Errors 1, 1, 1, 0: RMSE √(3/4); persistence's 2, 2, 1, 0: √(9/4); skill 1 − √3/3.
        QVERIFY(std::abs(all.metrics.rmse - std::sqrt(0.75)) < 1e-12);
        QVERIFY(std::abs(all.metrics.skill - (1 - std::sqrt(0.75) / std::sqrt(2.25))) < 1e-12);
        QCOMPARE(*all.coverage80, 1.0);
        QCOMPARE(*all.coverage95, 1.0); // 3 of 3 with a band
        QCOMPARE(all.firstTargetMs, 1000);
        QCOMPARE(all.lastTargetMs, 4000);
        // The newest two with actuals: predicted 102 and 100 for 101 and 100.
        const LivePerformance newest = LivePerformance::compute(saved, 2);
        QCOMPARE(newest.metrics.count, 2);
        QCOMPARE(newest.firstTargetMs, 3000);
        QVERIFY(std::abs(newest.metrics.mae - 0.5) < 1e-12);
        const QJsonObject json = newest.toJson();
        QCOMPARE(json.value(QStringLiteral("coverage_80")).toDouble(), 1.0);
        QCOMPARE(json.value(QStringLiteral("last_target")).toString(),
                 QStringLiteral("1970-01-01T00:00:04Z"));
        // Nothing with an actual yet: no figures, no coverage.
        const LivePerformance none = LivePerformance::compute({ saved.data(), 1 }, 0);
        QCOMPARE(none.metrics.count, 0);
        QVERIFY(!none.coverage80);
    }

    void performanceDriftAgainstTheSavedMetrics()
    {
        const QJsonObject saved { { QStringLiteral("rmse"), 2.0 } };
        LivePerformance live;
        live.metrics.count = PerformanceDrift::kMinSamples;
        live.metrics.rmse = 3.2; // 1.6 × the test RMSE
        live.coverage95 = 0.94;
        auto checks = PerformanceDrift::check(live, saved, QStringLiteral("m"));
        QCOMPARE(checks.size(), size_t(2));
        QCOMPARE(checks[0].kind, QStringLiteral("performance"));
        QVERIFY(checks[0].drift);
        QVERIFY(std::abs(checks[0].score - 1.6) < 1e-12);
        QVERIFY2(checks[0].message.contains(QStringLiteral("1.60 times")),
                 qPrintable(checks[0].message));
        // 94 % of 20 is within three binomial standard errors of 95 % (threshold 80.4 %).
        QCOMPARE(checks[1].kind, QStringLiteral("coverage"));
        QVERIFY(!checks[1].drift);
        QVERIFY(std::abs(checks[1].threshold - (0.95 - 3 * std::sqrt(0.95 * 0.05 / 20))) < 1e-12);
        live.metrics.rmse = 2.8; // 1.4 ×: within the factor
        live.coverage95 = 0.75;
        checks = PerformanceDrift::check(live, saved, QStringLiteral("m"));
        QVERIFY(!checks[0].drift);
        QVERIFY(checks[1].drift);
        // Too few predictions with actuals, or nothing to compare with: no checks.
        live.metrics.count = PerformanceDrift::kMinSamples - 1;
        QVERIFY(PerformanceDrift::check(live, saved, QStringLiteral("m")).empty());
        live.metrics.count = 50;
        live.coverage95.reset();
        QVERIFY(PerformanceDrift::check(live, {}, QStringLiteral("m")).empty());
    }

    void dieboldMarianoByHand()
    {
        // Errors 1, 2, 3, 4 against a perfect forecast: d = 1, 4, 9, 16, mean 7.5, population
        // variance 32.25, standard error √(32.25 / 4) = 2.8395, statistic 2.6414, two-sided p
        // erfc(2.6414 / √2) = 0.008258.
        const std::vector<double> a { 1, 2, 3, 4 };
        const std::vector<double> b { 0, 0, 0, 0 };
        const DieboldMariano::Result r = DieboldMariano::compare(a, b, 1);
        QCOMPARE(r.count, 4);
        QCOMPARE(r.meanDifference, 7.5);
        QVERIFY(std::abs(r.statistic - 2.6413527189768713) < 1e-12);
        QVERIFY(std::abs(r.pValue - 0.00825757011430121) < 1e-9);
        // Horizon 2 adds the lag-1 autocovariance (30.25 / 4) with Bartlett weight ½:
        // variance 39.8125, statistic 2.3773.
        QVERIFY(std::abs(DieboldMariano::compare(a, b, 2).statistic - 2.377286555250982) < 1e-12);
        // Symmetric: B against A is the same test with the sign turned.
        QVERIFY(std::abs(DieboldMariano::compare(b, a, 1).statistic + r.statistic) < 1e-12);
        // No samples, equal forecasts, and a constant difference.
        QCOMPARE(DieboldMariano::compare({}, {}, 1).statistic, 0.0);
        QCOMPARE(DieboldMariano::compare(a, a, 1).pValue, 1.0);
        const std::vector<double> ones { 1, 1, 1 };
        const std::vector<double> zeros { 0, 0, 0 };
        QVERIFY(std::isinf(DieboldMariano::compare(ones, zeros, 1).statistic));
        // NaN samples are skipped, not propagated.
        const std::vector<double> withNan { 1, 2, std::nan(""), 3, 4 };
        const std::vector<double> five { 0, 0, 0, 0, 0 };
        QCOMPARE(DieboldMariano::compare(withNan, five, 1).count, 4);
    }

    void naiveBlendUsesTheSameTest()
    {
        // The blend's evidence is the test of persistence's loss against the blend's.
        const std::vector<double> last { 100, 100, 100, 100 };
        const std::vector<double> actual { 101, 102, 103, 104 };
        const std::vector<double> model { 101, 102, 103, 104 };
        const std::vector<double> naiveErrors { 1, 2, 3, 4 };
        const std::vector<double> none { 0, 0, 0, 0 };
        QCOMPARE(NaiveBlend { 1.0 }.evidence(model, actual, last, 1),
                 DieboldMariano::compare(naiveErrors, none, 1).statistic);
    }

    void stabilityIndexAndKolmogorovSmirnovByHand()
    {
        std::vector<double> reference(1000);
        for (int i = 0; i < 1000; ++i)
            reference[size_t(i)] = i;
        QCOMPARE(DriftTests::populationStabilityIndex(reference, reference), 0.0);
        // Shifted by a tenth of the range: the first bin empties (floored at 1e-4), the last
        // doubles: (1e-4 − 0.1)·ln(1e-3) + (0.2 − 0.1)·ln 2 = 0.7594.
        std::vector<double> shifted = reference;
        for (double &x : shifted)
            x += 100;
        QVERIFY(
            std::abs(DriftTests::populationStabilityIndex(reference, shifted) - 0.7593994704263101)
            < 1e-9);
        // Too few reference values for the bins, or nothing recent: no index.
        const std::vector<double> two { 1.0, 2.0 };
        QCOMPARE(DriftTests::populationStabilityIndex(two, shifted), 0.0);

        // {1, 2, 3, 4} against {3, 4, 5, 6}: the distribution functions differ by ½ at most;
        // n = 2, so the tail is taken at (√2 + 0.12 + 0.11 / √2) · ½.
        const std::vector<double> a { 1, 2, 3, 4 };
        const std::vector<double> b { 3, 4, 5, 6 };
        const DriftTests::KolmogorovSmirnov ks = DriftTests::kolmogorovSmirnov(a, b);
        QCOMPARE(ks.statistic, 0.5);
        QVERIFY(std::abs(ks.pValue - 0.5344157192165071) < 1e-9);
        QCOMPARE(DriftTests::kolmogorovSmirnov(a, a).statistic, 0.0);
        QCOMPARE(DriftTests::kolmogorovSmirnov(a, {}).pValue, 1.0);
        // The Kolmogorov tail: 1 at 0, about 0.27 at 1, 0.0014 at 1.95.
        QCOMPARE(DriftTests::kolmogorovTail(0), 1.0);
        QVERIFY(std::abs(DriftTests::kolmogorovTail(1.0) - 0.26999967) < 1e-6);
        QVERIFY(std::abs(DriftTests::kolmogorovTail(1.95) - 0.0010) < 1e-3);
    }

    void driftFiresOnARegimeChangeNotOnAStationarySeries()
    {
        // 200 seeded pairs: 500 reference values, 100 recent ones. Stated rates: on a stationary
        // series KS (p < 0.01) alarms at most 3 % of the time and PSI (> 0.25) at most 6 %
        // (small recent samples make PSI noisy); after a one-σ shift of the mean both fire at
        // least 95 % of the time.
        constexpr int kPairs = 200;
        for (double shift : { 0.0, 1.0 }) {
            int ksAlarms = 0;
            int psiAlarms = 0;
            for (int seed = 0; seed < kPairs; ++seed) {
                std::mt19937_64 rng(quint64(seed) + 1);
                const std::vector<double> reference = normals(rng, 500, 0.0);
                const std::vector<double> recent = normals(rng, 100, shift);
                ksAlarms += DriftTests::kolmogorovSmirnov(reference, recent).pValue < 0.01;
                psiAlarms += DriftTests::populationStabilityIndex(reference, recent) > 0.25;
            }
            const double ksRate = double(ksAlarms) / kPairs;
            const double psiRate = double(psiAlarms) / kPairs;
            qInfo("shift %.1f σ: KS alarms %.3f, PSI alarms %.3f", shift, ksRate, psiRate);
            if (shift == 0.0) {
                QVERIFY2(ksRate <= 0.03, qPrintable(QString::number(ksRate)));
                QVERIFY2(psiRate <= 0.06, qPrintable(QString::number(psiRate)));
            } else {
                QVERIFY2(ksRate >= 0.95, qPrintable(QString::number(ksRate)));
                QVERIFY2(psiRate >= 0.95, qPrintable(QString::number(psiRate)));
            }
        }
    }

    // InputDrift on features built from bars: 40 seeded stationary series (the model "trained"
    // up to bar 1350 of 1500) raise at most 2 alarms (stated false-alarm rate 5 %), and every
    // series whose volatility triples after training raises one, naming a volatility feature.
    void inputDriftOnFeaturesOfARegimeChange()
    {
        FeatureConfig config;
        config.lookback = 1;
        int falseAlarms = 0, detected = 0;
        for (unsigned seed = 1; seed <= 40; ++seed) {
            for (const double after : { 0.01, 0.03 }) {
                const auto bars = regimeBars(1500, 1350, 0.01, after, seed);
                auto set = FeatureSet::build(bars, config);
                QVERIFY(set);
                const auto result
                    = InputDrift::compare(*set, bars[1349].timeUtcMs, QStringLiteral("m"));
                QVERIFY(result);
                QCOMPARE(result->recentRows, InputDrift::kRecentRows);
                QVERIFY(result->referenceRows > 1000);
                if (after == 0.01) {
                    falseAlarms += result->check.drift ? 1 : 0;
                    continue;
                }
                detected += result->check.drift ? 1 : 0;
                QVERIFY2(!result->check.drift
                             || result->check.message.contains(QStringLiteral("volatility_20"))
                             || result->check.message.contains(QStringLiteral("hl_range")),
                         qPrintable(result->check.message));
            }
        }
        qInfo("input drift: %d false alarms of 40 stationary, %d of 40 regime changes found",
              falseAlarms, detected);
        QVERIFY(falseAlarms <= 2);
        QCOMPARE(detected, 40);

        // Too few bars after training: nothing to say rather than a verdict on 10 rows.
        const auto bars = regimeBars(1500, 1490, 0.01, 0.01, 1);
        auto set = FeatureSet::build(bars, config);
        QVERIFY(set);
        QVERIFY(!InputDrift::compare(*set, bars[1489].timeUtcMs, QStringLiteral("m")));
    }
};

QTEST_GUILESS_MAIN(TestMonitoringStats)
#include "tst_monitoringstats.moc"
