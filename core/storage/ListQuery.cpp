#include "ListQuery.h"

#include "storage/Database.h"

namespace modeldeck {

ListQuery::ListQuery(QString select) : m_sql(std::move(select) + QStringLiteral(" WHERE 1 = 1")) { }

void ListQuery::equals(const char *column, const QVariant &value)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return;
    m_sql += QStringLiteral(" AND ") + QLatin1StringView(column) + QStringLiteral(" = ?");
    m_binds << value;
}

void ListQuery::where(const QString &condition)
{
    m_sql += QStringLiteral(" AND ") + condition;
}

Result<QSqlQuery> ListQuery::exec(const QSqlDatabase &db, const QString &orderBy, int limit,
                                  const QString &what) const
{
    QString sql = orderBy.isEmpty() ? m_sql : m_sql + QStringLiteral(" ORDER BY ") + orderBy;
    QVariantList binds = m_binds;
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds << limit;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(what, q);
    return q;
}

} // namespace modeldeck
