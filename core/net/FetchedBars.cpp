#include "FetchedBars.h"

#include <algorithm>
#include <cmath>

namespace modeldeck::FetchedBars {

namespace {

constexpr qint64 kEarliestMs = -2'208'988'800'000; // 1900-01-01T00:00:00Z
constexpr qint64 kDayMs = 86'400'000;

bool finiteValues(const Bar &bar)
{
    return std::isfinite(bar.open) && std::isfinite(bar.high) && std::isfinite(bar.low)
        && std::isfinite(bar.close) && std::isfinite(bar.volume);
}

bool impossible(const Bar &bar)
{
    const double tolerance = 1e-9 * std::max(std::abs(bar.high), std::abs(bar.low));
    const auto outside
        = [&](double v) { return v < bar.low - tolerance || v > bar.high + tolerance; };
    return bar.open < 0 || bar.high < 0 || bar.low < 0 || bar.close < 0 || bar.volume < 0
        || bar.high < bar.low - tolerance || outside(bar.open) || outside(bar.close);
}

} // namespace

bool plausibleTime(qint64 timeMs, qint64 nowMs)
{
    return timeMs >= kEarliestMs && timeMs <= nowMs + kDayMs;
}

bool secondsToMs(double seconds, qint64 nowMs, qint64 &outMs)
{
    // The range check comes first so the multiplication cannot overflow.
    if (!std::isfinite(seconds) || seconds != std::floor(seconds) || seconds < kEarliestMs / 1000.0
        || seconds > (nowMs + kDayMs) / 1000.0) {
        return false;
    }
    outMs = qint64(seconds) * 1000;
    return true;
}

Counts clean(std::vector<Bar> &bars, qint64 nowMs)
{
    Counts counts;
    const auto dropped = std::remove_if(bars.begin(), bars.end(), [&](const Bar &bar) {
        return !finiteValues(bar) || !plausibleTime(bar.timeUtcMs, nowMs);
    });
    counts.skipped = qint64(bars.end() - dropped);
    bars.erase(dropped, bars.end());

    for (Bar &bar : bars) {
        if (std::isinf(bar.adjClose))
            bar.adjClose = std::numeric_limits<double>::quiet_NaN();
        if (impossible(bar)) {
            bar.flags |= BarFlagInvalid;
            ++counts.flagged;
        }
    }

    counts.duplicates = sortByTimeKeepingLast(bars);
    return counts;
}

} // namespace modeldeck::FetchedBars
