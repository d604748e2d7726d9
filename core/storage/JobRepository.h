#pragma once
// SQL for training_jobs. Each call is short and self-contained (its own BEGIN IMMEDIATE
// transaction where it writes), so the queue can call it from any thread on that thread's
// connection. Progress rows are JobProgressRepository's, queue commands
// QueueControlRepository's; the rules that need no SQL are in QueueRules.

#include "domain/AuditEntry.h"
#include "domain/TrainingJob.h"
#include "modeldeck_core_export.h"
#include "storage/BusyRetry.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT JobRepository
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::JobRepository)
public:
    explicit JobRepository(QSqlDatabase db);
    // How claimNext and finish wait out a database another process keeps locked (by default
    // the process-wide budget, not cancellable); queue workers make it cancellable.
    void setBusyRetry(BusyRetryOptions options) { m_busyRetry = std::move(options); }

    // Inserts a pending job at the end of the queue, unless a pending or running job with the
    // same dedupKey exists: then returns that job's id and sets *existed. `audit`, when given,
    // is recorded with the new job's id in the insert's transaction (not for an existing job).
    Result<qint64> enqueue(const JobSpec &spec, bool *existed = nullptr,
                           const AuditEntry *audit = nullptr);
    Result<std::optional<TrainingJob>> find(qint64 id);
    // Pending and running jobs in run order (priority desc, position asc, id asc).
    Result<std::vector<TrainingJob>> active();
    // Finished jobs (completed, failed, cancelled, interrupted), newest first.
    Result<std::vector<TrainingJob>> history(int limit = 200);
    // All statuses, or with activeOnly just pending and running (cheap however long the
    // history is; the other fields are then 0).
    Result<JobCounts> counts(bool activeOnly = false);

    // Atomically takes the next pending job: marks it running with owner pid, start time,
    // heartbeat, attempts + 1. Empty when none is pending. Retries while the database is
    // locked (setBusyRetry).
    Result<std::optional<TrainingJob>> claimNext(qint64 ownerPid);
    // The same for one given job (a search the CLI runs in its own process): empty when that
    // job is not pending.
    Result<std::optional<TrainingJob>> claim(qint64 jobId, qint64 ownerPid);
    // Undoes a claim whose job never started (the queue was paused or stopped meanwhile):
    // pending again, attempts as before.
    Status unclaim(qint64 jobId);
    Status heartbeat(qint64 jobId);
    // Names the record a running job's attempt produced. Called inside the transaction that
    // writes the record, so a crash before the job's end cannot make the job run again
    // (JobRecovery completes it instead). Claiming a job clears it.
    Status attachRecord(qint64 jobId, qint64 recordId);
    // Ends a running job: Completed/Failed/Cancelled with error and record id, and, when
    // given, its final progress row (JobProgressRepository) in the same transaction. Retries
    // while the database is locked (setBusyRetry).
    Status finish(qint64 jobId, JobStatus status, const QString &error, qint64 recordId,
                  const JobProgressRow *finalProgress = nullptr);

    // Strategy training jobs (spec.strategy set): what a running one found, written by the
    // caller's transaction together with the configuration it saved (StrategyService); the
    // stored result ({} when none); the newest of any status.
    Status attachStrategyResult(qint64 jobId, const QJsonObject &result);
    Result<QJsonObject> strategyResult(qint64 jobId);
    Result<std::vector<TrainingJob>> strategyJobs(int limit = 200);

    Status remove(qint64 jobId); // pending jobs only
    Result<int> removeAllPending(); // how many were removed
    Status move(qint64 jobId, int newIndex); // index among active() pending jobs
    Status setPriority(qint64 jobId, int priority);
    Status retry(qint64 jobId); // failed/cancelled/interrupted → pending, interruptions reset

    // Recovery of jobs whose process died is JobRecovery's.

private:
    // jobId 0: the next pending job in run order.
    Result<std::optional<TrainingJob>> claimOnce(qint64 ownerPid, qint64 jobId);
    Status finishOnce(qint64 jobId, JobStatus status, const QString &error, qint64 recordId,
                      const JobProgressRow *finalProgress);

    QSqlDatabase m_db;
    BusyRetryOptions m_busyRetry;
};

} // namespace modeldeck
