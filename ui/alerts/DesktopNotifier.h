#pragma once
// Desktop notifications through the system tray, where the platform has one: new alerts, and
// training jobs that finish or fail. Switchable in Settings (AppSettings::desktopNotifications);
// without a tray it stays silent (the status bar still counts alerts). Clicking the message or
// the tray icon asks to show the window.

#include "domain/Alert.h"
#include "domain/TrainingJob.h"

#include <QObject>
#include <QPointer>
#include <vector>

class QSystemTrayIcon;

namespace modeldeck {

class TrainingQueue;

class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // Follows this queue's finished jobs (null: none).
    void attachQueue(TrainingQueue *queue);
    // Shows or hides the tray icon; off, nothing is shown.
    void setEnabled(bool enabled);
    bool isShowing() const;

    // What would be shown, for tests and for platforms without a tray.
    static QString alertsTitle(const std::vector<Alert> &alerts);
    static QString alertsText(const std::vector<Alert> &alerts);
    static QString jobTitle(const TrainingJob &job);
    static QString jobText(const TrainingJob &job);

public Q_SLOTS:
    void notifyAlerts(const std::vector<modeldeck::Alert> &alerts);
    void notifyJob(const modeldeck::TrainingJob &job);

Q_SIGNALS:
    void activated();
    // Each message as it is shown (also where no tray exists and nothing appears).
    void notified(const QString &title, const QString &text);

private:
    void show(const QString &title, const QString &text, bool critical);

    QSystemTrayIcon *m_tray = nullptr;
    QPointer<TrainingQueue> m_queue;
    QMetaObject::Connection m_queueConnection;
    bool m_enabled = false;
};

} // namespace modeldeck
