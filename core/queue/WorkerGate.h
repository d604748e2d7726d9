#pragma once
// What the queue's workers and the thread that owns the queue share: whether workers may take
// another job, how many workers may run, and the cancellation tokens of running jobs. Workers
// claim their next job themselves (no round trip through the owner's event loop between jobs);
// the owner opens and closes the gate. Nothing here touches the database, so the owner never
// waits for SQL while it holds the lock.

#include "training/CancellationToken.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <memory>
#include <optional>

namespace modeldeck {

class WorkerGate
{
public:
    // Worker side. A ticket is the gate's generation when the worker decided to claim; a job
    // claimed on a ticket that a close() made stale must go back to the queue.
    using Ticket = quint64;

    // The owner starts a worker: counts it.
    void addWorker();
    // A worker between jobs: a ticket to claim one, or nothing when the gate is closed or there
    // are more workers than allowed (the worker is then no longer counted and must end).
    std::optional<Ticket> mayClaim();
    // A worker that ends for another reason (nothing to claim, an error).
    void leave();
    // Registers a claimed job and returns its token, or nullptr when the gate was closed since
    // the ticket was issued.
    std::shared_ptr<CancellationToken> admit(qint64 jobId, Ticket ticket);
    void release(qint64 jobId);
    // Whether new claims are allowed: a worker waiting for a locked database to claim gives up
    // once this turns false.
    bool isOpen() const;
    // The queue is being destroyed: workers stop waiting for a locked database to record a
    // job's end (the next start marks the job interrupted).
    bool isShuttingDown() const;

    // Owner side.
    // Running jobs' tokens follow: open() clears their paused flag, pause() sets it.
    void open();
    void close(); // running jobs finish, no new claims
    void pause(); // close(), and running jobs that can hold (searches) hold between trials
    void windDown(); // close(), and running searches start no new trial
    void shutDown(); // close() for good
    void cancelRunning(const QString &reason);
    // Cancels one running job's token; false when that job is not running here.
    bool cancelJob(qint64 jobId, const QString &reason);
    void setMaxWorkers(int workers);
    QList<qint64> runningJobs() const;

private:
    mutable QMutex m_mutex;
    bool m_open = false;
    bool m_shuttingDown = false;
    quint64 m_generation = 0;
    int m_workers = 0;
    int m_maxWorkers = 1;
    QHash<qint64, std::shared_ptr<CancellationToken>> m_tokens;
};

} // namespace modeldeck
