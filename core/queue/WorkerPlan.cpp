#include "WorkerPlan.h"

#include <algorithm>

namespace modeldeck {

int WorkerPlan::torchThreads(int requested)
{
    return requested > 0 ? requested : kDefaultTorchThreads;
}

int WorkerPlan::defaultWorkers(int requested, int threads, int cores)
{
    return requested > 0 ? requested : std::max(1, cores / std::max(1, threads));
}

void WorkerPlan::setLimit(int jobs)
{
    m_limit = std::max(1, jobs);
}

bool WorkerPlan::noticePending(int pending)
{
    if (pending <= 0 || !m_lookedEmpty)
        return false;
    m_lookedEmpty = false;
    return true;
}

int WorkerPlan::startWorkers(int pending, int running)
{
    const int wanted = std::min(m_limit, (m_lookedEmpty ? 0 : pending) + running);
    const int starting = std::max(0, wanted - m_workers);
    m_workers += starting;
    return starting;
}

} // namespace modeldeck
