#include "TpeSampler.h"

#include "search/ParzenEstimator.h"
#include "search/SamplerSupport.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace modeldeck {

namespace {

using namespace samplersupport;

// Optuna's default: the prior weighs as much as one observation.
constexpr double kPriorWeight = 1.0;

// One dimension's values among `trials`, in the estimator's terms: sampling space for numeric
// dimensions, the index for choices. Values the dimension does not contain (a trial from an
// older space, hand-edited storage) are left out.
std::vector<double> observations(const SearchDimension &dimension,
                                 const std::vector<const SearchTrial *> &trials)
{
    std::vector<double> values;
    for (const SearchTrial *trial : trials) {
        const QJsonValue value = trial->params.value(dimension.key);
        if (dimension.kind == SearchDimension::Kind::Choice) {
            if (const auto index = choiceIndex(dimension, value))
                values.push_back(double(*index));
        } else if (const auto number = numericValue(dimension, value)) {
            values.push_back(toSampling(dimension, *number));
        }
    }
    return values;
}

} // namespace

TpeSampler::TpeSampler(SearchSpace space, quint64 seed, const SamplerOptions &options)
    : m_space(std::move(space)), m_seed(seed), m_options(options)
{
    m_options.startupTrials = std::max(0, m_options.startupTrials);
    m_options.candidates = std::max(1, m_options.candidates);
    m_options.gamma = std::clamp(m_options.gamma, 0.0, 1.0);
}

std::optional<QJsonObject> TpeSampler::next(const std::vector<SearchTrial> &history)
{
    Rng rng(trialSeed(m_seed, history.size()));
    std::vector<const SearchTrial *> ranked;
    std::vector<const SearchTrial *> bad;
    for (const SearchTrial &trial : history) {
        if (trial.state == SearchTrial::State::Complete && trial.score
            && std::isfinite(*trial.score))
            ranked.push_back(&trial);
        else if (trial.state == SearchTrial::State::Complete
                 || trial.state == SearchTrial::State::Pruned)
            bad.push_back(&trial);
    }
    const size_t finished = ranked.size() + bad.size();
    if (ranked.empty() || finished < size_t(m_options.startupTrials))
        return randomPoint(m_space, rng);

    // Stable: equal scores keep the order they were proposed in.
    std::stable_sort(ranked.begin(), ranked.end(), [](const SearchTrial *a, const SearchTrial *b) {
        return *a->score < *b->score;
    });
    const size_t goodCount = std::clamp(size_t(std::ceil(m_options.gamma * double(finished))),
                                        size_t(1), ranked.size());
    const std::vector<const SearchTrial *> good(ranked.begin(), ranked.begin() + goodCount);
    bad.insert(bad.end(), ranked.begin() + goodCount, ranked.end());

    QJsonObject point;
    for (const SearchDimension &dimension : m_space.dimensions()) {
        const ParzenEstimator below(dimension, observations(dimension, good), kPriorWeight);
        const ParzenEstimator above(dimension, observations(dimension, bad), kPriorWeight);
        double best = 0;
        double bestRatio = -std::numeric_limits<double>::infinity();
        for (int c = 0; c < m_options.candidates; ++c) {
            const double x = below.sample(rng);
            const double ratio = below.logDensity(x) - above.logDensity(x);
            if (c == 0 || ratio > bestRatio) {
                best = x;
                bestRatio = ratio;
            }
        }
        point.insert(dimension.key,
                     dimension.kind == SearchDimension::Kind::Choice
                         ? dimension.choices[size_t(best)]
                         : fromSampling(dimension, best));
    }
    return point;
}

} // namespace modeldeck
