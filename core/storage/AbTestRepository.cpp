#include "AbTestRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <cmath>

namespace modeldeck {

namespace {

const QString kColumns = QStringLiteral(
    "id, created_at, model_a, version_a, model_b, version_b, symbol, timeframe, horizon, "
    "window_size, metrics_a, metrics_b, dm_statistic, p_value, winner, activated");

QVariant real(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? QVariant(*value)
                                          : QVariant(QMetaType::fromType<double>());
}

std::optional<double> optionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toDouble());
}

AbTestRecord fromRow(const QSqlQuery &q)
{
    AbTestRecord r;
    r.id = q.value(0).toLongLong();
    r.createdAt = utcTimeFrom(q.value(1));
    r.modelA = q.value(2).toString();
    r.versionA = q.value(3).toInt();
    r.modelB = q.value(4).toString();
    r.versionB = q.value(5).toInt();
    r.symbol = q.value(6).toString();
    r.timeframe = q.value(7).toString();
    r.horizon = q.value(8).toInt();
    r.windowSize = q.value(9).toInt();
    r.metricsA = jsonObjectFrom(q.value(10));
    r.metricsB = jsonObjectFrom(q.value(11));
    r.dmStatistic = optionalReal(q.value(12));
    r.pValue = optionalReal(q.value(13));
    r.winner = q.value(14).isNull() ? QString() : q.value(14).toString();
    r.activated = q.value(15).toInt() != 0;
    return r;
}

} // namespace

AbTestRepository::AbTestRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<qint64> AbTestRepository::insert(const AbTestRecord &r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO ab_tests (created_at, model_a, version_a, model_b, "
                             "version_b, symbol, timeframe, horizon, window_size, metrics_a, "
                             "metrics_b, dm_statistic, p_value, winner, activated) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(isoUtc(r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(r.modelA);
    q.addBindValue(r.versionA);
    q.addBindValue(r.modelB);
    q.addBindValue(r.versionB);
    q.addBindValue(r.symbol);
    q.addBindValue(r.timeframe);
    q.addBindValue(r.horizon);
    q.addBindValue(r.windowSize);
    q.addBindValue(jsonText(r.metricsA));
    q.addBindValue(jsonText(r.metricsB));
    q.addBindValue(real(r.dmStatistic));
    q.addBindValue(real(r.pValue));
    q.addBindValue(optionalText(r.winner));
    q.addBindValue(r.activated ? 1 : 0);
    if (!q.exec())
        return sqlError(tr("Recording the A/B test of “%1” and “%2”").arg(r.modelA, r.modelB), q);
    return q.lastInsertId().toLongLong();
}

Result<std::optional<AbTestRecord>> AbTestRepository::find(qint64 id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM ab_tests WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Reading A/B test %1").arg(id), q);
    if (!q.next())
        return std::optional<AbTestRecord>();
    return std::optional(fromRow(q));
}

Result<std::vector<AbTestRecord>> AbTestRepository::list(const QString &modelA,
                                                         const QString &modelB, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString where;
    QVariantList values;
    if (!modelA.isEmpty() && !modelB.isEmpty()) {
        where = QStringLiteral(
            " WHERE (model_a = ? AND model_b = ?) OR (model_a = ? AND model_b = ?)");
        values << modelA << modelB << modelB << modelA;
    } else if (!modelA.isEmpty() || !modelB.isEmpty()) {
        const QString name = modelA.isEmpty() ? modelB : modelA;
        where = QStringLiteral(" WHERE model_a = ? OR model_b = ?");
        values << name << name;
    }
    q.prepare(QStringLiteral("SELECT %1 FROM ab_tests%2 ORDER BY created_at DESC, id DESC LIMIT ?")
                  .arg(kColumns, where));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit < 1 ? -1 : limit);
    if (!q.exec())
        return sqlError(tr("Listing A/B tests"), q);
    std::vector<AbTestRecord> rows;
    while (q.next())
        rows.push_back(fromRow(q));
    return rows;
}

Status AbTestRepository::markActivated(qint64 id)
{
    auto changed
        = runStatement(m_db, QStringLiteral("UPDATE ab_tests SET activated = 1 WHERE id = ?"),
                       { id }, tr("Marking A/B test %1 as activated").arg(id));
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return Error { tr("There is no A/B test %1 in this workspace.").arg(id) };
    return {};
}

} // namespace modeldeck
