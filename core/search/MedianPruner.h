#pragma once
// The median rule (Optuna's MedianPruner): stop a trial whose best value so far is worse
// (higher) than the median of the completed trials' values at the same step. Lower is better,
// as for trial scores. Nothing is pruned before `startupTrials` trials have completed (the
// median of two curves says little) or before step `warmupSteps` (0-based: the first epochs of
// every trial are noisy); nor at a step no completed curve reached.

#include "modeldeck_core_export.h"

#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT MedianPruner
{
public:
    explicit MedianPruner(int startupTrials = 5, int warmupSteps = 3)
        : m_startupTrials(startupTrials), m_warmupSteps(warmupSteps)
    {
    }

    // `value` is the running trial's best value up to `step` (the overload below takes the
    // curve and finds it); `completedCurves` hold each completed trial's value per step, from
    // step 0. NaN values of completed curves are skipped; a NaN `value` is pruned (a diverged
    // trial) once the start-up and warm-up are over.
    bool shouldPrune(int step, double value,
                     const std::vector<std::vector<double>> &completedCurves) const;
    // Judges the last step of `curve` by its best value so far, as Optuna does: a trial whose
    // loss went up for an epoch is judged by its best epoch, not punished for the blip.
    bool shouldPrune(const std::vector<double> &curve,
                     const std::vector<std::vector<double>> &completedCurves) const;

    int startupTrials() const { return m_startupTrials; }
    int warmupSteps() const { return m_warmupSteps; }

private:
    int m_startupTrials;
    int m_warmupSteps;
};

} // namespace modeldeck
