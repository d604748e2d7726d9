#include "queue/QueueBinding.h"

#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"

namespace modeldeck {

QueueBinding::QueueBinding(WorkspaceSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_queue(session->queue())
{
    connect(session, &WorkspaceSession::queueChanged, this, [this](TrainingQueue *queue) {
        m_queue = queue;
        m_unavailable.clear();
        Q_EMIT queueChanged(queue);
        Q_EMIT availabilityChanged();
    });
    // Gone first (a window deleting its children): everything bound sees "no queue".
    connect(session, &QObject::destroyed, this, [this] {
        m_queue = nullptr;
        Q_EMIT queueChanged(nullptr);
        Q_EMIT availabilityChanged();
    });
    // The session says why right after queueChanged when another process holds the lock.
    connect(session, &WorkspaceSession::queueUnavailable, this, [this](const QString &message) {
        m_unavailable = message;
        Q_EMIT availabilityChanged();
        Q_EMIT unavailable(message);
    });
}

WorkspaceSession *QueueBinding::session() const
{
    return m_session;
}

TrainingQueue *QueueBinding::queue() const
{
    return m_queue;
}

bool QueueBinding::canRun() const
{
    return m_queue && m_queue->isOwner();
}

QString QueueBinding::unavailableReason() const
{
    if (!m_queue)
        return tr("No workspace is open.");
    if (m_queue->isOwner())
        return {};
    return m_unavailable.isEmpty()
        ? tr("Another ModelDeck process runs this workspace's training queue.")
        : m_unavailable;
}

} // namespace modeldeck
