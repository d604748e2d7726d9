#include "cards/RecordLoader.h"

#include "util/WorkPool.h"

#include <QtConcurrent/QtConcurrentRun>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

QCoro::Task<Result<LoadedRecords>> loadRecordCards(RecordsFacade records, int limit, qint64 nowMs,
                                                   qint64 staleMs)
{
    TrainingRecordFilter filter;
    filter.limit = limit;
    // Named awaitables: GCC 12 destroys temporaries of a full-expression with co_await twice.
    auto listing = records.summaries(filter);
    auto summaries = co_await listing;
    if (!summaries)
        co_return summaries.error();
    QFuture<LoadedRecords> counting = QtConcurrent::run(
        workPool(),
        [nowMs, staleMs](std::vector<TrainingRecordSummary> rows) {
            auto counts = RecordListModel::countFacets(rows, nowMs, staleMs);
            auto searchText = RecordListModel::searchTexts(rows);
            return LoadedRecords { std::move(rows), std::move(counts), std::move(searchText) };
        },
        std::move(*summaries));
    co_await counting;
    co_return counting.takeResult();
}

} // namespace modeldeck
