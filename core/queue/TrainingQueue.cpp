#include "TrainingQueue.h"

#include "queue/AutoTrainPlan.h"
#include "queue/WorkerGate.h"
#include "search/SearchSpec.h"
#include "services/AuditLog.h"
#include "services/ModelStore.h"
#include "services/StrategyService.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "storage/MarketDataRepository.h"
#include "storage/QueueControlRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "training/TrainingSettings.h"
#include "util/WorkPool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace modeldeck {

TrainingQueue::TrainingQueue(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_executor(trainingExecutor(*m_database)),
      m_lock(m_database->workspaceDir()),
      m_liveness(
          m_database, [this] { return currentJobIds(); }, [this] { return isRunning(); }),
      m_gate(std::make_shared<WorkerGate>())
{
    qRegisterMetaType<modeldeck::JobCounts>();
    qRegisterMetaType<modeldeck::TrainingProgress>();
    qRegisterMetaType<modeldeck::TrainingJob>();
    m_pool.setMaxThreadCount(m_plan.limit());
    m_recountTimer.setInterval(5000);
    connect(&m_recountTimer, &QTimer::timeout, this, &TrainingQueue::refreshCounts);
    connect(&m_liveness, &JobLiveness::stuckJobsFailed, this, [this] {
        refreshCounts();
        Q_EMIT jobsChanged();
    });
}

TrainingQueue::~TrainingQueue()
{
    m_gate->shutDown();
    m_gate->cancelRunning(tr("the application is closing"));
    m_pool.waitForDone();
    m_reconciling.waitForFinished(); // it reads and deletes files of this workspace
    // Workers post their results to this object; drop what is still queued for it.
    QCoreApplication::removePostedEvents(this);
    m_liveness.stopBeating();
}

void TrainingQueue::setExecutor(JobExecutor executor)
{
    m_executor = std::move(executor);
}

void TrainingQueue::setMaxConcurrentJobs(int jobs)
{
    m_plan.setLimit(jobs);
    m_pool.setMaxThreadCount(m_plan.limit());
    m_gate->setMaxWorkers(m_plan.limit()); // surplus workers end after their current job
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
    auto recovered = m_liveness.requeueAbandoned();
    if (!recovered)
        return recovered.error();
    m_recovered = *recovered;
    reconcileModelFiles();
    m_liveness.startSweeping();
    m_recountTimer.start();
    refreshCounts();
    Q_EMIT jobsChanged();
    return {};
}

void TrainingQueue::reconcileModelFiles()
{
    m_reconciling = QtConcurrent::run(workPool(), [database = m_database] {
        auto report = ModelStore(*database).reconcile();
        database->releaseThreadConnection();
        return report;
    });
    // A watcher connected before it gets the future, not QFuture::then(this, …): with Qt 6.4
    // that continuation was lost about once in a dozen runs when the clean-up finished while
    // it was being attached (tst_workpool waited for startupCleanupFinished in vain).
    auto *watcher = new QFutureWatcher<Result<ReconcileReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<ReconcileReport> report = watcher->result();
        watcher->deleteLater();
        if (report)
            m_cleanup = *report;
        Q_EMIT startupCleanupFinished(report ? QString() : report.error().message);
    });
    watcher->setFuture(m_reconciling);
}

void TrainingQueue::refreshCounts()
{
    auto repo = repository();
    if (!repo)
        return;
    if (m_plan.workers() > 0) {
        // Workers change jobs ahead of the events this object gets from them, so a snapshot
        // now would not match the counts those events adjust. Only look for jobs another
        // process (the CLI's `queue add`) queued, and put workers on them.
        auto active = repo->counts(true);
        if (active && m_plan.noticePending(active->pending))
            schedule();
        return;
    }
    auto counts = repo->counts();
    if (!counts)
        return;
    if (m_counts.reset(*counts))
        announceCounts();
    if (m_plan.noticePending(m_counts.value().pending))
        schedule();
}

void TrainingQueue::announceCounts()
{
    Q_EMIT countsChanged(m_counts.value());
}

Result<qint64> TrainingQueue::enqueue(const JobSpec &spec, bool *existed)
{
    if (spec.isStrategy()) {
        // A strategy training: its own settings, no model's.
        if (!spec.search.isEmpty())
            return Error { tr("A job is a strategy training or a hyperparameter search, not "
                              "both.") };
        if (auto request = StrategyService::requestFrom(spec); !request)
            return request.error();
    } else if (auto settings = TrainingSettings::fromParams(spec.bot, spec.params, spec.horizon);
               !settings) {
        return settings.error();
    }
    if (!spec.search.isEmpty()) {
        if (auto checked = SearchSpec::check(spec.search, spec.bot); !checked)
            return checked.error();
    }
    auto repo = repository();
    if (!repo)
        return repo.error();
    bool duplicate = false;
    const AuditEntry audit = AuditLog::trainingQueued(spec);
    auto id = repo->enqueue(spec, &duplicate, &audit);
    if (existed)
        *existed = duplicate;
    if (id && !duplicate) {
        m_counts.queued(1);
        announceCounts();
        Q_EMIT jobsChanged();
        m_plan.expectWork();
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
        const AuditEntry audit = AuditLog::trainingQueued(spec, QStringLiteral("auto"));
        auto id = JobRepository(*db).enqueue(spec, &existed, &audit);
        if (!id)
            return id.error();
        result.jobIds.push_back(*id);
        result.alreadyQueued += existed ? 1 : 0;
    }
    m_counts.queued(int(result.jobIds.size()) - result.alreadyQueued);
    announceCounts();
    Q_EMIT jobsChanged();
    m_plan.expectWork();
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
        { r.symbol, r.timeframe, r.bot, params, std::max(1, horizon), 0, 0, recordId, false },
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

void TrainingQueue::noticeQueuedElsewhere(int added)
{
    if (added <= 0)
        return;
    m_counts.queued(added);
    announceCounts();
    Q_EMIT jobsChanged();
    m_plan.expectWork();
    schedule();
}

Status TrainingQueue::remove(qint64 jobId)
{
    auto repo = repository();
    if (!repo)
        return repo.error();
    Status s = repo->remove(jobId);
    if (s) {
        m_counts.removed(1);
        announceCounts();
        Q_EMIT jobsChanged();
    }
    return s;
}

Result<int> TrainingQueue::dropPending()
{
    auto repo = repository();
    if (!repo)
        return repo.error();
    auto removed = repo->removeAllPending();
    if (removed) {
        // By the number removed: a job a worker claimed but has not announced yet is still
        // counted as pending.
        m_counts.removed(*removed);
        announceCounts();
    }
    return removed;
}

Result<int> TrainingQueue::removeAllPending()
{
    auto removed = dropPending();
    if (removed)
        Q_EMIT jobsChanged();
    return removed;
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
        m_counts.retried(previous);
        announceCounts();
        Q_EMIT jobsChanged();
        m_plan.expectWork();
        schedule();
    }
    return s;
}

Status TrainingQueue::requestControl(const QString &command)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    return QueueControlRepository(*db).request(command);
}

Status TrainingQueue::applyRequestedControl()
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto command = QueueControlRepository(*db).take();
    if (!command)
        return command.error();
    if (!command->isEmpty())
        applyControl(*command);
    return {};
}

} // namespace modeldeck
