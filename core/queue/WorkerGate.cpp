#include "WorkerGate.h"

namespace modeldeck {

void WorkerGate::addWorker()
{
    QMutexLocker lock(&m_mutex);
    ++m_workers;
}

std::optional<WorkerGate::Ticket> WorkerGate::mayClaim()
{
    QMutexLocker lock(&m_mutex);
    if (!m_open || m_workers > m_maxWorkers) {
        --m_workers;
        return std::nullopt;
    }
    return m_generation;
}

void WorkerGate::leave()
{
    QMutexLocker lock(&m_mutex);
    --m_workers;
}

std::shared_ptr<CancellationToken> WorkerGate::admit(qint64 jobId, Ticket ticket)
{
    QMutexLocker lock(&m_mutex);
    if (!m_open || ticket != m_generation)
        return nullptr;
    auto token = std::make_shared<CancellationToken>();
    m_tokens.insert(jobId, token);
    return token;
}

void WorkerGate::release(qint64 jobId)
{
    QMutexLocker lock(&m_mutex);
    m_tokens.remove(jobId);
}

bool WorkerGate::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_open;
}

bool WorkerGate::isShuttingDown() const
{
    QMutexLocker lock(&m_mutex);
    return m_shuttingDown;
}

void WorkerGate::shutDown()
{
    QMutexLocker lock(&m_mutex);
    m_shuttingDown = true;
    m_open = false;
    ++m_generation;
}

void WorkerGate::open()
{
    QMutexLocker lock(&m_mutex);
    m_open = !m_shuttingDown;
    for (const auto &token : std::as_const(m_tokens))
        token->setPaused(false);
}

void WorkerGate::pause()
{
    close();
    QMutexLocker lock(&m_mutex);
    for (const auto &token : std::as_const(m_tokens))
        token->setPaused(true);
}

void WorkerGate::windDown()
{
    close();
    QMutexLocker lock(&m_mutex);
    for (const auto &token : std::as_const(m_tokens)) {
        token->windDown();
        token->setPaused(false);
    }
}

void WorkerGate::close()
{
    QMutexLocker lock(&m_mutex);
    m_open = false;
    ++m_generation;
}

void WorkerGate::cancelRunning(const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    for (const auto &token : std::as_const(m_tokens))
        token->cancel(reason);
}

bool WorkerGate::cancelJob(qint64 jobId, const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    const auto token = m_tokens.value(jobId);
    if (!token)
        return false;
    token->cancel(reason);
    return true;
}

void WorkerGate::setMaxWorkers(int workers)
{
    QMutexLocker lock(&m_mutex);
    m_maxWorkers = workers;
}

QList<qint64> WorkerGate::runningJobs() const
{
    QMutexLocker lock(&m_mutex);
    return m_tokens.keys();
}

} // namespace modeldeck
