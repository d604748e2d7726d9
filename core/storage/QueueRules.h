#pragma once
// The training queue's rules that need no SQL, for JobRepository: which job specs may be
// queued, and the arithmetic of queue positions. Jobs run by priority, then position; new
// and retried jobs go after every job ever queued, and a moved job takes a position between
// its new neighbours.

#include "domain/TrainingJob.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <optional>
#include <vector>

namespace modeldeck {

// Refuses a spec with an empty symbol, timeframe or bot, a horizon below 1 bar or negative
// retries.
Status validateJobSpec(const JobSpec &spec);

// The position after `lastPosition`, the highest ever given (none for an empty queue).
double positionAfter(std::optional<double> lastPosition);

// A pending job as a move sees it.
struct QueueSlot
{
    qint64 id = 0;
    int priority = 0;
    double position = 0;
};

struct QueueMove
{
    enum class Kind {
        NotPending, // the job is not among the pending jobs
        Unchanged, // it is already where it would go
        Position, // it takes `position`
        Renumber, // the neighbours are too close: all pending jobs take 1..n in `order`
    };
    Kind kind = Kind::NotPending;
    double position = 0;
    std::vector<qint64> order;
};

// Where job `jobId` goes when moved to index `newIndex` among `pending`, the pending jobs in
// run order. It keeps its priority, so the index is clamped to the jobs of equal priority.
QueueMove planMove(std::vector<QueueSlot> pending, qint64 jobId, int newIndex);

} // namespace modeldeck
