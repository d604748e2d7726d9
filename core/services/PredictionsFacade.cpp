#include "services/PredictionsFacade.h"

#include "services/PoolTask.h"
#include "storage/MarketDataRepository.h"

namespace modeldeck {

struct PredictionsFacade::Shared
{
    explicit Shared(std::shared_ptr<Database> db) : database(std::move(db)), service(*database) { }
    std::shared_ptr<Database> database;
    PredictionService service; // thread-safe; its cache of loaded networks is the point
};

PredictionsFacade::PredictionsFacade(std::shared_ptr<Database> database)
    : m_shared(std::make_shared<Shared>(std::move(database)))
{
}

QCoro::Task<Result<Prediction>> PredictionsFacade::predict(PredictRequest request) const
{
    // The service loads the model file and runs the network: a pool thread's work.
    return onPool(m_shared->database, [shared = m_shared, request](const Database &) {
        return shared->service.predict(request);
    });
}

QCoro::Task<Result<FillReport>> PredictionsFacade::fillActuals() const
{
    return onPool(m_shared->database, [shared = m_shared](const Database &) {
        return shared->service.fillActualsReport();
    });
}

void PredictionsFacade::setDriftHandler(PredictionService::DriftHandler handler) const
{
    m_shared->service.setDriftHandler(std::move(handler));
}

QCoro::Task<Result<std::vector<Prediction>>> PredictionsFacade::list(PredictionFilter filter) const
{
    return onPool(m_shared->database, [shared = m_shared, filter](const Database &) {
        return shared->service.list(filter);
    });
}

QCoro::Task<Result<PredictionChartData>> PredictionsFacade::chartData(QString symbol,
                                                                      QString timeframe,
                                                                      QString model, int bars,
                                                                      int predictions) const
{
    return onPool(
        m_shared->database,
        [shared = m_shared, symbol, timeframe, model, bars,
         predictions](const Database &db) -> Result<PredictionChartData> {
            auto connection = db.connection();
            if (!connection)
                return connection.error();
            PredictionChartData data;
            MarketDataRepository market(*connection);
            auto info = market.findSymbol(symbol);
            if (!info)
                return info.error();
            if (info->has_value()) {
                auto loaded = market.loadLatestBars((*info)->id, timeframe, bars);
                if (!loaded)
                    return loaded.error();
                data.bars = std::move(*loaded);
            }
            auto saved = shared->service.list({ model, 0, symbol, timeframe, predictions });
            if (!saved)
                return saved.error();
            data.predictions = std::move(*saved);
            return data;
        });
}

QCoro::Task<Result<std::vector<PerformanceSnapshot>>>
PredictionsFacade::accuracyHistory(QString model, int horizon, int limit) const
{
    return onPool(m_shared->database, [shared = m_shared, model, horizon, limit](const Database &) {
        return shared->service.performanceHistory(model, horizon, limit);
    });
}

QCoro::Task<Result<std::vector<PerformanceSnapshot>>> PredictionsFacade::latestAccuracy() const
{
    return onPool(m_shared->database, [shared = m_shared](const Database &) {
        return shared->service.latestPerformance();
    });
}

} // namespace modeldeck
