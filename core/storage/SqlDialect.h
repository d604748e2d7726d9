#pragma once
// The one place where SQL differs between the embedded SQLite workspace and the planned
// PostgreSQL (QPSQL) cluster mode. Repositories write standard SQL and ask this for the rest.

#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace modeldeck {

class MODELDECK_CORE_EXPORT SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind) : m_kind(kind) { }
    static SqlDialect of(const QSqlDatabase &db);

    Kind kind() const { return m_kind; }
    // Statements run on every new connection (SQLite PRAGMAs; nothing on PostgreSQL).
    QStringList connectionSetup() const;
    // Starts a write transaction that takes the write lock at once, so two writers wait on
    // busy_timeout instead of failing later with SQLITE_BUSY on lock upgrade.
    QString beginWrite() const;
    // Folder of the numbered migration scripts in the resources.
    QString migrationsResourceDir() const;
    // A number at a dotted path inside a JSON text column ("metrics.skill"), NULL when absent
    // or not a number, read in SQL so callers need not parse whole documents in C++.
    QString jsonNumber(const QString &column, const QString &dottedPath) const;

private:
    Kind m_kind;
};

} // namespace modeldeck
