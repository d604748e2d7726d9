#pragma once
// One OHLCV bar. Times are the bar's start in UTC, epoch milliseconds.

#include <QtGlobal>

#include <cmath>
#include <limits>

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

} // namespace modeldeck
