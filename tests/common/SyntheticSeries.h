#pragma once
// Seeded daily series with known predictability, for the forecast-quality tests and
// bench/forecast_quality: where a model can beat persistence (AR(1) returns, a sine), where it
// cannot (a random walk with drift), and where price-level features used to fail (test prices
// three times the training prices).

#include "domain/Bar.h"

#include <QString>
#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace modeldeck::test {

enum class Synthetic { Ar1Returns, SineWithNoise, RandomWalkDrift, TripledPrice };

inline QString syntheticName(Synthetic kind)
{
    switch (kind) {
    case Synthetic::Ar1Returns:
        return QStringLiteral("ar1_returns");
    case Synthetic::SineWithNoise:
        return QStringLiteral("sine_noise");
    case Synthetic::RandomWalkDrift:
        return QStringLiteral("random_walk_drift");
    case Synthetic::TripledPrice:
        return QStringLiteral("tripled_price");
    }
    return {};
}

// Closes by kind (n bars, daily, from 2010-01-04 UTC), with opens, highs, lows and volumes
// drawn around them.
inline std::vector<Bar> syntheticSeries(Synthetic kind, int n, unsigned seed = 7)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<double> closes(static_cast<size_t>(n));
    double logPrice = std::log(100.0);
    double previousReturn = 0;
    // Tripled: the drift that takes the price from 100 to about 300 over the first 85 % (the
    // training and validation bars), so the test split sits near 3× the training prices.
    const double tripleDrift = std::log(3.0) / (0.85 * n);
    for (int i = 0; i < n; ++i) {
        double r = 0;
        switch (kind) {
        case Synthetic::Ar1Returns:
            r = 0.3 * previousReturn + 0.01 * normal(rng); // φ = 0.3
            break;
        case Synthetic::RandomWalkDrift:
            r = 0.0004 + 0.01 * normal(rng);
            break;
        case Synthetic::TripledPrice:
            r = tripleDrift + 0.01 * normal(rng);
            break;
        case Synthetic::SineWithNoise:
            break;
        }
        previousReturn = r;
        logPrice += r;
        closes[size_t(i)] = kind == Synthetic::SineWithNoise
            ? 100.0 + 10.0 * std::sin(2 * M_PI * i / 40.0) + 0.5 * normal(rng)
            : std::exp(logPrice);
    }
    std::vector<Bar> bars(static_cast<size_t>(n));
    const qint64 start = 1'262'563'200'000; // 2010-01-04
    for (int i = 0; i < n; ++i) {
        Bar &b = bars[size_t(i)];
        b.timeUtcMs = start + qint64(i) * 86'400'000;
        b.close = closes[size_t(i)];
        b.open = (i > 0 ? closes[size_t(i - 1)] : b.close) * std::exp(0.002 * normal(rng));
        b.high = std::max(b.open, b.close) * (1 + 0.004 * std::abs(normal(rng)));
        b.low = std::min(b.open, b.close) * (1 - 0.004 * std::abs(normal(rng)));
        b.volume = std::round(1e6 * std::exp(0.3 * normal(rng)));
    }
    return bars;
}

} // namespace modeldeck::test
