#include "SamplerSupport.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace modeldeck::samplersupport {

namespace {

quint64 splitMix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

double untransform(const SearchDimension &dimension, double x)
{
    return dimension.log ? std::exp(x) : x;
}

} // namespace

quint64 trialSeed(quint64 seed, quint64 index)
{
    return splitMix64(seed ^ splitMix64(index));
}

double Rng::uniform()
{
    return double(m_engine() >> 11) * 0x1.0p-53;
}

double Rng::normal()
{
    const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

size_t Rng::below(size_t count)
{
    return std::min(count - 1, size_t(uniform() * double(count)));
}

Interval samplingInterval(const SearchDimension &dimension)
{
    const double pad = dimension.kind == SearchDimension::Kind::Int ? 0.5 : 0.0;
    return { toSampling(dimension, dimension.low - pad),
             toSampling(dimension, dimension.high + pad) };
}

double toSampling(const SearchDimension &dimension, double value)
{
    return dimension.log ? std::log(value) : value;
}

QJsonValue fromSampling(const SearchDimension &dimension, double x)
{
    const double value = std::clamp(untransform(dimension, x), dimension.low, dimension.high);
    if (dimension.kind == SearchDimension::Kind::Int)
        return QJsonValue(qint64(std::clamp(std::round(value), dimension.low, dimension.high)));
    return QJsonValue(value);
}

std::optional<double> numericValue(const SearchDimension &dimension, const QJsonValue &value)
{
    if (dimension.kind == SearchDimension::Kind::Choice || !dimension.contains(value))
        return std::nullopt;
    return value.toDouble();
}

std::optional<size_t> choiceIndex(const SearchDimension &dimension, const QJsonValue &value)
{
    for (size_t i = 0; i < dimension.choices.size(); ++i) {
        const QJsonValue &c = dimension.choices[i];
        if (c.isDouble() && value.isDouble() ? c.toDouble() == value.toDouble() : c == value)
            return i;
    }
    return std::nullopt;
}

QJsonValue randomValue(const SearchDimension &dimension, Rng &rng)
{
    if (dimension.kind == SearchDimension::Kind::Choice)
        return dimension.choices[rng.below(dimension.choices.size())];
    const Interval interval = samplingInterval(dimension);
    return fromSampling(dimension, rng.uniform(interval.low, interval.high));
}

QJsonObject randomPoint(const SearchSpace &space, Rng &rng)
{
    QJsonObject point;
    for (const SearchDimension &d : space.dimensions())
        point.insert(d.key, randomValue(d, rng));
    return point;
}

} // namespace modeldeck::samplersupport
