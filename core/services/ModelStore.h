#pragma once
// Keeps model files and training records in step. A process killed between writing a model
// file and committing its record leaves a file nobody refers to; a file deleted behind the
// app's back leaves an active record that cannot load.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <chrono>
#include <vector>

namespace modeldeck {

class Database;

struct ReconcileReport
{
    // Workspace-relative paths ("models/AAPL/1h/…pt") of model files the app wrote that no
    // record or registry entry names and that are older than the grace period: removed.
    QStringList removedFiles;
    // Such files younger than the grace period, kept: another process may be about to record
    // them (a save in progress, or a finished model whose row waits for a busy database).
    QStringList keptRecentFiles;
    QStringList problems; // files that could not be removed, with why
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

    // How old an unreferenced model file must be before reconcile() removes it. A `train` in
    // another process writes its file before it commits the row, possibly minutes apart when
    // the database is busy.
    static constexpr std::chrono::seconds kOrphanGracePeriod { 3600 };

    // The queue runs this when it takes ownership of the workspace. Marks active records
    // whose file is gone as failed and removes orphan model files: only files named as the
    // app names the files it writes (trained models, registry copies), that no row names
    // (read in one transaction and read again just before removing) and that were last
    // modified more than `gracePeriod` ago. Anything else under models/ (a model the user
    // exported there, their own files) is never touched. Each removed file is logged.
    Result<ReconcileReport> reconcile(std::chrono::seconds gracePeriod = kOrphanGracePeriod) const;

    Result<ArchivePlan> planArchive(const ArchiveScope &scope) const;
    // Marks the records archived (one transaction) and then deletes their model files. Only
    // *.pt files inside the workspace's models folder are deleted: record paths are hostile
    // input, and any other path is reported in problems and left alone. Audited as "clear" (in
    // the same transaction) with the archived ids and `auditDetails`, unless nothing was
    // archived.
    Result<ArchiveReport> archive(const std::vector<qint64> &ids,
                                  const QJsonObject &auditDetails = {}) const;

private:
    const Database &m_database;
};

} // namespace modeldeck
