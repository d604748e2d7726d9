#include "Database.h"

#include "storage/BusyRetry.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <atomic>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::Database)
};

std::atomic<quint64> g_nextId { 1 };

bool looksLikeSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // let SQLite report the real problem
    if (file.size() == 0)
        return true;
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace

Error sqlError(const QString &what, const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    noteSqlError(e);
    return Error { Tr::tr("%1 failed: %2")
                       .arg(what,
                            e.text().isEmpty() ? Tr::tr("unknown database error") : e.text()) };
}

Error sqlError(const QString &what, const QSqlDatabase &db)
{
    const QSqlError e = db.lastError();
    noteSqlError(e);
    return Error { Tr::tr("%1 failed: %2")
                       .arg(what,
                            e.text().isEmpty() ? Tr::tr("unknown database error") : e.text()) };
}

Database::Database(QString workspaceDir, QString databasePath, SqlDialect dialect)
    : m_workspaceDir(std::move(workspaceDir)), m_databasePath(std::move(databasePath)),
      m_dialect(dialect), m_id(g_nextId++)
{
}

Database::~Database()
{
    // Connections of other threads cannot be touched from here (QSqlDatabase::database()
    // refuses them); removing the name closes them.
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::open(const QString &workspaceDir)
{
    if (workspaceDir.trimmed().isEmpty())
        return Error { Tr::tr("No workspace folder was given.") };
    const QString dir = QDir::cleanPath(QDir(workspaceDir).absolutePath());
    const QFileInfo dirInfo(dir);
    if (dirInfo.exists() && !dirInfo.isDir()) {
        return Error {
            Tr::tr("The workspace “%1” is a file, not a folder. Choose a folder for the workspace.")
                .arg(dir)
        };
    }
    if (!QDir().mkpath(dir))
        return Error { Tr::tr(
                           "Cannot create the workspace folder “%1”. Check that its parent exists "
                           "and is writable.")
                           .arg(dir) };
    if (!QFileInfo(dir).isWritable()) {
        return Error {
            Tr::tr("The workspace folder “%1” is read-only. ModelDeck needs to write its database "
                   "and models there; choose a writable folder or fix its permissions.")
                .arg(dir)
        };
    }
    const QString dbPath = dir + u'/' + QLatin1StringView(kFileName);
    const QFileInfo dbInfo(dbPath);
    if (dbInfo.exists() && (!dbInfo.isFile() || !dbInfo.isWritable())) {
        return Error {
            Tr::tr(
                "The workspace database “%1” is read-only or not a regular file; ModelDeck needs "
                "to write to it.")
                .arg(dbPath)
        };
    }
    if (!looksLikeSqliteFile(dbPath)) {
        return Error {
            Tr::tr("“%1” is not a ModelDeck workspace database (it is not an SQLite file). Move it "
                   "away or choose another workspace folder.")
                .arg(dbPath)
        };
    }
    if (!QDir(dir).mkpath(QLatin1StringView(kModelsDir)))
        return Error { Tr::tr("Cannot create the models folder in “%1”.").arg(dir) };

    std::unique_ptr<Database> database(
        new Database(dir, dbPath, SqlDialect(SqlDialect::Kind::Sqlite)));
    auto db = database->connection();
    if (!db)
        return db.error();
    auto version = Migrator(database->m_dialect).migrate(*db);
    if (!version)
        return version.error().withFile(dbPath);
    database->m_schemaVersion = *version;
    return database;
}

QString Database::modelsDir() const
{
    return m_workspaceDir + u'/' + QLatin1StringView(kModelsDir);
}

QString Database::connectionName() const
{
    return QStringLiteral("modeldeck-%1-%2")
        .arg(m_id)
        .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

Result<QSqlDatabase> Database::connection() const
{
    const QString name = connectionName();
    {
        QMutexLocker lock(&m_mutex);
        if (m_connectionNames.contains(name)) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid() && db.isOpen())
                return db;
        }
    }
    return openConnection(name);
}

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    // A thread id may be reused after its thread ended without releasing its connection.
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid()) {
        return Error { Tr::tr(
            "The Qt SQLite driver (QSQLITE) is not available. Install the Qt 6 SQLite "
            "plugin (Debian: libqt6sql6-sqlite).") };
    }
    db.setDatabaseName(m_databasePath);
    if (!db.open()) {
        Error e = sqlError(Tr::tr("Opening the workspace database"), db);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return e.withFile(m_databasePath);
    }
    for (const QString &statement : m_dialect.connectionSetup()) {
        // Switching a new file to WAL needs an exclusive lock, which SQLite refuses at once
        // (its busy handler would deadlock) while another opener of the same new workspace
        // holds a shared one: such a statement is tried again.
        BusyRetryOptions retry;
        retry.what = Tr::tr("Configuring the workspace database (%1)").arg(statement);
        const Status configured = withBusyRetry(
            db,
            [&]() -> Status {
                QSqlQuery q(db);
                if (q.exec(statement))
                    return {};
                const QString text = q.lastError().text();
                if (text.contains(QLatin1StringView("not a database"), Qt::CaseInsensitive))
                    return Error {
                        Tr::tr("This file is not a ModelDeck workspace database (%1).").arg(text)
                    };
                return sqlError(retry.what, q);
            },
            retry);
        if (!configured) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return configured.error().withFile(m_databasePath);
        }
    }
    QMutexLocker lock(&m_mutex);
    m_connectionNames.insert(name);
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    QMutexLocker lock(&m_mutex);
    if (!m_connectionNames.remove(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    if (q.exec(SqlDialect::of(m_db).beginWrite()))
        m_active = true;
    else
        m_beginError = sqlError(Tr::tr("Starting a write transaction"), q);
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return m_beginError;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        return sqlError(Tr::tr("Committing the transaction"), q);
    }
    m_active = false;
    return {};
}

Result<int> runStatement(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         const QString &what)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(what, q);
    return q.numRowsAffected();
}

Result<int> writeStatement(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                           const QString &what)
{
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    const auto changed = runStatement(db, sql, values, what);
    if (!changed)
        return changed;
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return changed;
}

} // namespace modeldeck
