#pragma once
// One strategy over one series: params checked, signals computed, the engine run; and the
// causality check that proves a strategy's signal t does not depend on later bars.

#include "backtest/BacktestEngine.h"
#include "backtest/Strategy.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <vector>

namespace modeldeck {

// `params` are resolved against the strategy (unknown keys and out-of-range values are errors).
// `scratch` (optional) holds the signals, so an optimisation reuses one buffer.
MODELDECK_CORE_EXPORT Result<BacktestResult>
backtestStrategy(const Strategy &strategy, const IndicatorCache &cache, const QJsonObject &params,
                 const BacktestOptions &options, size_t begin = 0, size_t end = size_t(-1),
                 std::vector<qint8> *scratch = nullptr);

// Recomputes the strategy's signals on `cuts` prefixes of the series (bars 0..k-1 for k spread
// evenly over the series, and every k in the first 2·cuts bars where warm-ups end) and compares
// each with the full series' signals over the same bars. A strategy that reads bar t+1 for
// signal t gives a different last signal once bar t+1 is cut off: the error names the first bar
// whose signal changed. Costs `cuts` + 2·cuts strategy runs; meant for tests, and run on every
// backtest in debug builds.
MODELDECK_CORE_EXPORT Status checkCausality(const Strategy &strategy, const BarColumns &bars,
                                            const QJsonObject &params, int cuts = 32);

} // namespace modeldeck
