#include "alerts/AlertWatcher.h"

#include "common/Guarded.h"
#include "session/WorkspaceSession.h"

namespace modeldeck {

AlertWatcher::AlertWatcher(WorkspaceSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_poll.setInterval(kPollMs);
    m_staleTimer.setInterval(kStaleCheckMs);
    connect(&m_poll, &QTimer::timeout, this, &AlertWatcher::refresh);
    connect(&m_staleTimer, &QTimer::timeout, this, &AlertWatcher::checkStale);
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        m_known = false; // another workspace: its alerts are not news
        m_poll.start();
        m_staleTimer.start();
        checkStale();
    });
}

QCoro::Task<> AlertWatcher::refresh()
{
    if (m_refreshing || !m_session->isOpen())
        co_return;
    m_refreshing = true;
    auto reading = guarded(this, m_session->alerts().summary());
    auto summary = co_await reading;
    if (!summary)
        co_return;
    m_refreshing = false;
    if (!*summary)
        co_return; // a locked or vanished database: the next poll tries again
    const AlertSummary before = m_summary;
    const bool wasKnown = m_known;
    m_summary = **summary;
    m_known = true;
    if (wasKnown && m_summary.open == before.open && m_summary.newestId == before.newestId)
        co_return;
    Q_EMIT summaryChanged(m_summary);
    if (!wasKnown || m_summary.newestId <= before.newestId)
        co_return;
    AlertFilter open;
    open.limit = 20;
    auto listing = guarded(this, m_session->alerts().list(open));
    auto listed = co_await listing;
    if (!listed || !*listed)
        co_return;
    std::vector<Alert> fresh;
    for (Alert &a : **listed) {
        if (a.id > before.newestId)
            fresh.push_back(std::move(a));
    }
    if (!fresh.empty())
        Q_EMIT raised(fresh);
}

QCoro::Task<> AlertWatcher::checkStale()
{
    if (!m_session->isOpen())
        co_return;
    auto checking = guarded(this, m_session->alerts().raiseStaleAlerts(m_staleHours));
    auto raised = co_await checking;
    if (!raised)
        co_return;
    co_await refresh();
}

} // namespace modeldeck
