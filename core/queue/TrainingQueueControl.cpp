// TrainingQueue's state machine (Start, Pause, Resume, Stop, Force Stop), the scheduling of its
// workers, and what the workers report: the part of the queue that runs jobs. The job edits
// and start-up are in TrainingQueue.cpp.

#include "TrainingQueue.h"
#include "queue/QueueWorker.h"
#include "queue/WorkerGate.h"
#include "storage/BusyRetry.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "storage/LockHolder.h"

#include <QElapsedTimer>
#include <algorithm>

namespace modeldeck {

namespace {

// How often a deferred write on the queue's thread tries again.
constexpr int kDeferredRetryMs = 1000;

} // namespace

struct TrainingQueue::DeferredWrite
{
    QString what;
    std::function<Status()> write;
    std::function<void()> done;
    QElapsedTimer since;
    qint64 nextNoticeMs = 0;
    QString holder; // who holds the lock, as last looked up
    bool waiting = false;
};

void TrainingQueue::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TrainingQueue::start()
{
    if (!m_lock.isHeld()) {
        if (auto acquired = acquire(); !acquired) {
            Q_EMIT errorOccurred(acquired.error().message);
            return;
        }
    }
    setState(State::Running); // from Stopping too: workers still running keep going
    m_gate->open();
    m_liveness.startBeating();
    m_plan.expectWork();
    schedule();
}

void TrainingQueue::pause()
{
    if (m_state == State::Running) {
        m_gate->pause();
        setState(State::Paused);
    }
}

void TrainingQueue::resume()
{
    if (m_state == State::Paused) {
        setState(State::Running);
        m_gate->open();
        m_plan.expectWork();
        schedule();
    }
}

void TrainingQueue::stop()
{
    m_gate->windDown();
    writeWhenUnlocked(
        tr("Removing the waiting jobs"),
        [this] {
            auto removed = dropPending(QStringLiteral("stop"));
            return removed ? Status() : Status(removed.error());
        },
        [this] { Q_EMIT jobsChanged(); });
    setState(m_plan.workers() == 0 ? State::Idle : State::Stopping);
    if (m_plan.workers() == 0)
        Q_EMIT drained();
}

void TrainingQueue::forceStop(const QString &reason)
{
    // Cancel first: the tokens are what the running jobs check between batches.
    m_gate->close();
    m_gate->cancelRunning(reason.isEmpty() ? tr("force-stopped by the user") : reason);
    stop();
}

void TrainingQueue::applyControl(const QString &command)
{
    if (command == QLatin1StringView("pause"))
        pause();
    else if (command == QLatin1StringView("resume"))
        resume();
    else if (command == QLatin1StringView("stop"))
        stop();
    else if (command == QLatin1StringView("force-stop"))
        forceStop();
}

void TrainingQueue::schedule()
{
    if (m_state != State::Running || !m_lock.isHeld())
        return;
    for (int n = m_plan.startWorkers(m_counts.value().pending, int(m_current.size())); n > 0; --n) {
        m_gate->addWorker();
        m_pool.start(new QueueWorker(this, m_database, m_gate, m_executor));
    }
    if (m_plan.workers() == 0 && m_deferredWrites == 0)
        Q_EMIT drained(); // nothing pending and nothing running
}

QList<qint64> TrainingQueue::currentJobIds() const
{
    QList<qint64> ids;
    ids.reserve(m_current.size());
    for (const TrainingJob &job : m_current)
        ids << job.id;
    return ids;
}

bool TrainingQueue::isCurrent(qint64 jobId) const
{
    return std::any_of(m_current.cbegin(), m_current.cend(),
                       [jobId](const TrainingJob &job) { return job.id == jobId; });
}

void TrainingQueue::onJobStarted(const TrainingJob &job)
{
    m_current.append(job);
    m_counts.started();
    announceCounts();
    Q_EMIT jobStarted(job);
}

void TrainingQueue::onJobProgress(qint64 jobId, const TrainingProgress &progress)
{
    if (isCurrent(jobId))
        Q_EMIT jobProgress(jobId, progress);
}

void TrainingQueue::onJobFinished(const TrainingJob &job)
{
    m_current.removeIf([&job](const TrainingJob &current) { return current.id == job.id; });
    Q_EMIT jobFinished(job);
    m_counts.ended(job.status);
    announceCounts();
    Q_EMIT jobsChanged();
    if (job.status == JobStatus::Failed && (m_state == State::Running || m_state == State::Paused)
        && job.attempts <= job.spec.maxRetries)
        requeueFailed(job.id); // automatic retries, up to the job's own limit
}

void TrainingQueue::requeueFailed(qint64 jobId)
{
    writeWhenUnlocked(
        tr("Queueing training job %1 again").arg(jobId),
        [this, jobId] {
            auto repo = repository();
            return repo ? repo->retry(jobId) : Status(repo.error());
        },
        [this] {
            m_counts.retried(JobStatus::Failed);
            announceCounts();
            Q_EMIT jobsChanged();
            m_plan.expectWork(); // the worker may have looked for work before the retry
            schedule();
        });
}

void TrainingQueue::writeWhenUnlocked(const QString &what, std::function<Status()> write,
                                      std::function<void()> done)
{
    auto deferred = std::make_shared<DeferredWrite>();
    deferred->what = what;
    deferred->write = std::move(write);
    deferred->done = std::move(done);
    deferred->since.start();
    tryWrite(deferred);
}

void TrainingQueue::tryWrite(const std::shared_ptr<DeferredWrite> &w)
{
    clearBusyNote();
    const Status written = w->write();
    const bool busy = !written && lastErrorWasBusy();
    const int budgetMs = BusyRetryPolicy::current().budgetMs;
    const quintptr key = quintptr(w.get());
    if (busy && (budgetMs == 0 || w->since.elapsed() < budgetMs)) {
        const qint64 waited = w->since.elapsed();
        const bool notice = waited >= w->nextNoticeMs; // the CLI's stderr, not every second
        // Looking for the holder scans /proc on this (the GUI) thread: at the first wait and
        // at each notice, as BusyBackoff does, not on every retry.
        if (!w->waiting || notice)
            w->holder = describeLockHolders(m_database->databasePath());
        if (!w->waiting) {
            w->waiting = true;
            ++m_deferredWrites;
        }
        const BusyWait wait { w->what, waited, w->holder, false };
        onDatabaseWait(key, wait.message());
        if (notice) {
            w->nextNoticeMs = waited + BusyRetryPolicy::current().noticeAfterMs;
            notifyBusyObserver(wait);
        }
        QTimer::singleShot(kDeferredRetryMs, this, [this, w] { tryWrite(w); });
        return;
    }
    if (w->waiting) {
        --m_deferredWrites;
        onDatabaseWait(key, QString());
        notifyBusyObserver({ w->what, w->since.elapsed(), QString(), true });
    }
    if (written) {
        w->done();
    } else {
        Q_EMIT errorOccurred(busy ? tr("%1 failed: the workspace database stayed locked for %2 "
                                       "s. %3")
                                        .arg(w->what)
                                        .arg(w->since.elapsed() / 1000)
                                        .arg(written.error().message)
                                  : written.error().message);
    }
    if (w->waiting && m_deferredWrites == 0 && m_plan.workers() == 0 && m_state == State::Running)
        schedule(); // it held back drained()
}

void TrainingQueue::onClaimRaced(qint64 jobId)
{
    // A worker took this job just as the queue was paused or stopped: it never started.
    // It was never announced, so the counts still have it as pending.
    writeWhenUnlocked(
        tr("Returning training job %1 to the queue").arg(jobId),
        [this, jobId] {
            auto repo = repository();
            return repo ? repo->unclaim(jobId) : Status(repo.error());
        },
        [this, jobId] {
            if (m_state == State::Running || m_state == State::Paused)
                return;
            // Stopped: pending jobs go, and so does this one.
            writeWhenUnlocked(
                tr("Removing training job %1").arg(jobId),
                [this, jobId] {
                    auto repo = repository();
                    return repo ? repo->remove(jobId) : Status(repo.error());
                },
                [this] {
                    m_counts.removed(1);
                    announceCounts();
                    Q_EMIT jobsChanged();
                });
        });
    m_plan.expectWork();
    Q_EMIT jobsChanged();
}

void TrainingQueue::onWorkerError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

void TrainingQueue::onDatabaseWait(quintptr source, const QString &message)
{
    const QString before = databaseWait();
    if (message.isEmpty())
        m_databaseWaits.remove(source);
    else
        m_databaseWaits.insert(source, message);
    if (databaseWait() != before)
        Q_EMIT databaseWaitChanged(databaseWait());
}

QString TrainingQueue::databaseWait() const
{
    return m_databaseWaits.isEmpty() ? QString() : m_databaseWaits.last();
}

void TrainingQueue::onWorkerEnded(WorkerEnd why)
{
    m_plan.workerEnded();
    if (m_state == State::Stopping) {
        if (m_plan.workers() == 0) {
            setState(State::Idle);
            Q_EMIT drained();
        }
        return;
    }
    // A worker that failed to claim is not replaced right away: the error would repeat in a
    // loop. The next enqueue, retry or start tries again.
    if (why == WorkerEnd::Error || m_state != State::Running)
        return;
    if (why == WorkerEnd::NothingPending) {
        m_plan.foundNothing();
        if (m_plan.workers() == 0)
            refreshCounts(); // nothing in flight: the counts can be re-read exactly
    }
    schedule();
}

TrainingQueue::CancelOutcome TrainingQueue::cancelJob(qint64 jobId, const QString &reason)
{
    if (m_gate->cancelJob(jobId, reason))
        return CancelOutcome::Cancelling;
    if (remove(jobId))
        return CancelOutcome::Removed;
    // Claimed between the two checks: running by now, or about to be.
    return m_gate->cancelJob(jobId, reason) ? CancelOutcome::Cancelling : CancelOutcome::NotFound;
}

} // namespace modeldeck
