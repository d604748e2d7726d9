// Recovery of jobs whose worker is gone: at start-up jobs a dead process left running are
// queued again in their old place (a poison job fails after three interruptions in a row, and a
// user's retry starts the count over); the sweep fails jobs whose heartbeat stopped only when
// their owner is gone, never a job this process or another live one still works on. A strategy
// job whose result was stored completes instead of running again.

#include "TestRecords.h"
#include "TestSql.h"
#include "TestVerify.h"
#include "storage/Database.h"
#include "storage/JobProgressRepository.h"
#include "storage/JobRecovery.h"
#include "storage/JobRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "util/ProcessProbe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;

namespace {

JobSpec spec(const QString &symbol)
{
    JobSpec s;
    s.symbol = symbol;
    s.timeframe = QStringLiteral("5m");
    s.bot = QStringLiteral("lstm_bot");
    s.horizon = 1;
    return s;
}

// A process id no process has: beyond Linux's largest pid_max and Windows' usual ids.
constexpr qint64 kDeadPid = 0x7ffffff0;

} // namespace

class TestJobRecovery : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_workspaces = 0;

    bool open()
    {
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_workspaces)));
        if (!db)
            return false;
        m_db = std::move(*db);
        return true;
    }
    QSqlDatabase connection() const { return *m_db->connection(); }
    bool setHeartbeat(qint64 id, const QDateTime &when, qint64 owner)
    {
        QSqlQuery q(connection());
        q.prepare(QStringLiteral(
            "UPDATE training_jobs SET heartbeat_at = ?, owner_pid = ? WHERE id = ?"));
        q.addBindValue(when.toString(Qt::ISODateWithMs));
        q.addBindValue(owner);
        q.addBindValue(id);
        return q.exec() && q.numRowsAffected() == 1;
    }

private Q_SLOTS:
    void probeTellsLiveFromGone()
    {
        QVERIFY(ProcessProbe::exists(QCoreApplication::applicationPid()));
        QVERIFY(!ProcessProbe::exists(kDeadPid));
        QVERIFY(!ProcessProbe::exists(0));
        QVERIFY(!ProcessProbe::exists(-5));
    }

    void abandonedJobsAreQueuedAgainInTheirPlace()
    {
        QVERIFY(open());
        JobRepository repo(connection());
        const qint64 first = *repo.enqueue(spec(QStringLiteral("AAA")));
        const qint64 second = *repo.enqueue(spec(QStringLiteral("BBB")));
        const qint64 waiting = *repo.enqueue(spec(QStringLiteral("CCC")));
        QCOMPARE((*repo.claimNext(kDeadPid))->id, first);
        QCOMPARE((*repo.claimNext(kDeadPid))->id, second);
        JobProgressRow progress;
        progress.jobId = first;
        progress.percentage = 40;
        progress.updatedAt = QDateTime::currentDateTimeUtc();
        VERIFY_OK(JobProgressRepository(connection()).write(progress));

        const auto recovered = JobRecovery(connection()).requeueAbandoned();
        VERIFY_OK(recovered);
        QCOMPARE(recovered->requeued, 2);
        QCOMPARE(recovered->poisoned, 0);
        const auto active = repo.active();
        VERIFY_OK(active);
        QCOMPARE(active->size(), size_t(3));
        // Same order as before: the interrupted jobs run first again.
        QCOMPARE(active->at(0).id, first);
        QCOMPARE(active->at(1).id, second);
        QCOMPARE(active->at(2).id, waiting);
        for (const TrainingJob &job : *active) {
            COMPARE_STATUS(job.status, JobStatus::Pending);
            QCOMPARE(job.ownerPid, qint64(0));
        }
        QCOMPARE(active->at(0).attempts, 1); // the lost attempt still counts
        QVERIFY(active->at(0).errorMessage.contains(QStringLiteral("queued again")));
        QVERIFY(!test::scalar(
                     *m_db, QStringLiteral("SELECT job_id FROM training_progress WHERE job_id = ?"),
                     { first })
                     .isValid());
        // Nothing running: nothing to do.
        QCOMPARE(JobRecovery(connection()).requeueAbandoned()->requeued, 0);
    }

    void poisonJobFailsAfterThreeInterruptionsInARow()
    {
        QVERIFY(open());
        JobRepository repo(connection());
        const qint64 poison = *repo.enqueue(spec(QStringLiteral("POISON")));
        for (int i = 1; i <= RecoveredJobs::kMaxInterruptions; ++i) {
            QCOMPARE((*repo.claimNext(kDeadPid))->id, poison);
            const auto recovered = JobRecovery(connection()).requeueAbandoned();
            VERIFY_OK(recovered);
            const bool last = i == RecoveredJobs::kMaxInterruptions;
            QCOMPARE(recovered->requeued, last ? 0 : 1);
            QCOMPARE(recovered->poisoned, last ? 1 : 0);
        }
        const TrainingJob failed = **repo.find(poison);
        COMPARE_STATUS(failed.status, JobStatus::Failed);
        QCOMPARE(failed.attempts, RecoveredJobs::kMaxInterruptions);
        QVERIFY2(failed.errorMessage.contains(QStringLiteral("3 times in a row")),
                 qPrintable(failed.errorMessage));
        QVERIFY(failed.finishedAt.isValid());

        // A person's retry starts the count over: one more interruption queues it again.
        VERIFY_OK(repo.retry(poison));
        QCOMPARE(test::scalar(
                     *m_db, QStringLiteral("SELECT interruptions FROM training_jobs WHERE id = ?"),
                     { poison })
                     .toInt(),
                 0);
        QCOMPARE((*repo.claimNext(kDeadPid))->id, poison);
        QCOMPARE(JobRecovery(connection()).requeueAbandoned()->requeued, 1);
    }

    void jobWhoseRecordWasSavedIsCompletedNotRunAgain()
    {
        QVERIFY(open());
        JobRepository repo(connection());
        const qint64 saved = *repo.enqueue(spec(QStringLiteral("SAVED")));
        const qint64 unsaved = *repo.enqueue(spec(QStringLiteral("UNSAVED")));
        QVERIFY(*repo.claimNext(kDeadPid));
        QVERIFY(*repo.claimNext(kDeadPid));
        // The run's record, linked to its job in the record's transaction; then the process
        // died before it could record the job's end.
        TrainingRecord record
            = test::cardRecord(QStringLiteral("SAVED"), QStringLiteral("5m"),
                               QStringLiteral("lstm_bot"), TrainingRecord::Status::Active, 0);
        const auto recordId = TrainingRecordRepository(connection()).insert(record);
        VERIFY_OK(recordId);
        VERIFY_OK(repo.attachRecord(saved, *recordId));

        const auto recovered = JobRecovery(connection()).requeueAbandoned();
        VERIFY_OK(recovered);
        QCOMPARE(recovered->completed, 1);
        QCOMPARE(recovered->requeued, 1);
        const TrainingJob done = **repo.find(saved);
        COMPARE_STATUS(done.status, JobStatus::Completed);
        QCOMPARE(done.recordId, *recordId);
        QVERIFY(done.finishedAt.isValid());
        COMPARE_STATUS((*repo.find(unsaved))->status, JobStatus::Pending);

        // A new attempt starts without the record of an earlier one (a retried job keeps its
        // last record until it runs again), so only its own record can complete it.
        QVERIFY(test::scalar(*m_db,
                             QStringLiteral("UPDATE training_jobs SET record_id = ? WHERE id = ? "
                                            "RETURNING id"),
                             { *recordId, unsaved })
                    .isValid());
        const TrainingJob again = **repo.claimNext(kDeadPid);
        QCOMPARE(again.id, unsaved);
        QCOMPARE(again.recordId, qint64(0));
    }

    void strategyJobWhoseResultWasStoredIsCompleted()
    {
        QVERIFY(open());
        JobRepository repo(connection());
        JobSpec strategy = spec(QStringLiteral("STRAT"));
        strategy.bot = QStringLiteral("ma_crossover");
        strategy.strategy = {
            { QStringLiteral("spec"),
              QJsonObject { { QStringLiteral("strategy"), QStringLiteral("ma_crossover") } } }
        };
        const qint64 stored = *repo.enqueue(strategy);
        strategy.symbol = QStringLiteral("STRAT2");
        const qint64 lost = *repo.enqueue(strategy);
        QVERIFY(*repo.claimNext(kDeadPid));
        QVERIFY(*repo.claimNext(kDeadPid));
        // The result (and the configuration it saved) committed; the job's end did not.
        const QJsonObject result { { QStringLiteral("best_objective"), 1.5 } };
        VERIFY_OK(repo.attachStrategyResult(stored, result));

        const auto recovered = JobRecovery(connection()).requeueAbandoned();
        VERIFY_OK(recovered);
        QCOMPARE(recovered->completed, 1);
        QCOMPARE(recovered->requeued, 1);
        COMPARE_STATUS((**repo.find(stored)).status, JobStatus::Completed);
        QCOMPARE(*repo.strategyResult(stored), result);
        COMPARE_STATUS((**repo.find(lost)).status, JobStatus::Pending);
        // A new attempt starts without an earlier attempt's result.
        QVERIFY(test::scalar(*m_db,
                             QStringLiteral("UPDATE training_jobs SET strategy_result = "
                                            "'{\"x\":1}' WHERE id = ? RETURNING id"),
                             { lost })
                    .isValid());
        QCOMPARE((**repo.claimNext(kDeadPid)).id, lost);
        QVERIFY(repo.strategyResult(lost)->isEmpty());
    }

    void sweepFailsOnlyJobsWhoseOwnerIsGone()
    {
        QVERIFY(open());
        JobRepository repo(connection());
        const qint64 self = QCoreApplication::applicationPid();
        const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-3600);
        std::vector<qint64> ids;
        for (const char *s : { "OWNLIVE", "OWNLOST", "OTHERLIVE", "DEAD", "FRESH", "PENDING" })
            ids.push_back(*repo.enqueue(spec(QLatin1StringView(s))));
        for (int i = 0; i < 5; ++i)
            QVERIFY(*repo.claimNext(self));
        // Late heartbeats, as after a laptop resumes from suspend.
        QVERIFY(setHeartbeat(ids[0], past, self)); // this process still runs it
        QVERIFY(setHeartbeat(ids[1], past, self)); // this process lost it
        // pid 1 always exists; another live process still owns this one.
        QVERIFY(setHeartbeat(ids[2], past, 1));
        QVERIFY(setHeartbeat(ids[3], past, kDeadPid));
        QVERIFY(setHeartbeat(ids[4], QDateTime::currentDateTimeUtc(), kDeadPid));

        const auto failed
            = JobRecovery(connection())
                  .failStuck(60, QStringLiteral("No heartbeat and no owner."), self, { ids[0] });
        VERIFY_OK(failed);
        QCOMPARE(*failed, 2);
        COMPARE_STATUS((*repo.find(ids[0]))->status, JobStatus::Running);
        COMPARE_STATUS((*repo.find(ids[1]))->status, JobStatus::Failed);
        COMPARE_STATUS((*repo.find(ids[2]))->status, JobStatus::Running);
        const TrainingJob dead = **repo.find(ids[3]);
        COMPARE_STATUS(dead.status, JobStatus::Failed);
        QCOMPARE(dead.errorMessage, QStringLiteral("No heartbeat and no owner."));
        COMPARE_STATUS((*repo.find(ids[4]))->status, JobStatus::Running);
        COMPARE_STATUS((*repo.find(ids[5]))->status, JobStatus::Pending);
        QCOMPARE(
            *JobRecovery(connection()).failStuck(60, QStringLiteral("again"), self, { ids[0] }), 0);

        // The live job finishes normally: its record is not committed under a failed job.
        VERIFY_OK(repo.finish(ids[0], JobStatus::Completed, QString(), 0));
        COMPARE_STATUS((*repo.find(ids[0]))->status, JobStatus::Completed);
    }
};

QTEST_GUILESS_MAIN(TestJobRecovery)
#include "tst_jobrecovery.moc"
