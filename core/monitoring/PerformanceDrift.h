#pragma once
// Performance drift: is a deployed model doing clearly worse than it promised when it was saved?
// Two checks of its live accuracy (LivePerformance) against the saved model's test metrics:
// - performance: live RMSE above kErrorFactor × the test RMSE;
// - coverage: the 95 % interval covering fewer actuals than 95 % by more than three binomial
//   standard errors (so 50 predictions alarm below 86 %, not at the first few misses).
// Neither runs on fewer than kMinSamples predictions with actuals. Pure.

#include "modeldeck_core_export.h"
#include "monitoring/LivePerformance.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace modeldeck {

struct DriftCheck
{
    QString kind; // "performance" | "coverage" | "input" (InputDrift)
    double score = 0; // live RMSE / test RMSE, or the live 95 % coverage
    double threshold = 0;
    int window = 0; // predictions (or, for inputs, recent bars) the check looked at
    bool drift = false;
    QString message; // says what moved, for the alert
};

namespace PerformanceDrift {

constexpr double kErrorFactor = 1.5;
constexpr int kMinSamples = 20;

// `savedMetrics`: the registry entry's metrics (test "rmse"). `model` names it in messages.
MODELDECK_CORE_EXPORT std::vector<DriftCheck>
check(const LivePerformance &live, const QJsonObject &savedMetrics, const QString &model);

} // namespace PerformanceDrift
} // namespace modeldeck
