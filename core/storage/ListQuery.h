#pragma once
// A SELECT for a list view with optional filters: each filter adds "AND column = ?" only when
// it has a value, and every value is bound, never spliced into the SQL.

#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace modeldeck {

class MODELDECK_CORE_EXPORT ListQuery
{
public:
    // `select` is everything up to the WHERE, e.g. "SELECT a, b FROM t".
    explicit ListQuery(QString select);

    // Skipped for an empty string or a null value.
    void equals(const char *column, const QVariant &value);
    // A condition without values, e.g. "is_active = 1".
    void where(const QString &condition);
    // Runs it with ORDER BY `orderBy` (none when empty) and, when limit >= 0, LIMIT. `what` names
    // the list for the error message ("Listing models").
    Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &orderBy, int limit,
                           const QString &what) const;

private:
    QString m_sql;
    QVariantList m_binds;
};

} // namespace modeldeck
