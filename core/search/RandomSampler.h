#pragma once
// Independent uniform draws (log-uniform on log dimensions, ints rounded inside their bounds,
// choices with equal chances). Trial n's draws come from the seed and n alone, so a resumed
// search proposes what an uninterrupted one would have.

#include "search/Sampler.h"

namespace modeldeck {

class MODELDECK_CORE_EXPORT RandomSampler : public Sampler
{
public:
    RandomSampler(SearchSpace space, quint64 seed);
    std::optional<QJsonObject> next(const std::vector<SearchTrial> &history) override;

private:
    SearchSpace m_space;
    quint64 m_seed;
};

} // namespace modeldeck
