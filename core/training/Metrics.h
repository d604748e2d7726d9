#pragma once
// Forecast accuracy in price units on the test split, compared with the naive persistence
// forecast (tomorrow's close = today's close).

#include "modeldeck_core_export.h"

#include <QJsonObject>
#include <span>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT ForecastMetrics
{
    double rmse = 0;
    double mae = 0;
    double mape = 0; // percent
    double smape = 0; // percent
    double mase = 0; // MAE / MAE of the naive forecast on the same points
    double r2 = 0;
    double directionalAccuracy = 0; // share of samples whose predicted move sign matches
    double naiveRmse = 0;
    double skill = 0; // 1 - RMSE / RMSE_naive
    int count = 0;

    // predicted/actual/lastClose: aligned per sample; lastClose is the close the forecast was
    // made from (the naive prediction and the reference for direction).
    static ForecastMetrics compute(std::span<const double> predicted,
                                   std::span<const double> actual,
                                   std::span<const double> lastClose);
    QJsonObject toJson() const;
};

} // namespace modeldeck
