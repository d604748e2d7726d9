#include "RetrainRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace modeldeck {

RetrainRepository::RetrainRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<std::vector<PastJobDuration>> RetrainRepository::recentDurations(int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT bot, timeframe, started_at, finished_at FROM training_jobs "
        "WHERE status = 'completed' AND started_at IS NOT NULL AND finished_at IS NOT NULL "
        "ORDER BY finished_at DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(tr("Reading how long finished training jobs took"), q);
    std::vector<PastJobDuration> durations;
    while (q.next()) {
        const QDateTime started = utcTimeFrom(q.value(2));
        const QDateTime finished = utcTimeFrom(q.value(3));
        // Rows are input too: a job that "ended" before it started tells nothing.
        if (!started.isValid() || !finished.isValid() || finished < started)
            continue;
        durations.push_back({ q.value(0).toString(), q.value(1).toString(),
                              double(started.msecsTo(finished)) / 1000.0 });
    }
    return durations;
}

Result<std::optional<QDateTime>> RetrainRepository::lastRetrainFinished(qint64 recordId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MAX(finished_at) FROM training_jobs "
                             "WHERE retrain_of = ? AND status = 'completed'"));
    q.addBindValue(recordId);
    if (!q.exec() || !q.next())
        return sqlError(tr("Reading when training record %1 was last retrained").arg(recordId), q);
    const QDateTime at = utcTimeFrom(q.value(0));
    return at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
}

Result<std::optional<QString>> RetrainRepository::state(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM workspace_state WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(tr("Reading workspace state “%1”").arg(key), q);
    return q.next() ? std::optional<QString>(q.value(0).toString()) : std::nullopt;
}

Status RetrainRepository::setState(const QString &key, const QString &value)
{
    auto written = writeStatement(
        m_db,
        QStringLiteral("INSERT INTO workspace_state (key, value, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                       "updated_at = excluded.updated_at"),
        { key, value, nowIsoUtc() }, tr("Writing workspace state “%1”").arg(key));
    if (!written)
        return written.error();
    return {};
}

} // namespace modeldeck
