#include "MedianPruner.h"

#include <algorithm>
#include <cmath>

namespace modeldeck {

bool MedianPruner::shouldPrune(int step, double value,
                               const std::vector<std::vector<double>> &completedCurves) const
{
    if (step < 0 || step < m_warmupSteps || completedCurves.empty()
        || completedCurves.size() < size_t(std::max(0, m_startupTrials)))
        return false;
    // As Optuna: a diverged trial (NaN at every step) goes whether or not others reached it.
    if (std::isnan(value))
        return true;
    std::vector<double> atStep;
    for (const std::vector<double> &curve : completedCurves) {
        if (size_t(step) < curve.size() && !std::isnan(curve[size_t(step)]))
            atStep.push_back(curve[size_t(step)]);
    }
    if (atStep.empty())
        return false;
    std::sort(atStep.begin(), atStep.end());
    const size_t middle = atStep.size() / 2;
    const double median
        = atStep.size() % 2 == 1 ? atStep[middle] : 0.5 * (atStep[middle - 1] + atStep[middle]);
    return value > median;
}

bool MedianPruner::shouldPrune(const std::vector<double> &curve,
                               const std::vector<std::vector<double>> &completedCurves) const
{
    if (curve.empty())
        return false;
    double best = std::nan("");
    for (double v : curve) {
        if (!std::isnan(v) && (std::isnan(best) || v < best))
            best = v;
    }
    return shouldPrune(int(curve.size()) - 1, best, completedCurves);
}

} // namespace modeldeck
