#include "training/RetrainTracker.h"

#include "cards/RecordListModel.h"
#include "domain/TrainingJob.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"

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
    m_jobRecord.clear();
    m_records->clearAllProgress();
    if (!queue)
        return;
    connect(queue, &TrainingQueue::jobStarted, this, &RetrainTracker::track);
    connect(queue, &TrainingQueue::jobProgress, this, &RetrainTracker::onProgress);
    connect(queue, &TrainingQueue::jobFinished, this, &RetrainTracker::onFinished);
    const auto current = queue->currentJobs();
    for (const TrainingJob &job : current)
        track(job);
}

void RetrainTracker::track(const TrainingJob &job)
{
    const qint64 recordId = job.spec.retrainOf;
    if (recordId <= 0)
        return;
    m_jobRecord.insert(job.id, recordId);
    const TrainingProgress progress; // none reported yet
    m_records->setProgress(recordId, progress.overall(), progressText(progress));
    Q_EMIT tracking(job.id, recordId);
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
}

void RetrainTracker::onFinished(const TrainingJob &job)
{
    if (const qint64 recordId = m_jobRecord.take(job.id); recordId > 0)
        m_records->clearProgress(recordId);
    Q_EMIT jobFinished(job.id);
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
