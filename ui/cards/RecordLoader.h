#pragma once
// What the model cards need, gathered off the GUI thread so that the GUI thread only swaps it
// in: the records (from the records facade), their facet counts and their search texts
// (computed on a pool thread: 100,000 records cost tens of milliseconds).

#include "cards/RecordListModel.h"
#include "services/RecordsFacade.h"
#include "util/Result.h"

#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

struct LoadedRecords
{
    std::vector<TrainingRecordSummary> records;
    RecordListModel::FacetCounts counts;
    std::vector<QString> searchText;
};

// The newest `limit` records (all when negative).
QCoro::Task<Result<LoadedRecords>> loadRecordCards(RecordsFacade records, int limit, qint64 nowMs,
                                                   qint64 staleMs);

} // namespace modeldeck
