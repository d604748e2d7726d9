#include "RetrainFacade.h"

#include "services/PoolTask.h"

namespace modeldeck {

RetrainFacade::RetrainFacade(std::shared_ptr<Database> database, int workers)
    : m_database(std::move(database)), m_workers(std::max(1, workers))
{
}

QCoro::Task<Result<RetrainTicket>> RetrainFacade::retrain(RetrainRequest request) const
{
    return onPool(m_database, [request, workers = m_workers](const Database &db) {
        RetrainTrigger trigger(db);
        trigger.setWorkers(workers);
        return trigger.retrain(request);
    });
}

QCoro::Task<Result<SchedulePlan>> RetrainFacade::planSchedule(RetrainSettings settings,
                                                              RetrainScheduler::Clock clock) const
{
    return onPool(m_database, [settings, clock](const Database &db) {
        return RetrainScheduler(db, clock).plan(settings);
    });
}

QCoro::Task<Result<ScheduledRun>> RetrainFacade::runSchedule(SchedulePlan plan) const
{
    return onPool(m_database, [plan, workers = m_workers](const Database &db) {
        RetrainScheduler scheduler(db);
        scheduler.setWorkers(workers);
        return scheduler.run(plan);
    });
}

} // namespace modeldeck
