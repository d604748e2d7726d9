#include "AlertRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <cmath>

namespace modeldeck {

AlertRepository::AlertRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<qint64> AlertRepository::insertCheck(const QString &model, int horizon,
                                            const DriftCheck &check, const QDateTime &checkedAt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO drift_checks (model_name, horizon, kind, score, "
                             "threshold, window_size, drift_detected, checked_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto real = [](double v) {
        return std::isfinite(v) ? QVariant(v) : QVariant(QMetaType::fromType<double>());
    };
    q.addBindValue(model);
    q.addBindValue(horizon);
    q.addBindValue(check.kind);
    q.addBindValue(real(check.score));
    q.addBindValue(real(check.threshold));
    q.addBindValue(std::max(1, check.window));
    q.addBindValue(check.drift ? 1 : 0);
    q.addBindValue(isoUtc(checkedAt));
    if (!q.exec())
        return sqlError(tr("Recording a drift check of “%1”").arg(model), q);
    return q.lastInsertId().toLongLong();
}

Result<std::vector<StoredDriftCheck>> AlertRepository::checks(const QString &model, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind, score, threshold, window_size, drift_detected, horizon, "
                             "checked_at FROM drift_checks WHERE model_name = ? "
                             "ORDER BY checked_at DESC, id DESC LIMIT ?"));
    q.addBindValue(model);
    q.addBindValue(limit < 1 ? -1 : limit);
    if (!q.exec())
        return sqlError(tr("Reading the drift checks of “%1”").arg(model), q);
    std::vector<StoredDriftCheck> rows;
    while (q.next()) {
        StoredDriftCheck row;
        row.check.kind = q.value(0).toString();
        // NULL (a non-finite score) reads as NaN, not as a perfect 0.
        row.check.score = q.value(1).isNull() ? std::nan("") : q.value(1).toDouble();
        row.check.threshold = q.value(2).isNull() ? std::nan("") : q.value(2).toDouble();
        row.check.window = q.value(3).toInt();
        row.check.drift = q.value(4).toInt() != 0;
        row.horizon = q.value(5).toInt();
        row.checkedAt = utcTimeFrom(q.value(6));
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<bool> AlertRepository::raise(const Alert &alert, const QDateTime &since)
{
    QSqlQuery seen(m_db);
    seen.prepare(QStringLiteral("SELECT 1 FROM alerts WHERE model_name IS ? AND kind = ? AND "
                                "(acknowledged_at IS NULL OR created_at >= ?) LIMIT 1"));
    seen.addBindValue(optionalText(alert.modelName));
    seen.addBindValue(alert.kind);
    // Without `since`, a time no alert is raised at: only open ones count.
    seen.addBindValue(since.isValid() ? isoUtc(since) : QStringLiteral("9999"));
    if (!seen.exec())
        return sqlError(tr("Looking for open alerts"), seen);
    if (seen.next())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO alerts (severity, model_name, kind, message, "
                             "created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(alert.severity);
    q.addBindValue(optionalText(alert.modelName));
    q.addBindValue(alert.kind);
    q.addBindValue(alert.message);
    q.addBindValue(
        isoUtc(alert.createdAt.isValid() ? alert.createdAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return sqlError(tr("Raising an alert"), q);
    return true;
}

Result<bool> AlertRepository::raiseIfFailingRepeatedly(qint64 jobId, const QDateTime &now)
{
    // The newest finished jobs of the same series and bot; cancelled and interrupted ones say
    // nothing about whether training works, so they neither count nor break the run.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT j.status, j.error_message, j.symbol, j.timeframe, j.bot FROM training_jobs j "
        "JOIN training_jobs me ON me.id = ? AND j.symbol = me.symbol AND "
        "j.timeframe = me.timeframe AND j.bot = me.bot "
        "WHERE j.status IN ('completed', 'failed') "
        "ORDER BY j.finished_at DESC, j.id DESC LIMIT ?"));
    q.addBindValue(jobId);
    q.addBindValue(kFailuresInARow);
    if (!q.exec())
        return sqlError(tr("Reading the recent jobs like job %1").arg(jobId), q);
    int failures = 0;
    QString lastError, series;
    while (q.next()) {
        if (q.value(0).toString() != QStringLiteral("failed"))
            return false;
        if (failures++ == 0) {
            lastError = q.value(1).toString();
            series = QStringLiteral("%1 %2 %3")
                         .arg(q.value(2).toString(), q.value(3).toString(), q.value(4).toString());
        }
    }
    if (failures < kFailuresInARow)
        return false;
    Alert alert;
    alert.severity = QStringLiteral("critical");
    alert.modelName = series;
    alert.kind = QStringLiteral("job_failures");
    alert.message
        = tr("Training %1 failed %n time(s) in a row. Last error: %2", nullptr, kFailuresInARow)
              .arg(series, lastError.isEmpty() ? tr("none recorded") : lastError);
    alert.createdAt = now;
    return raise(alert);
}

Result<std::vector<Alert>> AlertRepository::list(const AlertFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.includeAcknowledged)
        where << QStringLiteral("acknowledged_at IS NULL");
    const auto equal = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        where << QLatin1String(column) + QStringLiteral(" = ?");
        values << value;
    };
    equal("severity", filter.severity);
    equal("kind", filter.kind);
    equal("model_name", filter.modelName);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, severity, model_name, kind, message, created_at, "
                             "acknowledged_at FROM alerts")
              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND "))
              + QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(filter.limit < 1 ? -1 : filter.limit);
    if (!q.exec())
        return sqlError(tr("Listing alerts"), q);
    std::vector<Alert> alerts;
    while (q.next()) {
        Alert a;
        a.id = q.value(0).toLongLong();
        a.severity = q.value(1).toString();
        a.modelName = q.value(2).toString();
        a.kind = q.value(3).toString();
        a.message = q.value(4).toString();
        a.createdAt = utcTimeFrom(q.value(5));
        a.acknowledgedAt = utcTimeFrom(q.value(6));
        alerts.push_back(std::move(a));
    }
    return alerts;
}

Result<AlertSummary> AlertRepository::summary()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS "
                               "NULL), (SELECT COALESCE(MAX(id), 0) FROM alerts)"))
        || !q.next())
        return sqlError(tr("Counting open alerts"), q);
    return AlertSummary { q.value(0).toInt(), q.value(1).toLongLong() };
}

Result<int> AlertRepository::acknowledge(const std::vector<qint64> &ids, const QDateTime &at)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    int count = 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE alerts SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL"));
    for (qint64 id : ids) {
        q.addBindValue(isoUtc(at));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(tr("Acknowledging alert %1").arg(id), q);
        count += q.numRowsAffected();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return count;
}

} // namespace modeldeck
