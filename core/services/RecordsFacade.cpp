#include "services/RecordsFacade.h"

#include "services/PoolTask.h"
#include "storage/TrainingEpochRepository.h"
#include "storage/TrainingRecordRepository.h"

#include <QDateTime>
#include <algorithm>

namespace modeldeck {

RecordsFacade::RecordsFacade(std::shared_ptr<Database> database) : m_database(std::move(database))
{
}

QCoro::Task<Result<std::vector<TrainingRecord>>>
RecordsFacade::list(TrainingRecordFilter filter) const
{
    return onPool(m_database, [filter](const Database &db) -> Result<std::vector<TrainingRecord>> {
        auto connection = db.connection();
        if (!connection)
            return connection.error();
        return TrainingRecordRepository(*connection).list(filter);
    });
}

QCoro::Task<Result<std::vector<TrainingRecordSummary>>>
RecordsFacade::summaries(TrainingRecordFilter filter) const
{
    return onPool(m_database,
                  [filter](const Database &db) -> Result<std::vector<TrainingRecordSummary>> {
                      auto connection = db.connection();
                      if (!connection)
                          return connection.error();
                      return TrainingRecordRepository(*connection).listSummaries(filter);
                  });
}

QCoro::Task<Result<RecordDetails>> RecordsFacade::details(qint64 recordId) const
{
    return onPool(m_database, [recordId](const Database &db) -> Result<RecordDetails> {
        auto connection = db.connection();
        if (!connection)
            return connection.error();
        auto record = TrainingRecordRepository(*connection).find(recordId);
        if (!record)
            return record.error();
        RecordDetails details;
        details.record = std::move(*record);
        if (details.record) {
            if (auto epochs = TrainingEpochRepository(*connection).list(recordId))
                details.epochs = std::move(*epochs);
            else
                details.epochsError = epochs.error().toString();
        }
        return details;
    });
}

QCoro::Task<Result<std::vector<SeriesKey>>> RecordsFacade::staleSeries(double maxAgeHours) const
{
    return onPool(m_database, [maxAgeHours](const Database &db) -> Result<std::vector<SeriesKey>> {
        auto connection = db.connection();
        if (!connection)
            return connection.error();
        const qint64 cutoff = staleCutoffMs(maxAgeHours, QDateTime::currentMSecsSinceEpoch());
        auto records = TrainingRecordRepository(*connection).listStale(cutoff);
        if (!records)
            return records.error();
        std::vector<SeriesKey> series;
        for (const TrainingRecordSummary &r : *records) {
            const SeriesKey key { r.symbol, r.timeframe };
            if (std::find(series.begin(), series.end(), key) == series.end())
                series.push_back(key);
        }
        return series;
    });
}

QCoro::Task<Result<std::vector<TrainingRecord>>> RecordsFacade::undecided() const
{
    return onPool(m_database, [](const Database &db) { return ManualResults(db).undecided(); });
}

QCoro::Task<Result<std::optional<UndecidedResult>>>
RecordsFacade::loadUndecided(qint64 recordId) const
{
    return onPool(m_database,
                  [recordId](const Database &db) { return ManualResults(db).load(recordId); });
}

QCoro::Task<Result<QStringList>> RecordsFacade::takenNames() const
{
    return onPool(m_database, [](const Database &db) { return ManualResults(db).takenNames(); });
}

QCoro::Task<Result<RegisteredModel>> RecordsFacade::saveUndecided(SaveModelRequest request) const
{
    return onPool(m_database,
                  [request](const Database &db) { return ManualResults(db).save(request); });
}

QCoro::Task<Result<ArchiveReport>> RecordsFacade::discardUndecided(qint64 recordId) const
{
    return onPool(m_database,
                  [recordId](const Database &db) { return ManualResults(db).discard(recordId); });
}

QCoro::Task<Result<ArchivePlan>> RecordsFacade::planArchive(ArchiveScope scope) const
{
    return onPool(m_database,
                  [scope](const Database &db) { return ModelStore(db).planArchive(scope); });
}

QCoro::Task<Result<ArchiveReport>> RecordsFacade::archive(std::vector<qint64> ids) const
{
    return onPool(m_database, [ids = std::move(ids)](const Database &db) {
        return ModelStore(db).archive(ids);
    });
}

} // namespace modeldeck
