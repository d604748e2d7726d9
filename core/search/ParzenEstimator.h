#pragma once
// One dimension's density for the Tree-structured Parzen Estimator (Bergstra et al., 2011, in
// the form Optuna's univariate TPESampler uses): a mixture with one component per observed
// value and a prior component over the whole range, all weighted alike (the prior by
// `priorWeight`). Internal to TpeSampler.
//
// Numeric dimensions work in sampling space (samplersupport::samplingInterval: log for log
// dimensions, ints widened by half a step): each observation is a Gaussian truncated to the
// interval, centred on it, as wide as the larger gap to its neighbours (the prior's centre and
// the interval's ends count as neighbours) and clipped to [width / min(100, n + 2), width]; the
// prior is centred with the interval's width. An int's probability is its Gaussian mass over
// [v − 0.5, v + 0.5], so sampling then rounding and the density agree.
// Choices are smoothed counts, with Optuna's kernels: each observation's kernel puts 1 on its
// choice and priorWeight / (n + 1) on every choice, normalised; the prior's kernel is uniform.

#include "search/SamplerSupport.h"

#include <vector>

namespace modeldeck::samplersupport {

class ParzenEstimator
{
public:
    // `values` in sampling space for numeric dimensions, choice indices for choices.
    ParzenEstimator(const SearchDimension &dimension, const std::vector<double> &values,
                    double priorWeight);

    double sample(Rng &rng) const; // sampling space, or a choice index
    // Log density at `x` (sampling space) or log probability of an int or a choice index.
    double logDensity(double x) const;

private:
    double sampleTruncated(size_t component, Rng &rng) const;
    double logComponent(size_t component, double x) const;

    SearchDimension::Kind m_kind;
    bool m_log;
    double m_low; // the dimension's bounds, for ints
    double m_high;
    Interval m_interval { 0, 0 };
    std::vector<double> m_weights; // normalised; for choices, the probabilities
    std::vector<double> m_mus;
    std::vector<double> m_sigmas;
    std::vector<double> m_logMass; // log of each truncated component's mass inside the interval
};

} // namespace modeldeck::samplersupport
