#pragma once
// What the model cards need from the database, gathered on a pool thread so that the GUI
// thread only swaps it in: the records, their facet counts and their search texts.

#include "cards/RecordListModel.h"
#include "util/Result.h"

#include <vector>

namespace modeldeck {

class Database;

struct LoadedRecords
{
    std::vector<TrainingRecordSummary> records;
    RecordListModel::FacetCounts counts;
    std::vector<QString> searchText;
};

// The newest `limit` records (all when negative). Runs on the calling (pool) thread.
Result<LoadedRecords> loadRecordCards(const Database &database, int limit, qint64 nowMs,
                                      qint64 staleMs);

} // namespace modeldeck
