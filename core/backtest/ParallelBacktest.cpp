#include "backtest/ParallelBacktest.h"

#include "backtest/StrategyBacktest.h"

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>

namespace modeldeck {

std::vector<Result<BacktestResult>> backtestMany(const Strategy &strategy,
                                                 const IndicatorCache &cache,
                                                 std::span<const QJsonObject> params,
                                                 const BacktestOptions &options, size_t begin,
                                                 size_t end, int threads)
{
    const size_t n = params.size();
    std::vector<std::optional<Result<BacktestResult>>> slots(n);
    // Workers take the next unclaimed index; each writes only its own slots, each has its own
    // signal buffer.
    std::atomic<size_t> next { 0 };
    const auto work = [&] {
        std::vector<qint8> scratch;
        for (size_t i = next++; i < n; i = next++)
            slots[i] = backtestStrategy(strategy, cache, params[i], options, begin, end, &scratch);
    };
    const size_t helpers = threads > 1 ? std::min(size_t(threads), n) - 1 : 0;
    std::vector<std::thread> pool;
    pool.reserve(helpers);
    for (size_t k = 0; k < helpers; ++k)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    std::vector<Result<BacktestResult>> results;
    results.reserve(n);
    for (auto &slot : slots)
        results.push_back(std::move(*slot));
    return results;
}

} // namespace modeldeck
