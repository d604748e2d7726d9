#pragma once
// Training jobs as the GUI reads them: the queue's pending list and its history. Running and
// changing jobs goes through TrainingQueue; this is for lists. Every call runs on a pool thread
// and is awaited. Cheap to copy; a copy keeps the workspace's database open until its calls
// finish.

#include "domain/SearchTrial.h"
#include "domain/TrainingJob.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <memory>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class Database;

class MODELDECK_CORE_EXPORT JobsFacade
{
public:
    explicit JobsFacade(std::shared_ptr<Database> database);

    // Pending and running jobs, in run order.
    QCoro::Task<Result<std::vector<TrainingJob>>> active() const;
    // The newest `limit` finished jobs with their records' test metrics (two queries in all).
    QCoro::Task<Result<std::vector<JobHistoryEntry>>> history(int limit) const;
    // The recorded (finished) trials of a search job by number; empty for any other job. The
    // optimizer panel reads them again as a running search finishes trials.
    QCoro::Task<Result<std::vector<SearchTrial>>> searchTrials(qint64 jobId) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace modeldeck
