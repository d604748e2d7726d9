#pragma once
// A queue executor whose jobs a test (or the screenshot tool) scripts: each job runs until
// released or cancelled and keeps reporting the progress set last.

#include "domain/TrainingProgress.h"
#include "queue/JobExecutor.h"
#include "training/CancellationToken.h"

#include <QMutex>
#include <QSemaphore>

namespace modeldeck::test {

// Runs each job until released or cancelled, reporting the progress the test scripts over
// and over (as a trainer reports between batches, so the queue's 10/s coalescing lets it
// through). Jobs whose symbol starts with FAIL fail with "boom".
struct ScriptedWork
{
    QMutex mutex;
    TrainingProgress current;
    bool hasCurrent = false;
    QSemaphore started;
    QSemaphore release;

    void report(const TrainingProgress &p)
    {
        QMutexLocker lock(&mutex);
        current = p;
        hasCurrent = true;
    }

    JobExecutor executor()
    {
        return [this](const TrainingJob &job, const CancellationToken &token,
                      const ProgressCallback &progress) {
            {
                QMutexLocker lock(&mutex);
                hasCurrent = false;
            }
            started.release();
            while (!release.tryAcquire(1, 5)) {
                if (token.isCancelled())
                    return JobResult { JobStatus::Cancelled, token.reason(), 0 };
                TrainingProgress p;
                {
                    QMutexLocker lock(&mutex);
                    if (!hasCurrent)
                        continue;
                    p = current;
                }
                progress(p);
            }
            if (job.spec.symbol.startsWith(QLatin1StringView("FAIL")))
                return JobResult { JobStatus::Failed, QStringLiteral("boom"), 0 };
            return JobResult { JobStatus::Completed, QString(), 0 };
        };
    }
};

} // namespace modeldeck::test
