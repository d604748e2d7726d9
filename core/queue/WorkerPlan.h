#pragma once
// How many workers a TrainingQueue runs: one per job there is to run, up to the limit; each
// takes jobs until none is left. After a worker found nothing to claim, the pending count is
// not trusted to start more until something is queued again: counts that lag behind the
// database would otherwise start workers in a loop.

namespace modeldeck {

class WorkerPlan
{
public:
    // The one rule for torch threads and concurrent jobs, used by `modeldeck-cli train`,
    // `queue run` and the GUI's "Auto": each job gets one intra-op thread unless the user
    // asked for more (--threads, Settings), and `queue run` uses the other cores for more
    // jobs, not for more threads. Measured on 2 cores, 3-epoch lstm_bot on 2,500 daily bars
    // (bench/train_under_load, README "Threads"): one thread trained as fast as two idle and
    // kept its speed beside a busy program, where two threads collapsed (163 s instead of
    // 5.7 s in issue #15 before waiting became passive, and still slower after); two one-
    // thread jobs trained 3,570 samples/s together, one two-thread job 2,210.
    static constexpr int kDefaultTorchThreads = 1;
    // Threads per job: `requested` when above 0, else kDefaultTorchThreads.
    static int torchThreads(int requested);
    // Jobs at once for `queue run`: `requested` when above 0, else as many as the cores hold
    // with `threads` each (at least 1).
    static int defaultWorkers(int requested, int threads, int cores);

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
