#include "QueueCounts.h"

#include <algorithm>

namespace modeldeck {

namespace {

int &finishedCount(JobCounts &counts, JobStatus status)
{
    switch (status) {
    case JobStatus::Completed:
        return counts.completed;
    case JobStatus::Cancelled:
        return counts.cancelled;
    case JobStatus::Interrupted:
        return counts.interrupted;
    case JobStatus::Pending:
    case JobStatus::Running:
    case JobStatus::Failed:
        break;
    }
    return counts.failed;
}

} // namespace

bool QueueCounts::reset(const JobCounts &stored)
{
    const bool changed = stored != m_counts;
    m_counts = stored;
    return changed;
}

void QueueCounts::queued(int jobs)
{
    m_counts.pending += jobs;
    keepPendingNonNegative();
}

void QueueCounts::removed(int jobs)
{
    m_counts.pending -= jobs;
    keepPendingNonNegative();
}

void QueueCounts::started()
{
    --m_counts.pending;
    ++m_counts.running;
    keepPendingNonNegative();
}

void QueueCounts::ended(JobStatus recorded)
{
    --m_counts.running;
    if (recorded == JobStatus::Pending)
        ++m_counts.pending;
    else
        ++finishedCount(m_counts, recorded);
    keepPendingNonNegative();
}

void QueueCounts::retried(JobStatus previous)
{
    --finishedCount(m_counts, previous);
    ++m_counts.pending;
    keepPendingNonNegative();
}

void QueueCounts::keepPendingNonNegative()
{
    m_counts.pending = std::max(0, m_counts.pending);
}

} // namespace modeldeck
