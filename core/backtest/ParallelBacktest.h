#pragma once
// Backtests of many parameter sets of one strategy over one series, spread over threads: what
// an optimiser's batch of proposals and the throughput benchmark run. Each result depends on
// its own parameters only (the shared IndicatorCache is thread-safe and computes each
// indicator once, whichever thread asks first), and results come back in the order of
// `params`, so they are identical for any thread count.

#include "backtest/BacktestEngine.h"
#include "backtest/Strategy.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <span>
#include <vector>

namespace modeldeck {

// backtestStrategy for each of `params` on `threads` threads (1 or less: this one; never more
// threads than parameter sets).
MODELDECK_CORE_EXPORT std::vector<Result<BacktestResult>>
backtestMany(const Strategy &strategy, const IndicatorCache &cache,
             std::span<const QJsonObject> params, const BacktestOptions &options, size_t begin = 0,
             size_t end = size_t(-1), int threads = 1);

} // namespace modeldeck
