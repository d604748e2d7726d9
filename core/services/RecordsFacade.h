#pragma once
// Training records as the GUI reaches them: model cards, a record's details with its epochs,
// stale models, undecided manual results and clears. Every call runs on a pool thread and is
// awaited. Cheap to copy; a copy keeps the workspace's database open until its calls finish.

#include "domain/EpochRecord.h"
#include "domain/MarketData.h"
#include "domain/TrainingRecord.h"
#include "modeldeck_core_export.h"
#include "services/ManualResults.h"
#include "services/ModelStore.h"
#include "util/Result.h"

#include <memory>
#include <optional>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class Database;

// A record with its epochs; epochsError says why the epochs could not be read (the record is
// still worth showing then).
struct RecordDetails
{
    std::optional<TrainingRecord> record; // empty: no such record
    std::vector<EpochRecord> epochs;
    QString epochsError;
};

class MODELDECK_CORE_EXPORT RecordsFacade
{
public:
    explicit RecordsFacade(std::shared_ptr<Database> database);

    QCoro::Task<Result<std::vector<TrainingRecord>>> list(TrainingRecordFilter filter = {}) const;
    QCoro::Task<Result<std::vector<TrainingRecordSummary>>> summaries(TrainingRecordFilter filter
                                                                      = {}) const;
    QCoro::Task<Result<RecordDetails>> details(qint64 recordId) const;
    // The series of the active records older than maxAgeHours: the records
    // TrainingQueue::enqueueRetrainStale(maxAgeHours) retrains.
    QCoro::Task<Result<std::vector<SeriesKey>>> staleSeries(double maxAgeHours) const;

    // Manual results (ManualResults).
    QCoro::Task<Result<std::vector<TrainingRecord>>> undecided() const;
    QCoro::Task<Result<std::optional<UndecidedResult>>> loadUndecided(qint64 recordId) const;
    QCoro::Task<Result<QStringList>> takenNames() const;
    QCoro::Task<Result<RegisteredModel>> saveUndecided(SaveModelRequest request) const;
    QCoro::Task<Result<ArchiveReport>> discardUndecided(qint64 recordId) const;

    // Clears (ModelStore).
    QCoro::Task<Result<ArchivePlan>> planArchive(ArchiveScope scope) const;
    QCoro::Task<Result<ArchiveReport>> archive(std::vector<qint64> ids) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace modeldeck
