#include "ParzenEstimator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>

namespace modeldeck::samplersupport {

namespace {

constexpr double kNegativeInfinity = -std::numeric_limits<double>::infinity();

// log(Φ(b) − Φ(a)) for a <= b, from whichever tail keeps the difference accurate.
double logNormalMass(double a, double b)
{
    const double mass = a > 0
        ? 0.5 * (std::erfc(a / std::numbers::sqrt2) - std::erfc(b / std::numbers::sqrt2))
        : 0.5 * (std::erfc(-b / std::numbers::sqrt2) - std::erfc(-a / std::numbers::sqrt2));
    return mass > 0 ? std::log(mass) : kNegativeInfinity;
}

double logSumExp(const std::vector<double> &terms)
{
    const double top = *std::max_element(terms.begin(), terms.end());
    if (!std::isfinite(top))
        return top;
    double sum = 0;
    for (double t : terms)
        sum += std::exp(t - top);
    return top + std::log(sum);
}

size_t pick(const std::vector<double> &weights, Rng &rng)
{
    double u = rng.uniform();
    for (size_t i = 0; i + 1 < weights.size(); ++i) {
        if (u < weights[i])
            return i;
        u -= weights[i];
    }
    return weights.size() - 1;
}

// Optuna's univariate bandwidths: each observation as wide as its larger gap to a neighbour
// among the sorted observations, the prior's centre and the interval's ends, except that the
// outermost ones look inward only (an end is no evidence of a neighbour).
std::vector<double> bandwidths(const std::vector<double> &mus, Interval interval)
{
    std::vector<double> points = mus;
    points.push_back(0.5 * (interval.low + interval.high));
    std::vector<size_t> order(points.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return points[a] < points[b]; });
    std::vector<double> sorted { interval.low };
    for (size_t i : order)
        sorted.push_back(points[i]);
    sorted.push_back(interval.high);

    const size_t n = points.size(); // sorted[1..n] are the points
    std::vector<double> sigmas(mus.size());
    for (size_t rank = 0; rank < n; ++rank) {
        const size_t s = rank + 1;
        double sigma = std::max(sorted[s] - sorted[s - 1], sorted[s + 1] - sorted[s]);
        if (rank == 0)
            sigma = sorted[2] - sorted[1];
        else if (rank == n - 1)
            sigma = sorted[n] - sorted[n - 1];
        if (order[rank] < mus.size())
            sigmas[order[rank]] = sigma;
    }
    // Not narrower than the width over the number of components (so few observations do not
    // make needles), not wider than the interval.
    const double width = interval.high - interval.low;
    const double minSigma = width / std::min(100.0, double(mus.size()) + 2.0);
    for (double &sigma : sigmas)
        sigma = std::clamp(sigma, minSigma, width);
    return sigmas;
}

} // namespace

ParzenEstimator::ParzenEstimator(const SearchDimension &dimension,
                                 const std::vector<double> &values, double priorWeight)
    : m_kind(dimension.kind), m_log(dimension.log), m_low(dimension.low), m_high(dimension.high)
{
    if (m_kind == SearchDimension::Kind::Choice) {
        // Optuna's kernels (see the header), all weighing alike. Few observations are smoothed
        // hard, so one lucky choice cannot shut out the others at once.
        const double choices = double(dimension.choices.size());
        const double observed = double(values.size());
        const double spread = priorWeight / (observed + 1.0);
        const double peak = 1.0 / (1.0 + spread * choices); // normalises an observation's kernel
        const double total = observed + priorWeight; // mixture weights: 1 each, prior priorWeight
        m_weights.assign(dimension.choices.size(),
                         (observed * spread * peak + priorWeight / choices) / total);
        for (double v : values)
            m_weights[size_t(v)] += peak / total;
        return;
    }
    m_interval = samplingInterval(dimension);
    m_mus = values;
    m_sigmas = values.empty() ? std::vector<double> {} : bandwidths(values, m_interval);
    m_weights.assign(values.size(), 1.0);
    // The prior: over the whole interval, so no region is ever ruled out.
    m_mus.push_back(0.5 * (m_interval.low + m_interval.high));
    m_sigmas.push_back(m_interval.high - m_interval.low);
    m_weights.push_back(priorWeight);
    const double total = std::accumulate(m_weights.begin(), m_weights.end(), 0.0);
    for (size_t i = 0; i < m_weights.size(); ++i) {
        m_weights[i] /= total;
        m_logMass.push_back(logNormalMass((m_interval.low - m_mus[i]) / m_sigmas[i],
                                          (m_interval.high - m_mus[i]) / m_sigmas[i]));
    }
}

double ParzenEstimator::sample(Rng &rng) const
{
    const size_t component = pick(m_weights, rng);
    if (m_kind == SearchDimension::Kind::Choice)
        return double(component);
    return sampleTruncated(component, rng);
}

double ParzenEstimator::sampleTruncated(size_t component, Rng &rng) const
{
    // Every centre lies inside the interval and no width exceeds it, so at least a third of
    // each Gaussian's mass is inside: rejection ends quickly.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const double x = m_mus[component] + m_sigmas[component] * rng.normal();
        if (x >= m_interval.low && x <= m_interval.high)
            return x;
    }
    return rng.uniform(m_interval.low, m_interval.high);
}

double ParzenEstimator::logComponent(size_t component, double x) const
{
    const double mu = m_mus[component];
    const double sigma = m_sigmas[component];
    if (m_kind == SearchDimension::Kind::Real) {
        const double z = (x - mu) / sigma;
        return -0.5 * z * z - std::log(sigma) - 0.5 * std::log(2.0 * std::numbers::pi)
            - m_logMass[component];
    }
    // An int: the mass its rounding catches, [v − 0.5, v + 0.5] in sampling space.
    // Clamped as fromSampling does: the interval's lower end rounds away from the bounds.
    const double v = std::clamp(std::round(m_log ? std::exp(x) : x), m_low, m_high);
    const auto toSpace = [this](double value) { return m_log ? std::log(value) : value; };
    const double from = std::max(m_interval.low, toSpace(v - 0.5));
    const double to = std::min(m_interval.high, toSpace(v + 0.5));
    if (!(from < to))
        return kNegativeInfinity;
    return logNormalMass((from - mu) / sigma, (to - mu) / sigma) - m_logMass[component];
}

double ParzenEstimator::logDensity(double x) const
{
    if (m_kind == SearchDimension::Kind::Choice)
        return std::log(m_weights[size_t(x)]);
    std::vector<double> terms(m_weights.size());
    for (size_t i = 0; i < m_weights.size(); ++i)
        terms[i] = std::log(m_weights[i]) + logComponent(i, x);
    return logSumExp(terms);
}

} // namespace modeldeck::samplersupport
