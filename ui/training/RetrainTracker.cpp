#include "training/RetrainTracker.h"

#include "cards/RecordListModel.h"
#include "common/Guarded.h"
#include "domain/TrainingJob.h"
#include "queue/TrainingQueue.h"
#include "services/WorkspaceSession.h"

#include <qcoro/qcorofuture.h>

namespace modeldeck {

RetrainTracker::RetrainTracker(WorkspaceSession *session, RecordListModel *records, QObject *parent)
    : QObject(parent), m_session(session), m_records(records)
{
}

void RetrainTracker::attachQueue(TrainingQueue *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    m_running.clear();
    m_jobRecord.clear();
    m_earlyProgress.clear();
    m_records->clearAllProgress();
    if (!queue)
        return;
    connect(queue, &TrainingQueue::jobStarted, this, [this](qint64 jobId) { track(jobId); });
    connect(queue, &TrainingQueue::jobProgress, this, &RetrainTracker::onProgress);
    connect(queue, &TrainingQueue::jobFinished, this, [this](qint64 jobId) { onFinished(jobId); });
    const auto current = queue->currentJobs();
    for (qint64 jobId : current)
        track(jobId);
}

QCoro::Task<> RetrainTracker::track(qint64 jobId)
{
    m_running.insert(jobId);
    auto finding = guarded(this, m_session->jobs().find(jobId));
    auto job = co_await finding;
    const qint64 recordId = job && *job && (*job)->has_value() ? (**job)->spec.retrainOf : 0;
    // The job may have finished (or the queue changed) while the look-up ran.
    if (!job || !m_running.contains(jobId) || recordId <= 0)
        co_return;
    m_jobRecord.insert(jobId, recordId);
    const TrainingProgress progress = m_earlyProgress.take(jobId);
    m_records->setProgress(recordId, progress.overall(), progressText(progress));
    Q_EMIT tracking(jobId, recordId);
}

QString RetrainTracker::progressText(const TrainingProgress &progress)
{
    return tr("Retraining · %1 · %2 %")
        .arg(TrainingProgress::stepName(progress.step))
        .arg(qRound(progress.overall() * 100));
}

void RetrainTracker::onProgress(qint64 jobId, const TrainingProgress &progress)
{
    if (const qint64 recordId = m_jobRecord.value(jobId); recordId > 0)
        m_records->setProgress(recordId, progress.overall(), progressText(progress));
    else if (m_running.contains(jobId))
        m_earlyProgress.insert(jobId, progress);
}

void RetrainTracker::onFinished(qint64 jobId)
{
    m_running.remove(jobId);
    m_earlyProgress.remove(jobId);
    if (const qint64 recordId = m_jobRecord.take(jobId); recordId > 0)
        m_records->clearProgress(recordId);
    Q_EMIT jobFinished(jobId);
}

std::pair<QString, bool> RetrainTracker::queueRetrain(qint64 recordId)
{
    TrainingQueue *queue = m_session->queue();
    if (!queue)
        return { tr("Error: no workspace is open."), true };
    const int row = m_records->rowOf(recordId);
    const QString name = row >= 0 ? m_records->index(row).data(Qt::DisplayRole).toString()
                                  : tr("record %1").arg(recordId);
    bool existed = false;
    auto job = queue->enqueueRetrain(recordId, &existed);
    if (!job)
        return { tr("Error: %1 could not be queued for retraining: %2")
                     .arg(name, job.error().toString()),
                 true };
    if (existed)
        return { tr("%1 is already queued for retraining (job %2).").arg(name).arg(*job), false };
    if (!queue->isRunning())
        return {
            tr("Queued retraining of %1 (job %2). Start the queue to run it.").arg(name).arg(*job),
            false
        };
    return { tr("Queued retraining of %1 (job %2).").arg(name).arg(*job), false };
}

} // namespace modeldeck
