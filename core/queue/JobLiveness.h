#pragma once
// Whether a job marked running is still being worked on. The process that owns the queue gives
// its running jobs a heartbeat (progress writes are heartbeats too), gives up on jobs whose
// heartbeat stopped and whose owner is gone, and at start-up queues again the jobs a dead
// process left running (JobRecovery).
// Owned by a TrainingQueue, on its thread; heartbeats are written off that thread.

#include "domain/TrainingJob.h"
#include "util/Result.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace modeldeck {

class Database;

class JobLiveness : public QObject
{
    Q_OBJECT
public:
    // `runningJobs` names the jobs to keep alive; while there are none, `keepBeating` says
    // whether the heartbeat keeps going (the queue still runs) or stops until startBeating().
    JobLiveness(std::shared_ptr<Database> database, std::function<QList<qint64>()> runningJobs,
                std::function<bool()> keepBeating);
    // Waits for a heartbeat still being written.
    ~JobLiveness() override;

    void setStuckLimitSeconds(int seconds) { m_stuckLimitSeconds = seconds; }
    // How often running jobs get a heartbeat (default 5 s); tests shorten it.
    void setHeartbeatIntervalMs(int ms) { m_heartbeatTimer.setInterval(ms); }

    // Only for the holder of the queue lock: any job still marked running belongs to a process
    // that is gone; it is queued again (or failed as poison).
    Result<RecoveredJobs> requeueAbandoned();
    // Fails jobs stuck without heartbeat and owner now, then hourly.
    void startSweeping();
    void startBeating() { m_heartbeatTimer.start(); }
    // Stops the heartbeat and waits for the one being written.
    void stopBeating();

Q_SIGNALS:
    // A sweep gave up on jobs: they are failed now.
    void stuckJobsFailed();

private:
    void sweep();
    void beat();

    std::shared_ptr<Database> m_database;
    std::function<QList<qint64>()> m_runningJobs;
    std::function<bool()> m_keepBeating;
    QTimer m_sweepTimer;
    QTimer m_heartbeatTimer;
    QFuture<void> m_beats;
    int m_stuckLimitSeconds = 30 * 60;
};

} // namespace modeldeck
