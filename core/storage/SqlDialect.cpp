#include "SqlDialect.h"

#include <QSqlDatabase>

namespace modeldeck {

SqlDialect SqlDialect::of(const QSqlDatabase &db)
{
    return SqlDialect(db.driverName() == QLatin1StringView("QPSQL") ? Kind::Postgres : Kind::Sqlite);
}

QStringList SqlDialect::connectionSetup() const
{
    if (m_kind == Kind::Postgres)
        return {};
    return {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
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

} // namespace modeldeck
