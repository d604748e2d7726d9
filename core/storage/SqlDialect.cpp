#include "SqlDialect.h"

#include "storage/BusyRetry.h"

#include <QSqlDatabase>

namespace modeldeck {

SqlDialect SqlDialect::of(const QSqlDatabase &db)
{
    return SqlDialect(db.driverName() == QLatin1StringView("QPSQL") ? Kind::Postgres
                                                                    : Kind::Sqlite);
}

QStringList SqlDialect::connectionSetup() const
{
    if (m_kind == Kind::Postgres)
        return {};
    return {
        // First: switching a new file to WAL takes a lock another opener may hold. SQLite's own
        // wait for another writer; longer waits are withBusyRetry's (BusyRetry.h).
        QStringLiteral("PRAGMA busy_timeout=%1").arg(BusyRetryPolicy::current().busyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        // Staging tables for bulk merges stay in memory instead of temp files.
        QStringLiteral("PRAGMA temp_store=MEMORY"),
    };
}

QString SqlDialect::beginWrite() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString SqlDialect::migrationsResourceDir() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral(":/migrations/sqlite")
                                  : QStringLiteral(":/migrations/postgres");
}

QString SqlDialect::jsonNumber(const QString &column, const QString &dottedPath) const
{
    // Paths are program constants, never user input, so they are spliced into the SQL.
    if (m_kind == Kind::Postgres) {
        return QStringLiteral("CASE WHEN json_typeof(%1::json #> '{%2}') = 'number' "
                              "THEN (%1::json #>> '{%2}')::double precision END")
            .arg(column, QString(dottedPath).replace(u'.', u','));
    }
    // CASE evaluates lazily, so malformed JSON (hostile contents) reads as NULL, not an error.
    return QStringLiteral("CASE WHEN json_valid(%1) THEN CASE WHEN json_type(%1, '$.%2') IN "
                          "('real', 'integer') "
                          "THEN json_extract(%1, '$.%2') END END")
        .arg(column, dottedPath);
}

} // namespace modeldeck
