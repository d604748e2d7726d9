#pragma once
// The training queue: a QObject on the GUI (or CLI main) thread that schedules persisted jobs
// onto its own QThreadPool. Start, Pause (the running job finishes, the rest waits), Resume,
// Stop (the running job finishes, pending jobs are removed), Force Stop (running jobs are
// cancelled now, pending jobs removed). Every change is announced by a signal; the job signals
// carry the job itself, so listeners need no database to learn what started or ended.
// TrainingQueue.cpp has the job edits (enqueue, remove, move, …) and start-up;
// TrainingQueueControl.cpp the state machine and what workers report. Counts, worker planning
// and heartbeats live in QueueCounts, WorkerPlan and JobLiveness.

#include "domain/TrainingJob.h"
#include "domain/TrainingProgress.h"
#include "modeldeck_core_export.h"
#include "queue/JobExecutor.h"
#include "queue/JobLiveness.h"
#include "queue/QueueCounts.h"
#include "queue/QueueLock.h"
#include "queue/WorkerPlan.h"
#include "services/ModelStore.h"
#include "util/Result.h"

#include <QFuture>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

namespace modeldeck {

class JobRepository;
class Database;
class WorkerGate;

struct AutoTrainResult
{
    std::vector<qint64> jobIds; // new and already queued
    int alreadyQueued = 0;
    QStringList skipped; // "TCS.NS 1d lstm_bot: only 40 bars (needs 120)"
};

class MODELDECK_CORE_EXPORT TrainingQueue : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Stopping };
    Q_ENUM(State)

    explicit TrainingQueue(std::shared_ptr<Database> database, QObject *parent = nullptr);
    // Cancels running jobs and waits for them: nothing runs past the queue's lifetime.
    ~TrainingQueue() override;

    void setExecutor(JobExecutor executor);
    // Concurrent jobs (default 1). Callers keep workers × torch threads ≤ cores.
    void setMaxConcurrentJobs(int jobs);
    int maxConcurrentJobs() const { return m_plan.limit(); }

    // Takes ownership of the workspace's queue (lock file), queues again the jobs a dead
    // process left running (failing those interrupted too often in a row), fails jobs stuck
    // without heartbeat, and starts reconciling model files on a pool thread (it reads every
    // record: 70 ms of GUI-thread stall with 100,000 records); startupCleanupFinished() follows.
    Status acquire();
    // What acquire() did with the jobs a dead process left running.
    RecoveredJobs recoveredJobs() const { return m_recovered; }
    // What the reconciliation acquire() started did with model files, once it has finished.
    const ReconcileReport &startupCleanup() const { return m_cleanup; }
    bool isOwner() const { return m_lock.isHeld(); }
    void setStuckLimitSeconds(int seconds) { m_liveness.setStuckLimitSeconds(seconds); }
    // How often running jobs get a heartbeat (default 5 s); tests shorten it.
    void setHeartbeatIntervalMs(int ms) { m_liveness.setHeartbeatIntervalMs(ms); }

    Result<qint64> enqueue(const JobSpec &spec, bool *existed = nullptr);
    // Cartesian product symbols × timeframes × bots; combinations without enough data are
    // skipped with the reason.
    Result<AutoTrainResult> enqueueAuto(const QStringList &symbols, const QStringList &timeframes,
                                        const QStringList &bots, const QJsonObject &params = {},
                                        int horizon = 1);
    // Queues a new version of a trained model with the same configuration.
    Result<qint64> enqueueRetrain(qint64 recordId, bool *existed = nullptr);
    // Queues retraining of every active model trained longer ago than maxAgeHours.
    Result<int> enqueueRetrainStale(double maxAgeHours = 24);
    // `added` jobs were queued in this process without enqueue() (RetrainTrigger on a pool
    // thread, the retraining schedule): counts, listeners and workers learn of them as if
    // enqueue() had queued them. Without this call the recount finds them within seconds.
    void noticeQueuedElsewhere(int added);

    Status remove(qint64 jobId);
    // Stops one job: a running one is cancelled (it ends through jobFinished, Cancelled), a
    // pending one removed (no jobFinished follows). NotFound: neither (already ended, or claimed
    // this instant and not yet running: ask again once it reports progress).
    enum class CancelOutcome { NotFound, Removed, Cancelling };
    CancelOutcome cancelJob(qint64 jobId, const QString &reason);
    Status move(qint64 jobId, int newIndex);
    Status setPriority(qint64 jobId, int priority);
    Status retry(qint64 jobId);
    // Removes every pending job, returning how many (`queue stop` when no queue runs).
    Result<int> removeAllPending();

    void start();
    void pause();
    void resume();
    void stop();
    void forceStop(const QString &reason = {});

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running || m_state == State::Stopping; }
    bool isPaused() const { return m_state == State::Paused; }
    // Jobs whose start the queue has announced (jobStarted) and whose end it has not yet, as
    // they were when they started.
    QList<TrainingJob> currentJobs() const { return m_current; }
    JobCounts counts() const { return m_counts.value(); }
    int queueLength() const { return m_counts.value().pending; }
    // While the queue waits for a workspace database another process keeps locked, what the
    // user should know (who holds it, that the queue keeps retrying); empty otherwise. Such a
    // wait is not an error: nothing is lost and the queue goes on when the lock is released.
    QString databaseWait() const;

    // Applies a command ("pause", "resume", "stop", "force-stop").
    void applyControl(const QString &command);
    // Commands between processes, through queue_control: another process (the CLI's
    // `queue pause`) requests one; the process that runs the queue takes it and applies it.
    Status requestControl(const QString &command);
    Status applyRequestedControl();

Q_SIGNALS:
    void stateChanged(modeldeck::TrainingQueue::State state);
    void jobsChanged(); // added, removed, moved, reprioritised or retried
    void countsChanged(const modeldeck::JobCounts &counts);
    // The job as a worker claimed it (status Running).
    void jobStarted(const modeldeck::TrainingJob &job);
    // Progress belongs to a job jobStarted announced, so the id names it.
    void jobProgress(qint64 jobId, const modeldeck::TrainingProgress &progress);
    // The job as its run ended: status, errorMessage and recordId are the run's outcome. A
    // failure is reported as Failed even when an automatic retry queues the job again.
    void jobFinished(const modeldeck::TrainingJob &job);
    void drained(); // nothing pending or running any more
    // A failure the queue could not get past (never a database that is only locked for a while:
    // see databaseWaitChanged).
    void errorOccurred(const QString &message);
    void databaseWaitChanged(const QString &message); // databaseWait()
    // The model-file reconciliation acquire() started has ended: startupCleanup() holds its
    // report, or error is why it could not run (the files are then left as they were).
    void startupCleanupFinished(const QString &error);

private:
    friend class QueueWorker;
    // Called by workers through queued invocations, in the order each worker made them.
    void onJobStarted(const TrainingJob &job);
    void onJobProgress(qint64 jobId, const TrainingProgress &progress);
    void onJobFinished(const TrainingJob &job);
    void onClaimRaced(qint64 jobId);
    void onWorkerError(const QString &message);
    // A worker (or a deferred write, by its address) waits for the database (message), or no
    // longer (empty).
    void onDatabaseWait(quintptr source, const QString &message);
    enum class WorkerEnd { GateClosed, NothingPending, Raced, Error };
    void onWorkerEnded(WorkerEnd why);

    Result<JobRepository> repository() const;
    void setState(State state);
    // Re-reads the counts from the database (see QueueCounts for when).
    void refreshCounts();
    // Starts ModelStore::reconcile on workPool(); startupCleanupFinished() reports it.
    void reconcileModelFiles();
    // After every change to m_counts.
    void announceCounts();
    // Removes every pending job and counts them out; `why` ("stop", "clear") goes into the
    // audit entry; jobsChanged is left to the caller.
    Result<int> dropPending(const QString &why);
    // Starts workers, up to the limit and the number of jobs there are to run.
    void schedule();
    QList<qint64> currentJobIds() const;
    // A write on this thread (the queue's bookkeeping) that may find the database locked: it is
    // tried again every second, never blocking the thread longer than one busy_timeout, until
    // it goes through (then `done`), fails otherwise, or the retry budget is spent (then
    // errorOccurred). Meanwhile the queue reports the wait and does not call itself drained.
    void writeWhenUnlocked(const QString &what, std::function<Status()> write,
                           std::function<void()> done);
    struct DeferredWrite;
    void tryWrite(const std::shared_ptr<DeferredWrite> &write);
    void requeueFailed(qint64 jobId);
    bool isCurrent(qint64 jobId) const;

    std::shared_ptr<Database> m_database;
    JobExecutor m_executor;
    QThreadPool m_pool;
    QueueLock m_lock;
    QTimer m_recountTimer;
    JobLiveness m_liveness;
    std::shared_ptr<WorkerGate> m_gate;
    State m_state = State::Idle;
    WorkerPlan m_plan;
    QList<TrainingJob> m_current;
    QueueCounts m_counts;
    RecoveredJobs m_recovered;
    ReconcileReport m_cleanup;
    QFuture<Result<ReconcileReport>> m_reconciling;
    QMap<quintptr, QString> m_databaseWaits;
    int m_deferredWrites = 0;
};

} // namespace modeldeck

Q_DECLARE_METATYPE(modeldeck::JobCounts)
