#pragma once
// The main window's status bar: transient messages on the left; open alerts, the queue's state
// and the open workspace on the right. The permanent fields elide rather than widen the window.

#include "domain/TrainingJob.h"
#include "services/ModelStore.h"

#include <QStatusBar>

class QToolButton;

namespace modeldeck {

class ElidedLabel;
class TrainingQueue;
class WorkspaceSession;

class MainStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    // The session is not owned and must outlive this object.
    explicit MainStatusBar(WorkspaceSession *session, QWidget *parent = nullptr);

    QString queueText() const;
    QString workspaceText() const;

    // The idle message: how many symbols there are, or how to get price history.
    void showSummary();
    void showTransient(const QString &message) { showMessage(message, 10000); }
    // Says the demo is training `jobs` models until the queue drains (done or stopped), then
    // the summary again.
    void showDemoTraining(int jobs);
    // The open alerts, as a button that shows them; hidden at 0.
    void setOpenAlerts(int open);
    QToolButton *alertsButton() const { return m_alertsButton; }

Q_SIGNALS:
    void alertsRequested();

private:
    void updateQueue();
    // Says what start-up did with jobs and model files a crashed run left behind; kept in the
    // summary.
    void noteRecovery(const RecoveredJobs &recovered, const ReconcileReport &cleanup);

    WorkspaceSession *m_session;
    QToolButton *m_alertsButton;
    ElidedLabel *m_queueLabel;
    ElidedLabel *m_workspaceLabel;
    QString m_recoveryNote;
};

} // namespace modeldeck
