#pragma once
// Everything alerts add to the main window, in one place: the Alerts dock (AlertsPanel), the
// watcher that keeps its count current, and desktop notifications of new alerts and finished
// jobs. The main window adds the dock, shows openCountChanged() in the status bar, and calls
// applySettings() when the settings change.

#include <QDockWidget>

namespace modeldeck {

class AlertsPanel;
class AlertWatcher;
class DesktopNotifier;
class WorkspaceSession;

class AlertsDock : public QDockWidget
{
    Q_OBJECT
public:
    // `session` is not owned and must outlive the dock.
    AlertsDock(WorkspaceSession *session, QWidget *parent);

    AlertsPanel *panel() const { return m_panel; }
    AlertWatcher *watcher() const { return m_watcher; }
    DesktopNotifier *notifier() const { return m_notifier; }

    // Notifications on or off and the stale threshold, from AppSettings.
    void applySettings();
    // Shows the dock with its alerts (from the status bar or a notification).
    void showAlerts();

Q_SIGNALS:
    void openCountChanged(int open);
    void message(const QString &text);

private:
    AlertsPanel *m_panel;
    AlertWatcher *m_watcher;
    DesktopNotifier *m_notifier;
};

} // namespace modeldeck
