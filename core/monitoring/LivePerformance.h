#pragma once
// How a deployed model has done since: the accuracy of its saved predictions that have their
// actual values, over the newest `window` of them, against persistence from the same closes,
// with the share of actuals its 80 % and 95 % intervals covered. Pure: predictions in, figures
// out; MonitoringService (planned) stores them over time.

#include "domain/Prediction.h"
#include "modeldeck_core_export.h"
#include "training/Metrics.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>
#include <span>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT LivePerformance
{
    ForecastMetrics metrics; // RMSE, MAE, R², direction, skill vs naive, count
    std::optional<double> coverage80; // among predictions that carried the band
    std::optional<double> coverage95;
    qint64 firstTargetMs = 0; // the window's oldest and newest predicted bars
    qint64 lastTargetMs = 0;

    // The newest `window` predictions (by predicted bar) that have an actual; window < 1: all.
    static LivePerformance compute(std::span<const Prediction> predictions, int window);
    QJsonObject toJson() const;
};

// One LivePerformance as recorded when a model's predictions got actuals (performance_metrics).
struct PerformanceSnapshot
{
    QString modelName;
    int horizon = 1;
    QDateTime computedAt; // UTC
    int window = 0;
    LivePerformance live;
};

} // namespace modeldeck
