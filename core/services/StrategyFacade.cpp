#include "services/StrategyFacade.h"

#include "services/PoolTask.h"

namespace modeldeck {

StrategyFacade::StrategyFacade(std::shared_ptr<Database> database) : m_database(std::move(database))
{
}

QCoro::Task<Result<StrategyBacktestOutcome>>
StrategyFacade::backtest(StrategyBacktestRequest request,
                         std::shared_ptr<StrategyControl> control) const
{
    return onPool(m_database, [request, control](const Database &db) {
        StrategyService service(db);
        if (control)
            service.setCancellationToken(&control->token);
        return service.backtest(request);
    });
}

QCoro::Task<Result<StrategyTrainOutcome>>
StrategyFacade::train(StrategyTrainRequest request, std::shared_ptr<StrategyControl> control) const
{
    return onPool(m_database, [request, control](const Database &db) {
        StrategyService service(db);
        if (control) {
            service.setCancellationToken(&control->token);
            service.setProgressCallback(
                [control](const StrategyProgress &p) { control->store(p); });
        }
        return service.train(request);
    });
}

QCoro::Task<Result<std::vector<TrainedConfiguration>>>
StrategyFacade::list(QString symbol, QString timeframe, QString strategy) const
{
    return onPool(m_database, [symbol, timeframe, strategy](const Database &db) {
        return StrategyService(db).list(symbol, timeframe, strategy);
    });
}

QCoro::Task<Result<TrainedConfiguration>> StrategyFacade::find(QString idOrName) const
{
    return onPool(m_database,
                  [idOrName](const Database &db) { return StrategyService(db).find(idOrName); });
}

QCoro::Task<Result<TrainedConfiguration>>
StrategyFacade::save(TrainedConfiguration configuration) const
{
    return onPool(m_database, [configuration](const Database &db) {
        return StrategyService(db).save(configuration);
    });
}

QCoro::Task<Status> StrategyFacade::remove(qint64 id) const
{
    return onPool(m_database, [id](const Database &db) { return StrategyService(db).remove(id); });
}

QCoro::Task<Status> StrategyFacade::exportJson(TrainedConfiguration configuration,
                                               QString path) const
{
    return onPool(m_database, [configuration, path](const Database &) {
        return StrategyService::exportJson(configuration, path);
    });
}

QCoro::Task<Result<StrategyTrainOutcome>> StrategyFacade::jobResult(qint64 jobId) const
{
    return onPool(m_database,
                  [jobId](const Database &db) { return StrategyService(db).jobResult(jobId); });
}

QCoro::Task<Result<std::vector<StrategyJobEntry>>> StrategyFacade::jobs(int limit) const
{
    return onPool(m_database,
                  [limit](const Database &db) { return StrategyService(db).jobs(limit); });
}

} // namespace modeldeck
