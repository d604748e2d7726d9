#include "JobLiveness.h"

#include "storage/Database.h"
#include "storage/JobRecovery.h"
#include "storage/JobRepository.h"
#include "util/WorkPool.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace modeldeck {

namespace {

constexpr int kSweepIntervalMs = 60 * 60 * 1000; // hourly, and once at start-up
// Running jobs get a heartbeat at least this often, even through a step that reports no
// progress; progress writes (≤ 1/s) are heartbeats too.
constexpr int kHeartbeatIntervalMs = 5000;

} // namespace

JobLiveness::JobLiveness(std::shared_ptr<Database> database,
                         std::function<QList<qint64>()> runningJobs,
                         std::function<bool()> keepBeating)
    : m_database(std::move(database)), m_runningJobs(std::move(runningJobs)),
      m_keepBeating(std::move(keepBeating))
{
    m_sweepTimer.setInterval(kSweepIntervalMs);
    connect(&m_sweepTimer, &QTimer::timeout, this, &JobLiveness::sweep);
    m_heartbeatTimer.setInterval(kHeartbeatIntervalMs);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &JobLiveness::beat);
}

JobLiveness::~JobLiveness()
{
    stopBeating();
}

Result<RecoveredJobs> JobLiveness::requeueAbandoned()
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    return JobRecovery(*db).requeueAbandoned();
}

void JobLiveness::startSweeping()
{
    sweep();
    m_sweepTimer.start();
}

void JobLiveness::stopBeating()
{
    m_heartbeatTimer.stop();
    m_beats.waitForFinished();
}

void JobLiveness::sweep()
{
    auto db = m_database->connection();
    if (!db)
        return;
    const QList<qint64> own = m_runningJobs();
    auto failed = JobRecovery(*db).failStuck(
        m_stuckLimitSeconds,
        tr("No heartbeat for more than %1 minutes and its process is gone; the job was given up.")
            .arg(m_stuckLimitSeconds / 60),
        QCoreApplication::applicationPid(), own);
    if (failed && *failed > 0)
        Q_EMIT stuckJobsFailed();
    // Jobs that were late but alive (after a suspend, say) get their heartbeat now.
    if (!own.isEmpty())
        beat();
}

void JobLiveness::beat()
{
    const QList<qint64> jobs = m_runningJobs();
    if (jobs.isEmpty()) {
        if (!m_keepBeating())
            m_heartbeatTimer.stop();
        return;
    }
    if (m_beats.isRunning())
        return; // the last one still waits for the database; no pile-up
    // Off this thread: a write can wait for the database lock.
    m_beats = QtConcurrent::run(workPool(), [database = m_database, jobs] {
        if (auto db = database->connection()) {
            for (qint64 id : jobs)
                (void)JobRepository(*db).heartbeat(
                    id); // a job that just ended is not running: fine
        }
        database->releaseThreadConnection();
    });
}

} // namespace modeldeck
