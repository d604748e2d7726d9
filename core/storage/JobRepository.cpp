// Over 400 lines on purpose: these are all of training_jobs' statements, one short
// transaction per queue operation, each with the checks and messages that belong to it; the
// parts without SQL (spec validation, position arithmetic) are in QueueRules, progress and
// queue commands in their own repositories.

#include "JobRepository.h"

#include "storage/AlertRepository.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/JobProgressRepository.h"
#include "storage/QueueRules.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <QVariantList>

namespace modeldeck {

namespace {

const QString kJobColumns = QStringLiteral(
    "id, symbol, timeframe, bot, params, horizon, priority, position, "
    "max_retries, retrain_of, status, "
    "attempts, error_message, record_id, owner_pid, created_at, started_at, "
    "finished_at, heartbeat_at, manual, search, retrain_trigger, reason, strategy");

// Written exactly like the predicate of the partial unique index training_jobs_active_dedup:
// SQLite only uses a partial index when the query repeats its WHERE terms.
const QString kActive = QStringLiteral("status IN ('pending', 'running')");

JobStatus statusFrom(const QVariant &value)
{
    return jobStatusFromString(value.toString()).value_or(JobStatus::Failed);
}

QString statusLabel(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return JobRepository::tr("pending");
    case JobStatus::Running:
        return JobRepository::tr("running");
    case JobStatus::Completed:
        return JobRepository::tr("completed");
    case JobStatus::Failed:
        return JobRepository::tr("failed");
    case JobStatus::Cancelled:
        return JobRepository::tr("cancelled");
    case JobStatus::Interrupted:
        return JobRepository::tr("interrupted");
    }
    return {};
}

Error noSuchJob(qint64 id)
{
    return Error { JobRepository::tr("There is no training job %1.").arg(id) };
}

TrainingJob jobFrom(const QSqlQuery &q)
{
    TrainingJob job;
    job.id = q.value(0).toLongLong();
    job.spec.symbol = q.value(1).toString();
    job.spec.timeframe = q.value(2).toString();
    job.spec.bot = q.value(3).toString();
    job.spec.params = jsonObjectFrom(q.value(4));
    job.spec.horizon = q.value(5).toInt();
    job.spec.priority = q.value(6).toInt();
    job.position = q.value(7).toDouble();
    job.spec.maxRetries = q.value(8).toInt();
    job.spec.retrainOf = q.value(9).toLongLong();
    job.status = statusFrom(q.value(10));
    job.attempts = q.value(11).toInt();
    job.errorMessage = q.value(12).toString();
    job.recordId = q.value(13).toLongLong();
    job.ownerPid = q.value(14).toLongLong();
    job.createdAt = utcTimeFrom(q.value(15));
    job.startedAt = utcTimeFrom(q.value(16));
    job.finishedAt = utcTimeFrom(q.value(17));
    job.heartbeatAt = utcTimeFrom(q.value(18));
    job.spec.manual = q.value(19).toInt() != 0;
    job.spec.search = jsonObjectFrom(q.value(20));
    job.spec.trigger = q.value(21).toString();
    job.spec.reason = q.value(22).toString();
    job.spec.strategy = jsonObjectFrom(q.value(23));
    return job;
}

Result<std::vector<TrainingJob>> listJobs(const QSqlDatabase &db, const QString &sql,
                                          const QVariantList &values, const QString &what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(what, q);
    std::vector<TrainingJob> jobs;
    while (q.next())
        jobs.push_back(jobFrom(q));
    return jobs;
}

struct JobState
{
    JobStatus status;
    QString dedupKey;
};

// A missing job is an error: every caller was handed an id to act on.
Result<JobState> stateOf(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status, dedup_key FROM training_jobs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(JobRepository::tr("Reading training job %1").arg(id), q);
    if (!q.next())
        return noSuchJob(id);
    return JobState { statusFrom(q.value(0)), q.value(1).toString() };
}

// The pending or running job with this key, other than `exceptId`.
Result<std::optional<qint64>> activeJobWithKey(const QSqlDatabase &db, const QString &key,
                                               qint64 exceptId = 0)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM training_jobs WHERE dedup_key = ? AND ") + kActive
              + QStringLiteral(" AND id <> ? ORDER BY id"));
    q.addBindValue(key);
    q.addBindValue(exceptId);
    if (!q.exec())
        return sqlError(JobRepository::tr("Looking for an identical training job"), q);
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::optional<qint64>();
}

// After every job ever queued, so enqueued and retried jobs go to the end of the queue.
Result<double> endPosition(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(position) FROM training_jobs")) || !q.next())
        return sqlError(JobRepository::tr("Finding the end of the training queue"), q);
    return positionAfter(q.value(0).isNull() ? std::nullopt
                                             : std::optional<double>(q.value(0).toDouble()));
}

} // namespace

JobRepository::JobRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<qint64> JobRepository::enqueue(const JobSpec &spec, bool *existed, const AuditEntry *audit)
{
    if (existed)
        *existed = false;
    if (auto valid = validateJobSpec(spec); !valid)
        return valid.error();
    const QString key = spec.dedupKey();
    Error insertError;
    {
        WriteTransaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        const auto duplicate = activeJobWithKey(m_db, key);
        if (!duplicate)
            return duplicate.error();
        if (*duplicate) {
            if (existed)
                *existed = true;
            return **duplicate;
        }
        const auto position = endPosition(m_db);
        if (!position)
            return position.error();
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO training_jobs (symbol, timeframe, bot, params, horizon, priority, "
            "position, "
            "max_retries, retrain_of, dedup_key, status, attempts, created_at, manual, search, "
            "retrain_trigger, reason, strategy) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(spec.symbol);
        q.addBindValue(spec.timeframe);
        q.addBindValue(spec.bot);
        q.addBindValue(jsonText(spec.params));
        q.addBindValue(spec.horizon);
        q.addBindValue(spec.priority);
        q.addBindValue(*position);
        q.addBindValue(spec.maxRetries);
        q.addBindValue(optionalId(spec.retrainOf));
        q.addBindValue(key);
        q.addBindValue(nowIsoUtc());
        q.addBindValue(spec.manual ? 1 : 0);
        q.addBindValue(jsonText(spec.search));
        q.addBindValue(optionalText(spec.trigger));
        q.addBindValue(optionalText(spec.reason));
        q.addBindValue(jsonText(spec.strategy));
        if (q.exec()) {
            const qint64 id = q.lastInsertId().toLongLong();
            if (audit) {
                AuditEntry entry = *audit;
                entry.details.insert(QStringLiteral("job"), id);
                if (auto logged = AuditRepository(m_db).insert(entry); !logged)
                    return logged.error();
            }
            if (auto committed = tx.commit(); !committed)
                return committed.error();
            return id;
        }
        insertError = sqlError(tr("Queueing a training job for %1").arg(spec.symbol), q);
    }
    // Where BEGIN does not serialise writers (PostgreSQL), another one may have queued the
    // same spec since our look-up; the unique index refused ours, so report theirs.
    if (const auto duplicate = activeJobWithKey(m_db, key); duplicate && *duplicate) {
        if (existed)
            *existed = true;
        return **duplicate;
    }
    return insertError;
}

Result<std::optional<TrainingJob>> JobRepository::find(qint64 id)
{
    auto jobs = listJobs(m_db,
                         QStringLiteral("SELECT ") + kJobColumns
                             + QStringLiteral(" FROM training_jobs WHERE id = ?"),
                         { id }, tr("Reading training job %1").arg(id));
    if (!jobs)
        return jobs.error();
    return jobs->empty() ? std::optional<TrainingJob>()
                         : std::optional<TrainingJob>(std::move(jobs->front()));
}

Result<std::vector<TrainingJob>> JobRepository::active()
{
    return listJobs(m_db,
                    QStringLiteral("SELECT ") + kJobColumns
                        + QStringLiteral(" FROM training_jobs WHERE ") + kActive
                        + QStringLiteral(" ORDER BY priority DESC, position, id"),
                    {}, tr("Listing the training queue"));
}

Result<std::vector<TrainingJob>> JobRepository::history(int limit)
{
    // Finished jobs always have finished_at (we set it on every way out of running); rows
    // without one are not ours, and where they sort differs between SQLite and PostgreSQL.
    QString sql = QStringLiteral("SELECT ") + kJobColumns
        + QStringLiteral(" FROM training_jobs WHERE NOT (") + kActive
        + QStringLiteral(") ORDER BY finished_at DESC, id DESC");
    QVariantList values;
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    return listJobs(m_db, sql, values, tr("Listing finished training jobs"));
}

Result<JobCounts> JobRepository::counts(bool activeOnly)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The active rows are a short index range; finished ones grow without bound.
    if (!q.exec(activeOnly
                    ? QStringLiteral("SELECT status, COUNT(*) FROM training_jobs "
                                     "WHERE status IN ('pending', 'running') GROUP BY status")
                    : QStringLiteral("SELECT status, COUNT(*) FROM training_jobs GROUP BY status")))
        return sqlError(tr("Counting training jobs"), q);
    // Indexed by JobStatus; unknown statuses count as failed, as they read.
    static constexpr int JobCounts::*kCountOf[]
        = { &JobCounts::pending, &JobCounts::running,   &JobCounts::completed,
            &JobCounts::failed,  &JobCounts::cancelled, &JobCounts::interrupted };
    JobCounts result;
    while (q.next())
        result.*kCountOf[int(statusFrom(q.value(0)))] += q.value(1).toInt();
    return result;
}

Result<std::optional<TrainingJob>> JobRepository::claimNext(qint64 ownerPid)
{
    BusyRetryOptions retry = m_busyRetry;
    if (retry.what.isEmpty())
        retry.what = tr("Taking the next training job");
    return withBusyRetry(
        m_db, [&] { return claimOnce(ownerPid, 0); }, retry);
}

Result<std::optional<TrainingJob>> JobRepository::claim(qint64 jobId, qint64 ownerPid)
{
    BusyRetryOptions retry = m_busyRetry;
    if (retry.what.isEmpty())
        retry.what = tr("Taking training job %1").arg(jobId);
    return withBusyRetry(
        m_db, [&] { return claimOnce(ownerPid, jobId); }, retry);
}

Result<std::optional<TrainingJob>> JobRepository::claimOnce(qint64 ownerPid, qint64 jobId)
{
    // One statement: SQLite takes the write lock before it reads, so two workers (threads or
    // processes) never take the same job, and there is no BEGIN/COMMIT round trip to pay.
    const QString now = nowIsoUtc();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("UPDATE training_jobs SET status = 'running', owner_pid = ?, "
                             "started_at = ?, heartbeat_at = ?, "
                             "attempts = attempts + 1, error_message = NULL, finished_at = NULL, "
                             "record_id = NULL, strategy_result = '{}' "
                             "WHERE ")
              + (jobId > 0 ? QStringLiteral("id = ? AND status = 'pending'")
                           : QStringLiteral("id = (SELECT id FROM training_jobs WHERE status = "
                                            "'pending' ORDER BY priority DESC, position, id "
                                            "LIMIT 1)"))
              + QStringLiteral(" RETURNING ") + kJobColumns);
    q.addBindValue(ownerPid);
    q.addBindValue(now);
    q.addBindValue(now);
    if (jobId > 0)
        q.addBindValue(jobId);
    if (!q.exec())
        return sqlError(tr("Taking the next training job"), q);
    std::optional<TrainingJob> job;
    if (q.next())
        job = jobFrom(q);
    // The statement holds the write lock until it is reset.
    q.finish();
    return job;
}

Status JobRepository::attachRecord(qint64 jobId, qint64 recordId)
{
    // A job no longer running (swept, removed) leaves the record as it is: no row changed is
    // fine.
    const auto linked = runStatement(
        m_db,
        QStringLiteral(
            "UPDATE training_jobs SET record_id = ? WHERE id = ? AND status = 'running'"),
        { recordId, jobId }, tr("Linking training job %1 to its record").arg(jobId));
    return linked ? Status() : Status(linked.error());
}

Status JobRepository::attachStrategyResult(qint64 jobId, const QJsonObject &result)
{
    // Only while the job runs, as attachRecord: a job swept or removed meanwhile keeps none.
    const auto changed = runStatement(
        m_db,
        QStringLiteral("UPDATE training_jobs SET strategy_result = ? WHERE id = ? AND status = "
                       "'running' AND strategy <> '{}'"),
        { jsonText(result), jobId }, tr("Storing the result of strategy job %1").arg(jobId));
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return Error {
            tr("Strategy job %1 is not running; its result was not stored.").arg(jobId)
        };
    return {};
}

Result<QJsonObject> JobRepository::strategyResult(qint64 jobId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT strategy_result FROM training_jobs WHERE id = ?"));
    q.addBindValue(jobId);
    if (!q.exec())
        return sqlError(tr("Reading the result of strategy job %1").arg(jobId), q);
    if (!q.next())
        return noSuchJob(jobId);
    return jsonObjectFrom(q.value(0));
}

Result<std::vector<TrainingJob>> JobRepository::strategyJobs(int limit)
{
    return listJobs(m_db,
                    QStringLiteral("SELECT ") + kJobColumns
                        + QStringLiteral(" FROM training_jobs WHERE strategy <> '{}' "
                                         "ORDER BY id DESC LIMIT ?"),
                    { std::max(0, limit) }, tr("Listing strategy training jobs"));
}

Status JobRepository::unclaim(qint64 jobId)
{
    const auto changed = writeStatement(
        m_db,
        QStringLiteral("UPDATE training_jobs SET status = 'pending', owner_pid = NULL, "
                       "started_at = NULL, heartbeat_at = NULL, "
                       "attempts = MAX(attempts - 1, 0) WHERE id = ? AND status = 'running'"),
        { jobId }, tr("Returning training job %1 to the queue").arg(jobId));
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return Error {
            tr("Training job %1 is not running; it cannot go back to the queue.").arg(jobId)
        };
    return {};
}

Status JobRepository::heartbeat(qint64 jobId)
{
    const auto changed = writeStatement(
        m_db,
        QStringLiteral("UPDATE training_jobs SET heartbeat_at = ? "
                       "WHERE id = ? AND status = 'running'"),
        { nowIsoUtc(), jobId }, tr("Recording the heartbeat of training job %1").arg(jobId));
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return Error {
            tr("Training job %1 is not running; its heartbeat was not recorded.").arg(jobId)
        };
    return {};
}

Status JobRepository::finish(qint64 jobId, JobStatus status, const QString &error, qint64 recordId,
                             const JobProgressRow *finalProgress)
{
    if (status == JobStatus::Pending || status == JobStatus::Running)
        return Error { tr("Training job %1 cannot finish as “%2”: that is not a final state.")
                           .arg(jobId)
                           .arg(statusLabel(status)) };
    BusyRetryOptions retry = m_busyRetry;
    if (retry.what.isEmpty())
        retry.what = tr("Recording the end of training job %1").arg(jobId);
    return withBusyRetry(
        m_db, [&] { return finishOnce(jobId, status, error, recordId, finalProgress); }, retry);
}

Status JobRepository::finishOnce(qint64 jobId, JobStatus status, const QString &error,
                                 qint64 recordId, const JobProgressRow *finalProgress)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    {
        // Conditional on "running", so the usual case needs no separate read of the state.
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("UPDATE training_jobs SET status = ?, error_message = ?, record_id = ?, "
                           "finished_at = ? WHERE id = ? AND status = 'running'"));
        q.addBindValue(toString(status));
        q.addBindValue(status == JobStatus::Completed ? nullText() : optionalText(error));
        q.addBindValue(optionalId(recordId));
        q.addBindValue(nowIsoUtc());
        q.addBindValue(jobId);
        if (!q.exec())
            return sqlError(tr("Finishing training job %1").arg(jobId), q);
        if (q.numRowsAffected() != 1) {
            const auto state = stateOf(m_db, jobId);
            if (!state)
                return state.error();
            return Error { tr("Training job %1 is %2, not running; only a running job can finish.")
                               .arg(jobId)
                               .arg(statusLabel(state->status)) };
        }
    }
    if (finalProgress) {
        if (auto saved = JobProgressRepository(m_db).replace(*finalProgress); !saved)
            return saved;
    }
    if (status == JobStatus::Failed) {
        if (auto raised = AlertRepository(m_db).raiseIfFailingRepeatedly(
                jobId, QDateTime::currentDateTimeUtc());
            !raised)
            return raised.error();
    }
    return tx.commit();
}

Status JobRepository::remove(qint64 jobId)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const auto state = stateOf(m_db, jobId);
    if (!state)
        return state.error();
    if (state->status != JobStatus::Pending) {
        return Error { tr("Training job %1 is %2; only pending jobs can be removed from the queue.")
                           .arg(jobId)
                           .arg(statusLabel(state->status)) };
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM training_jobs WHERE id = ?"));
    q.addBindValue(jobId);
    if (!q.exec())
        return sqlError(tr("Removing training job %1").arg(jobId), q);
    return tx.commit();
}

Result<int> JobRepository::removeAllPending()
{
    return writeStatement(m_db,
                          QStringLiteral("DELETE FROM training_jobs WHERE status = 'pending'"), {},
                          tr("Clearing the training queue"));
}

Status JobRepository::move(qint64 jobId, int newIndex)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    std::vector<QueueSlot> pending;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT id, priority, position FROM training_jobs WHERE status = 'pending' "
                "ORDER BY priority DESC, position, id")))
            return sqlError(tr("Reading the training queue"), q);
        while (q.next())
            pending.push_back(
                { q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toDouble() });
    }
    const QueueMove plan = planMove(std::move(pending), jobId, newIndex);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE training_jobs SET position = ? WHERE id = ?"));
    switch (plan.kind) {
    case QueueMove::Kind::NotPending: {
        const auto state = stateOf(m_db, jobId);
        if (!state)
            return state.error();
        return Error { tr("Training job %1 is %2; only pending jobs can be moved.")
                           .arg(jobId)
                           .arg(statusLabel(state->status)) };
    }
    case QueueMove::Kind::Unchanged:
        return {};
    case QueueMove::Kind::Position:
        q.addBindValue(plan.position);
        q.addBindValue(jobId);
        if (!q.exec())
            return sqlError(tr("Moving training job %1").arg(jobId), q);
        return tx.commit();
    case QueueMove::Kind::Renumber:
        for (size_t i = 0; i < plan.order.size(); ++i) {
            q.addBindValue(double(i + 1));
            q.addBindValue(plan.order[i]);
            if (!q.exec())
                return sqlError(tr("Renumbering the training queue"), q);
        }
        return tx.commit();
    }
    return {};
}

Status JobRepository::setPriority(qint64 jobId, int priority)
{
    const auto changed = writeStatement(
        m_db, QStringLiteral("UPDATE training_jobs SET priority = ? WHERE id = ?"),
        { priority, jobId }, tr("Changing the priority of training job %1").arg(jobId));
    if (!changed)
        return changed.error();
    return *changed == 0 ? Status(noSuchJob(jobId)) : Status();
}

Status JobRepository::retry(qint64 jobId)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const auto state = stateOf(m_db, jobId);
    if (!state)
        return state.error();
    switch (state->status) {
    case JobStatus::Pending:
        return Error { tr("Training job %1 is already waiting in the queue.").arg(jobId) };
    case JobStatus::Running:
        return Error {
            tr("Training job %1 is running; it can be retried after it ends.").arg(jobId)
        };
    case JobStatus::Completed:
        return Error {
            tr("Training job %1 completed; queue a new job to train the model again.").arg(jobId)
        };
    case JobStatus::Failed:
    case JobStatus::Cancelled:
    case JobStatus::Interrupted:
        break;
    }
    const auto duplicate = activeJobWithKey(m_db, state->dedupKey, jobId);
    if (!duplicate)
        return duplicate.error();
    if (*duplicate) {
        return Error { tr("Training job %1 cannot be retried: an identical job (%2) is already "
                          "queued or running.")
                           .arg(jobId)
                           .arg(**duplicate) };
    }
    const auto position = endPosition(m_db);
    if (!position)
        return position.error();
    // The error message and record of the failed attempt stay until the job runs again, so the
    // queue can show why it is being retried; attempts keep counting. Interruptions start
    // over: a person decided to run it again (see JobRecovery).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE training_jobs SET status = 'pending', position = ?, owner_pid = NULL, "
        "started_at = NULL, finished_at = NULL, heartbeat_at = NULL, interruptions = 0 "
        "WHERE id = ?"));
    q.addBindValue(*position);
    q.addBindValue(jobId);
    if (!q.exec())
        return sqlError(tr("Queueing training job %1 again").arg(jobId), q);
    return tx.commit();
}

} // namespace modeldeck
