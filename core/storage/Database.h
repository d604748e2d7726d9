#pragma once
// A workspace database: opens or creates <workspace>/modeldeck.sqlite (and models/), applies
// migrations, and hands out one configured connection per thread.

#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "storage/SqlDialect.h"
#include "util/Result.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <memory>

namespace modeldeck {

class MODELDECK_CORE_EXPORT Database
{
public:
    static constexpr const char *kFileName = "modeldeck.sqlite";
    static constexpr const char *kModelsDir = "models";

    // Opens the workspace in `workspaceDir`, creating the folder, the database and models/
    // when missing and migrating an older schema. Refuses (with a message saying why and what
    // to do) a folder it cannot write, a file that is not a ModelDeck database, and a database
    // written by a newer ModelDeck.
    static Result<std::unique_ptr<Database>> open(const QString &workspaceDir);

    // Closes every connection this object opened. No other thread may still use it.
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString workspaceDir() const { return m_workspaceDir; }
    QString databasePath() const { return m_databasePath; }
    QString modelsDir() const;
    int schemaVersion() const { return m_schemaVersion; }
    SqlDialect dialect() const { return m_dialect; }

    // The calling thread's connection, opened and configured on first use.
    Result<QSqlDatabase> connection() const;
    // Drops the calling thread's connection. Pool jobs call this when they end, because
    // QThreadPool reuses (and eventually ends) its threads.
    void releaseThreadConnection() const;

private:
    Database(QString workspaceDir, QString databasePath, SqlDialect dialect);
    Result<QSqlDatabase> openConnection(const QString &name) const;
    QString connectionName() const;

    QString m_workspaceDir;
    QString m_databasePath;
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
    quint64 m_id;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connectionNames;
};

// RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() succeeded.
class MODELDECK_CORE_EXPORT WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_beginError; }
    Status commit();

private:
    QSqlDatabase m_db;
    Error m_beginError;
    bool m_active = false;
};

// One statement with bound values in the caller's transaction (or none); returns how many rows
// it changed. `what` names the action for the error message.
MODELDECK_CORE_EXPORT Result<int> runStatement(const QSqlDatabase &db, const QString &sql,
                                               const QVariantList &values, const QString &what);
// The same in its own write transaction.
MODELDECK_CORE_EXPORT Result<int> writeStatement(const QSqlDatabase &db, const QString &sql,
                                                 const QVariantList &values, const QString &what);

// An Error for a failed query, naming what was being done.
MODELDECK_CORE_EXPORT Error sqlError(const QString &what, const class QSqlQuery &query);
MODELDECK_CORE_EXPORT Error sqlError(const QString &what, const QSqlDatabase &db);

} // namespace modeldeck
