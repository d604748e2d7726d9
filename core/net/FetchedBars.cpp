#include "FetchedBars.h"

#include "domain/BarRules.h"

#include <algorithm>
#include <cmath>

namespace modeldeck::FetchedBars {

namespace {

bool finiteValues(const Bar &bar)
{
    return std::isfinite(bar.open) && std::isfinite(bar.high) && std::isfinite(bar.low)
        && std::isfinite(bar.close) && std::isfinite(bar.volume);
}

} // namespace

bool secondsToMs(double seconds, qint64 nowMs, qint64 &outMs)
{
    // The range check comes first so the multiplication cannot overflow.
    if (!std::isfinite(seconds) || seconds != std::floor(seconds)
        || seconds < kEarliestBarMs / 1000.0 || seconds > (nowMs + kLatestBarAheadMs) / 1000.0) {
        return false;
    }
    outMs = qint64(seconds) * 1000;
    return true;
}

Counts clean(std::vector<Bar> &bars, qint64 nowMs)
{
    Counts counts;
    const auto dropped = std::remove_if(bars.begin(), bars.end(), [&](const Bar &bar) {
        return !finiteValues(bar) || !plausibleBarTime(bar.timeUtcMs, nowMs);
    });
    counts.skipped = qint64(bars.end() - dropped);
    bars.erase(dropped, bars.end());

    for (Bar &bar : bars) {
        if (std::isinf(bar.adjClose))
            bar.adjClose = std::numeric_limits<double>::quiet_NaN();
        if (barValueProblems(bar).any()) {
            bar.flags |= BarFlagInvalid;
            ++counts.flagged;
        }
    }

    counts.duplicates = sortByTimeKeepingLast(bars);
    return counts;
}

} // namespace modeldeck::FetchedBars
