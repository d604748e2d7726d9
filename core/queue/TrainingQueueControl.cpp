// TrainingQueue's state machine (Start, Pause, Resume, Stop, Force Stop), the scheduling of its
// workers, and what the workers report: the part of the queue that runs jobs. The job edits
// and start-up are in TrainingQueue.cpp.

#include "TrainingQueue.h"
#include "queue/QueueWorker.h"
#include "queue/WorkerGate.h"
#include "storage/JobRepository.h"

#include <algorithm>

namespace modeldeck {

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
        m_gate->close();
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
    m_gate->close();
    if (auto removed = dropPending(); !removed)
        Q_EMIT errorOccurred(removed.error().message);
    Q_EMIT jobsChanged();
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
    if (m_plan.workers() == 0)
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
    JobStatus recorded = job.status;
    Q_EMIT jobFinished(job);
    if (job.status == JobStatus::Failed && (m_state == State::Running || m_state == State::Paused)
        && job.attempts <= job.spec.maxRetries) {
        // Automatic retries, up to the job's own limit.
        if (auto repo = repository()) {
            if (Status retried = repo->retry(job.id); !retried)
                Q_EMIT errorOccurred(retried.error().message);
            else
                recorded = JobStatus::Pending;
        }
    }
    m_counts.ended(recorded);
    announceCounts();
    Q_EMIT jobsChanged();
    if (recorded == JobStatus::Pending) {
        m_plan.expectWork(); // the worker may have looked for work before the retry was queued
        schedule();
    }
}

void TrainingQueue::onClaimRaced(qint64 jobId)
{
    // A worker took this job just as the queue was paused or stopped: it never started.
    // It was never announced, so the counts still have it as pending.
    auto repo = repository();
    Status undone = repo ? repo->unclaim(jobId) : Status(repo.error());
    if (undone && m_state != State::Running && m_state != State::Paused) {
        undone = repo->remove(jobId); // stopped: pending jobs go, and so does this one
        if (undone) {
            m_counts.removed(1);
            announceCounts();
        }
    }
    if (!undone)
        Q_EMIT errorOccurred(undone.error().message);
    m_plan.expectWork();
    Q_EMIT jobsChanged();
}

void TrainingQueue::onWorkerError(const QString &message)
{
    Q_EMIT errorOccurred(message);
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

} // namespace modeldeck
