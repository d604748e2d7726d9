#pragma once
// Runs one claimed job on a pool thread: calls the executor, persists progress (≤ 1 write/s,
// which is also the heartbeat), forwards progress to the queue (≤ 10/s), records the end.

#include "queue/JobExecutor.h"
#include "queue/TrainingJob.h"

#include <QPointer>
#include <QRunnable>

#include <memory>

namespace modeldeck {

class CancellationToken;
class Database;
class TrainingQueue;

class JobRunner : public QRunnable
{
public:
    // `queue` and `database` outlive the runner: the queue waits for its pool on destruction.
    JobRunner(TrainingQueue *queue, std::shared_ptr<Database> database, TrainingJob job, JobExecutor executor,
              std::shared_ptr<CancellationToken> token);
    void run() override;

private:
    TrainingQueue *m_queue;
    std::shared_ptr<Database> m_database;
    TrainingJob m_job;
    JobExecutor m_executor;
    std::shared_ptr<CancellationToken> m_token;
};

} // namespace modeldeck
