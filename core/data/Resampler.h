#pragma once
// Aggregates bars into a longer timeframe (5m → 1h → 1d): open first, high max, low min,
// close last, volume summed. Buckets follow the exchange's local clock (hours and days start
// at local :00 and midnight, weeks on Monday); only buckets with data are produced, so session
// breaks, weekends and missing data stay gaps instead of becoming flat bars.

#include "domain/Bar.h"
#include "domain/Timeframe.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QTimeZone>
#include <span>
#include <vector>

namespace modeldeck::Resampler {

// `bars` must be sorted ascending. `to` must be a longer timeframe and a whole multiple of `from`.
MODELDECK_CORE_EXPORT Result<std::vector<Bar>> resample(std::span<const Bar> bars, Timeframe from,
                                                        Timeframe to, const QTimeZone &zone);

} // namespace modeldeck::Resampler
