#pragma once
// Keeps model files and training records in step. A process killed between writing a model
// file and committing its record leaves a file nobody refers to; a file deleted behind the
// app's back leaves an active record that cannot load.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace modeldeck {

class Database;

struct ReconcileReport
{
    int orphanFilesRemoved = 0; // .pt files under models/ with no record or registry entry
    int recordsMissingFile = 0; // active records whose file is gone, now marked failed
};

// Which records a clear takes. Records already archived are never part of it.
struct ArchiveScope
{
    enum class Kind { Records, Series, Everything };
    Kind kind = Kind::Records;
    std::vector<qint64> ids; // Records
    QString symbol; // Series
    QString timeframe; // Series; empty: every timeframe of the symbol

    static ArchiveScope records(std::vector<qint64> ids)
    {
        return { Kind::Records, std::move(ids), {}, {} };
    }
    static ArchiveScope series(const QString &symbol, const QString &timeframe)
    {
        return { Kind::Series, {}, symbol, timeframe };
    }
    static ArchiveScope everything() { return { Kind::Everything, {}, {}, {} }; }
};

// What a clear would take, for the confirmation ("Delete 12 models, 340 MB?").
struct ArchivePlan
{
    std::vector<qint64> ids;
    int files = 0; // records with a model file
    double megabytes = 0; // as recorded when the files were written
};

struct ArchiveReport
{
    int archived = 0;
    int filesRemoved = 0;
    double megabytesFreed = 0;
    QStringList problems; // files that were refused or could not be removed, with why
};

class MODELDECK_CORE_EXPORT ModelStore
{
public:
    explicit ModelStore(const Database &database);

    // Run when no training is in progress (the queue does it when it takes ownership).
    Result<ReconcileReport> reconcile() const;

    Result<ArchivePlan> planArchive(const ArchiveScope &scope) const;
    // Marks the records archived (one transaction) and then deletes their model files. Only
    // *.pt files inside the workspace's models folder are deleted: record paths are hostile
    // input, and any other path is reported in problems and left alone.
    Result<ArchiveReport> archive(const std::vector<qint64> &ids) const;

private:
    const Database &m_database;
};

} // namespace modeldeck
