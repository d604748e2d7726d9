#pragma once
// How many workers a TrainingQueue runs: one per job there is to run, up to the limit; each
// takes jobs until none is left. After a worker found nothing to claim, the pending count is
// not trusted to start more until something is queued again: counts that lag behind the
// database would otherwise start workers in a loop.

namespace modeldeck {

class WorkerPlan
{
public:
    // Concurrent jobs, at least 1.
    void setLimit(int jobs);
    int limit() const { return m_limit; }
    // Workers started and not yet ended.
    int workers() const { return m_workers; }

    // Something was queued, retried or started: the pending count is trusted again.
    void expectWork() { m_lookedEmpty = false; }
    // A worker found nothing to claim.
    void foundNothing() { m_lookedEmpty = true; }
    // A recount shows `pending` jobs after a worker found none (another process queued them):
    // true once, and the pending count is trusted again.
    bool noticePending(int pending);

    // How many workers to start now for `pending` waiting and `running` announced jobs; they
    // count as started.
    int startWorkers(int pending, int running);
    void workerEnded() { --m_workers; }

private:
    int m_limit = 1;
    int m_workers = 0;
    bool m_lookedEmpty = false; // a worker found nothing to claim since the last expectWork()
};

} // namespace modeldeck
