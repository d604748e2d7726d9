#pragma once
// What a bar may be, as one rule for every way bars enter a workspace (CSV imports in data/,
// downloads in net/): a plausible time, and which values are impossible. Pure, header-only.

#include "domain/Bar.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>

namespace modeldeck {

// 1900-01-01T00:00:00Z: index histories start in the 1920s; anything older is a typo.
inline constexpr qint64 kEarliestBarMs = -2'208'988'800'000;
// How far past "now" a bar may start: a day, so a bar of "tomorrow" in an exchange east of
// the user's clock is still accepted.
inline constexpr qint64 kLatestBarAheadMs = 86'400'000;

// Whether a bar may start at `timeMs` when the clock says `nowMs` (both UTC epoch ms). A bar
// dated 2099 would become its series' newest bar: incremental refresh would find nothing to
// fetch and predictions would start from it.
inline bool plausibleBarTime(qint64 timeMs, qint64 nowMs)
{
    return timeMs >= kEarliestBarMs && timeMs <= nowMs + kLatestBarAheadMs;
}

// What is impossible about a bar's prices and volume (each reason separately, so a message
// can name them); see BarFlagInvalid.
struct BarValueProblems
{
    bool negativePrice = false;
    bool highBelowLow = false;
    bool openOutside = false; // open outside [low, high] (only checked when high >= low)
    bool closeOutside = false;
    bool negativeVolume = false;

    bool any() const
    {
        return negativePrice || highBelowLow || openOutside || closeOutside || negativeVolume;
    }
};

inline BarValueProblems barValueProblems(const Bar &bar)
{
    // Relative tolerance: prices that went through a decimal text round trip may differ in
    // their last bit.
    const double tolerance = 1e-9 * std::max(std::abs(bar.high), std::abs(bar.low));
    const auto outside
        = [&](double v) { return v < bar.low - tolerance || v > bar.high + tolerance; };
    BarValueProblems p;
    p.negativePrice = bar.open < 0 || bar.high < 0 || bar.low < 0 || bar.close < 0;
    p.highBelowLow = bar.high < bar.low - tolerance;
    p.openOutside = !p.highBelowLow && outside(bar.open);
    p.closeOutside = !p.highBelowLow && outside(bar.close);
    p.negativeVolume = bar.volume < 0;
    return p;
}

} // namespace modeldeck
