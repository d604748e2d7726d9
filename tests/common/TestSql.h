#pragma once
// One value from a query on the calling thread's connection, for checking database rows.

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace modeldeck::test {

// The first column of the first row, or an invalid QVariant when the query fails or is empty.
inline QVariant scalar(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto connection = db.connection();
    if (!connection)
        return {};
    QSqlQuery q(*connection);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

} // namespace modeldeck::test
