#include "RandomSampler.h"

#include "search/SamplerSupport.h"

namespace modeldeck {

RandomSampler::RandomSampler(SearchSpace space, quint64 seed)
    : m_space(std::move(space)), m_seed(seed)
{
}

std::optional<QJsonObject> RandomSampler::next(const std::vector<SearchTrial> &history)
{
    samplersupport::Rng rng(samplersupport::trialSeed(m_seed, history.size()));
    return samplersupport::randomPoint(m_space, rng);
}

} // namespace modeldeck
