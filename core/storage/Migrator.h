#pragma once
// Brings a workspace database to the schema this build knows, from numbered SQL scripts in
// the resources (0001_initial.sql, 0002_….sql), tracked in PRAGMA user_version.

#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "storage/SqlDialect.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT Migrator
{
public:
    struct Script
    {
        int version = 0;
        QString path;
    };

    // Marks databases written by ModelDeck (PRAGMA application_id, "MDK1").
    static constexpr int kApplicationId = 0x4D444B31;

    explicit Migrator(SqlDialect dialect, QString scriptDir = {});

    // Scripts sorted by version; versions must run 1, 2, 3… without gaps.
    Result<std::vector<Script>> scripts() const;
    int latestVersion() const;

    // Applies every missing script in one write transaction together with the new
    // user_version, and returns the resulting version. Refuses newer and foreign databases.
    // Safe when several processes open a new workspace at once: the version is read again
    // under the write lock.
    Result<int> migrate(QSqlDatabase db) const;

private:
    // The schema version, or why this database is not one to migrate.
    Result<int> checkedVersion(QSqlDatabase &db, int latest) const;

    SqlDialect m_dialect;
    QString m_scriptDir;
};

} // namespace modeldeck
