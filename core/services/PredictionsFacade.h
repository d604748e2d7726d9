#pragma once
// Predictions as the GUI reaches them: predicting with a registered model, filling in actuals,
// the saved list and what the chart shows. Every call runs on a pool thread and is awaited.
// Copies share one PredictionService, so a model's network is loaded once per workspace (the
// service caches it); they keep the workspace's database open until their calls finish.

#include "domain/Bar.h"
#include "domain/Prediction.h"
#include "modeldeck_core_export.h"
#include "services/PredictionService.h"
#include "util/Result.h"

#include <memory>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class Database;

// The newest bars of a series and the saved predictions of one model for it.
struct PredictionChartData
{
    std::vector<Bar> bars;
    std::vector<Prediction> predictions;
};

class MODELDECK_CORE_EXPORT PredictionsFacade
{
public:
    explicit PredictionsFacade(std::shared_ptr<Database> database);

    QCoro::Task<Result<Prediction>> predict(PredictRequest request) const;
    QCoro::Task<Result<FillReport>> fillActuals() const;
    // What every fill through this facade (and its copies) does with a newly raised drift
    // alert, after the fill committed (PredictionService::setDriftHandler).
    void setDriftHandler(PredictionService::DriftHandler handler) const;
    QCoro::Task<Result<std::vector<Prediction>>> list(PredictionFilter filter) const;
    // Up to `bars` newest bars (none when the symbol is unknown) and up to `predictions` of
    // `model`'s saved predictions for the series.
    QCoro::Task<Result<PredictionChartData>>
    chartData(QString symbol, QString timeframe, QString model, int bars, int predictions) const;

    // The model's live accuracy at each fill for one horizon, oldest first (the newest `limit`):
    // the Predictions tab's trend chart.
    QCoro::Task<Result<std::vector<PerformanceSnapshot>>>
    accuracyHistory(QString model, int horizon, int limit) const;
    // The newest accuracy of every (model, horizon): the Saved Models cards' live figures.
    QCoro::Task<Result<std::vector<PerformanceSnapshot>>> latestAccuracy() const;

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
};

} // namespace modeldeck
