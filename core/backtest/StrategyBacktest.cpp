#include "backtest/StrategyBacktest.h"

#include <algorithm>
#include <set>

namespace modeldeck {

Result<BacktestResult> backtestStrategy(const Strategy &strategy, const IndicatorCache &cache,
                                        const QJsonObject &params, const BacktestOptions &options,
                                        size_t begin, size_t end, std::vector<qint8> *scratch)
{
    auto resolved = strategy.resolve(params);
    if (!resolved)
        return resolved.error();
#ifndef NDEBUG
    if (auto causal = checkCausality(strategy, cache.bars(), *resolved, 8); !causal)
        return causal.error();
#endif
    std::vector<qint8> own;
    std::vector<qint8> &signals = scratch ? *scratch : own;
    signals.resize(cache.size());
    strategy.signals(cache, *resolved, signals);
    return runBacktest(cache.bars(), signals, options, begin, end);
}

Status checkCausality(const Strategy &strategy, const BarColumns &bars, const QJsonObject &params,
                      int cuts)
{
    auto resolved = strategy.resolve(params);
    if (!resolved)
        return resolved.error();
    const size_t n = bars.size();
    if (n < 2)
        return {};
    std::vector<qint8> full(n);
    {
        const IndicatorCache cache(bars);
        strategy.signals(cache, *resolved, full);
    }
    std::set<size_t> prefixes;
    cuts = std::max(cuts, 1);
    for (int c = 1; c <= cuts; ++c)
        prefixes.insert(std::max<size_t>(1, n * size_t(c) / size_t(cuts + 1)));
    for (size_t k = 1; k <= std::min(n - 1, size_t(2 * cuts)); ++k)
        prefixes.insert(k);
    std::vector<qint8> truncated;
    for (size_t k : prefixes) {
        const BarColumns head = bars.prefix(k);
        const IndicatorCache cache(head);
        truncated.assign(k, 0);
        strategy.signals(cache, *resolved, truncated);
        for (size_t t = 0; t < k; ++t) {
            if (truncated[t] != full[t]) {
                return Error { Strategy::tr(
                                   "Strategy %1 looks ahead: its signal at bar %2 is %3 with "
                                   "the bars after it and %4 without them (series cut after "
                                   "bar %5).")
                                   .arg(strategy.name())
                                   .arg(t)
                                   .arg(int(full[t]))
                                   .arg(int(truncated[t]))
                                   .arg(k - 1) };
            }
        }
    }
    return {};
}

} // namespace modeldeck
