#pragma once
// Cooperative cancellation: an atomic flag plus a reason, checked between batches and steps.
// Shared between the requester (GUI/queue/Ctrl+C handler) and the running job.

#include <QMutex>
#include <QString>
#include <atomic>

namespace modeldeck {

class CancellationToken
{
public:
    void cancel(const QString &reason)
    {
        {
            QMutexLocker lock(&m_mutex);
            if (m_cancelled.load(std::memory_order_relaxed))
                return;
            m_reason = reason;
        }
        m_cancelled.store(true, std::memory_order_release);
    }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }
    QString reason() const
    {
        QMutexLocker lock(&m_mutex);
        return m_reason;
    }

private:
    std::atomic_bool m_cancelled { false };
    mutable QMutex m_mutex;
    QString m_reason;
};

} // namespace modeldeck
