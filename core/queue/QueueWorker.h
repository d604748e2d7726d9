#pragma once
// A queue worker on a pool thread. While the gate is open it claims the next pending job
// itself, runs it through the executor, persists its progress (≤ 1 write/s, also a heartbeat)
// and its end, and tells the queue what happened (with the job itself) through queued calls it
// does not wait for.
// Between jobs there is no trip through the queue owner's event loop, and the worker keeps
// one database connection for all its jobs.

#include "domain/TrainingJob.h"
#include "queue/JobExecutor.h"

#include <QRunnable>
#include <memory>

namespace modeldeck {

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
    JobResult runJob(const TrainingJob &job, const CancellationToken &token);

    TrainingQueue *m_queue;
    std::shared_ptr<Database> m_database;
    std::shared_ptr<WorkerGate> m_gate;
    JobExecutor m_executor;
    int m_claimDelayMs = 0;
};

} // namespace modeldeck
