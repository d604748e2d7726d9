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

constexpr auto kSnapshotColumns
    = "computed_at, window_size, samples, rmse, mae, r2, directional_accuracy, skill, naive_rmse, "
      "coverage_80, coverage_95, first_target_ts, last_target_ts";

// kSnapshotColumns, read from column `first` on.
PerformanceSnapshot snapshotFrom(const QSqlQuery &q, int first)
{
    const auto at = [&](int i) { return q.value(first + i); };
    PerformanceSnapshot s;
    s.computedAt = utcTimeFrom(at(0));
    s.window = at(1).toInt();
    ForecastMetrics &m = s.live.metrics;
    m.count = at(2).toInt();
    m.rmse = at(3).toDouble();
    m.mae = at(4).toDouble();
    m.r2 = at(5).toDouble();
    m.directionalAccuracy = at(6).toDouble();
    m.skill = at(7).toDouble();
    m.naiveRmse = at(8).toDouble();
    s.live.coverage80 = optionalReal(at(9));
    s.live.coverage95 = optionalReal(at(10));
    s.live.firstTargetMs = at(11).toLongLong();
    s.live.lastTargetMs = at(12).toLongLong();
    return s;
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
    q.prepare(QStringLiteral("SELECT ") + QLatin1StringView(kSnapshotColumns)
              + QStringLiteral(" FROM performance_metrics WHERE model_name = ? AND horizon = ? "
                               "ORDER BY computed_at DESC, id DESC LIMIT ?"));
    q.addBindValue(modelName);
    q.addBindValue(horizon);
    q.addBindValue(limit < 1 ? -1 : limit);
    if (!q.exec())
        return sqlError(tr("Reading the performance history of “%1”").arg(modelName), q);
    std::vector<PerformanceSnapshot> rows;
    while (q.next()) {
        PerformanceSnapshot s = snapshotFrom(q, 0);
        s.modelName = modelName;
        s.horizon = horizon;
        rows.push_back(std::move(s));
    }
    std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<std::vector<PerformanceSnapshot>> PerformanceRepository::latest()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Rows are only ever inserted, so the largest id of a (model, horizon) is its newest; the
    // group-by walks the (model_name, horizon, computed_at) index.
    if (!q.exec(QStringLiteral("SELECT model_name, horizon, ") + QLatin1StringView(kSnapshotColumns)
                + QStringLiteral(" FROM performance_metrics WHERE id IN (SELECT max(id) FROM "
                                 "performance_metrics GROUP BY model_name, horizon) "
                                 "ORDER BY model_name, horizon")))
        return sqlError(tr("Reading the latest live performance of the saved models"), q);
    std::vector<PerformanceSnapshot> rows;
    while (q.next()) {
        PerformanceSnapshot s = snapshotFrom(q, 2);
        s.modelName = q.value(0).toString();
        s.horizon = q.value(1).toInt();
        rows.push_back(std::move(s));
    }
    return rows;
}

} // namespace modeldeck
