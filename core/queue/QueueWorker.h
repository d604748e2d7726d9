#pragma once
// A queue worker on a pool thread. While the gate is open it claims the next pending job
// itself, runs it through the executor, persists its progress (≤ 1 write/s, also a heartbeat)
// and its end, and tells the queue what happened (with the job itself) through queued calls it
// does not wait for.
// Between jobs there is no trip through the queue owner's event loop, and the worker keeps
// one database connection for all its jobs. A database another process keeps locked makes the
// worker wait (and the queue say so), never end.

#include "domain/TrainingJob.h"
#include "queue/JobExecutor.h"
#include "util/Result.h"

#include <QRunnable>
#include <functional>
#include <memory>
#include <optional>

namespace modeldeck {

struct BusyWait;
class CancellationToken;
class Database;
class TrainingQueue;
class WorkerGate;

class QueueWorker : public QRunnable
{
public:
    // `queue`, `database` and `gate` outlive the worker: the queue waits for its pool on
    // destruction.
    QueueWorker(TrainingQueue *queue, std::shared_ptr<Database> database,
                std::shared_ptr<WorkerGate> gate, JobExecutor executor);
    void run() override;

private:
    // Takes the next job; while another process keeps the database locked it waits as long as
    // the gate stays open (a worker that gave up would leave pending jobs idle).
    Result<std::optional<TrainingJob>> claim(qint64 pid);
    JobResult runJob(const TrainingJob &job, const CancellationToken &token);
    Status recordEnd(qint64 jobId, const JobResult &result, const JobProgressRow &finalRow);
    // Tells the queue (on its thread) that this worker waits for the database, or no longer.
    std::function<void(const BusyWait &)> waitReporter() const;

    TrainingQueue *m_queue;
    std::shared_ptr<Database> m_database;
    std::shared_ptr<WorkerGate> m_gate;
    JobExecutor m_executor;
    int m_claimDelayMs = 0;
};

} // namespace modeldeck
