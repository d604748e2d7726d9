#pragma once
// Cooperative cancellation: an atomic flag plus a reason, checked between batches and steps.
// Shared between the requester (GUI/queue/Ctrl+C handler) and the running job.
//
// Two softer requests are for jobs made of many runs (a hyperparameter search): "paused" (the
// queue is paused: hold at the next safe point until resumed) and "winding down" (the queue is
// stopping: start nothing new, finish with what is done). A single training run ignores both:
// the queue's Pause and Stop let it finish.

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

    void setPaused(bool paused) { m_paused.store(paused, std::memory_order_release); }
    bool isPaused() const { return m_paused.load(std::memory_order_acquire); }
    void windDown() { m_windingDown.store(true, std::memory_order_release); }
    bool isWindingDown() const { return m_windingDown.load(std::memory_order_acquire); }

private:
    std::atomic_bool m_cancelled { false };
    std::atomic_bool m_paused { false };
    std::atomic_bool m_windingDown { false };
    mutable QMutex m_mutex;
    QString m_reason;
};

} // namespace modeldeck
