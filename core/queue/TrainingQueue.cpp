#include "TrainingQueue.h"

#include "models/ModelConfig.h"
#include "queue/AutoTrainPlan.h"
#include "queue/QueueWorker.h"
#include "queue/WorkerGate.h"
#include "services/ModelStore.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "storage/MarketDataRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "training/CancellationToken.h"
#include "training/TrainingSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

namespace modeldeck {

namespace {

constexpr int kSweepIntervalMs = 60 * 60 * 1000; // hourly, and once at acquire()
// Running jobs get a heartbeat at least this often, even through a step that reports no
// progress; progress writes (≤ 1/s) are heartbeats too.
constexpr int kHeartbeatIntervalMs = 5000;

int &finishedCount(JobCounts &counts, JobStatus status)
{
    switch (status) {
    case JobStatus::Completed:
        return counts.completed;
    case JobStatus::Cancelled:
        return counts.cancelled;
    case JobStatus::Interrupted:
        return counts.interrupted;
    case JobStatus::Pending:
    case JobStatus::Running:
    case JobStatus::Failed:
        break;
    }
    return counts.failed;
}

} // namespace

TrainingQueue::TrainingQueue(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_executor(trainingExecutor(*m_database)),
      m_lock(m_database->workspaceDir()), m_gate(std::make_shared<WorkerGate>())
{
    qRegisterMetaType<modeldeck::JobCounts>();
    qRegisterMetaType<modeldeck::TrainingProgress>();
    m_pool.setMaxThreadCount(m_maxJobs);
    m_sweepTimer.setInterval(kSweepIntervalMs);
    connect(&m_sweepTimer, &QTimer::timeout, this, &TrainingQueue::sweep);
    m_recountTimer.setInterval(5000);
    connect(&m_recountTimer, &QTimer::timeout, this, &TrainingQueue::refreshCounts);
    m_heartbeatTimer.setInterval(kHeartbeatIntervalMs);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &TrainingQueue::beat);
}

TrainingQueue::~TrainingQueue()
{
    m_gate->close();
    m_gate->cancelRunning(tr("the application is closing"));
    m_pool.waitForDone();
    // Workers post their results to this object; drop what is still queued for it.
    QCoreApplication::removePostedEvents(this);
    m_heartbeatTimer.stop();
    m_beats.waitForFinished();
}

void TrainingQueue::setExecutor(JobExecutor executor)
{
    m_executor = std::move(executor);
}

void TrainingQueue::setMaxConcurrentJobs(int jobs)
{
    m_maxJobs = std::max(1, jobs);
    m_pool.setMaxThreadCount(m_maxJobs);
    m_gate->setMaxWorkers(m_maxJobs); // surplus workers end after their current job
    schedule();
}

Result<JobRepository> TrainingQueue::repository() const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    return JobRepository(*db);
}

Status TrainingQueue::acquire()
{
    if (auto locked = m_lock.acquire(); !locked)
        return locked;
    auto repo = repository();
    if (!repo)
        return repo.error();
    // We hold the lock, so any job still marked running belongs to a process that is gone.
    auto interrupted = repo->markInterrupted(tr("ModelDeck stopped while this job was running."));
    if (!interrupted)
        return interrupted.error();
    if (auto reconciled = ModelStore(*m_database).reconcile(); !reconciled)
        return reconciled.error();
    sweep();
    m_sweepTimer.start();
    m_recountTimer.start();
    refreshCounts();
    Q_EMIT jobsChanged();
    return {};
}

void TrainingQueue::sweep()
{
    auto repo = repository();
    if (!repo)
        return;
    auto failed = repo->failStuck(m_stuckLimitSeconds,
                                  tr("No heartbeat for more than %1 minutes; the job was given up.")
                                      .arg(m_stuckLimitSeconds / 60));
    if (failed && *failed > 0) {
        refreshCounts();
        Q_EMIT jobsChanged();
    }
}

void TrainingQueue::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TrainingQueue::refreshCounts()
{
    auto repo = repository();
    if (!repo)
        return;
    if (m_workers > 0) {
        // Workers change jobs ahead of the events this object gets from them, so a snapshot
        // now would not match the counts those events adjust. Only look for jobs another
        // process (the CLI's `queue add`) queued, and put workers on them.
        auto active = repo->counts(true);
        if (active && active->pending > 0 && m_lookedEmpty) {
            m_lookedEmpty = false;
            schedule();
        }
        return;
    }
    auto counts = repo->counts();
    if (!counts)
        return;
    const bool changed = *counts != m_counts;
    m_counts = *counts;
    if (changed)
        Q_EMIT countsChanged(m_counts);
    if (m_counts.pending > 0 && m_lookedEmpty) {
        m_lookedEmpty = false;
        schedule();
    }
}

void TrainingQueue::adjustCounts(const std::function<void(JobCounts &)> &change)
{
    change(m_counts);
    // Jobs another process queued are only counted at the next full refresh; until then their
    // start must not take the count below zero.
    m_counts.pending = std::max(0, m_counts.pending);
    Q_EMIT countsChanged(m_counts);
}

Result<qint64> TrainingQueue::enqueue(const JobSpec &spec, bool *existed)
{
    if (auto settings = TrainingSettings::fromParams(spec.bot, spec.params, spec.horizon);
        !settings)
        return settings.error();
    auto repo = repository();
    if (!repo)
        return repo.error();
    bool duplicate = false;
    auto id = repo->enqueue(spec, &duplicate);
    if (existed)
        *existed = duplicate;
    if (id && !duplicate) {
        adjustCounts([](JobCounts &c) { ++c.pending; });
        Q_EMIT jobsChanged();
        m_lookedEmpty = false;
        schedule();
    }
    return id;
}

Result<AutoTrainResult> TrainingQueue::enqueueAuto(const QStringList &symbols,
                                                   const QStringList &timeframes,
                                                   const QStringList &bots,
                                                   const QJsonObject &params, int horizon)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto summaries = MarketDataRepository(*db).listSymbols();
    if (!summaries)
        return summaries.error();
    auto plan = planAutoTrain(*summaries, symbols, timeframes, bots, params, horizon);
    if (!plan)
        return plan.error();
    AutoTrainResult result;
    result.skipped = plan->skipped;
    for (const JobSpec &spec : plan->jobs) {
        bool existed = false;
        auto id = JobRepository(*db).enqueue(spec, &existed);
        if (!id)
            return id.error();
        result.jobIds.push_back(*id);
        result.alreadyQueued += existed ? 1 : 0;
    }
    const int added = int(result.jobIds.size()) - result.alreadyQueued;
    adjustCounts([added](JobCounts &c) { c.pending += added; });
    Q_EMIT jobsChanged();
    m_lookedEmpty = false;
    schedule();
    return result;
}

Result<qint64> TrainingQueue::enqueueRetrain(qint64 recordId, bool *existed)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto record = TrainingRecordRepository(*db).find(recordId);
    if (!record)
        return record.error();
    if (!record->has_value())
        return Error { tr("There is no training record %1.").arg(recordId) };
    const TrainingRecord &r = **record;
    QJsonObject params = r.config.value(QStringLiteral("model")).toObject();
    params.remove(QStringLiteral("bot"));
    const int horizon = r.config.value(QStringLiteral("features"))
                            .toObject()
                            .value(QStringLiteral("horizon"))
                            .toInt(1);
    return enqueue(
        { r.symbol, r.timeframe, r.botName, params, std::max(1, horizon), 0, 0, recordId, false },
        existed);
}

Result<int> TrainingQueue::enqueueRetrainStale(double maxAgeHours)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    const qint64 cutoff = staleCutoffMs(maxAgeHours, QDateTime::currentMSecsSinceEpoch());
    auto records = TrainingRecordRepository(*db).listStale(cutoff);
    if (!records)
        return records.error();
    int queued = 0;
    for (const TrainingRecordSummary &r : *records) {
        bool existed = false;
        auto id = enqueueRetrain(r.id, &existed);
        if (!id)
            return id.error();
        queued += existed ? 0 : 1;
    }
    return queued;
}

Status TrainingQueue::remove(qint64 jobId)
{
    auto repo = repository();
    if (!repo)
        return repo.error();
    Status s = repo->remove(jobId);
    if (s) {
        adjustCounts([](JobCounts &c) { --c.pending; });
        Q_EMIT jobsChanged();
    }
    return s;
}

Status TrainingQueue::move(qint64 jobId, int newIndex)
{
    auto repo = repository();
    if (!repo)
        return repo.error();
    Status s = repo->move(jobId, newIndex);
    if (s)
        Q_EMIT jobsChanged();
    return s;
}

Status TrainingQueue::setPriority(qint64 jobId, int priority)
{
    auto repo = repository();
    if (!repo)
        return repo.error();
    Status s = repo->setPriority(jobId, priority);
    if (s)
        Q_EMIT jobsChanged();
    return s;
}

Status TrainingQueue::retry(qint64 jobId)
{
    auto repo = repository();
    if (!repo)
        return repo.error();
    auto before = repo->find(jobId);
    Status s = repo->retry(jobId);
    if (s) {
        const JobStatus previous
            = before && before->has_value() ? (*before)->status : JobStatus::Failed;
        adjustCounts([previous](JobCounts &c) {
            --finishedCount(c, previous);
            ++c.pending;
        });
        Q_EMIT jobsChanged();
        m_lookedEmpty = false;
        schedule();
    }
    return s;
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
    m_heartbeatTimer.start();
    m_lookedEmpty = false;
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
        m_lookedEmpty = false;
        schedule();
    }
}

void TrainingQueue::stop()
{
    m_gate->close();
    auto repo = repository();
    auto removed = repo ? repo->removeAllPending() : Result<int>(repo.error());
    if (!removed)
        Q_EMIT errorOccurred(removed.error().message);
    else // by the number removed: a job a worker claimed but has not announced yet is still counted
        adjustCounts([n = *removed](JobCounts &c) { c.pending -= n; });
    Q_EMIT jobsChanged();
    setState(m_workers == 0 ? State::Idle : State::Stopping);
    if (m_workers == 0)
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
    // One worker per job there is to run, up to the limit; each takes jobs until none is left.
    // After a worker found the queue empty, the counts are not trusted to start more until
    // something is queued again: stale counts would otherwise start workers in a loop.
    const int pending = m_lookedEmpty ? 0 : m_counts.pending;
    const int wanted = std::min(m_maxJobs, pending + int(m_current.size()));
    while (m_workers < wanted) {
        ++m_workers;
        m_gate->addWorker();
        m_pool.start(new QueueWorker(this, m_database, m_gate, m_executor));
    }
    if (m_workers == 0)
        Q_EMIT drained(); // nothing pending and nothing running
}

void TrainingQueue::beat()
{
    if (m_current.isEmpty()) {
        if (!isRunning())
            m_heartbeatTimer.stop();
        return;
    }
    if (m_beats.isRunning())
        return; // the last one still waits for the database; no pile-up
    // Off this thread: a write can wait for the database lock.
    m_beats = QtConcurrent::run([database = m_database, jobs = m_current] {
        if (auto db = database->connection()) {
            for (qint64 id : jobs)
                (void)JobRepository(*db).heartbeat(
                    id); // a job that just ended is not running: fine
        }
        database->releaseThreadConnection();
    });
}

void TrainingQueue::onJobStarted(qint64 jobId)
{
    m_current.append(jobId);
    adjustCounts([](JobCounts &c) {
        --c.pending;
        ++c.running;
    });
    Q_EMIT jobStarted(jobId);
}

void TrainingQueue::onJobProgress(qint64 jobId, const TrainingProgress &progress)
{
    if (m_current.contains(jobId))
        Q_EMIT jobProgress(jobId, progress);
}

void TrainingQueue::onJobFinished(qint64 jobId, const JobResult &result)
{
    m_current.removeOne(jobId);
    JobStatus recorded = result.status;
    Q_EMIT jobFinished(jobId, result.status, result.error);
    if (result.status == JobStatus::Failed
        && (m_state == State::Running || m_state == State::Paused)) {
        // Automatic retries, up to the job's own limit.
        if (auto repo = repository()) {
            if (auto job = repo->find(jobId);
                job && job->has_value() && (*job)->attempts <= (*job)->spec.maxRetries) {
                if (Status retried = repo->retry(jobId); !retried)
                    Q_EMIT errorOccurred(retried.error().message);
                else
                    recorded = JobStatus::Pending;
            }
        }
    }
    adjustCounts([recorded](JobCounts &c) {
        --c.running;
        if (recorded == JobStatus::Pending)
            ++c.pending;
        else
            ++finishedCount(c, recorded);
    });
    Q_EMIT jobsChanged();
    if (recorded == JobStatus::Pending) {
        m_lookedEmpty = false; // the worker may have looked for work before the retry was queued
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
        if (undone)
            adjustCounts([](JobCounts &c) { --c.pending; });
    }
    if (!undone)
        Q_EMIT errorOccurred(undone.error().message);
    m_lookedEmpty = false;
    Q_EMIT jobsChanged();
}

void TrainingQueue::onWorkerError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

void TrainingQueue::onWorkerEnded(WorkerEnd why)
{
    --m_workers;
    if (m_state == State::Stopping) {
        if (m_workers == 0) {
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
        m_lookedEmpty = true;
        if (m_workers == 0)
            refreshCounts(); // nothing in flight: the counts can be re-read exactly
    }
    schedule();
}

} // namespace modeldeck
