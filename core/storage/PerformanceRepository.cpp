#include "PerformanceRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace modeldeck {

namespace {

// A figure as stored: NULL when it is not a finite number.
QVariant real(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant(QMetaType::fromType<double>());
}

QVariant real(const std::optional<double> &value)
{
    return value ? real(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> optionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toDouble());
}

} // namespace

PerformanceRepository::PerformanceRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<qint64> PerformanceRepository::insert(const PerformanceSnapshot &s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO performance_metrics (model_name, horizon, computed_at, window_size, samples, "
        "rmse, mae, r2, directional_accuracy, skill, naive_rmse, coverage_80, coverage_95, "
        "first_target_ts, last_target_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const ForecastMetrics &m = s.live.metrics;
    const bool any = m.count > 0;
    q.addBindValue(s.modelName);
    q.addBindValue(s.horizon);
    q.addBindValue(isoUtc(s.computedAt.isValid() ? s.computedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(std::max(1, s.window));
    q.addBindValue(m.count);
    for (double v : { m.rmse, m.mae, m.r2, m.directionalAccuracy, m.skill, m.naiveRmse })
        q.addBindValue(any ? real(v) : real(std::nan("")));
    q.addBindValue(real(s.live.coverage80));
    q.addBindValue(real(s.live.coverage95));
    q.addBindValue(any ? QVariant(s.live.firstTargetMs) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(any ? QVariant(s.live.lastTargetMs) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec())
        return sqlError(tr("Recording the performance of “%1”").arg(s.modelName), q);
    return q.lastInsertId().toLongLong();
}

Result<std::vector<PerformanceSnapshot>> PerformanceRepository::history(const QString &modelName,
                                                                        int horizon, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT computed_at, window_size, samples, rmse, mae, r2, directional_accuracy, skill, "
        "naive_rmse, coverage_80, coverage_95, first_target_ts, last_target_ts "
        "FROM performance_metrics WHERE model_name = ? AND horizon = ? "
        "ORDER BY computed_at DESC, id DESC LIMIT ?"));
    q.addBindValue(modelName);
    q.addBindValue(horizon);
    q.addBindValue(limit < 1 ? -1 : limit);
    if (!q.exec())
        return sqlError(tr("Reading the performance history of “%1”").arg(modelName), q);
    std::vector<PerformanceSnapshot> rows;
    while (q.next()) {
        PerformanceSnapshot s;
        s.modelName = modelName;
        s.horizon = horizon;
        s.computedAt = utcTimeFrom(q.value(0));
        s.window = q.value(1).toInt();
        ForecastMetrics &m = s.live.metrics;
        m.count = q.value(2).toInt();
        m.rmse = q.value(3).toDouble();
        m.mae = q.value(4).toDouble();
        m.r2 = q.value(5).toDouble();
        m.directionalAccuracy = q.value(6).toDouble();
        m.skill = q.value(7).toDouble();
        m.naiveRmse = q.value(8).toDouble();
        s.live.coverage80 = optionalReal(q.value(9));
        s.live.coverage95 = optionalReal(q.value(10));
        s.live.firstTargetMs = q.value(11).toLongLong();
        s.live.lastTargetMs = q.value(12).toLongLong();
        rows.push_back(std::move(s));
    }
    std::reverse(rows.begin(), rows.end());
    return rows;
}

} // namespace modeldeck
