#include "alerts/AlertsDock.h"

#include "alerts/AlertWatcher.h"
#include "alerts/AlertsPanel.h"
#include "alerts/DesktopNotifier.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"

namespace modeldeck {

AlertsDock::AlertsDock(WorkspaceSession *session, QWidget *parent)
    : QDockWidget(tr("Alerts"), parent), m_panel(new AlertsPanel(session, this)),
      m_watcher(new AlertWatcher(session, this)), m_notifier(new DesktopNotifier(this))
{
    setObjectName(QStringLiteral("alertsDock")); // for saveState()
    setWidget(m_panel);
    connect(m_panel, &AlertsPanel::message, this, &AlertsDock::message);
    connect(m_panel, &AlertsPanel::acknowledged, m_watcher, &AlertWatcher::refresh);
    connect(m_watcher, &AlertWatcher::summaryChanged, this, [this](const AlertSummary &s) {
        Q_EMIT openCountChanged(s.open);
        m_panel->reload();
    });
    connect(m_watcher, &AlertWatcher::raised, m_notifier, &DesktopNotifier::notifyAlerts);
    connect(m_notifier, &DesktopNotifier::activated, this, &AlertsDock::showAlerts);
    connect(session, &WorkspaceSession::queueChanged, this, [this](TrainingQueue *queue) {
        m_notifier->attachQueue(queue);
        if (!queue)
            return;
        // A failed job may have raised a repeated-failures alert: look now, not at the next poll.
        connect(queue, &TrainingQueue::jobFinished, m_watcher, [this](const TrainingJob &job) {
            if (job.status == JobStatus::Failed)
                m_watcher->refresh();
        });
    });
    applySettings();
}

void AlertsDock::applySettings()
{
    m_notifier->setEnabled(AppSettings::desktopNotifications());
    m_watcher->setStaleHours(AppSettings::staleHours());
}

void AlertsDock::showAlerts()
{
    show();
    raise();
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        window->showNormal();
        window->raise();
        window->activateWindow();
    }
    m_panel->view()->setFocus();
}

} // namespace modeldeck
