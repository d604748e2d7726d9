#pragma once
// Retraining as the GUI reaches it: a retrain on request and the retraining schedule's two
// steps, each on a pool thread with that thread's connection (RetrainTrigger and
// RetrainScheduler do the work). Callers tell the session's TrainingQueue about new jobs
// (WorkspaceSession::retrain does so for a retrain).

#include "modeldeck_core_export.h"
#include "queue/RetrainScheduler.h"
#include "queue/RetrainTrigger.h"
#include "util/Result.h"

#include <memory>
#include <qcoro/qcorotask.h>

namespace modeldeck {

class Database;

class MODELDECK_CORE_EXPORT RetrainFacade
{
public:
    // `workers`: the queue's, which share the jobs ahead in an ETA.
    RetrainFacade(std::shared_ptr<Database> database, int workers);

    QCoro::Task<Result<RetrainTicket>> retrain(RetrainRequest request) const;
    // `clock` empty: the system clock.
    QCoro::Task<Result<SchedulePlan>> planSchedule(RetrainSettings settings,
                                                   RetrainScheduler::Clock clock = {}) const;
    QCoro::Task<Result<ScheduledRun>> runSchedule(SchedulePlan plan) const;

private:
    std::shared_ptr<Database> m_database;
    int m_workers = 1;
};

} // namespace modeldeck
