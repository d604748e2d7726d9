#pragma once
// Internal to the samplers: a portable seeded random source and the map between a numeric
// dimension's values and the space the samplers work in (log of the value on a log scale).
// Not for other code; the samplers' public face is Sampler.h.

#include "search/SearchSpace.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>
#include <random>

namespace modeldeck::samplersupport {

// A seed for trial `index` of a search seeded with `seed` (splitmix64): each trial's draws
// depend on the search's seed and its position only, so a resumed search repeats them.
quint64 trialSeed(quint64 seed, quint64 index);

// std::mt19937_64 is specified exactly, its distributions are not (GCC, MSVC and libc++ give
// different numbers): uniform and normal draws are made here so a seed means the same
// everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) { }
    double uniform(); // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    double normal(); // standard normal (Box–Muller)
    size_t below(size_t count); // uniform in [0, count); count > 0

private:
    std::mt19937_64 m_engine;
};

// The interval a numeric dimension is sampled on, in the samplers' space: [low, high] for a
// real, [low − 0.5, high + 0.5] for an int so that each whole number gets an equal share once
// rounded; in log space for log dimensions.
struct Interval
{
    double low;
    double high;
};
Interval samplingInterval(const SearchDimension &dimension);
double toSampling(const SearchDimension &dimension, double value);
// Back from sampling space: clamped inside the bounds, ints rounded.
QJsonValue fromSampling(const SearchDimension &dimension, double x);
// The numeric value of a trial's parameter if the dimension contains it.
std::optional<double> numericValue(const SearchDimension &dimension, const QJsonValue &value);
// The index of a trial's parameter among the dimension's choices, if it is one.
std::optional<size_t> choiceIndex(const SearchDimension &dimension, const QJsonValue &value);

QJsonValue randomValue(const SearchDimension &dimension, Rng &rng);
QJsonObject randomPoint(const SearchSpace &space, Rng &rng);

} // namespace modeldeck::samplersupport
