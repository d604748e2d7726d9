#pragma once
// Keeps model files and training records in step. A process killed between writing a model
// file and committing its record leaves a file nobody refers to; a file deleted behind the
// app's back leaves an active record that cannot load.

#include "modeldeck_core_export.h"
#include "util/Result.h"

namespace modeldeck {

class Database;

struct ReconcileReport
{
    int orphanFilesRemoved = 0;  // .pt files under models/ with no record or registry entry
    int recordsMissingFile = 0;  // active records whose file is gone, now marked failed
};

class MODELDECK_CORE_EXPORT ModelStore
{
public:
    explicit ModelStore(const Database &database);

    // Run when no training is in progress (the queue does it when it takes ownership).
    Result<ReconcileReport> reconcile() const;

private:
    const Database &m_database;
};

} // namespace modeldeck
