#include "JobRecovery.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "util/ProcessProbe.h"

#include <QDateTime>
#include <QSqlQuery>

namespace modeldeck {

namespace {

// A job's last sign of life: its heartbeat, or for a job that never beat its start (or, failing
// that, when it was queued). ISO-8601 UTC text in one format compares like the times.
const QString kLastSign = QStringLiteral("COALESCE(heartbeat_at, started_at, created_at)");

} // namespace

JobRecovery::JobRecovery(QSqlDatabase db) : m_db(std::move(db)) { }

Result<RecoveredJobs> JobRecovery::requeueAbandoned()
{
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const QString what = tr("Queueing again the jobs an earlier run left unfinished");
    const auto run = [&](const QString &sql, const QVariantList &values = {}) {
        return runStatement(m_db, sql, values, what);
    };
    RecoveredJobs recovered;
    // The record was written (and linked in its transaction) before the process died: the
    // job is done, running it again would train it twice. A strategy job's result (and the
    // configuration it saved) commits the same way.
    auto completed = run(QStringLiteral("UPDATE training_jobs SET status = 'completed', "
                                        "finished_at = ?, error_message = NULL "
                                        "WHERE status = 'running' AND (record_id IS NOT NULL "
                                        "OR strategy_result <> '{}')"),
                         { nowIsoUtc() });
    if (!completed)
        return completed.error();
    recovered.completed = *completed;

    if (auto counted = run(QStringLiteral("UPDATE training_jobs SET interruptions = "
                                          "interruptions + 1 WHERE status = 'running'"));
        !counted)
        return counted.error();
    auto poisoned = run(
        QStringLiteral("UPDATE training_jobs SET status = 'failed', error_message = ?, "
                       "finished_at = ? WHERE status = 'running' AND interruptions >= ?"),
        { tr("ModelDeck stopped while this job was running, %1 times in a row; it is not started "
             "again automatically. Retry it once the cause is found.")
              .arg(RecoveredJobs::kMaxInterruptions),
          nowIsoUtc(), RecoveredJobs::kMaxInterruptions });
    if (!poisoned)
        return poisoned.error();
    recovered.poisoned = *poisoned;

    // The progress of the lost attempt would show a pending job as half done.
    if (auto cleared = run(QStringLiteral("DELETE FROM training_progress WHERE job_id IN "
                                          "(SELECT id FROM training_jobs WHERE status = "
                                          "'running')"));
        !cleared)
        return cleared.error();
    // Position and priority stay, so the jobs run next, as they would have.
    auto requeued
        = run(QStringLiteral("UPDATE training_jobs SET status = 'pending', error_message = ?, "
                             "owner_pid = NULL, started_at = NULL, heartbeat_at = NULL "
                             "WHERE status = 'running'"),
              { tr("ModelDeck stopped while this job was running; it was queued again.") });
    if (!requeued)
        return requeued.error();
    recovered.requeued = *requeued;
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return recovered;
}

Result<int> JobRecovery::failStuck(int maxSilenceSeconds, const QString &reason, qint64 ownPid,
                                   const QList<qint64> &ownJobs)
{
    const QString cutoff
        = isoUtc(QDateTime::currentDateTimeUtc().addSecs(-std::max(0, maxSilenceSeconds)));
    const QString what = tr("Failing stuck training jobs");
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, owner_pid FROM training_jobs "
                             "WHERE status = 'running' AND %1 < ?")
                  .arg(kLastSign));
    q.addBindValue(cutoff);
    if (!q.exec())
        return sqlError(what, q);
    QList<qint64> stuck;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 owner = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        // A late heartbeat is not a dead owner: timers stop while a laptop sleeps, and a
        // worker in a long step may write late. Only jobs nobody works on are given up.
        const bool ownLive = owner == ownPid && ownJobs.contains(id);
        const bool otherLive = owner != ownPid && ProcessProbe::exists(owner);
        if (!ownLive && !otherLive)
            stuck.append(id);
    }
    q.finish();
    int failed = 0;
    for (qint64 id : std::as_const(stuck)) {
        auto changed = runStatement(
            m_db,
            QStringLiteral("UPDATE training_jobs SET status = 'failed', error_message = ?, "
                           "finished_at = ? WHERE id = ? AND status = 'running'"),
            { optionalText(reason), nowIsoUtc(), id }, what);
        if (!changed)
            return changed.error();
        failed += *changed;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return failed;
}

} // namespace modeldeck
