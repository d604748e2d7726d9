#pragma once
// One OHLCV bar. Times are the bar's start in UTC, epoch milliseconds.

#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <limits>
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
inline qint64 sortByTimeKeepingLast(std::vector<Bar> &bars)
{
    const auto byTime = [](const Bar &a, const Bar &b) { return a.timeUtcMs < b.timeUtcMs; };
    if (!std::is_sorted(bars.begin(), bars.end(), byTime))
        std::stable_sort(bars.begin(), bars.end(), byTime); // stable: the last duplicate stays last
    qint64 dropped = 0;
    size_t kept = 0;
    for (size_t i = 0; i < bars.size(); ++i) {
        if (kept > 0 && bars[kept - 1].timeUtcMs == bars[i].timeUtcMs) {
            bars[kept - 1] = bars[i];
            ++dropped;
        } else {
            if (kept != i)
                bars[kept] = bars[i];
            ++kept;
        }
    }
    bars.resize(kept);
    return dropped;
}

} // namespace modeldeck
