#include "TrainedConfigurationRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace modeldeck {

namespace {

const QString kColumns
    = QStringLiteral("id, name, symbol, timeframe, strategy, params, objective, scores, "
                     "walk_forward, created_at, source_job_id");

TrainedConfiguration fromRow(const QSqlQuery &q)
{
    TrainedConfiguration c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.symbol = q.value(2).toString();
    c.timeframe = q.value(3).toString();
    c.strategy = q.value(4).toString();
    c.params = jsonObjectFrom(q.value(5));
    c.objective = q.value(6).toString();
    c.scores = jsonObjectFrom(q.value(7));
    c.walkForward = QJsonDocument::fromJson(q.value(8).toByteArray()).array();
    c.createdAt = utcTimeFrom(q.value(9));
    c.sourceJobId = q.value(10).isNull() ? 0 : q.value(10).toLongLong();
    return c;
}

} // namespace

TrainedConfigurationRepository::TrainedConfigurationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> TrainedConfigurationRepository::insert(const TrainedConfiguration &c)
{
    auto taken = findByName(c.name);
    if (!taken)
        return taken.error();
    if (*taken) {
        return Error { tr("A strategy configuration named “%1” already exists (id %2); choose "
                          "another name or delete it first.")
                           .arg(c.name.left(80))
                           .arg((*taken)->id) };
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO trained_configurations (name, symbol, timeframe, "
                             "strategy, params, objective, scores, walk_forward, created_at, "
                             "source_job_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.name);
    q.addBindValue(c.symbol);
    q.addBindValue(c.timeframe);
    q.addBindValue(c.strategy);
    q.addBindValue(jsonText(c.params));
    q.addBindValue(c.objective);
    q.addBindValue(jsonText(c.scores));
    q.addBindValue(jsonText(c.walkForward));
    q.addBindValue(isoUtc(c.createdAt.isValid() ? c.createdAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(optionalId(c.sourceJobId));
    if (!q.exec())
        return sqlError(tr("Saving strategy configuration “%1”").arg(c.name.left(80)), q);
    return q.lastInsertId().toLongLong();
}

Result<std::optional<TrainedConfiguration>>
TrainedConfigurationRepository::findWhere(const QString &where, const QVariant &value)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM trained_configurations WHERE %2 = ?").arg(kColumns, where));
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(tr("Reading strategy configuration %1").arg(value.toString().left(80)), q);
    if (!q.next())
        return std::optional<TrainedConfiguration>();
    return std::optional(fromRow(q));
}

Result<std::optional<TrainedConfiguration>> TrainedConfigurationRepository::find(qint64 id)
{
    return findWhere(QStringLiteral("id"), id);
}

Result<std::optional<TrainedConfiguration>>
TrainedConfigurationRepository::findByName(const QString &name)
{
    return findWhere(QStringLiteral("name"), name);
}

Result<std::vector<TrainedConfiguration>>
TrainedConfigurationRepository::list(const QString &symbol, const QString &timeframe,
                                     const QString &strategy, int limit)
{
    QStringList conditions;
    QVariantList values;
    for (const auto &[column, value] : { std::pair { QStringLiteral("symbol"), symbol },
                                         std::pair { QStringLiteral("timeframe"), timeframe },
                                         std::pair { QStringLiteral("strategy"), strategy } }) {
        if (!value.isEmpty()) {
            conditions << column + QStringLiteral(" = ?");
            values << value;
        }
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM trained_configurations%2 ORDER BY created_at DESC, "
                             "id DESC LIMIT ?")
                  .arg(kColumns,
                       conditions.isEmpty()
                           ? QString()
                           : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit < 1 ? -1 : limit);
    if (!q.exec())
        return sqlError(tr("Listing strategy configurations"), q);
    std::vector<TrainedConfiguration> rows;
    while (q.next())
        rows.push_back(fromRow(q));
    return rows;
}

Status TrainedConfigurationRepository::remove(qint64 id)
{
    // A plain statement: the caller holds the write transaction (the row and its audit entry
    // go together, StrategyService::remove).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM trained_configurations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Deleting strategy configuration %1").arg(id), q);
    if (q.numRowsAffected() == 0)
        return Error { tr("There is no strategy configuration %1 in this workspace.").arg(id) };
    return {};
}

} // namespace modeldeck
