#pragma once
// Follows the session's training queue for a widget: the current queue (which changes when a
// workspace opens), and whether this process may run it (another process can own it).

#include <QObject>
#include <QPointer>
#include <QString>

namespace modeldeck {

class TrainingQueue;
class WorkspaceSession;

class QueueBinding : public QObject
{
    Q_OBJECT
public:
    explicit QueueBinding(WorkspaceSession *session, QObject *parent = nullptr);

    // Null once the session is gone (a window may delete it before its docks).
    WorkspaceSession *session() const;
    // Null while no workspace is open.
    TrainingQueue *queue() const;
    // True when this process owns the queue and can start, pause or stop it.
    bool canRun() const;
    // Why canRun() is false (no workspace, or another process's lock); empty when it is true.
    QString unavailableReason() const;

Q_SIGNALS:
    // A new queue (or none): connect to its signals and reload.
    void queueChanged(modeldeck::TrainingQueue *queue);
    // canRun() or unavailableReason() may have changed.
    void availabilityChanged();
    // Another process owns the new queue; the session's message says which.
    void unavailable(const QString &message);

private:
    QPointer<WorkspaceSession> m_session;
    QPointer<TrainingQueue> m_queue;
    QString m_unavailable;
};

} // namespace modeldeck
