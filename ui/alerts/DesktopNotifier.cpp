#include "alerts/DesktopNotifier.h"

#include "alerts/AlertListModel.h"
#include "common/AppIcon.h"
#include "queue/TrainingQueue.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace modeldeck {

namespace {

// The window icon when main() set one, else the application icon (tests run without main()).
QIcon trayIcon()
{
    if (!QApplication::windowIcon().isNull())
        return QApplication::windowIcon();
    return appIcon();
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent) { }

void DesktopNotifier::attachQueue(TrainingQueue *queue)
{
    disconnect(m_queueConnection);
    m_queue = queue;
    if (queue)
        m_queueConnection
            = connect(queue, &TrainingQueue::jobFinished, this, &DesktopNotifier::notifyJob);
}

void DesktopNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled && !m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(trayIcon(), this);
        m_tray->setToolTip(tr("ModelDeck"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DesktopNotifier::activated);
        connect(m_tray, &QSystemTrayIcon::activated, this, &DesktopNotifier::activated);
    }
    if (m_tray)
        m_tray->setVisible(enabled);
}

bool DesktopNotifier::isShowing() const
{
    return m_tray && m_tray->isVisible();
}

QString DesktopNotifier::alertsTitle(const std::vector<Alert> &alerts)
{
    if (alerts.size() == 1)
        return AlertListModel::kindLabel(alerts.front().kind) + QStringLiteral(": ")
            + alerts.front().modelName;
    return tr("%n new alert(s)", nullptr, int(alerts.size()));
}

QString DesktopNotifier::alertsText(const std::vector<Alert> &alerts)
{
    if (alerts.empty())
        return {};
    if (alerts.size() == 1)
        return alerts.front().message;
    QStringList lines;
    for (size_t i = 0; i < alerts.size() && i < 3; ++i)
        lines << AlertListModel::kindLabel(alerts[i].kind) + QStringLiteral(": ")
                + alerts[i].modelName;
    if (alerts.size() > 3)
        lines << tr("… and %n more in the Alerts panel", nullptr, int(alerts.size() - 3));
    return lines.join(u'\n');
}

QString DesktopNotifier::jobTitle(const TrainingJob &job)
{
    switch (job.status) {
    case JobStatus::Completed:
        return tr("Training finished");
    case JobStatus::Failed:
        return tr("Training failed");
    default:
        return {};
    }
}

QString DesktopNotifier::jobText(const TrainingJob &job)
{
    const QString what
        = QStringLiteral("%1 %2 %3").arg(job.spec.symbol, job.spec.timeframe, job.spec.bot);
    if (job.status == JobStatus::Failed)
        return tr("%1 (job %2): %3").arg(what).arg(job.id).arg(job.errorMessage);
    return tr("%1 (job %2)").arg(what).arg(job.id);
}

void DesktopNotifier::notifyAlerts(const std::vector<Alert> &alerts)
{
    if (alerts.empty())
        return;
    bool critical = false;
    for (const Alert &a : alerts)
        critical = critical || a.severity == QLatin1StringView("critical");
    show(alertsTitle(alerts), alertsText(alerts), critical);
}

void DesktopNotifier::notifyJob(const TrainingJob &job)
{
    // Cancelled and interrupted jobs were stopped by someone; only outcomes are news.
    if (job.status != JobStatus::Completed && job.status != JobStatus::Failed)
        return;
    show(jobTitle(job), jobText(job), job.status == JobStatus::Failed);
}

void DesktopNotifier::show(const QString &title, const QString &text, bool critical)
{
    if (!m_enabled)
        return;
    Q_EMIT notified(title, text);
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, text,
                            critical ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace modeldeck
