// Strategy training: the search finds planted parameters, walk-forward windows never see a bar
// after their test window, progress and cancellation.

#include "StrategyTestSeries.h"
#include "backtest/Strategy.h"
#include "backtest/StrategyOptimizer.h"
#include "training/CancellationToken.h"

#include <QTest>

using namespace modeldeck;
using namespace modeldeck::test;

namespace {

QJsonObject narrowCrossoverSpace()
{
    return { { QStringLiteral("fast"),
               QJsonObject { { QStringLiteral("type"), QStringLiteral("int") },
                             { QStringLiteral("low"), 3 },
                             { QStringLiteral("high"), 8 } } },
             { QStringLiteral("slow"),
               QJsonObject { { QStringLiteral("type"), QStringLiteral("int") },
                             { QStringLiteral("low"), 15 },
                             { QStringLiteral("high"), 25 } } } };
}

} // namespace

class TestStrategyOptimizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gridFindsPlantedParameters()
    {
        const BarColumns bars = BarColumns::fromBars(plantedCrossoverBars(3000, 6, 21));
        StrategyTrainSpec spec;
        spec.strategy = QStringLiteral("ma_crossover");
        spec.space = narrowCrossoverSpace();
        spec.method = Method::Grid;
        spec.budget = 200; // more than the 6 × 11 grid
        spec.costs.allowShort = true;
        int reports = 0;
        StrategyOptimizer optimizer(spec);
        optimizer.setProgressCallback([&](const StrategyProgress &p) {
            ++reports;
            QVERIFY(p.bestObjective.has_value());
            QVERIFY(p.fraction > 0 && p.fraction <= 1);
        });
        auto result = optimizer.run(bars, 86400);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->trials.size(), size_t(66)); // the whole grid, once each
        QCOMPARE(reports, 66);
        QCOMPARE(result->bestParams.value(QStringLiteral("fast")).toInt(), 6);
        QCOMPARE(result->bestParams.value(QStringLiteral("slow")).toInt(), 21);
        QVERIFY(result->trainScores.sharpe > 3);
        QCOMPARE(result->backtest.equity.size(), bars.size());
        QVERIFY(result->folds.empty());
    }

    void bayesGetsCloseToPlantedParameters()
    {
        const BarColumns bars = BarColumns::fromBars(plantedCrossoverBars(3000, 6, 21));
        StrategyTrainSpec spec;
        spec.strategy = QStringLiteral("ma_crossover");
        spec.space = narrowCrossoverSpace();
        spec.method = Method::Bayes;
        spec.budget = 40;
        spec.seed = 3;
        spec.costs.allowShort = true;
        auto result = StrategyOptimizer(spec).run(bars, 86400);
        QVERIFY(result);
        QVERIFY(std::abs(result->bestParams.value(QStringLiteral("fast")).toInt() - 6) <= 1);
        QVERIFY(std::abs(result->bestParams.value(QStringLiteral("slow")).toInt() - 21) <= 2);
    }

    void windowsRollAndStayInside()
    {
        const BarColumns bars = BarColumns::fromBars(randomWalkBars(400));
        auto windows = StrategyOptimizer::planWindows(bars.time, 100, 30);
        QVERIFY(windows);
        QCOMPARE(windows->size(),
                 size_t(10)); // 100 + k·30 + 30 <= 400 days (the last bar's day + one)
        for (size_t k = 0; k < windows->size(); ++k) {
            const StrategyWindow &w = (*windows)[k];
            QCOMPARE(w.trainBegin, size_t(30 * k));
            QCOMPARE(w.testBegin, w.trainBegin + 100);
            QCOMPARE(w.testEnd, w.testBegin + 30);
        }
        QVERIFY(!StrategyOptimizer::planWindows(bars.time, 390, 30));
    }

    // Fold k's result depends on bars up to its test end only: scrambling every later bar
    // changes nothing in it (and does change a later fold).
    void foldsNeverUseFutureBars()
    {
        std::vector<Bar> original = randomWalkBars(400);
        StrategyTrainSpec spec;
        spec.strategy = QStringLiteral("ma_crossover");
        spec.method = Method::Random;
        spec.budget = 15;
        spec.trainDays = 100;
        spec.testDays = 30;
        auto before = StrategyOptimizer(spec).run(BarColumns::fromBars(original), 86400);
        QVERIFY(before);
        QCOMPARE(before->folds.size(), size_t(10));
        const StrategyFold &third = before->folds[2];
        std::vector<Bar> changed = original;
        const std::vector<Bar> other = randomWalkBars(400, 99);
        for (size_t i = third.window.testEnd; i < changed.size(); ++i) {
            changed[i] = other[i];
            changed[i].timeUtcMs = original[i].timeUtcMs;
        }
        auto after = StrategyOptimizer(spec).run(BarColumns::fromBars(changed), 86400);
        QVERIFY(after);
        for (int k = 0; k <= 2; ++k) {
            QCOMPARE(after->folds[k].params, before->folds[k].params);
            QCOMPARE(after->folds[k].test.toJson(), before->folds[k].test.toJson());
        }
        QVERIFY(after->folds.back().test.toJson() != before->folds.back().test.toJson());
        // The Optimize step searched the last 100 days only.
        QCOMPARE(before->optimizeWindow.trainBegin, size_t(299));
    }

    // Parameter sets are backtested kBatch at a time on any number of threads: the trials, the
    // best and every fold are the same for 1, 2 and 5 threads.
    void resultsDoNotDependOnTheThreadCount()
    {
        const BarColumns bars = BarColumns::fromBars(randomWalkBars(400));
        for (Method method : { Method::Bayes, Method::Random }) {
            StrategyTrainSpec spec;
            spec.strategy = QStringLiteral("bollinger_breakout");
            spec.method = method;
            spec.budget = 21; // not a multiple of the batch
            spec.seed = 5;
            spec.trainDays = 150;
            spec.testDays = 60;
            spec.costs.allowShort = true;
            std::vector<StrategyTrainResult> results;
            for (int threads : { 1, 2, 5 }) {
                StrategyOptimizer optimizer(spec);
                optimizer.setThreads(threads);
                int reports = 0;
                optimizer.setProgressCallback([&](const StrategyProgress &) { ++reports; });
                auto result = optimizer.run(bars, 86400);
                QVERIFY2(result, result ? "" : qPrintable(result.error().message));
                QCOMPARE(reports, 21 * int(result->folds.size() + 1));
                results.push_back(std::move(*result));
            }
            const StrategyTrainResult &one = results.front();
            QCOMPARE(one.trials.size(), size_t(21));
            for (const StrategyTrainResult &r : results) {
                QCOMPARE(r.bestParams, one.bestParams);
                QCOMPARE(r.bestObjective, one.bestObjective);
                QCOMPARE(r.trials.size(), one.trials.size());
                for (size_t i = 0; i < r.trials.size(); ++i) {
                    QCOMPARE(r.trials[i].params, one.trials[i].params);
                    QCOMPARE(r.trials[i].score, one.trials[i].score);
                    QVERIFY(r.trials[i].state == SearchTrial::State::Complete);
                }
                QCOMPARE(r.foldsJson(), one.foldsJson());
                QCOMPARE(r.backtest.scores.toJson(), one.backtest.scores.toJson());
            }
        }
    }

    void cancellationStops()
    {
        const BarColumns bars = BarColumns::fromBars(randomWalkBars(300));
        StrategyTrainSpec spec;
        spec.strategy = QStringLiteral("rsi_reversion");
        spec.budget = 50;
        CancellationToken token;
        StrategyOptimizer optimizer(spec);
        optimizer.setCancellationToken(&token);
        int seen = 0;
        optimizer.setProgressCallback([&](const StrategyProgress &p) {
            seen = p.iteration;
            if (p.iteration == 5)
                token.cancel(QStringLiteral("test"));
        });
        auto result = optimizer.run(bars, 86400);
        QVERIFY(!result);
        QCOMPARE(seen, 5);
    }

    void badSpecsAreRefused()
    {
        StrategyTrainSpec spec;
        spec.strategy = QStringLiteral("ma_crossover");
        spec.budget = 0;
        QVERIFY(!spec.check());
        spec.budget = 10;
        spec.trainDays = 10; // without test days
        QVERIFY(!spec.check());
        spec.trainDays = 0;
        spec.space = { { QStringLiteral("period"),
                         QJsonObject { { QStringLiteral("type"), QStringLiteral("int") },
                                       { QStringLiteral("low"), 2 },
                                       { QStringLiteral("high"), 3 } } } };
        QVERIFY(!spec.check()); // not a parameter of ma_crossover
        spec.space = {};
        spec.fixedParams = { { QStringLiteral("fast"), 500 } };
        QVERIFY(!spec.check());
        spec.fixedParams = { { QStringLiteral("fast"), 5 } };
        QVERIFY(spec.check());
    }
};

QTEST_GUILESS_MAIN(TestStrategyOptimizer)
#include "tst_strategyoptimizer.moc"
