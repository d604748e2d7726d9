// A/B tests and model comparison (issue #18): the verdict on hand-made forecasts, what makes two
// models comparable, and the whole service on tiny models of a sine: a model that knows the
// pattern beats persistence with p < 0.05, two copies of one model have no winner, models of
// different series are refused, no forecast sees the bar it forecasts, every test is stored,
// activating the winner flips the active version and marks the test, and the CLI's --json.

#include "TestBars.h"
#include "TestVerify.h"
#include "monitoring/AbTest.h"
#include "services/AbTestService.h"
#include "services/ModelRegistry.h"
#include "services/TrainingService.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"
#include "training/TorchRuntime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <random>

using namespace modeldeck;

namespace {

const QString kSymbol = QStringLiteral("SINE");
const QString kOther = QStringLiteral("OTHER");
const QString kTimeframe = QStringLiteral("5m");

// A 24-bar sine plus a little noise: a model that reads the last bars forecasts it far better
// than persistence does.
std::vector<Bar> sineBars(int count, quint32 seed = 7)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> n(0.0, 0.05);
    std::vector<Bar> bars;
    for (int i = 0; i < count; ++i) {
        const double close = 100.0 + 2.0 * std::sin(2 * M_PI * i / 24.0) + n(rng);
        bars.push_back({ 1'700'000'000'000 + qint64(i) * 300'000, close - 0.05, close + 0.1,
                         close - 0.15, close, NAN, 1000 + 100 * std::cos(2 * M_PI * i / 24.0), 0 });
    }
    return bars;
}

// Hand-made forecasts of `actual`: the actual plus Gaussian noise of `noise`.
std::vector<Prediction> forecasts(const std::vector<double> &actual, double noise, quint32 seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> n(0.0, noise);
    std::vector<Prediction> out;
    for (size_t i = 1; i < actual.size(); ++i) {
        Prediction p;
        p.targetTimeMs = qint64(i) * 60'000;
        p.baseClose = actual[i - 1];
        p.actual = actual[i];
        p.value = actual[i] + n(rng);
        p.lower95 = p.value - 2 * noise;
        p.upper95 = p.value + 2 * noise;
        out.push_back(p);
    }
    return out;
}

RegisteredModel entry(const QString &symbol, const QString &timeframe, QList<int> horizons)
{
    RegisteredModel m;
    m.name = symbol + QStringLiteral(" model");
    m.version = 1;
    m.symbol = symbol;
    m.timeframe = timeframe;
    m.horizons = std::move(horizons);
    return m;
}

} // namespace

class TestAbTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::vector<Bar> m_bars;

    QString workspaceDir() const { return m_dir.filePath(QStringLiteral("ws")); }

    bool trainAndSave(const QString &bot, const QString &symbol, int epochs,
                      const QStringList &names)
    {
        ModelConfig config = ModelConfig::defaults(bot);
        config.hiddenSize = 8;
        config.layers = 1;
        config.lookback = 8;
        config.epochs = epochs;
        config.batchSize = 32;
        config.dropout = 0;
        FeatureConfig features;
        features.lookback = config.lookback;
        const TrainingOutcome trained
            = TrainingService(*m_db).train({ symbol, kTimeframe, config, features });
        if (!trained.ok) {
            qWarning("%s", qPrintable(trained.error.toString()));
            return false;
        }
        for (const QString &name : names) {
            auto saved
                = ModelRegistry(*m_db).saveRecord({ trained.recordId, name, QString(), {}, false });
            if (!saved) {
                qWarning("%s", qPrintable(saved.error().toString()));
                return false;
            }
        }
        return true;
    }

    int rowCount(const QString &sql) const
    {
        QSqlQuery q(*m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TorchRuntime::initialize(1);
        auto db = Database::open(workspaceDir());
        QVERIFY2(db, errorOf(db));
        m_db = std::move(*db);
        m_bars = sineBars(700);
        QCOMPARE(test::storeBars(*m_db, kSymbol, kTimeframe, m_bars), QString());
        QCOMPARE(test::storeBars(*m_db, kOther, kTimeframe, sineBars(700, 11)), QString());
        // "good" learns the sine; "twin" is the same record saved again; "poor" is that model
        // too, but deployed with weight 0: persistence itself, the weakest honest forecast.
        QVERIFY(trainAndSave(
            QStringLiteral("linear_bot"), kSymbol, 30,
            { QStringLiteral("good"), QStringLiteral("twin"), QStringLiteral("poor") }));
        QSqlQuery q(*m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE ml_models SET feature_config = json_set(feature_config, '$.model_weight', 0.0) "
            "WHERE model_name = 'poor'")));
        QVERIFY(trainAndSave(QStringLiteral("linear_bot"), kOther, 2, { QStringLiteral("other") }));
        QVERIFY(ModelRegistry(*m_db).activate(QStringLiteral("poor")));
    }

    void verdictOnHandMadeForecasts()
    {
        std::mt19937 rng(3);
        std::normal_distribution<double> step(0.0, 1.0);
        std::vector<double> actual { 100.0 };
        for (int i = 0; i < 300; ++i)
            actual.push_back(actual.back() + step(rng));
        const auto poor = forecasts(actual, 2.0, 1);
        const auto good = forecasts(actual, 0.5, 2);

        const AbTest bBetter = AbTest::decide(poor, good, 1);
        QCOMPARE(bBetter.paired, 300);
        QCOMPARE(bBetter.winner, AbTest::Winner::B);
        QVERIFY(bBetter.dm.pValue < 0.05);
        QVERIFY(bBetter.b.metrics.rmse < bBetter.a.metrics.rmse);
        QVERIFY(bBetter.summary(QStringLiteral("A"), QStringLiteral("B"))
                    .startsWith(QStringLiteral("B is better: RMSE")));
        // Swapped sides swap the verdict; the statistic changes sign.
        const AbTest aBetter = AbTest::decide(good, poor, 1);
        QCOMPARE(aBetter.winner, AbTest::Winner::A);
        QCOMPARE(aBetter.dm.statistic, -bBetter.dm.statistic);

        // The same forecasts on both sides: no difference at all, no winner.
        const AbTest same = AbTest::decide(good, good, 1);
        QCOMPARE(same.winner, AbTest::Winner::None);
        QCOMPARE(same.dm.pValue, 1.0);
        QVERIFY(same.summary(QStringLiteral("A"), QStringLiteral("B"))
                    .startsWith(QStringLiteral("No significant difference")));

        // Two forecasts of similar quality: the DM test, not the smaller RMSE, decides.
        const AbTest close
            = AbTest::decide(forecasts(actual, 1.0, 5), forecasts(actual, 1.02, 6), 1);
        QVERIFY(close.dm.pValue >= 0.05);
        QCOMPARE(close.winner, AbTest::Winner::None);

        // Only targets both sides forecast are compared.
        const std::vector<Prediction> half(good.begin(), good.begin() + 100);
        QCOMPARE(AbTest::decide(poor, half, 1).paired, 100);
        QCOMPARE(AbTest::decide(poor, half, 1).a.metrics.count, 100);
    }

    void comparableNamesWhatDiffers()
    {
        const RegisteredModel a = entry(QStringLiteral("TCS"), QStringLiteral("1h"), { 1, 3 });
        QVERIFY(
            AbTest::comparable(a, entry(QStringLiteral("TCS"), QStringLiteral("1h"), { 1 }), 1));
        const Status symbol
            = AbTest::comparable(a, entry(QStringLiteral("INFY"), QStringLiteral("1h"), { 1 }), 1);
        QVERIFY(!symbol);
        QVERIFY2(
            symbol.error().message.contains(QStringLiteral("different symbols (TCS and INFY)")),
            qPrintable(symbol.error().message));
        const Status timeframe
            = AbTest::comparable(a, entry(QStringLiteral("TCS"), QStringLiteral("1d"), { 1 }), 1);
        QVERIFY(!timeframe);
        QVERIFY2(timeframe.error().message.contains(QStringLiteral("different timeframes")),
                 qPrintable(timeframe.error().message));
        const Status horizon
            = AbTest::comparable(a, entry(QStringLiteral("TCS"), QStringLiteral("1h"), { 1 }), 3);
        QVERIFY(!horizon);
        QVERIFY2(horizon.error().message.contains(QStringLiteral("horizons differ")),
                 qPrintable(horizon.error().message));
    }

    void betterModelWinsAndIsStored()
    {
        const int before = rowCount(QStringLiteral("SELECT count(*) FROM ab_tests"));
        int lastDone = 0, lastTotal = 0;
        auto outcome = AbTestService(*m_db).run(
            { { QStringLiteral("poor"), {} }, { QStringLiteral("good"), {} }, 250, 0 }, nullptr,
            [&](int done, int total) {
                QVERIFY(done >= lastDone);
                lastDone = done;
                lastTotal = total;
            });
        QVERIFY2(outcome, errorOf(outcome));
        QCOMPARE(lastDone, 500); // both sides, one count
        QCOMPARE(lastTotal, 500);
        const AbTest &v = outcome->verdict;
        QCOMPARE(v.paired, 250);
        QCOMPARE(outcome->a.backtest.forecasts.size(), size_t(250));
        // "poor" is persistence: its RMSE is the naive RMSE of the same window.
        QCOMPARE(v.a.metrics.rmse, v.a.metrics.naiveRmse);
        QVERIFY2(
            v.b.metrics.rmse < 0.8 * v.a.metrics.rmse,
            qPrintable(QStringLiteral("%1 vs %2").arg(v.b.metrics.rmse).arg(v.a.metrics.rmse)));
        QCOMPARE(v.winner, AbTest::Winner::B);
        QVERIFY(v.dm.pValue < 0.05);
        QVERIFY(v.dm.statistic > 0); // loss(A) − loss(B) > 0: B better
        // Stored, as returned.
        QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM ab_tests")), before + 1);
        auto stored = AbTestService(*m_db).history(QStringLiteral("good"), QStringLiteral("poor"));
        QVERIFY2(stored, errorOf(stored));
        QVERIFY(!stored->empty());
        const AbTestRecord &r = stored->front();
        QCOMPARE(r.id, outcome->record.id);
        QCOMPARE(r.modelA, QStringLiteral("poor"));
        QCOMPARE(r.modelB, QStringLiteral("good"));
        QCOMPARE(r.symbol, kSymbol);
        QCOMPARE(r.timeframe, kTimeframe);
        QCOMPARE(r.horizon, 1);
        QCOMPARE(r.windowSize, 250);
        QCOMPARE(r.winner, QStringLiteral("B"));
        QVERIFY(!r.activated);
        QCOMPARE(r.metricsB.value(QStringLiteral("rmse")).toDouble(), v.b.metrics.rmse);
        QCOMPARE(*r.pValue, v.dm.pValue);
    }

    void identicalModelsHaveNoWinner()
    {
        auto outcome = AbTestService(*m_db).run(
            { { QStringLiteral("good"), {} }, { QStringLiteral("twin"), {} }, 100, 0 });
        QVERIFY2(outcome, errorOf(outcome));
        QCOMPARE(outcome->verdict.winner, AbTest::Winner::None);
        QCOMPARE(outcome->verdict.a.metrics.rmse, outcome->verdict.b.metrics.rmse);
        QVERIFY(outcome->record.winner.isEmpty());
        auto stored = AbTestService(*m_db).history(QStringLiteral("good"), QStringLiteral("twin"));
        QVERIFY2(stored && stored->size() == 1, errorOf(stored));
        QVERIFY(!stored->front().hasWinner());
        // No winner: nothing to activate.
        auto activated = AbTestService(*m_db).activateWinner(outcome->record.id);
        QVERIFY(!activated);
        QVERIFY2(activated.error().message.contains(QStringLiteral("no winner")),
                 qPrintable(activated.error().message));
    }

    void mismatchedSeriesRefused()
    {
        const int before = rowCount(QStringLiteral("SELECT count(*) FROM ab_tests"));
        auto symbol = AbTestService(*m_db).run(
            { { QStringLiteral("good"), {} }, { QStringLiteral("other"), {} }, 100, 0 });
        QVERIFY(!symbol);
        QVERIFY2(
            symbol.error().message.contains(QStringLiteral("different symbols (SINE and OTHER)")),
            qPrintable(symbol.error().message));
        auto horizon = AbTestService(*m_db).run(
            { { QStringLiteral("good"), {} }, { QStringLiteral("twin"), {} }, 100, 3 });
        QVERIFY(!horizon);
        QVERIFY2(horizon.error().message.contains(QStringLiteral("horizons differ")),
                 qPrintable(horizon.error().message));
        auto self = AbTestService(*m_db).run(
            { { QStringLiteral("good"), {} }, { QStringLiteral("good"), 1 }, 100, 0 });
        QVERIFY(!self);
        QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM ab_tests")), before);
    }

    void forecastsNeverSeeTheirBar()
    {
        auto model = ModelRegistry(*m_db).find(QStringLiteral("good"));
        QVERIFY2(model, errorOf(model));
        auto loaded = RegisteredModelLoader::load(*model, m_db->workspaceDir());
        QVERIFY2(loaded, errorOf(loaded));
        auto original = ModelBacktest::run(*loaded, m_bars, 1, 40);
        QVERIFY2(original, errorOf(original));
        QCOMPARE(original->forecasts.size(), size_t(40));
        // Wild bars from the tenth forecast's target on: the forecasts made before them must
        // not move, and the later ones (whose inputs they are) must.
        const size_t k = 9;
        const qint64 target = original->forecasts[k].targetTimeMs;
        std::vector<Bar> changed = m_bars;
        for (Bar &bar : changed) {
            if (bar.timeUtcMs >= target) {
                bar.close *= 1.5;
                bar.open *= 1.5;
                bar.high *= 1.6;
                bar.low *= 1.4;
                bar.volume *= 7;
            }
        }
        auto again = ModelBacktest::run(*loaded, changed, 1, 40);
        QVERIFY2(again, errorOf(again));
        for (size_t i = 0; i <= k; ++i) {
            QCOMPARE(again->forecasts[i].targetTimeMs, original->forecasts[i].targetTimeMs);
            QCOMPARE(again->forecasts[i].value, original->forecasts[i].value);
        }
        QCOMPARE(again->forecasts[k].actual, original->forecasts[k].actual.value() * 1.5);
        QVERIFY(again->forecasts[k + 1].value != original->forecasts[k + 1].value);
        // And a forecast equals the one made from the series cut at its origin (what
        // predicting live at that bar would have seen).
        const Prediction &last = original->forecasts.back();
        std::vector<Bar> cut;
        for (const Bar &bar : m_bars) {
            if (bar.timeUtcMs <= last.baseTimeMs)
                cut.push_back(bar);
        }
        cut.push_back(m_bars.back()); // only the target's actual, which it must not read
        cut.back().close = 1e6;
        auto live = ModelBacktest::run(*loaded, cut, 1, ModelBacktest::kMinimumWindow);
        QVERIFY2(live, errorOf(live));
        QCOMPARE(live->forecasts.back().value, last.value);
    }

    void activateWinnerFlipsTheActiveVersion()
    {
        auto outcome = AbTestService(*m_db).run(
            { { QStringLiteral("poor"), {} }, { QStringLiteral("good"), {} }, 100, 0 });
        QVERIFY2(outcome, errorOf(outcome));
        QCOMPARE(outcome->record.winner, QStringLiteral("B"));
        QVERIFY(ModelRegistry(*m_db).find(QStringLiteral("poor"))->active);
        auto activated = AbTestService(*m_db).activateWinner(outcome->record.id);
        QVERIFY2(activated, errorOf(activated));
        QCOMPARE(activated->model.name, QStringLiteral("good"));
        QCOMPARE(activated->replaced->name, QStringLiteral("poor"));
        QVERIFY(ModelRegistry(*m_db).find(QStringLiteral("good"))->active);
        QVERIFY(!ModelRegistry(*m_db).find(QStringLiteral("poor"))->active);
        auto stored
            = AbTestService(*m_db).history(QStringLiteral("poor"), QStringLiteral("good"), 1);
        QVERIFY2(stored && stored->size() == 1, errorOf(stored));
        QCOMPARE(stored->front().id, outcome->record.id);
        QVERIFY(stored->front().activated);
        QVERIFY(!AbTestService(*m_db).activateWinner(999999));
        QVERIFY(ModelRegistry(*m_db).activate(QStringLiteral("poor"))); // as the others expect
    }

    void cancelStopsTheRun()
    {
        CancellationToken token;
        token.cancel(QStringLiteral("Cancelled by the test."));
        auto outcome = AbTestService(*m_db).run(
            { { QStringLiteral("poor"), {} }, { QStringLiteral("good"), {} }, 100, 0 }, &token);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().message, QStringLiteral("Cancelled by the test."));
    }

    void comparisonScoresEachModel()
    {
        auto comparison = AbTestService(*m_db).compare({ { QStringLiteral("poor"), {} },
                                                         { QStringLiteral("good"), {} },
                                                         { QStringLiteral("other"), {} } },
                                                       60);
        QVERIFY2(comparison, errorOf(comparison));
        QCOMPARE(comparison->models.size(), size_t(3));
        QCOMPARE(comparison->symbol, kSymbol);
        for (const ComparedModel &m : comparison->models) {
            QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
            QCOMPARE(m.forecasts.size(), size_t(60));
            QVERIFY(!m.epochs.empty()); // trained here: the loss curve is there
            QVERIFY(m.trainedAt.isValid());
        }
        QVERIFY(comparison->models[1].live.metrics.rmse < comparison->models[0].live.metrics.rmse);
        // The closes span the forecasts: origin of the first to the last target.
        QCOMPARE(comparison->bars.front().timeUtcMs,
                 comparison->models[0].forecasts.front().baseTimeMs);
        QCOMPARE(comparison->bars.back().timeUtcMs,
                 comparison->models[0].forecasts.back().targetTimeMs);
    }

    void cliJson()
    {
        struct Run
        {
            int code = -1;
            QByteArray out;
            QByteArray err;
        };
        const auto cli = [this](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(MODELDECK_CLI_PATH),
                    QStringList { QStringLiteral("--workspace"), workspaceDir() } + args);
            p.waitForFinished(120000);
            return Run { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
        };
        const Run run
            = cli({ QStringLiteral("abtest"), QStringLiteral("--model"), QStringLiteral("poor"),
                    QStringLiteral("--model-b"), QStringLiteral("good"), QStringLiteral("--window"),
                    QStringLiteral("80"), QStringLiteral("--json") });
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!json.isEmpty(), run.out.constData());
        QVERIFY(json.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(json.value(QStringLiteral("winner")).toString(), QStringLiteral("B"));
        QCOMPARE(json.value(QStringLiteral("window")).toInt(), 80);
        QCOMPARE(json.value(QStringLiteral("horizon")).toInt(), 1);
        QVERIFY(json.value(QStringLiteral("p_value")).toDouble() < 0.05);
        QVERIFY(json.value(QStringLiteral("dm_statistic")).isDouble());
        QCOMPARE(json.value(QStringLiteral("activated")).toBool(), false);
        for (const QString &side : { QStringLiteral("a"), QStringLiteral("b") }) {
            const QJsonObject s = json.value(side).toObject();
            QVERIFY(!s.value(QStringLiteral("model")).toString().isEmpty());
            QCOMPARE(s.value(QStringLiteral("version")).toInt(), 1);
            QVERIFY(s.value(QStringLiteral("metrics"))
                        .toObject()
                        .value(QStringLiteral("rmse"))
                        .isDouble());
            QVERIFY(s.value(QStringLiteral("ms_per_forecast")).isDouble());
        }
        const Run history = cli(
            { QStringLiteral("abtest"), QStringLiteral("--history"), QStringLiteral("--json") });
        QVERIFY2(history.code == 0, history.err.constData());
        const QJsonArray tests = QJsonDocument::fromJson(history.out)
                                     .object()
                                     .value(QStringLiteral("tests"))
                                     .toArray();
        QCOMPARE(tests.size(), rowCount(QStringLiteral("SELECT count(*) FROM ab_tests")));
        QCOMPARE(tests.first().toObject().value(QStringLiteral("id")),
                 json.value(QStringLiteral("id")));
        // Refusals are errors with a message, not JSON.
        const Run refused = cli({ QStringLiteral("abtest"), QStringLiteral("--model"),
                                  QStringLiteral("good"), QStringLiteral("--model-b"),
                                  QStringLiteral("other"), QStringLiteral("--json") });
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains("different symbols"), refused.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestAbTest)
#include "tst_abtest.moc"
