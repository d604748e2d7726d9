#pragma once
// The Bayesian method: a Tree-structured Parzen Estimator (Bergstra et al., "Algorithms for
// Hyper-Parameter Optimization", 2011), univariate as in Optuna's TPESampler.
//
// Proposals are random (the same draws RandomSampler makes with the same seed) until
// `startupTrials` trials have finished, completed or pruned, one at least completed. Then the
// n finished trials are split: the best ceil(gamma · n) completed ones (at least one) are
// "good", the rest "bad". Per dimension a Parzen estimator l(x) is fitted to the good values
// and g(x) to the bad (ParzenEstimator.h); `candidates` draws from l(x) are scored by
// l(x) / g(x) and the best is taken.
//
// SearchTrial states: a pruned trial was worse than the median at some step, so it counts as bad
// (with a completed trial without a finite score); a failed trial is ignored, since a crash
// or a Force Stop says nothing about the score its parameters would get; running trials have
// no score yet and are ignored too, apart from seeding the draws.
// Proposals depend only on the seed and the history, so a resumed search repeats them.
//
// Like every univariate TPE it can settle early: a choice that looked bad only because the
// start-up trials that drew it had poor other settings keeps a low l/g and is rarely tried
// again (tests/search/tst_samplers.cpp has figures). Random search has no such blind spot.

#include "search/Sampler.h"

namespace modeldeck {

class MODELDECK_CORE_EXPORT TpeSampler : public Sampler
{
public:
    // Only options' startupTrials, gamma and candidates are read (makeSampler checks them).
    TpeSampler(SearchSpace space, quint64 seed, const SamplerOptions &options = {});
    std::optional<QJsonObject> next(const std::vector<SearchTrial> &history) override;

private:
    SearchSpace m_space;
    quint64 m_seed;
    SamplerOptions m_options;
};

} // namespace modeldeck
