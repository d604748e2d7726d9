#pragma once
// The job counts a TrainingQueue keeps itself. A count query per change would cost O(jobs) each
// time, so the queue moves its counts by what it did to a job, and only re-reads them in full
// from the database at start-up, after sweeps and every few seconds (for changes made by other
// processes, like the CLI's `queue add`).

#include "domain/TrainingJob.h"

namespace modeldeck {

class QueueCounts
{
public:
    const JobCounts &value() const { return m_counts; }

    // The counts as stored; says whether they differ from the kept ones.
    bool reset(const JobCounts &stored);

    void queued(int jobs);
    void removed(int jobs);
    void started();
    // A running job ended as `recorded`; Pending when it was queued again for a retry.
    void ended(JobStatus recorded);
    // A finished job (it ended as `previous`) was queued again by hand.
    void retried(JobStatus previous);

private:
    // Jobs another process queued are only counted at the next full refresh; until then their
    // start must not take the pending count below zero.
    void keepPendingNonNegative();

    JobCounts m_counts;
};

} // namespace modeldeck
