#pragma once
// Shows a retrain's progress on the card of the model it retrains: maps each job the queue
// starts to its retrain_of record and forwards its progress.

#include "domain/TrainingJob.h"
#include "domain/TrainingProgress.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <utility>

namespace modeldeck {

class RecordListModel;
class TrainingQueue;
class WorkspaceSession;

class RetrainTracker : public QObject
{
    Q_OBJECT
public:
    // Neither is owned; both outlive the tracker (the page owns all three).
    RetrainTracker(WorkspaceSession *session, RecordListModel *records, QObject *parent = nullptr);

    // Follows this queue's jobs (null: none); jobs already running are picked up.
    void attachQueue(TrainingQueue *queue);
    // Queues a new version of the record with the same settings. Returns what to tell the
    // user and whether it is an error.
    std::pair<QString, bool> queueRetrain(qint64 recordId);
    // The record a running job retrains (0 when none or not known yet).
    qint64 recordOf(qint64 jobId) const { return m_jobRecord.value(jobId); }

Q_SIGNALS:
    void jobFinished(qint64 jobId);
    void tracking(qint64 jobId, qint64 recordId);

private:
    void track(const TrainingJob &job);
    void onProgress(qint64 jobId, const TrainingProgress &progress);
    void onFinished(const TrainingJob &job);
    static QString progressText(const TrainingProgress &progress);

    WorkspaceSession *m_session;
    RecordListModel *m_records;
    QPointer<TrainingQueue> m_queue;
    QHash<qint64, qint64> m_jobRecord; // running job → record it retrains
};

} // namespace modeldeck
