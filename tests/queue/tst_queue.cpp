// TrainingQueue semantics with quick fake executors and one real tiny model: order,
// duplicates, Pause/Resume/Stop/Force Stop, failures and retries, ownership, recovery.

#include "TestBars.h"
#include "queue/AutoTrainPlan.h"
#include "queue/TrainingQueue.h"
#include "storage/Database.h"
#include "storage/JobProgressRepository.h"
#include "storage/JobRepository.h"
#include "storage/MarketDataRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "training/CancellationToken.h"
#include "training/TorchRuntime.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cmath>

using namespace modeldeck;

namespace {

JobSpec spec(const QString &symbol, const QString &bot = QStringLiteral("linear_bot"),
             int epochs = 1)
{
    return { symbol, QStringLiteral("5m"),
             bot,    QJsonObject { { QStringLiteral("epochs"), epochs } },
             1,      0,
             0,      0 };
}

// Records the order jobs ran in; optionally blocks each job until released.
struct FakeWork
{
    QMutex mutex;
    QStringList ran;
    QSemaphore started;
    QSemaphore release;
    bool gate = false;
    JobStatus outcome = JobStatus::Completed;

    JobExecutor executor()
    {
        return [this](const TrainingJob &job, const CancellationToken &token,
                      const ProgressCallback &progress) {
            {
                QMutexLocker lock(&mutex);
                ran << job.spec.symbol;
            }
            started.release();
            TrainingProgress p;
            p.step = TrainingProgress::Step::Train;
            p.stepFraction = 0.5;
            progress(p);
            if (gate) {
                // Poll like a trainer between batches: the release or a cancellation ends it.
                while (!release.tryAcquire(1, 5)) {
                    if (token.isCancelled())
                        return JobResult { JobStatus::Cancelled, token.reason(), 0 };
                }
            }
            return JobResult { outcome,
                               outcome == JobStatus::Failed ? QStringLiteral("boom") : QString(),
                               0 };
        };
    }
};

} // namespace

class TestQueue : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_workspaceCounter = 0;

    std::shared_ptr<Database> newWorkspace()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_workspaceCounter)));
        return db ? std::shared_ptr<Database>(std::move(*db)) : nullptr;
    }

    static QStringList ranCopy(FakeWork &work)
    {
        QMutexLocker lock(&work.mutex);
        return work.ran;
    }

private Q_SLOTS:
    void initTestCase() { TorchRuntime::initialize(1); }

    void runsJobsInOrderAndDrains()
    {
        auto db = newWorkspace();
        QVERIFY(db);
        FakeWork work;
        TrainingQueue queue(db);
        queue.setExecutor(work.executor());
        QVERIFY(queue.acquire());
        for (const char *s : { "A", "B", "C" })
            QVERIFY(queue.enqueue(spec(QString::fromLatin1(s))));
        QCOMPARE(queue.queueLength(), 3);
        QSignalSpy drained(&queue, &TrainingQueue::drained);
        QSignalSpy started(&queue, &TrainingQueue::jobStarted);
        QSignalSpy finished(&queue, &TrainingQueue::jobFinished);
        QSignalSpy progress(&queue, &TrainingQueue::jobProgress);
        queue.start();
        QVERIFY(queue.isRunning());
        QTRY_VERIFY(drained.count() >= 1);
        QCOMPARE(ranCopy(work),
                 (QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }));
        QCOMPARE(finished.count(), 3);
        // The signals carry the job itself: as claimed when it starts, as it ended when it ends.
        QCOMPARE(started.count(), 3);
        for (int i = 0; i < 3; ++i) {
            const auto begun = started.at(i).at(0).value<TrainingJob>();
            const auto ended = finished.at(i).at(0).value<TrainingJob>();
            QCOMPARE(begun.spec.symbol, ranCopy(work).at(i));
            QVERIFY(begun.status == JobStatus::Running);
            QCOMPARE(begun.attempts, 1);
            QCOMPARE(ended.id, begun.id);
            QCOMPARE(ended.spec.symbol, begun.spec.symbol);
            QVERIFY(ended.status == JobStatus::Completed);
            QVERIFY(ended.finishedAt.isValid());
        }
        QVERIFY(progress.count() >= 3);
        QCOMPARE(queue.counts().completed, 3);
        QCOMPARE(queue.queueLength(), 0);
    }

    void twoWorkersRunTwoJobsAtOnce()
    {
        auto db = newWorkspace();
        FakeWork work;
        work.gate = true;
        TrainingQueue queue(db);
        queue.setExecutor(work.executor());
        queue.setMaxConcurrentJobs(2);
        QVERIFY(queue.acquire());
        for (const char *s : { "A", "B", "C" })
            QVERIFY(queue.enqueue(spec(QString::fromLatin1(s))));
        queue.start();
        QVERIFY(work.started.tryAcquire(2, 10000));
        // Workers announce their jobs through the event loop.
        QTRY_COMPARE(queue.currentJobs().size(), 2);
        QCOMPARE(queue.counts().running, 2);
        QCOMPARE(queue.queueLength(), 1);
        QSignalSpy drained(&queue, &TrainingQueue::drained);
        work.release.release(3);
        QTRY_VERIFY(drained.count() >= 1);
        QCOMPARE(queue.counts().completed, 3);
    }

    void duplicatesReturnTheExistingJob()
    {
        auto db = newWorkspace();
        TrainingQueue queue(db);
        QVERIFY(queue.acquire());
        bool existed = true;
        auto first = queue.enqueue(spec(QStringLiteral("A")), &existed);
        QVERIFY(first && !existed);
        auto second = queue.enqueue(spec(QStringLiteral("A")), &existed);
        QVERIFY(second && existed);
        QCOMPARE(*second, *first);
        auto other
            = queue.enqueue(spec(QStringLiteral("A"), QStringLiteral("linear_bot"), 2), &existed);
        QVERIFY(other && !existed && *other != *first);
        QCOMPARE(queue.queueLength(), 2);
        // Invalid hyperparameters are refused before anything is queued.
        auto bad
            = queue.enqueue({ QStringLiteral("A"), QStringLiteral("5m"), QStringLiteral("lstm_bot"),
                              QJsonObject { { QStringLiteral("hiden"), 1 } }, 1, 0, 0, 0 });
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("hiden")));
    }

    void pauseLetsTheRunningJobFinish()
    {
        auto db = newWorkspace();
        FakeWork work;
        work.gate = true;
        TrainingQueue queue(db);
        queue.setExecutor(work.executor());
        QVERIFY(queue.acquire());
        QVERIFY(queue.enqueue(spec(QStringLiteral("A"))));
        QVERIFY(queue.enqueue(spec(QStringLiteral("B"))));
        queue.start();
        QVERIFY(work.started.tryAcquire(1, 10000));
        queue.pause();
        QVERIFY(queue.isPaused());
        QSignalSpy finished(&queue, &TrainingQueue::jobFinished);
        work.release.release();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(0).value<TrainingJob>().status == JobStatus::Completed);
        QTest::qWait(100);
        QCOMPARE(ranCopy(work).size(), 1); // B waits
        QCOMPARE(queue.queueLength(), 1);
        queue.resume();
        QVERIFY(work.started.tryAcquire(1, 10000));
        work.release.release();
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(ranCopy(work), (QStringList { QStringLiteral("A"), QStringLiteral("B") }));
    }

    void stopFinishesCurrentAndClearsPending()
    {
        auto db = newWorkspace();
        FakeWork work;
        work.gate = true;
        TrainingQueue queue(db);
        queue.setExecutor(work.executor());
        QVERIFY(queue.acquire());
        for (const char *s : { "A", "B", "C" })
            QVERIFY(queue.enqueue(spec(QString::fromLatin1(s))));
        queue.start();
        QVERIFY(work.started.tryAcquire(1, 10000));
        QSignalSpy finished(&queue, &TrainingQueue::jobFinished);
        queue.stop();
        QCOMPARE(queue.state(), TrainingQueue::State::Stopping);
        // The running job may not be announced yet; until it is, it counts as pending.
        QTRY_COMPARE(queue.queueLength(), 0);
        QCOMPARE(queue.counts().running, 1);
        QCOMPARE(JobRepository(*db->connection()).counts()->pending, 0);
        work.release.release();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(0).value<TrainingJob>().status == JobStatus::Completed);
        QCOMPARE(queue.state(), TrainingQueue::State::Idle);
        QCOMPARE(ranCopy(work).size(), 1);
    }

    void forceStopCancelsNow()
    {
        auto db = newWorkspace();
        FakeWork work;
        work.gate = true;
        TrainingQueue queue(db);
        queue.setExecutor(work.executor());
        QVERIFY(queue.acquire());
        QVERIFY(queue.enqueue(spec(QStringLiteral("A"))));
        QVERIFY(queue.enqueue(spec(QStringLiteral("B"))));
        queue.start();
        QVERIFY(work.started.tryAcquire(1, 10000));
        QSignalSpy finished(&queue, &TrainingQueue::jobFinished);
        queue.forceStop(QStringLiteral("test force stop"));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(0).value<TrainingJob>().status == JobStatus::Cancelled);
        QVERIFY(finished.at(0).at(0).value<TrainingJob>().errorMessage.contains(
            QStringLiteral("test force stop")));
        QCOMPARE(queue.queueLength(), 0);
        QCOMPARE(queue.counts().cancelled, 1);
        QCOMPARE(queue.state(), TrainingQueue::State::Idle);
    }

    void silentJobsStillGetHeartbeats()
    {
        auto db = newWorkspace();
        FakeWork work;
        work.gate = true; // reports once, then stays silent until released
        TrainingQueue queue(db);
        queue.setExecutor(work.executor());
        queue.setHeartbeatIntervalMs(50);
        QVERIFY(queue.acquire());
        const qint64 id = *queue.enqueue(spec(QStringLiteral("A")));
        queue.start();
        QVERIFY(work.started.tryAcquire(1, 10000));
        QTRY_COMPARE(queue.currentJobs().size(), 1);
        QVERIFY(QSqlQuery(*db->connection())
                    .exec(QStringLiteral(
                        "UPDATE training_jobs SET heartbeat_at = '2020-01-01T00:00:00.000Z'")));
        QTRY_VERIFY((*JobRepository(*db->connection()).find(id))->heartbeatAt.date().year() > 2020);
        QSignalSpy drained(&queue, &TrainingQueue::drained);
        work.release.release();
        QTRY_VERIFY(drained.count() >= 1);
    }

    // Pausing and resuming while workers claim jobs: every job runs exactly once and the
    // counts end equal to the database's.
    void pauseResumeStormLosesNothing()
    {
        qputenv("MODELDECK_TEST_CLAIM_DELAY_MS", "1"); // a wider window for the race
        const auto undo = qScopeGuard([] { qunsetenv("MODELDECK_TEST_CLAIM_DELAY_MS"); });
        auto db = newWorkspace();
        FakeWork work;
        TrainingQueue queue(db);
        queue.setExecutor(work.executor());
        queue.setMaxConcurrentJobs(2);
        QVERIFY(queue.acquire());
        constexpr int jobs = 300;
        for (int i = 0; i < jobs; ++i)
            QVERIFY(queue.enqueue(spec(QStringLiteral("S%1").arg(i))));
        queue.start();
        for (int i = 0; i < 2000 && queue.counts().completed < jobs; ++i) {
            queue.pause();
            QTest::qWait(i % 3);
            queue.resume();
            QTest::qWait(1);
        }
        QTRY_VERIFY_WITH_TIMEOUT(queue.counts().completed == jobs && queue.currentJobs().isEmpty(),
                                 30000);
        QStringList ran = ranCopy(work);
        QCOMPARE(ran.size(), jobs);
        ran.removeDuplicates();
        QCOMPARE(ran.size(), jobs);
        const JobCounts stored = *JobRepository(*db->connection()).counts();
        QCOMPARE(stored.completed, jobs);
        QCOMPARE(stored.pending + stored.running, 0);
        QTRY_VERIFY(queue.counts() == stored);
    }

    // Stopping while workers claim jobs: nothing stays pending or running, and what ran is
    // exactly what is recorded as completed.
    void stopWhileClaimingLeavesNothingBehind()
    {
        qputenv("MODELDECK_TEST_CLAIM_DELAY_MS", "1"); // a wider window for the race
        const auto undo = qScopeGuard([] { qunsetenv("MODELDECK_TEST_CLAIM_DELAY_MS"); });
        auto db = newWorkspace();
        FakeWork work;
        TrainingQueue queue(db);
        queue.setExecutor(work.executor());
        queue.setMaxConcurrentJobs(2);
        QVERIFY(queue.acquire());
        for (int i = 0; i < 300; ++i)
            QVERIFY(queue.enqueue(spec(QStringLiteral("S%1").arg(i))));
        queue.start();
        QVERIFY(work.started.tryAcquire(20, 10000));
        queue.stop();
        QTRY_COMPARE(queue.state(), TrainingQueue::State::Idle);
        const JobCounts stored = *JobRepository(*db->connection()).counts();
        QCOMPARE(stored.pending + stored.running, 0);
        QCOMPARE(stored.completed, int(ranCopy(work).size()));
        QVERIFY(queue.counts() == stored);
    }

    void failuresKeepTheirErrorAndRetry()
    {
        auto db = newWorkspace();
        FakeWork work;
        work.outcome = JobStatus::Failed;
        TrainingQueue queue(db);
        queue.setExecutor(work.executor());
        QVERIFY(queue.acquire());
        JobSpec retried = spec(QStringLiteral("R"));
        retried.maxRetries = 1;
        auto retriedId = queue.enqueue(retried);
        auto onceId = queue.enqueue(spec(QStringLiteral("O")));
        QVERIFY(retriedId && onceId);
        QSignalSpy drained(&queue, &TrainingQueue::drained);
        queue.start();
        QTRY_VERIFY(drained.count() >= 1);
        // R ran twice (one automatic retry), O once.
        QCOMPARE(ranCopy(work),
                 (QStringList { QStringLiteral("R"), QStringLiteral("O"), QStringLiteral("R") }));
        JobRepository repo(*db->connection());
        auto r = repo.find(*retriedId);
        QVERIFY(r && r->has_value());
        QVERIFY((*r)->status == JobStatus::Failed);
        QCOMPARE((*r)->attempts, 2);
        QCOMPARE((*r)->errorMessage, QStringLiteral("boom"));
        // A manual retry succeeds this time.
        work.outcome = JobStatus::Completed;
        QVERIFY(queue.retry(*onceId));
        QTRY_COMPARE(queue.counts().completed, 1);
    }

    void removeMoveAndPriorityChangeTheOrder()
    {
        auto db = newWorkspace();
        FakeWork work;
        TrainingQueue queue(db);
        queue.setExecutor(work.executor());
        QVERIFY(queue.acquire());
        QHash<QString, qint64> ids;
        for (const char *s : { "A", "B", "C", "D" })
            ids.insert(QString::fromLatin1(s), *queue.enqueue(spec(QString::fromLatin1(s))));
        QVERIFY(queue.remove(ids.value(QStringLiteral("B"))));
        QVERIFY(queue.move(ids.value(QStringLiteral("D")), 0)); // D A C
        QVERIFY(queue.setPriority(ids.value(QStringLiteral("C")), 5)); // C D A
        QSignalSpy drained(&queue, &TrainingQueue::drained);
        queue.start();
        QTRY_VERIFY(drained.count() >= 1);
        QCOMPARE(ranCopy(work),
                 (QStringList { QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("A") }));
    }

    void searchProgressReachesTheProgressRow()
    {
        auto db = newWorkspace();
        TrainingQueue queue(db);
        queue.setExecutor([](const TrainingJob &, const CancellationToken &,
                             const ProgressCallback &progress) {
            TrainingProgress p;
            p.step = TrainingProgress::Step::Train;
            p.search = { 3, 20, 0.5, 0.25, QJsonObject { { QStringLiteral("hidden_size"), 64 } } };
            progress(p);
            return JobResult { JobStatus::Completed, QString(), 0 };
        });
        QVERIFY(queue.acquire());
        const qint64 id = *queue.enqueue(spec(QStringLiteral("S")));
        QSignalSpy finished(&queue, &TrainingQueue::jobFinished);
        queue.start();
        QTRY_COMPARE(finished.count(), 1);
        auto row = JobProgressRepository(*db->connection()).find(id);
        QVERIFY(row && row->has_value());
        QCOMPARE((*row)->currentIteration, 3);
        QCOMPARE((*row)->totalIterations, 20);
        QCOMPARE((*row)->currentScore.value_or(-1), 0.5);
        QCOMPARE((*row)->bestScore.value_or(-1), 0.25);
        QCOMPARE((*row)->bestParams.value(QStringLiteral("hidden_size")).toInt(), 64);
    }

    void secondOwnerIsRefused()
    {
        auto db = newWorkspace();
        TrainingQueue first(db);
        QVERIFY(first.acquire());
        auto again = Database::open(db->workspaceDir());
        QVERIFY(again);
        TrainingQueue second(std::shared_ptr<Database>(std::move(*again)));
        auto refused = second.acquire();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("already run")),
                 qPrintable(refused.error().message));
    }

    void controlRequestsReachTheOwner()
    {
        // `modeldeck-cli queue pause|stop` from another process: requested through
        // queue_control, applied by the process that runs the queue when it polls.
        auto db = newWorkspace();
        FakeWork work;
        work.gate = true;
        TrainingQueue owner(db);
        owner.setExecutor(work.executor());
        QVERIFY(owner.acquire());
        for (const char *s : { "A", "B", "C" })
            QVERIFY(owner.enqueue(spec(QString::fromLatin1(s))));
        auto again = Database::open(db->workspaceDir());
        QVERIFY(again);
        TrainingQueue other(std::shared_ptr<Database>(std::move(*again)));
        QVERIFY(owner.applyRequestedControl()); // nothing requested: nothing changes
        QVERIFY(owner.state() == TrainingQueue::State::Idle);
        owner.start();
        QVERIFY(work.started.tryAcquire(1, 10000));
        QTRY_COMPARE(owner.currentJobs().size(), 1); // announced: no longer counted as pending
        QVERIFY(other.requestControl(QStringLiteral("pause")));
        QVERIFY(owner.applyRequestedControl());
        QVERIFY(owner.isPaused());
        QVERIFY(owner.applyRequestedControl()); // taken once
        QVERIFY(owner.isPaused());
        // With no queue running, `queue stop` removes the waiting jobs itself.
        QSignalSpy changed(&owner, &TrainingQueue::jobsChanged);
        auto removed = owner.removeAllPending();
        QVERIFY(removed);
        QCOMPARE(*removed, 2);
        QCOMPARE(owner.queueLength(), 0);
        QCOMPARE(changed.count(), 1);
        work.release.release();
        QTRY_VERIFY(owner.currentJobs().isEmpty());
    }

    void deadOwnersJobsAreQueuedAgain()
    {
        auto db = newWorkspace();
        qint64 id = 0;
        {
            JobRepository repo(*db->connection());
            id = *repo.enqueue(spec(QStringLiteral("K")));
            QVERIFY(repo.enqueue(spec(QStringLiteral("L"))));
            auto claimed = repo.claimNext(999999); // a process that no longer exists
            QVERIFY(claimed && claimed->has_value());
        }
        FakeWork work;
        TrainingQueue queue(db);
        queue.setExecutor(work.executor());
        QVERIFY(queue.acquire());
        QCOMPARE(queue.recoveredJobs().requeued, 1);
        QCOMPARE(queue.recoveredJobs().poisoned, 0);
        JobRepository repo(*db->connection());
        QVERIFY((*repo.find(id))->status == JobStatus::Pending);
        QCOMPARE(queue.counts().interrupted, 0);
        QCOMPARE(queue.queueLength(), 2);
        QSignalSpy drained(&queue, &TrainingQueue::drained);
        queue.start();
        QTRY_VERIFY(drained.count() >= 1);
        // K keeps its place at the head of the queue.
        QCOMPARE(ranCopy(work), (QStringList { QStringLiteral("K"), QStringLiteral("L") }));
        QCOMPARE((*repo.find(id))->attempts, 2);
    }

    void autoTrainSkipsShortSeries()
    {
        auto db = newWorkspace();
        const auto bars = test::waveBars(400, 1.0);
        QCOMPARE(test::storeBars(*db, QStringLiteral("SINE"), QStringLiteral("5m"), bars),
                 QString());
        QCOMPARE(test::storeBars(*db, QStringLiteral("SINE"), QStringLiteral("1h"),
                                 std::span<const Bar>(bars).first(30)),
                 QString());
        TrainingQueue queue(db);
        QVERIFY(queue.acquire());
        auto result = queue.enqueueAuto({ QStringLiteral("SINE"), QStringLiteral("NONE") },
                                        { QStringLiteral("5m"), QStringLiteral("1h") },
                                        { QStringLiteral("linear_bot"), QStringLiteral("naive") });
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->jobIds.size(), size_t(2)); // SINE 5m × two bots
        QCOMPARE(result->skipped.size(), 6);
        QVERIFY(
            result->skipped.join(u'\n').contains(QStringLiteral("SINE 1h linear_bot: 30 bars")));
        auto again = queue.enqueueAuto({ QStringLiteral("SINE") }, { QStringLiteral("5m") },
                                       { QStringLiteral("linear_bot") });
        QVERIFY(again);
        QCOMPARE(again->alreadyQueued, 1);
    }

    void autoTrainPlanIsTheCartesianProductMinusShortSeries()
    {
        SymbolSummary a;
        a.symbol.name = QStringLiteral("A");
        a.series = { { QStringLiteral("5m"), 5000, 0, 0 }, { QStringLiteral("1d"), 10, 0, 0 } };
        SymbolSummary b;
        b.symbol.name = QStringLiteral("B");
        b.series = { { QStringLiteral("5m"), 5000, 0, 0 } };
        const QStringList bots { QStringLiteral("linear_bot"), QStringLiteral("lstm_bot") };
        auto plan = planAutoTrain({ a, b },
                                  { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") },
                                  { QStringLiteral("5m"), QStringLiteral("1d") }, bots);
        QVERIFY(plan);
        QCOMPARE(int(plan->jobs.size()), 4); // A 5m and B 5m, for each bot
        QCOMPARE(plan->skipped.size(), 8); // A 1d (10 bars), B 1d (none), C (unknown symbol)
        QVERIFY(
            plan->skipped.join(u'\n').contains(QStringLiteral("A 1d lstm_bot: 10 bars, needs")));
        QVERIFY(!planAutoTrain({ a }, { QStringLiteral("A") }, { QStringLiteral("5m") },
                               { QStringLiteral("nope") }));
    }

    void retrainStaleQueuesOnlyOldActiveModels()
    {
        auto db = newWorkspace();
        {
            TrainingRecordRepository records(*db->connection());
            TrainingRecord r;
            r.symbol = QStringLiteral("OLD");
            r.timeframe = QStringLiteral("1h");
            r.bot = QStringLiteral("linear_bot");
            r.trainedAt = QDateTime::currentDateTimeUtc().addDays(-2);
            r.config = QJsonObject {
                { QStringLiteral("model"), QJsonObject { { QStringLiteral("epochs"), 3 } } },
                { QStringLiteral("features"), QJsonObject { { QStringLiteral("horizon"), 2 } } }
            };
            QVERIFY(records.insert(r));
            r.symbol = QStringLiteral("FRESH");
            r.trainedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
            QVERIFY(records.insert(r));
            r.symbol = QStringLiteral("FAILED");
            r.trainedAt = QDateTime::currentDateTimeUtc().addDays(-3);
            r.status = TrainingRecord::Status::Failed;
            QVERIFY(records.insert(r));
        }
        TrainingQueue queue(db);
        QVERIFY(queue.acquire());
        auto queued = queue.enqueueRetrainStale(24);
        QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().message));
        QCOMPARE(*queued, 1);
        auto active = JobRepository(*db->connection()).active();
        QVERIFY(active);
        QCOMPARE(active->size(), size_t(1));
        const TrainingJob &job = active->front();
        QCOMPARE(job.spec.symbol, QStringLiteral("OLD"));
        QCOMPARE(job.spec.horizon, 2);
        QCOMPARE(job.spec.params.value(QStringLiteral("epochs")).toInt(), 3);
        QVERIFY(job.spec.retrainOf > 0);
        // Asking again does not queue it twice.
        QCOMPARE(*queue.enqueueRetrainStale(24), 0);
    }

    void realTinyModelTrainsAndRecordsProgress()
    {
        auto db = newWorkspace();
        QCOMPARE(test::storeBars(*db, QStringLiteral("SINE"), QStringLiteral("5m"),
                                 test::waveBars(500, 2.0)),
                 QString());
        TrainingQueue queue(db); // default executor: real training
        QVERIFY(queue.acquire());
        auto id = queue.enqueue({ QStringLiteral("SINE"), QStringLiteral("5m"),
                                  QStringLiteral("gru_bot"),
                                  QJsonObject { { QStringLiteral("epochs"), 2 },
                                                { QStringLiteral("hidden_size"), 8 },
                                                { QStringLiteral("layers"), 1 },
                                                { QStringLiteral("lookback"), 8 } },
                                  1, 0, 0, 0 });
        QVERIFY(id);
        QSignalSpy finished(&queue, &TrainingQueue::jobFinished);
        queue.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(finished.at(0).at(0).value<TrainingJob>().status == JobStatus::Completed);
        JobRepository repo(*db->connection());
        auto job = repo.find(*id);
        QVERIFY(job && job->has_value());
        QVERIFY((*job)->recordId > 0);
        QCOMPARE(finished.at(0).at(0).value<TrainingJob>().recordId, (*job)->recordId);
        auto progress = JobProgressRepository(*db->connection()).find(*id);
        QVERIFY(progress && progress->has_value());
        QVERIFY((*progress)->isComplete);
        QCOMPARE((*progress)->percentage, 100.0);
        QCOMPARE((*progress)->currentStep, QStringLiteral("Save"));
        // Retraining the record queues the same configuration again.
        bool existed = true;
        auto retrain = queue.enqueueRetrain((*job)->recordId, &existed);
        QVERIFY(retrain && !existed);
        QCOMPARE((*repo.find(*retrain))->spec.params.value(QStringLiteral("hidden_size")).toInt(),
                 8);
    }
};

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"
