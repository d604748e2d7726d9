// StrategyFacade as the Strategy Studio UI will await it: a backtest with curves and trades, a
// training run whose progress lands in the shared StrategyControl and whose result is saved,
// listed, exported and deleted, a refused duplicate name, and cancellation.

#include "TestBars.h"
#include "TestTask.h"
#include "backtest/Strategy.h"
#include "backtest/StrategyBacktest.h"
#include "services/StrategyFacade.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace modeldeck;
using modeldeck::test::await;

namespace {

const QString kSymbol = QStringLiteral("WAVE");
const QString kTimeframe = QStringLiteral("5m");

} // namespace

class TestStrategyFacade : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::vector<Bar> m_bars = test::waveBars(2000, 3);

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Database::open(m_dir.path());
        QVERIFY(opened);
        m_db = std::move(*opened);
        const QString stored = test::storeBars(*m_db, kSymbol, kTimeframe, m_bars);
        QVERIFY2(stored.isEmpty(), qPrintable(stored));
    }

    void backtestHasCurvesAndTrades()
    {
        StrategyBacktestRequest request { kSymbol,
                                          kTimeframe,
                                          QStringLiteral("ma_crossover"),
                                          { { QStringLiteral("fast"), 3 },
                                            { QStringLiteral("slow"), 12 } },
                                          {} };
        request.costs.commission = 0.001;
        auto outcome = await(StrategyFacade(m_db).backtest(request, nullptr));
        QVERIFY(outcome && *outcome);
        const BacktestResult &r = (*outcome)->result;
        QCOMPARE(r.equity.size(), m_bars.size());
        QCOMPARE(r.drawdown.size(), m_bars.size());
        QVERIFY(!r.trades.empty());
        // The same as the engine on the same bars.
        const BarColumns columns = BarColumns::fromBars(m_bars);
        BacktestOptions options = request.costs;
        options.barsPerYear = barsPerYear(columns.time, 300);
        const IndicatorCache cache(columns);
        auto direct
            = backtestStrategy(*findStrategy(request.strategy), cache, request.params, options);
        QVERIFY(direct);
        QCOMPARE(r.scores.toJson(), direct->scores.toJson());
        QCOMPARE(StrategyService::tradesJson(r).size(), qsizetype(r.trades.size()));
    }

    void trainReportsSavesAndRoundTrips()
    {
        StrategyTrainRequest request;
        request.symbol = kSymbol;
        request.timeframe = kTimeframe;
        request.spec.strategy = QStringLiteral("bollinger_breakout");
        request.spec.method = Method::Random;
        request.spec.budget = 8;
        request.spec.trainDays = 2;
        request.spec.testDays = 1;
        request.saveAs = QStringLiteral("wave bands");
        auto control = std::make_shared<StrategyControl>();
        const StrategyFacade facade(m_db);
        auto outcome = await(facade.train(request, control));
        QVERIFY(outcome);
        QVERIFY2(*outcome, *outcome ? "" : qPrintable((*outcome).error().message));
        const StrategyTrainOutcome &trained = **outcome;
        QVERIFY(!trained.result.folds.empty());
        QCOMPARE(trained.result.trials.size(), size_t(8));
        const StrategyProgress last = control->latest();
        QCOMPARE(last.step, StrategyProgress::Step::Save);
        QCOMPARE(last.bestParams, trained.result.bestParams);
        QVERIFY(trained.saved);
        QCOMPARE(trained.saved->params, trained.result.bestParams);
        QCOMPARE(trained.saved->walkForward.size(), qsizetype(trained.result.folds.size()));
        QVERIFY(trained.saved->scores.contains(QStringLiteral("buy_and_hold_return")));

        auto listed = await(facade.list(kSymbol));
        QVERIFY(listed && *listed);
        QCOMPARE((*listed)->size(), size_t(1));
        QCOMPARE((*listed)->front().name, QStringLiteral("wave bands"));
        auto found = await(facade.find(QString::number(trained.saved->id)));
        QVERIFY(found && *found);
        QCOMPARE((*found)->toJson(), trained.saved->toJson());

        auto duplicate = await(facade.save(*trained.saved));
        QVERIFY(duplicate && !*duplicate);
        QVERIFY((*duplicate).error().message.contains(QStringLiteral("already exists")));

        const QString file = m_dir.filePath(QStringLiteral("wave.json"));
        auto exported = await(facade.exportJson(**found, file));
        QVERIFY(exported && *exported);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const TrainedConfiguration read
            = TrainedConfiguration::fromJson(QJsonDocument::fromJson(f.readAll()).object());
        QCOMPARE(read.toJson(), trained.saved->toJson());

        auto removed = await(facade.remove(trained.saved->id));
        QVERIFY(removed && *removed);
        auto again = await(facade.remove(trained.saved->id));
        QVERIFY(again && !*again); // already gone
        auto empty = await(facade.list());
        QVERIFY(empty && *empty && (*empty)->empty());
    }

    void cancelledBeforeStart()
    {
        StrategyTrainRequest request;
        request.symbol = kSymbol;
        request.timeframe = kTimeframe;
        request.spec.strategy = QStringLiteral("rsi_reversion");
        auto control = std::make_shared<StrategyControl>();
        control->token.cancel(QStringLiteral("closed the tab"));
        auto outcome = await(StrategyFacade(m_db).train(request, control));
        QVERIFY(outcome && !*outcome);
        QVERIFY((*outcome).error().message.contains(QStringLiteral("closed the tab")));
    }
};

QTEST_GUILESS_MAIN(TestStrategyFacade)
#include "tst_strategyfacade.moc"
