// The training queue while another connection keeps the workspace database locked (as
// `sqlite3` with BEGIN IMMEDIATE left open would): workers wait instead of ending, a job's end
// is recorded once the lock goes, nothing is cancelled, and the queue says what it waits for.

#include "ScriptedWork.h"
#include "TestLockHolder.h"
#include "queue/TrainingQueue.h"
#include "storage/BusyRetry.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "training/TorchRuntime.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;

namespace {

JobSpec spec(const QString &symbol)
{
    return { symbol, QStringLiteral("5m"), QStringLiteral("linear_bot"), {}, 1, 0, 0, 0 };
}

QString jobStatus(const Database &db, qint64 id)
{
    auto job = JobRepository(*db.connection()).find(id);
    return job && job->has_value() ? toString((*job)->status) : QString();
}

} // namespace

class TestQueueBusy : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::shared_ptr<Database> newWorkspace()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter)));
        return db ? std::shared_ptr<Database>(std::move(*db)) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TorchRuntime::initialize(1);
        // SQLite's own wait is short, so every write meets the lock many times; notices come
        // early so the test need not wait for them.
        BusyRetryPolicy p;
        p.busyTimeoutMs = 50;
        p.budgetMs = 60000;
        p.noticeAfterMs = 100;
        p.firstPauseMs = 20;
        p.maxPauseMs = 100;
        BusyRetryPolicy::setCurrent(p);
    }

    void aWorkerWaitsOutALockedDatabaseInsteadOfEnding()
    {
        auto db = newWorkspace();
        QVERIFY(db);
        test::ScriptedWork work;
        TrainingQueue queue(db);
        queue.setExecutor(work.executor());
        QVERIFY(queue.acquire());
        auto a = queue.enqueue(spec(QStringLiteral("A")));
        auto b = queue.enqueue(spec(QStringLiteral("B")));
        QVERIFY(a && b);
        QSignalSpy errors(&queue, &TrainingQueue::errorOccurred);
        QSignalSpy drained(&queue, &TrainingQueue::drained);
        QSignalSpy waits(&queue, &TrainingQueue::databaseWaitChanged);
        test::DatabaseLockHolder holder(db->databasePath(), 60000);
        QVERIFY(holder.waitHeld());
        queue.start();
        // The worker cannot claim: the queue says why and stays running.
        QTRY_VERIFY(!queue.databaseWait().isEmpty());
        QVERIFY2(queue.databaseWait().contains(QStringLiteral("keeps retrying")),
                 qPrintable(queue.databaseWait()));
        QCOMPARE(queue.state(), TrainingQueue::State::Running);
        QCOMPARE(errors.count(), 0);
        QVERIFY(!work.started.tryAcquire(1, 200));
        holder.release();
        // Once the lock is gone, the same worker takes both jobs.
        QVERIFY(work.started.tryAcquire(1, 10000));
        work.release.release();
        QVERIFY(work.started.tryAcquire(1, 10000));
        work.release.release();
        QTRY_VERIFY(drained.count() >= 1);
        QCOMPARE(errors.count(), 0);
        QVERIFY(queue.databaseWait().isEmpty());
        QVERIFY(waits.count() >= 2);
        QVERIFY(waits.last().at(0).toString().isEmpty());
        QCOMPARE(jobStatus(*db, *a), QStringLiteral("completed"));
        QCOMPARE(jobStatus(*db, *b), QStringLiteral("completed"));
        QCOMPARE(queue.counts().completed, 2);
        QCOMPARE(queue.counts().cancelled, 0);
    }

    void aJobsEndIsRecordedOnceTheLockIsReleased()
    {
        auto db = newWorkspace();
        QVERIFY(db);
        test::ScriptedWork work;
        TrainingQueue queue(db);
        queue.setExecutor(work.executor());
        QVERIFY(queue.acquire());
        auto a = queue.enqueue(spec(QStringLiteral("A")));
        QVERIFY(a);
        QSignalSpy errors(&queue, &TrainingQueue::errorOccurred);
        QSignalSpy finished(&queue, &TrainingQueue::jobFinished);
        queue.start();
        QVERIFY(work.started.tryAcquire(1, 10000));
        {
            test::DatabaseLockHolder holder(db->databasePath(), 60000);
            QVERIFY(holder.waitHeld());
            work.release.release(); // the job ends while the database is locked
            QTRY_VERIFY(!queue.databaseWait().isEmpty());
            QCOMPARE(finished.count(), 0); // not announced before it is recorded
            QCOMPARE(jobStatus(*db, *a), QStringLiteral("running"));
        }
        QTRY_COMPARE(finished.count(), 1);
        const auto ended = finished.at(0).at(0).value<TrainingJob>();
        QVERIFY(ended.status == JobStatus::Completed);
        QVERIFY2(ended.errorMessage.isEmpty(), qPrintable(ended.errorMessage));
        QCOMPARE(jobStatus(*db, *a), QStringLiteral("completed"));
        QCOMPARE(errors.count(), 0);
        QTRY_VERIFY(queue.databaseWait().isEmpty());
    }

    void pausingEndsAWaitToClaim()
    {
        auto db = newWorkspace();
        QVERIFY(db);
        test::ScriptedWork work;
        TrainingQueue queue(db);
        queue.setExecutor(work.executor());
        QVERIFY(queue.acquire());
        QVERIFY(queue.enqueue(spec(QStringLiteral("A"))));
        QSignalSpy errors(&queue, &TrainingQueue::errorOccurred);
        QSignalSpy finished(&queue, &TrainingQueue::jobFinished);
        {
            test::DatabaseLockHolder holder(db->databasePath(), 60000);
            QVERIFY(holder.waitHeld());
            queue.start();
            QTRY_VERIFY(!queue.databaseWait().isEmpty());
            queue.pause();
            // The waiting worker gives up its claim and ends; nothing ran.
            QTRY_VERIFY(queue.databaseWait().isEmpty());
        }
        QVERIFY(!work.started.tryAcquire(1, 200));
        QCOMPARE(queue.queueLength(), 1);
        queue.resume();
        QVERIFY(work.started.tryAcquire(1, 10000));
        work.release.release();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(errors.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQueueBusy)
#include "tst_queue_busy.moc"
