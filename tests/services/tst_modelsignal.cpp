// model_signal (issue #20) on a tiny registered model of a sine: trained on the first 600 bars,
// then 300 more bars arrive. The strategy never trades before the end of the training data,
// a threshold no forecast reaches gives no trade while 0 trades, its signals are the hand
// computation from ModelBacktest's forecasts, the forecast column and the strategy pass the
// causality checks, unknown / missing / other-series models are clear errors, a short
// walk-forward training run completes, and the CLI lists and backtests it.

#include "TestBars.h"
#include "TestVerify.h"
#include "backtest/StrategyBacktest.h"
#include "services/ModelBacktest.h"
#include "services/ModelRegistry.h"
#include "services/ModelSignalData.h"
#include "services/StrategyService.h"
#include "services/TrainingService.h"
#include "storage/Database.h"
#include "training/TorchRuntime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <random>

using namespace modeldeck;

namespace {

const QString kSymbol = QStringLiteral("SINE");
const QString kOther = QStringLiteral("OTHER");
const QString kTimeframe = QStringLiteral("5m");
const QString kModel = QStringLiteral("sig");
constexpr int kTrainBars = 600;
constexpr int kAllBars = 900;

// A 24-bar sine plus noise, as in tst_abtest: a linear model of the last bars forecasts it.
std::vector<Bar> sineBars(int count, quint32 seed = 7)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> n(0.0, 0.05);
    std::vector<Bar> bars;
    for (int i = 0; i < count; ++i) {
        const double close = 100.0 + 2.0 * std::sin(2 * M_PI * i / 24.0) + n(rng);
        bars.push_back({ 1'700'000'000'000 + qint64(i) * 300'000, close - 0.05, close + 0.1,
                         close - 0.15, close, NAN, 1000, 0 });
    }
    return bars;
}

QJsonObject params(double threshold, int band = 0)
{
    return { { QStringLiteral("model"), kModel },
             { QStringLiteral("threshold"), threshold },
             { QStringLiteral("band"), band } };
}

} // namespace

class TestModelSignal : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::vector<Bar> m_bars;
    const Strategy *m_strategy = nullptr;

    QString workspaceDir() const { return m_dir.filePath(QStringLiteral("ws")); }

    Result<StrategyBacktestOutcome> backtest(const QJsonObject &p, bool allowShort = true,
                                             const QString &symbol = kSymbol) const
    {
        StrategyBacktestRequest request;
        request.symbol = symbol;
        request.timeframe = kTimeframe;
        request.strategy = QStringLiteral("model_signal");
        request.params = p;
        request.costs.allowShort = allowShort;
        return StrategyService(*m_db).backtest(request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TorchRuntime::initialize(1);
        auto db = Database::open(workspaceDir());
        QVERIFY2(db, errorOf(db));
        m_db = std::move(*db);
        m_bars = sineBars(kAllBars);
        const std::span<const Bar> all(m_bars);
        QCOMPARE(test::storeBars(*m_db, kSymbol, kTimeframe, all.first(kTrainBars)), QString());
        QCOMPARE(test::storeBars(*m_db, kOther, kTimeframe, sineBars(kAllBars, 11)), QString());
        ModelConfig config = ModelConfig::defaults(QStringLiteral("linear_bot"));
        config.lookback = 8;
        config.epochs = 20;
        config.batchSize = 32;
        FeatureConfig features;
        features.lookback = config.lookback;
        const TrainingOutcome trained
            = TrainingService(*m_db).train({ kSymbol, kTimeframe, config, features });
        QVERIFY2(trained.ok, qPrintable(trained.error.toString()));
        auto saved
            = ModelRegistry(*m_db).saveRecord({ trained.recordId, kModel, QString(), {}, false });
        QVERIFY2(saved, errorOf(saved));
        // The bars after training: the only ones model_signal may trade.
        QCOMPARE(test::storeBars(*m_db, kSymbol, kTimeframe, all.subspan(kTrainBars)), QString());
        m_strategy = findStrategy(QStringLiteral("model_signal"));
        QVERIFY(m_strategy);
    }

    void parametersAndSpace()
    {
        QVERIFY(m_strategy->needsForecasts());
        QCOMPARE(m_strategy->fixedKeys(), QStringList { QStringLiteral("model") });
        QVERIFY(!m_strategy->space().dimension(QStringLiteral("model")));
        QVERIFY(m_strategy->space().dimension(QStringLiteral("threshold")));
        QVERIFY(m_strategy->space().contains(m_strategy->defaults()));
        QVERIFY(m_strategy->description().contains(QStringLiteral("training data")));
        auto byName = m_strategy->resolve(params(0.002));
        QVERIFY2(byName, errorOf(byName));
        QCOMPARE(byName->value(QStringLiteral("model")).toString(), kModel);
        auto byId = m_strategy->resolve({ { QStringLiteral("model"), 3.0 } });
        QVERIFY2(byId, errorOf(byId));
        QCOMPARE(byId->value(QStringLiteral("model")).toInteger(), 3);
        QVERIFY(!m_strategy->resolve({ { QStringLiteral("model"), QString() } }));
        QVERIFY(!m_strategy->resolve({ { QStringLiteral("model"), 1.5 } }));
        QVERIFY(!m_strategy->resolve({ { QStringLiteral("threshold"), -0.1 } }));
    }

    void noTradesBeforeTheTrainingDataEnds()
    {
        auto outcome = backtest(params(0));
        QVERIFY2(outcome, errorOf(outcome));
        QVERIFY(outcome->forecasts);
        const ForecastSource &f = *outcome->forecasts;
        QCOMPARE(f.model.name, kModel);
        QCOMPARE(f.horizon, 1);
        QCOMPARE(f.trainedUntilMs, m_bars[kTrainBars - 1].timeUtcMs);
        QCOMPARE(f.firstTradableBar, qint64(kTrainBars));
        QCOMPARE(f.firstTradableMs, m_bars[kTrainBars].timeUtcMs);
        QCOMPARE(f.forecasts, kAllBars - kTrainBars);
        const BacktestResult &r = outcome->result;
        QVERIFY(r.scores.trades > 0);
        for (const BacktestTrade &t : r.trades) // signal at bar t, traded at bar t+1's open
            QVERIFY(t.entryTimeMs > f.firstTradableMs);
        QVERIFY(outcome->result.scores.exposure > 0);
        QVERIFY(outcome->result.scores.exposure < 0.4); // 300 of 900 bars at most
    }

    void hugeThresholdNeverTrades()
    {
        auto outcome = backtest(params(0.05));
        QVERIFY2(outcome, errorOf(outcome));
        QCOMPARE(outcome->result.scores.trades, 0);
        QCOMPARE(outcome->result.scores.exposure, 0.0);
    }

    void signalsAreTheHandComputation()
    {
        // ModelBacktest directly, over the stored bars: the forecast of each bar after the
        // training data from the bars before it.
        auto entry = ModelRegistry(*m_db).find(kModel);
        QVERIFY2(entry, errorOf(entry));
        auto loaded = RegisteredModelLoader::load(*entry, workspaceDir());
        QVERIFY2(loaded, errorOf(loaded));
        const int window = kAllBars - kTrainBars - 1; // targets stored for all but the last
        auto direct = ModelBacktest::run(*loaded, m_bars, 1, window);
        QVERIFY2(direct, errorOf(direct));
        QCOMPARE(int(direct->forecasts.size()), window);
        QCOMPARE(direct->forecasts.front().baseTimeMs, m_bars[kTrainBars].timeUtcMs);

        // A threshold in the middle of the expected returns, so long, short and flat all occur.
        std::vector<double> magnitudes;
        for (const Prediction &p : direct->forecasts)
            magnitudes.push_back(std::abs(p.value / p.baseClose - 1));
        std::nth_element(magnitudes.begin(), magnitudes.begin() + magnitudes.size() / 2,
                         magnitudes.end());
        const double threshold = magnitudes[magnitudes.size() / 2];
        std::vector<qint8> expected(m_bars.size(), 0);
        for (size_t i = 0; i < direct->forecasts.size(); ++i) {
            const Prediction &p = direct->forecasts[i];
            const double r = p.value / p.baseClose - 1;
            expected[size_t(kTrainBars) + i] = r > threshold ? 1 : r < -threshold ? -1 : 0;
        }
        QVERIFY(std::count(expected.begin(), expected.end(), 1) > 10);
        QVERIFY(std::count(expected.begin(), expected.end(), -1) > 10);

        BarColumns columns = BarColumns::fromBars(m_bars);
        auto source = ModelSignalData::attach(*m_db, kModel, kSymbol, kTimeframe, m_bars, columns);
        QVERIFY2(source, errorOf(source));
        const IndicatorCache cache(columns);
        std::vector<qint8> signals(columns.size());
        const QJsonObject p = *m_strategy->resolve(params(threshold));
        m_strategy->signals(cache, p, signals);
        for (size_t t = 0; t + 1 < m_bars.size(); ++t)
            QVERIFY2(signals[t] == expected[t], qPrintable(QString::number(t)));
        // A few bars spelled out: the forecast column is ModelBacktest's value at its origin.
        for (size_t i : { size_t(0), size_t(1), size_t(57), size_t(window - 1) }) {
            const Prediction &f = direct->forecasts[i];
            QCOMPARE(columns.forecast[size_t(kTrainBars) + i], f.value);
            QCOMPARE(cache.expectedReturn()[size_t(kTrainBars) + i], f.value / f.baseClose - 1);
        }
        QVERIFY(std::isnan(columns.forecast[size_t(kTrainBars) - 1]));

        // The service's backtest is the engine on those signals, shorts allowed.
        auto outcome = backtest(params(threshold));
        QVERIFY2(outcome, errorOf(outcome));
        BacktestOptions options;
        options.allowShort = true;
        options.barsPerYear = outcome->barsPerYear;
        // The last bar's forecast has no stored target, so ModelBacktest did not make it here;
        // the strategy's own signal stands in for it (the engine never trades it anyway).
        std::vector<qint8> byHand = expected;
        byHand.back() = signals.back();
        const BacktestResult engine = runBacktest(columns, byHand, options);
        QCOMPARE(outcome->result.scores.trades, engine.scores.trades);
        QCOMPARE(outcome->result.scores.totalReturn, engine.scores.totalReturn);

        // Long only: the short signals become flat, so fewer trades.
        auto longOnly = backtest(params(threshold), false);
        QVERIFY2(longOnly, errorOf(longOnly));
        QVERIFY(longOnly->result.scores.trades < outcome->result.scores.trades);
        for (const BacktestTrade &t : longOnly->result.trades)
            QCOMPARE(t.direction, 1);
    }

    void causal()
    {
        BarColumns columns = BarColumns::fromBars(m_bars);
        auto source = ModelSignalData::attach(*m_db, kModel, kSymbol, kTimeframe, m_bars, columns);
        QVERIFY2(source, errorOf(source));
        for (double threshold : { 0.0, 0.002 }) {
            const Status causal = checkCausality(*m_strategy, columns, params(threshold, 0));
            QVERIFY2(causal.ok(), qPrintable(causal.error().message));
            const Status banded = checkCausality(*m_strategy, columns, params(threshold, 1));
            QVERIFY2(banded.ok(), qPrintable(banded.error().message));
        }
        // The column itself: made from the series cut after bar 749, every forecast of the bars
        // it still has is the same (the newest one included, whose target is cut off).
        const size_t cut = 750;
        BarColumns head = BarColumns::fromBars(std::span<const Bar>(m_bars).first(cut));
        auto headSource = ModelSignalData::attach(*m_db, kModel, kSymbol, kTimeframe,
                                                  std::span<const Bar>(m_bars).first(cut), head);
        QVERIFY2(headSource, errorOf(headSource));
        QCOMPARE(headSource->firstTradableBar, source->firstTradableBar);
        QVERIFY(!std::isnan(head.forecast[cut - 1]));
        for (size_t t = 0; t < cut; ++t) {
            if (std::isnan(columns.forecast[t]))
                QVERIFY(std::isnan(head.forecast[t]));
            else
                QVERIFY2(head.forecast[t] == columns.forecast[t], qPrintable(QString::number(t)));
        }
    }

    void clearErrors()
    {
        auto unknown = backtest({ { QStringLiteral("model"), QStringLiteral("nosuch") } });
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("nosuch")),
                 qPrintable(unknown.error().message));
        auto missing = backtest({ { QStringLiteral("threshold"), 0.001 } });
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("model=")),
                 qPrintable(missing.error().message));
        auto otherSeries = backtest(params(0.001), true, kOther);
        QVERIFY(!otherSeries);
        QVERIFY2(otherSeries.error().message.contains(kSymbol)
                     && otherSeries.error().message.contains(kOther),
                 qPrintable(otherSeries.error().message));
        auto otherTimeframe
            = ModelSignalData::findModel(*m_db, kModel, kSymbol, QStringLiteral("15m"));
        QVERIFY(!otherTimeframe);
        QVERIFY2(otherTimeframe.error().message.contains(QStringLiteral("15m")),
                 qPrintable(otherTimeframe.error().message));
        QVERIFY(ModelSignalData::findModel(*m_db, kModel, QStringLiteral("sine"),
                                           QStringLiteral("5min")));
        // By id it is found too, and the id of no model is an error.
        auto entry = ModelRegistry(*m_db).find(kModel);
        QVERIFY2(entry, errorOf(entry));
        QVERIFY(backtest({ { QStringLiteral("model"), entry->id } }));
        QVERIFY(!backtest({ { QStringLiteral("model"), entry->id + 100 } }));

        StrategyTrainSpec spec;
        spec.strategy = QStringLiteral("model_signal");
        const Status noModel = spec.check();
        QVERIFY(!noModel.ok());
        QVERIFY2(noModel.error().message.contains(QStringLiteral("model")),
                 qPrintable(noModel.error().message));
        spec.fixedParams = { { QStringLiteral("model"), kModel } };
        QVERIFY2(spec.check().ok(), qPrintable(spec.check().error().message));
    }

    void walkForwardTrainingCompletes()
    {
        StrategyTrainRequest request;
        request.symbol = kSymbol;
        request.timeframe = kTimeframe;
        StrategyTrainSpec &spec = request.spec;
        spec.strategy = QStringLiteral("model_signal");
        spec.fixedParams = { { QStringLiteral("model"), kModel } };
        spec.method = Method::Random;
        spec.budget = 6;
        spec.costs.allowShort = true;
        spec.trainDays = 1; // 900 five-minute bars are 3.1 days: two folds
        spec.testDays = 1;
        request.saveAs = QStringLiteral("sig strategy");
        StrategyService service(*m_db);
        int dataReports = 0;
        service.setProgressCallback([&](const StrategyProgress &p) {
            dataReports += p.step == StrategyProgress::Step::Data && p.iterations > 0;
        });
        auto outcome = service.train(request);
        QVERIFY2(outcome, errorOf(outcome));
        QVERIFY(dataReports > 0);
        QVERIFY(outcome->forecasts);
        QCOMPARE(outcome->result.folds.size(), size_t(2));
        QCOMPARE(outcome->result.trials.size(), size_t(6));
        QCOMPARE(outcome->result.bestParams.value(QStringLiteral("model")).toString(), kModel);
        // The first fold tests bars 288..575, all in the training data: no trade there.
        QCOMPARE(outcome->result.folds[0].test.trades, 0);
        for (const BacktestTrade &t : outcome->result.backtest.trades)
            QVERIFY(t.entryTimeMs > outcome->forecasts->firstTradableMs);
        QVERIFY(outcome->saved);
        QCOMPARE(outcome->saved->params.value(QStringLiteral("model")).toString(), kModel);
        QCOMPARE(outcome->saved->scores.value(QStringLiteral("forecasts")).toObject(),
                 outcome->forecasts->toJson());

        // Cancelled during the forecast pass: an error, not a result.
        CancellationToken token;
        token.cancel(QStringLiteral("test"));
        service.setCancellationToken(&token);
        request.saveAs.clear();
        auto cancelled = service.train(request);
        QVERIFY(!cancelled);
        QVERIFY2(cancelled.error().message.contains(QStringLiteral("test")),
                 qPrintable(cancelled.error().message));
    }

    void cli()
    {
        const auto run = [this](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(MODELDECK_CLI_PATH),
                    QStringList { QStringLiteral("--workspace"), workspaceDir() } + args);
            p.waitForFinished(120000);
            return std::tuple { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
        };
        const auto [listCode, listOut, listErr]
            = run({ QStringLiteral("strategy"), QStringLiteral("list") });
        QCOMPARE(listCode, 0);
        QVERIFY(listOut.contains("model_signal"));
        QVERIFY(listOut.contains("threshold"));
        const QStringList series { QStringLiteral("strategy"),    QStringLiteral("backtest"),
                                   QStringLiteral("--symbol"),    kSymbol,
                                   QStringLiteral("--timeframe"), kTimeframe,
                                   QStringLiteral("--strategy"),  QStringLiteral("model_signal") };
        const auto [code, out, err]
            = run(series
                  + QStringList { QStringLiteral("--param"), QStringLiteral("model=") + kModel,
                                  QStringLiteral("--param"), QStringLiteral("threshold=0.001"),
                                  QStringLiteral("--json") });
        QVERIFY2(code == 0, err.constData());
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        const QJsonObject forecasts = json.value(QStringLiteral("forecasts")).toObject();
        QCOMPARE(forecasts.value(QStringLiteral("first_tradable_bar")).toInt(), kTrainBars);
        QCOMPARE(json.value(QStringLiteral("params")).toObject().value(QStringLiteral("model")),
                 QJsonValue(kModel));
        const auto [textCode, textOut, textErr] = run(
            series + QStringList { QStringLiteral("--param"), QStringLiteral("model=") + kModel });
        QVERIFY2(textCode == 0, textErr.constData());
        QVERIFY2(textOut.contains("First tradable bar 600"), textOut.constData());
        // train: the model is given like any fixed parameter.
        QStringList train = series;
        train[1] = QStringLiteral("train");
        const auto [trainCode, trainOut, trainErr]
            = run(train
                  + QStringList { QStringLiteral("--param"), QStringLiteral("model=") + kModel,
                                  QStringLiteral("--optimizer"), QStringLiteral("random"),
                                  QStringLiteral("--budget"), QStringLiteral("4"),
                                  QStringLiteral("--short"), QStringLiteral("--json") });
        QVERIFY2(trainCode == 0, trainErr.constData());
        const QJsonObject trained = QJsonDocument::fromJson(trainOut).object();
        QCOMPARE(
            trained.value(QStringLiteral("best_params")).toObject().value(QStringLiteral("model")),
            QJsonValue(kModel));
        QCOMPARE(trained.value(QStringLiteral("trials")).toArray().size(), 4);
        QCOMPARE(trained.value(QStringLiteral("forecasts"))
                     .toObject()
                     .value(QStringLiteral("first_tradable_bar"))
                     .toInt(),
                 kTrainBars);
        QVERIFY(trainErr.contains("data")); // the forecast pass's progress
        const auto [noModelCode, noModelOut, noModelErr] = run(series);
        QCOMPARE(noModelCode, 2); // usage
        QVERIFY2(noModelErr.contains("model="), noModelErr.constData());
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestModelSignal)
#include "tst_modelsignal.moc"
