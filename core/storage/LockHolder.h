#pragma once
// Who may be holding a workspace database's write lock, for telling the user what to close.
// SQLite does not say which connection holds a lock, so this names the other processes that
// have the database open (Linux: /proc/*/fd), or else the ModelDeck that runs the workspace's
// training queue (its lock file names its process).

#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"

#include <QString>

namespace modeldeck {

// "sqlite3 (process 4242)", "sqlite3 (process 4242) or modeldeck (process 77)", or empty when
// nothing is known. Never names the calling process.
MODELDECK_CORE_EXPORT QString describeLockHolders(const QString &databasePath);

} // namespace modeldeck
