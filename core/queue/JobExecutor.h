#pragma once
// What a queue worker does with a job. The queue only schedules; the executor trains (or, in
// tests and benchmarks, does something quick). Runs on a pool thread.

#include "domain/TrainingJob.h"
#include "domain/TrainingProgress.h"
#include "modeldeck_core_export.h"

#include <functional>

namespace modeldeck {

class CancellationToken;
class Database;

struct JobResult
{
    JobStatus status = JobStatus::Completed; // Completed, Failed or Cancelled
    QString error;
    qint64 recordId = 0;
};

using JobExecutor = std::function<JobResult(const TrainingJob &job, const CancellationToken &token,
                                            const ProgressCallback &progress)>;

// Trains the job's model with TrainingService and records it, runs its search (SearchService)
// or its strategy training (queue/StrategyJob). `database` must outlive it.
MODELDECK_CORE_EXPORT JobExecutor trainingExecutor(const Database &database);

} // namespace modeldeck
