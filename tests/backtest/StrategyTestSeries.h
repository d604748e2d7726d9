#pragma once
// Seeded bar series for the backtest tests: a random walk with volume spikes (every strategy
// trades on it) and one with a planted moving-average crossover edge.

#include "domain/Bar.h"

#include <cmath>
#include <random>
#include <vector>

namespace modeldeck::test {

constexpr qint64 kTestDayMs = 86400LL * 1000;
constexpr qint64 kTestStartMs = 1262563200000LL; // 2010-01-04 UTC

inline Bar testBar(int i, double open, double close)
{
    Bar b;
    b.timeUtcMs = kTestStartMs + i * kTestDayMs;
    b.open = open;
    b.close = close;
    b.high = std::max(open, close);
    b.low = std::min(open, close);
    b.volume = 1000;
    return b;
}

// Daily random walk: opens gap from the previous close, highs and lows beyond both, every
// 17th bar a volume spike with a deep wick (volume_spike_reversal setups).
inline std::vector<Bar> randomWalkBars(int n, unsigned seed = 11)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<Bar> bars;
    double close = 100;
    for (int i = 0; i < n; ++i) {
        const double open = close * (1 + 0.002 * normal(rng));
        close = open * (1 + 0.01 * normal(rng));
        Bar b = testBar(i, open, close);
        b.high = std::max(open, close) * (1 + 0.003 * std::abs(normal(rng)));
        b.low = std::min(open, close) * (1 - 0.003 * std::abs(normal(rng)));
        b.volume = 1000 * (1 + 0.2 * std::abs(normal(rng)));
        if (i % 17 == 16) {
            b.volume *= 5;
            b.low *= 0.97;
            b.high *= 1.03;
        }
        bars.push_back(b);
    }
    return bars;
}

// A series whose next close moves in the direction of ma_crossover(fast, slow)'s signal (plus
// noise): that parameter pair, long and short, is the best there is on it. Opens equal the
// previous close, so trading at the open loses nothing to gaps.
inline std::vector<Bar> plantedCrossoverBars(int n, int fast, int slow, unsigned seed = 5)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<double> closes { 100 };
    std::vector<Bar> bars { testBar(0, 100, 100) };
    const auto mean = [&](int period) {
        double s = 0;
        for (int k = 0; k < period; ++k)
            s += closes[closes.size() - 1 - size_t(k)];
        return s / period;
    };
    for (int i = 1; i < n; ++i) {
        int signal = 0;
        if (int(closes.size()) >= slow) {
            const double f = mean(fast);
            const double s = mean(slow);
            signal = (f > s) - (f < s);
        }
        // Without a signal yet (warm-up), a plain walk.
        const double drift = signal == 0 ? 0.0 : 0.004 * signal;
        const double close = closes.back() * (1 + drift + 0.01 * normal(rng));
        bars.push_back(testBar(i, closes.back(), close));
        closes.push_back(close);
    }
    return bars;
}

} // namespace modeldeck::test
