#pragma once
// Checks shared by the provider parsers: bars a provider sent are hostile input until they
// pass here. Pure functions, no I/O.

#include "domain/Bar.h"
#include "modeldeck_core_export.h"

#include <QtGlobal>
#include <vector>

namespace modeldeck::FetchedBars {

struct Counts
{
    qint64 skipped = 0; // non-finite values or implausible times: dropped
    qint64 flagged = 0; // kept with BarFlagInvalid (barValueProblems, as CSV imports judge)
    qint64 duplicates = 0; // repeated times: the later bar wins
};

// Seconds since the epoch as JSON gives them (a double) to milliseconds; false unless the
// value is a whole number of seconds within plausibleBarTime (domain/BarRules.h), the range
// CSV imports check too.
MODELDECK_CORE_EXPORT bool secondsToMs(double seconds, qint64 nowMs, qint64 &outMs);

// Drops, flags, sorts by time and removes repeated times in place; returns what it did.
MODELDECK_CORE_EXPORT Counts clean(std::vector<Bar> &bars, qint64 nowMs);

} // namespace modeldeck::FetchedBars
