#include "AlertRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <cmath>

namespace modeldeck {

AlertRepository::AlertRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<qint64> AlertRepository::insertCheck(const QString &model, int horizon, int window,
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
    q.addBindValue(std::max(1, window));
    q.addBindValue(check.drift ? 1 : 0);
    q.addBindValue(isoUtc(checkedAt));
    if (!q.exec())
        return sqlError(tr("Recording a drift check of “%1”").arg(model), q);
    return q.lastInsertId().toLongLong();
}

Result<bool> AlertRepository::raise(const Alert &alert)
{
    QSqlQuery open(m_db);
    open.prepare(QStringLiteral("SELECT 1 FROM alerts WHERE model_name IS ? AND kind = ? AND "
                                "acknowledged_at IS NULL LIMIT 1"));
    open.addBindValue(optionalText(alert.modelName));
    open.addBindValue(alert.kind);
    if (!open.exec())
        return sqlError(tr("Looking for open alerts"), open);
    if (open.next())
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

Result<std::vector<Alert>> AlertRepository::list(bool all, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, severity, model_name, kind, message, created_at, "
                             "acknowledged_at FROM alerts")
              + (all ? QString() : QStringLiteral(" WHERE acknowledged_at IS NULL"))
              + QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?"));
    q.addBindValue(limit < 1 ? -1 : limit);
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

} // namespace modeldeck
