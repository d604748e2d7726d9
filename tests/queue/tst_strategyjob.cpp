// Strategy training as a queue job (issue #20) on a workspace with a synthetic wave: the spec
// round-trips and is validated at enqueue, the progress maps onto the queue's steps (Optimize
// as Train with iterations, Validate with folds), a job run by TrainingQueue with
// trainingExecutor stores a result that StrategyFacade::jobResult reads back as a direct
// StrategyService::train with the same seed returns it, save_as saves with source_job_id, a
// cancelled job saves nothing, and jobResult names what is wrong with other jobs.

#include "TestBars.h"
#include "TestTask.h"
#include "TestVerify.h"
#include "queue/JobExecutor.h"
#include "queue/StrategyJob.h"
#include "queue/TrainingQueue.h"
#include "services/StrategyFacade.h"
#include "storage/Database.h"
#include "storage/JobProgressRepository.h"
#include "storage/JobRepository.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace modeldeck;
using modeldeck::test::await;

namespace {

const QString kSymbol = QStringLiteral("WAVE");
const QString kTimeframe = QStringLiteral("5m");

StrategyTrainRequest waveRequest(int budget = 8, quint64 seed = 7)
{
    StrategyTrainRequest request;
    request.symbol = kSymbol;
    request.timeframe = kTimeframe;
    request.spec.strategy = QStringLiteral("ma_crossover");
    request.spec.method = Method::Random;
    request.spec.budget = budget;
    request.spec.seed = seed;
    request.spec.trainDays = 2;
    request.spec.testDays = 1;
    request.spec.costs.commission = 0.0005;
    return request;
}

} // namespace

class TestStrategyJob : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::shared_ptr<Database> workspace()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter)));
        if (!opened)
            return nullptr;
        std::shared_ptr<Database> db = std::move(*opened);
        if (!test::storeBars(*db, kSymbol, kTimeframe, test::waveBars(2000, 3)).isEmpty())
            return nullptr;
        return db;
    }

    struct Run
    {
        TrainingJob finished;
        std::vector<TrainingProgress> progress;
    };

    // Queues the spec and runs the queue with the real executor until the job ends.
    static std::optional<Run> runQueued(const std::shared_ptr<Database> &db, const JobSpec &spec,
                                        const std::function<void(TrainingQueue &)> &whileRunning
                                        = {})
    {
        TrainingQueue queue(db);
        queue.setExecutor(trainingExecutor(*db));
        if (!queue.acquire())
            return std::nullopt;
        auto id = queue.enqueue(spec);
        if (!id)
            return std::nullopt;
        Run run;
        QObject::connect(&queue, &TrainingQueue::jobProgress, &queue,
                         [&](qint64 jobId, const TrainingProgress &p) {
                             if (jobId == *id)
                                 run.progress.push_back(p);
                             if (whileRunning)
                                 whileRunning(queue);
                         });
        QSignalSpy finished(&queue, &TrainingQueue::jobFinished);
        queue.start();
        if (!finished.wait(60000) && finished.isEmpty())
            return std::nullopt;
        run.finished = finished.at(0).at(0).value<TrainingJob>();
        return run;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void specRoundTripsAndIsCheckedAtEnqueue()
    {
        StrategyTrainRequest request = waveRequest();
        request.spec.objective = BacktestObjective::Sortino;
        request.spec.costs.allowShort = true;
        request.spec.fixedParams = { { QStringLiteral("fast"), 5 } };
        request.saveAs = QStringLiteral("waves");
        const JobSpec spec = strategyJob(request);
        QCOMPARE(spec.bot, QStringLiteral("ma_crossover"));
        QCOMPARE(spec.priority, JobSpec::kManualPriority);
        QVERIFY(spec.isStrategy());
        auto back = StrategyService::requestFrom(spec);
        QVERIFY2(back, errorOf(back).constData());
        QCOMPARE(back->spec.toJson(), request.spec.toJson());
        QCOMPARE(back->saveAs, request.saveAs);
        QCOMPARE(back->symbol, kSymbol);
        QVERIFY(strategyObjectiveOf(spec) == BacktestObjective::Sortino);

        // Another seed is another job; the same spec is the same job.
        QVERIFY(strategyJob(waveRequest(8, 8)).dedupKey() != strategyJob(waveRequest()).dedupKey());
        QCOMPARE(strategyJob(waveRequest()).dedupKey(), strategyJob(waveRequest()).dedupKey());
        // A model job of the same series and "bot" is not the same job either.
        JobSpec plain = spec;
        plain.strategy = {};
        QVERIFY(plain.dedupKey() != spec.dedupKey());

        auto db = workspace();
        QVERIFY(db);
        TrainingQueue queue(db);
        // The strategy's name is no model, and that is fine for a strategy job.
        auto id = queue.enqueue(strategyJob(waveRequest()));
        QVERIFY2(id, errorOf(id).constData());
        bool existed = false;
        QCOMPARE(*queue.enqueue(strategyJob(waveRequest()), &existed), *id);
        QVERIFY(existed);
        auto stored = JobRepository(*db->connection()).find(*id);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->spec.strategy, strategyJob(waveRequest()).strategy);

        JobSpec bad = strategyJob(waveRequest(0));
        auto refused = queue.enqueue(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("budget")), errorOf(refused));
        bad = strategyJob(waveRequest());
        QJsonObject inner = bad.strategy.value(QStringLiteral("spec")).toObject();
        inner.insert(QStringLiteral("strategy"), QStringLiteral("no_such_strategy"));
        bad.strategy.insert(QStringLiteral("spec"), inner);
        refused = queue.enqueue(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("no_such_strategy")),
                 errorOf(refused));
    }

    void progressMapsOntoQueueSteps()
    {
        StrategyJobProgress mapper(BacktestObjective::Sharpe);
        StrategyProgress s;
        TrainingProgress p = mapper.map(s);
        QVERIFY(p.step == TrainingProgress::Step::Data);
        QVERIFY(p.strategy);

        s.step = StrategyProgress::Step::Optimize;
        s.iteration = 12;
        s.iterations = 50;
        s.bestObjective = 1.23;
        s.currentObjective = 0.5;
        s.bestParams = { { QStringLiteral("fast"), 4 } };
        p = mapper.map(s);
        QVERIFY(p.step == TrainingProgress::Step::Train);
        QCOMPARE(p.stepFraction, 12.0 / 50);
        QCOMPARE(p.search.trial, 12);
        QCOMPARE(p.search.trials, 50);
        QCOMPARE(p.search.bestScore.value_or(0), -1.23);
        QCOMPARE(p.search.score.value_or(0), -0.5);
        QCOMPARE(p.search.bestParams, s.bestParams);
        QCOMPARE(p.details, QStringLiteral("Iteration 12/50 · best Sharpe 1.23"));

        StrategyProgress fold;
        fold.step = StrategyProgress::Step::Validate;
        fold.fold = 3;
        fold.folds = 8;
        fold.iteration = 25;
        fold.iterations = 50;
        fold.bestObjective = 0.7;
        p = mapper.map(fold);
        QVERIFY(p.step == TrainingProgress::Step::Validate);
        QCOMPARE(p.stepFraction, (2 + 0.5) / 8);
        QVERIFY2(p.details.startsWith(QStringLiteral("Fold 3/8")), qPrintable(p.details));
        // The search fields keep the Optimize search's result; the fold's own is in strategy.
        QCOMPARE(p.search.bestScore.value_or(0), -1.23);
        QCOMPARE(p.search.trial, 12);
        QCOMPARE(p.strategy->fold, 3);
        QCOMPARE(p.strategy->bestObjective.value_or(0), 0.7);
        QVERIFY(p.overall() > 0.75 && p.overall() < 0.95);
    }

    void queuedJobMatchesDirectTraining()
    {
        auto db = workspace();
        QVERIFY(db);
        const StrategyTrainRequest request = waveRequest();
        auto run = runQueued(db, strategyJob(request));
        QVERIFY(run);
        QVERIFY2(run->finished.status == JobStatus::Completed,
                 qPrintable(run->finished.errorMessage));
        QCOMPARE(run->finished.recordId, 0);

        // Progress went through Optimize (as Train, with iterations) and Validate (folds).
        bool optimized = false;
        int folds = 0;
        for (const TrainingProgress &p : run->progress) {
            QVERIFY(p.strategy);
            if (p.step == TrainingProgress::Step::Train && p.search.trials == 8
                && p.strategy->iterations == 8 && p.search.trial > 0)
                optimized = true;
            if (p.step == TrainingProgress::Step::Validate)
                folds = std::max(folds, p.strategy->folds);
        }
        QVERIFY(optimized);
        QVERIFY(folds > 0);

        // The same as a direct run with the same seed.
        StrategyService service(*db);
        auto direct = service.train(request);
        QVERIFY2(direct, errorOf(direct).constData());
        auto stored = await(StrategyFacade(db).jobResult(run->finished.id));
        QVERIFY(stored);
        QVERIFY2(*stored, errorOf(*stored).constData());
        const StrategyTrainResult &r = (*stored)->result;
        QCOMPARE(r.bestParams, direct->result.bestParams);
        QCOMPARE(r.bestObjective, direct->result.bestObjective);
        QCOMPARE(r.trainScores.toJson(), direct->result.trainScores.toJson());
        QCOMPARE(r.folds.size(), size_t(folds));
        QCOMPARE(r.foldsJson(), direct->result.foldsJson());
        QCOMPARE(r.optimizeWindow.trainBegin, direct->result.optimizeWindow.trainBegin);
        QCOMPARE(r.trials.size(), direct->result.trials.size());
        // The backtest is recomputed: equity, drawdown and trades over the whole series.
        QCOMPARE(r.backtest.scores.toJson(), direct->result.backtest.scores.toJson());
        QCOMPARE(r.backtest.equity.size(), size_t(2000));
        QCOMPARE(r.backtest.trades.size(), direct->result.backtest.trades.size());
        QVERIFY(!(*stored)->saved);

        // The progress row the queue kept has the search fields (the Optimize search's best).
        auto row = JobProgressRepository(*db->connection()).find(run->finished.id);
        QVERIFY(row && *row);
        QCOMPARE((*row)->totalIterations, 8);
        QVERIFY((*row)->bestScore);
        QCOMPARE(*(*row)->bestScore, -direct->result.bestObjective);

        // Listed with its request.
        auto jobs = await(StrategyFacade(db).jobs(10));
        QVERIFY(jobs && *jobs);
        QCOMPARE((*jobs)->size(), size_t(1));
        QCOMPARE((*jobs)->front().job.id, run->finished.id);
        QCOMPARE((*jobs)->front().request.spec.toJson(), request.spec.toJson());
    }

    void saveAsSavesWithTheJobAsSource()
    {
        auto db = workspace();
        QVERIFY(db);
        StrategyTrainRequest request = waveRequest(6, 3);
        request.saveAs = QStringLiteral("queued wave");
        auto run = runQueued(db, strategyJob(request));
        QVERIFY(run);
        QVERIFY2(run->finished.status == JobStatus::Completed,
                 qPrintable(run->finished.errorMessage));
        auto stored = await(StrategyFacade(db).jobResult(run->finished.id));
        QVERIFY(stored && *stored);
        QVERIFY((*stored)->saved);
        QCOMPARE((*stored)->saved->name, QStringLiteral("queued wave"));
        QCOMPARE((*stored)->saved->sourceJobId, run->finished.id);
        QCOMPARE((*stored)->saved->params, (*stored)->result.bestParams);
        auto listed = StrategyService(*db).list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), size_t(1));
        QCOMPARE(listed->front().sourceJobId, run->finished.id);
    }

    void cancelledJobSavesNothing()
    {
        auto db = workspace();
        QVERIFY(db);
        // Long enough to be stopped in the middle of its search.
        StrategyTrainRequest request = waveRequest(StrategyTrainSpec::kMaxBudget);
        request.spec.trainDays = 0;
        request.spec.testDays = 0;
        request.saveAs = QStringLiteral("never");
        bool stopped = false;
        auto run = runQueued(db, strategyJob(request), [&stopped](TrainingQueue &queue) {
            if (!stopped) {
                stopped = true;
                queue.forceStop(QStringLiteral("test stop"));
            }
        });
        QVERIFY(run);
        QVERIFY(run->finished.status == JobStatus::Cancelled);
        auto listed = StrategyService(*db).list();
        QVERIFY(listed);
        QVERIFY(listed->empty());
        auto result = StrategyService(*db).jobResult(run->finished.id);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("stopped")), errorOf(result));
        auto stored = JobRepository(*db->connection()).strategyResult(run->finished.id);
        QVERIFY(stored && stored->isEmpty());
    }

    void jobResultNamesWhatIsWrong()
    {
        auto db = workspace();
        QVERIFY(db);
        const StrategyService service(*db);
        auto missing = service.jobResult(987654);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("no job 987654")),
                 errorOf(missing));

        JobRepository jobs(*db->connection());
        JobSpec model;
        model.symbol = kSymbol;
        model.timeframe = kTimeframe;
        model.bot = QStringLiteral("lstm_bot");
        auto modelId = jobs.enqueue(model);
        QVERIFY(modelId);
        auto notStrategy = service.jobResult(*modelId);
        QVERIFY(!notStrategy);
        QVERIFY2(notStrategy.error().message.contains(QStringLiteral("not a strategy")),
                 errorOf(notStrategy));

        auto pendingId = jobs.enqueue(strategyJob(waveRequest()));
        QVERIFY(pendingId);
        auto pending = service.jobResult(*pendingId);
        QVERIFY(!pending);
        QVERIFY2(pending.error().message.contains(QStringLiteral("not finished")),
                 errorOf(pending));

        // Completed without a stored result (ended by something other than the executor).
        QVERIFY(jobs.claim(*pendingId, QCoreApplication::applicationPid()));
        QVERIFY(jobs.finish(*pendingId, JobStatus::Completed, QString(), 0));
        auto empty = service.jobResult(*pendingId);
        QVERIFY(!empty);
        QVERIFY2(empty.error().message.contains(QStringLiteral("no result")), errorOf(empty));
        // Storing a result needs the job to be running.
        QVERIFY(!jobs.attachStrategyResult(*pendingId, { { QStringLiteral("x"), 1 } }));
    }
};

QTEST_GUILESS_MAIN(TestStrategyJob)
#include "tst_strategyjob.moc"
