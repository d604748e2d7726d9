#pragma once
// One OHLCV bar. Times are the bar's start in UTC, epoch milliseconds.

#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace modeldeck {

struct Bar
{
    qint64 timeUtcMs = 0;
    double open = 0;
    double high = 0;
    double low = 0;
    double close = 0;
    double adjClose = std::numeric_limits<double>::quiet_NaN(); // NaN: the source has none
    double volume = 0;
    quint32 flags = 0; // BarFlag bits

    bool hasAdjClose() const { return !std::isnan(adjClose); }
};

enum BarFlag : quint32 {
    // Kept although its values are impossible (high < low, negative price or volume,
    // open/close outside [low, high]); only set when the import policy is Keep.
    BarFlagInvalid = 1u << 0,
};

// Sorts bars by time and keeps one bar per time: of bars sharing a time, the one that came
// last (sources correct earlier rows by repeating them). Returns how many were dropped.
// `parallel`, when given, holds one value per bar (a preview keeps each bar's source line)
// and is reordered and thinned with the bars.
inline qint64 sortByTimeKeepingLast(std::vector<Bar> &bars, std::vector<qint64> *parallel = nullptr)
{
    const auto byTime = [](const Bar &a, const Bar &b) { return a.timeUtcMs < b.timeUtcMs; };
    if (!std::is_sorted(bars.begin(), bars.end(), byTime)) {
        if (parallel) {
            // Stable: the last duplicate stays last.
            std::vector<size_t> order(bars.size());
            std::iota(order.begin(), order.end(), size_t(0));
            std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
                return bars[x].timeUtcMs < bars[y].timeUtcMs;
            });
            std::vector<Bar> sortedBars;
            std::vector<qint64> sortedValues;
            sortedBars.reserve(bars.size());
            sortedValues.reserve(order.size());
            for (size_t i : order) {
                sortedBars.push_back(bars[i]);
                sortedValues.push_back((*parallel)[i]);
            }
            bars = std::move(sortedBars);
            *parallel = std::move(sortedValues);
        } else {
            std::stable_sort(bars.begin(), bars.end(), byTime); // the last duplicate stays last
        }
    }
    qint64 dropped = 0;
    size_t kept = 0;
    for (size_t i = 0; i < bars.size(); ++i) {
        if (kept > 0 && bars[kept - 1].timeUtcMs == bars[i].timeUtcMs) {
            bars[kept - 1] = bars[i];
            if (parallel)
                (*parallel)[kept - 1] = (*parallel)[i];
            ++dropped;
        } else {
            if (kept != i) {
                bars[kept] = bars[i];
                if (parallel)
                    (*parallel)[kept] = (*parallel)[i];
            }
            ++kept;
        }
    }
    bars.resize(kept);
    if (parallel)
        parallel->resize(kept);
    return dropped;
}

} // namespace modeldeck
