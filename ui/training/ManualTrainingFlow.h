#pragma once
// Ends manual training in the user's decision. Listens to the session's queue: when a manual
// job completes, loads its result off the GUI thread and opens a SaveModelDialog; a manual job
// that failed or was cancelled gets a message saying why instead. Results nobody decided on
// (the app was closed or died while the dialog was open) are offered again when the workspace
// opens, one dialog at a time.

#include "domain/TrainingJob.h"
#include "training/SaveModelDialog.h" // QPointer needs the complete type

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <qcoro/qcorotask.h>

class QWidget;

namespace modeldeck {

class TrainingQueue;
class WorkspaceSession;

class ManualTrainingFlow : public QObject
{
    Q_OBJECT
public:
    // The session is not owned and outlives the flow; dialogs are parented to `dialogParent`
    // (the main window). Follows the session's queue as workspaces open.
    ManualTrainingFlow(WorkspaceSession *session, QWidget *dialogParent, QObject *parent = nullptr);

    // Message boxes for failed or cancelled manual jobs (default on); tests turn them off and
    // read manualJobFailed instead.
    void setShowFailureMessages(bool show) { m_showFailures = show; }
    // The Save dialog on screen, if any.
    SaveModelDialog *currentDialog() const { return m_dialog; }
    // Results waiting for their dialog behind the current one.
    int waitingCount() const { return int(m_waiting.size()); }

public Q_SLOTS:
    // Looks for undecided results (run when the workspace's queue appears) and offers them.
    void offerUndecided();

Q_SIGNALS:
    void dialogShown(modeldeck::SaveModelDialog *dialog);
    void manualJobFailed(qint64 jobId, const QString &message);
    void modelSaved(const QString &name, int version);
    void resultDiscarded(qint64 recordId);
    // One line for the status bar.
    void message(const QString &text, bool error);

private:
    void followQueue(TrainingQueue *queue);
    void onJobFinished(const TrainingJob &job);
    QCoro::Task<> loadUndecided();
    QCoro::Task<> showNext();
    void offer(qint64 recordId);
    void reportFailure(qint64 jobId, const QString &text);

    WorkspaceSession *m_session;
    QPointer<QWidget> m_dialogParent;
    QPointer<TrainingQueue> m_queue;
    QPointer<SaveModelDialog> m_dialog;
    QList<qint64> m_waiting; // record ids, in the order they finished
    QSet<qint64> m_offered; // queued or shown in this session: each result gets one dialog
    bool m_showing = false; // a dialog is being loaded or shown
    bool m_showFailures = true;
};

} // namespace modeldeck
