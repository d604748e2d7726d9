#include "cards/RecordLoader.h"

#include "storage/Database.h"
#include "storage/TrainingRecordRepository.h"

namespace modeldeck {

Result<LoadedRecords> loadRecordCards(const Database &database, int limit, qint64 nowMs,
                                      qint64 staleMs)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    TrainingRecordFilter filter;
    filter.limit = limit;
    auto records = TrainingRecordRepository(*db).listSummaries(filter);
    if (!records)
        return records.error();
    auto counts = RecordListModel::countFacets(*records, nowMs, staleMs);
    auto searchText = RecordListModel::searchTexts(*records);
    return LoadedRecords { std::move(*records), std::move(counts), std::move(searchText) };
}

} // namespace modeldeck
