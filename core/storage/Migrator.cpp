#include "Migrator.h"

#include "storage/Database.h"
#include "storage/SqlScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::Migrator)
};

Result<qint64> pragmaValue(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next())
        return sqlError(Tr::tr("Reading %1").arg(pragma), q);
    return q.value(0).toLongLong();
}

} // namespace

Migrator::Migrator(SqlDialect dialect, QString scriptDir)
    : m_dialect(dialect),
      m_scriptDir(scriptDir.isEmpty() ? dialect.migrationsResourceDir() : std::move(scriptDir))
{
}

Result<std::vector<Migrator::Script>> Migrator::scripts() const
{
    static const QRegularExpression namePattern(QStringLiteral(R"(^(\d{4})_[a-z0-9_]+\.sql$)"));
    std::vector<Script> result;
    const QStringList names
        = QDir(m_scriptDir).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto match = namePattern.match(name);
        if (!match.hasMatch())
            return Error {
                Tr::tr("Migration script “%1” is not named NNNN_description.sql.").arg(name)
            };
        result.push_back({ match.captured(1).toInt(), m_scriptDir + u'/' + name });
    }
    std::sort(result.begin(), result.end(),
              [](const Script &a, const Script &b) { return a.version < b.version; });
    for (size_t i = 0; i < result.size(); ++i) {
        if (result[i].version != int(i) + 1)
            return Error {
                Tr::tr("Migration scripts are not numbered 1, 2, 3… (found %1 at position %2).")
                    .arg(result[i].version)
                    .arg(i + 1)
            };
    }
    return result;
}

int Migrator::latestVersion() const
{
    const auto all = scripts();
    return all && !all->empty() ? all->back().version : 0;
}

Result<int> Migrator::migrate(QSqlDatabase db) const
{
    const auto all = scripts();
    if (!all)
        return all.error();
    const int latest = all->empty() ? 0 : all->back().version;

    // Most opens find the schema current: a read, no write lock.
    auto version = checkedVersion(db, latest);
    if (!version || *version == latest)
        return version;

    // Upgrading. Take the write lock first, then read the version again: another process may
    // be opening the same new workspace and have migrated it meanwhile.
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    version = checkedVersion(db, latest);
    if (!version || *version == latest)
        return version;
    // All steps in the one transaction: a crash leaves the old schema, never half a new one.
    for (const Script &script : *all) {
        if (script.version <= *version)
            continue;
        QFile file(script.path);
        if (!file.open(QIODevice::ReadOnly))
            return Error { Tr::tr("Cannot read migration script %1.").arg(script.path) };
        const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                return sqlError(
                    Tr::tr("Applying migration %1").arg(QFileInfo(script.path).fileName()), q);
            }
        }
        // PRAGMA arguments cannot be bound; both values are integers we produced.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(script.version))
            || !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))) {
            return sqlError(Tr::tr("Recording schema version %1").arg(script.version), q);
        }
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return latest;
}

Result<int> Migrator::checkedVersion(QSqlDatabase &db, int latest) const
{
    const auto version = pragmaValue(db, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    const auto appId = pragmaValue(db, QStringLiteral("application_id"));
    if (!appId)
        return appId.error();

    if (*appId != 0 && *appId != kApplicationId) {
        return Error {
            Tr::tr("This SQLite database belongs to another application (application id %1), "
                   "not to ModelDeck. Choose an empty folder or a ModelDeck workspace.")
                .arg(*appId)
        };
    }
    if (*appId == 0) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return sqlError(Tr::tr("Inspecting the database"), q);
        if (q.value(0).toInt() > 0) {
            return Error { Tr::tr(
                "This SQLite database already holds tables that ModelDeck did not "
                "create. Choose an empty folder or a ModelDeck workspace.") };
        }
    }
    if (*version > latest) {
        return Error {
            Tr::tr("This workspace was written by a newer ModelDeck (schema version %1; this "
                   "version understands up to %2). Open it with a newer ModelDeck; it has not "
                   "been changed.")
                .arg(*version)
                .arg(latest)
        };
    }
    return int(*version);
}

} // namespace modeldeck
