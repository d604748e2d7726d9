#pragma once
// The 5m series the prediction benchmarks run on (predict_latency, abtest_window): a drifting
// trend plus a 75-bar sine and noise around 1000, seeded, stored as SYN 5m.

#include "domain/Bar.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"

#include <cmath>
#include <random>
#include <vector>

namespace modeldeck::bench {

inline std::vector<Bar> syntheticBars(int count)
{
    std::mt19937 rng(99);
    std::normal_distribution<double> noise(0.0, 0.3);
    std::vector<Bar> bars;
    double trend = 0;
    for (int i = 0; i < count; ++i) {
        trend += noise(rng) * 0.2;
        const double close = 1000 + trend + 5 * std::sin(2 * M_PI * i / 75.0) + noise(rng);
        bars.push_back({ 1'700'000'000'000 + qint64(i) * 300'000, close - 0.2, close + 0.5,
                         close - 0.6, close, NAN, 10000 + 1000 * std::abs(noise(rng)), 0 });
    }
    return bars;
}

// Stores `bars` as SYN 5m; false when the database refused.
inline bool storeBars(const Database &database, const std::vector<Bar> &bars)
{
    auto c = database.connection();
    if (!c)
        return false;
    MarketDataRepository repo(*c);
    WriteTransaction tx(*c);
    auto id = repo.ensureSymbol(
        { 0, QStringLiteral("SYN"), QString(), QString(), QStringLiteral("UTC") });
    return id && repo.mergeBars(*id, QStringLiteral("5m"), bars) && tx.commit();
}

} // namespace modeldeck::bench
