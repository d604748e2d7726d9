#include "strategy/StrategyTrainingRun.h"

#include "common/Guarded.h"
#include "queue/StrategyJob.h"
#include "queue/TrainingQueue.h"
#include "services/StrategyFacade.h"
#include "session/WorkspaceSession.h"

namespace modeldeck {

namespace {

bool sameProgress(const StrategyProgress &a, const StrategyProgress &b)
{
    return a.step == b.step && a.fraction == b.fraction && a.iteration == b.iteration
        && a.fold == b.fold && a.bestObjective == b.bestObjective
        && a.currentObjective == b.currentObjective;
}

} // namespace

StrategyTrainingRun::StrategyTrainingRun(WorkspaceSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &StrategyTrainingRun::poll);
    connect(m_session, &WorkspaceSession::queueChanged, this, &StrategyTrainingRun::followQueue);
    followQueue(m_session->queue());
}

StrategyTrainingRun::~StrategyTrainingRun()
{
    // A direct run's pool task keeps its own copy of the control: stop it rather than let it
    // run on unseen. A queued job goes on in the queue (the History tab shows it).
    if (m_running && m_control)
        m_control->token.cancel(tr("Strategy Studio closed"));
}

void StrategyTrainingRun::followQueue(TrainingQueue *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    if (m_running && m_jobId > 0) // the workspace changed under a queued run
        end(Error { tr("The workspace was closed while strategy job %1 ran.").arg(m_jobId) });
    if (!queue)
        return;
    connect(queue, &TrainingQueue::jobProgress, this, &StrategyTrainingRun::onJobProgress);
    connect(queue, &TrainingQueue::jobFinished, this, &StrategyTrainingRun::onJobFinished);
}

bool StrategyTrainingRun::start(const StrategyTrainRequest &request)
{
    m_lastError.clear();
    if (m_running || !m_session->isOpen())
        return false;
    m_request = request;
    m_cancelled = false;
    m_jobId = 0;
    m_last = StrategyProgress {};
    m_last.fraction = -1; // the first report always shows
    m_eta = std::make_unique<EtaEstimator>();
    if (m_queue && m_queue->isOwner()) {
        if (!startQueued(m_queue))
            return false;
    } else {
        startDirect();
    }
    return true;
}

bool StrategyTrainingRun::startQueued(TrainingQueue *queue)
{
    bool existed = false;
    // One short insert on this thread, as every enqueue does (TrainModelDialog too).
    auto id = queue->enqueue(strategyJob(m_request), &existed);
    if (!id) {
        m_lastError = id.error().message;
        return false;
    }
    m_jobId = *id;
    m_running = true;
    QString note;
    if (queue->state() == TrainingQueue::State::Idle)
        queue->start();
    else if (queue->isPaused())
        note = tr("The queue is paused: resume it to train.");
    Q_EMIT started();
    Q_EMIT queued(m_jobId, existed, note);
    return true;
}

void StrategyTrainingRun::startDirect()
{
    m_running = true;
    m_control = std::make_shared<StrategyControl>();
    m_timer.start();
    Q_EMIT started();
    const std::shared_ptr<StrategyControl> control = m_control;
    QCoro::connect(m_session->strategy().train(m_request, control), this,
                   [this, control](Result<StrategyTrainOutcome> outcome) {
                       if (control != m_control)
                           return; // a run this object no longer follows
                       poll(); // the last step, so the panel ends where the run did
                       end(outcome);
                   });
}

void StrategyTrainingRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    const QString reason = tr("cancelled by the user");
    if (m_control) {
        m_control->token.cancel(reason);
        return;
    }
    if (!m_queue)
        return;
    // A job still pending is removed (no jobFinished follows); a running one is cancelled and
    // ends through jobFinished.
    if (m_queue->cancelJob(m_jobId, reason) == TrainingQueue::CancelOutcome::Removed)
        end(Error {
            tr("Strategy job %1 was removed from the queue before it started.").arg(m_jobId) });
}

void StrategyTrainingRun::onJobProgress(qint64 jobId, const TrainingProgress &progress)
{
    if (!m_running || jobId != m_jobId || !progress.strategy)
        return;
    if (m_cancelled && m_queue) // cancelled the instant it was claimed: now it can be
        m_queue->cancelJob(m_jobId, tr("cancelled by the user"));
    if (sameProgress(*progress.strategy, m_last))
        return;
    m_last = *progress.strategy;
    Q_EMIT this->progress(m_last, progress.etaSeconds);
}

void StrategyTrainingRun::onJobFinished(const TrainingJob &job)
{
    if (!m_running || job.id != m_jobId)
        return;
    switch (job.status) {
    case JobStatus::Completed:
        loadResult(job.id);
        return;
    case JobStatus::Cancelled:
        m_cancelled = true;
        end(Error { job.errorMessage.isEmpty() ? tr("cancelled") : job.errorMessage });
        return;
    default:
        end(Error { job.errorMessage.isEmpty() ? tr("Strategy job %1 did not finish.").arg(job.id)
                                               : job.errorMessage });
        return;
    }
}

QCoro::Task<> StrategyTrainingRun::loadResult(qint64 jobId)
{
    auto outcome = co_await guarded(this, m_session->strategy().jobResult(jobId));
    if (!outcome || jobId != m_jobId || !m_running)
        co_return;
    end(*outcome);
}

void StrategyTrainingRun::end(const Result<StrategyTrainOutcome> &outcome)
{
    m_timer.stop();
    m_control.reset();
    m_running = false;
    Q_EMIT finished(outcome, m_cancelled);
}

void StrategyTrainingRun::poll()
{
    if (!m_control)
        return;
    const StrategyProgress latest = m_control->latest();
    if (sameProgress(latest, m_last))
        return;
    m_last = latest;
    Q_EMIT progress(latest, m_eta->update(latest.fraction));
}

} // namespace modeldeck
