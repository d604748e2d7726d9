#include "backtest/StrategyOptimizer.h"

#include "backtest/ParallelBacktest.h"
#include "backtest/Strategy.h"
#include "backtest/StrategyBacktest.h"
#include "training/CancellationToken.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace modeldeck {

namespace {

constexpr qint64 kDayMs = 86400LL * 1000;
// Samplers rank finite scores only; +∞ (a profit factor without losses) must still win.
constexpr double kScoreCap = 1e12;

double capped(double objective)
{
    return std::clamp(objective, -kScoreCap, kScoreCap);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// The space minus the fixed keys: what the sampler varies.
Result<SearchSpace> searchedSpace(const Strategy &strategy, const QJsonObject &custom,
                                  const QJsonObject &fixed)
{
    const SearchSpace own = strategy.space();
    QStringList keys;
    for (const SearchDimension &d : own.dimensions())
        keys << d.key;
    QJsonObject json = own.toJson();
    if (!custom.isEmpty()) {
        auto parsed = SearchSpace::fromJson(custom, keys);
        if (!parsed)
            return parsed.error();
        json = parsed->toJson();
    }
    for (auto it = fixed.begin(); it != fixed.end(); ++it)
        json.remove(it.key());
    return SearchSpace::fromJson(json);
}

// The most points per axis whose grid fits the budget (at least one: the middle).
int gridPointsFor(const SearchSpace &space, int budget)
{
    int best = 1;
    for (int k = 2; k <= 1000; ++k) {
        auto axes = space.gridAxes(k);
        if (!axes)
            break;
        qint64 points = 1;
        for (const auto &axis : *axes)
            points *= qint64(axis.size());
        if (points > budget)
            break;
        best = k;
    }
    return best;
}

} // namespace

Status StrategyTrainSpec::check() const
{
    auto strategyFound = strategyNamed(strategy);
    if (!strategyFound)
        return strategyFound.error();
    for (const QString &key : (*strategyFound)->fixedKeys()) {
        if (!fixedParams.contains(key))
            return Error { tr("Strategy %1 needs the parameter “%2” (--param %2=…); it is "
                              "fixed, never searched.")
                               .arg(strategy, key) };
    }
    if (auto resolved = (*strategyFound)->resolve(fixedParams); !resolved)
        return resolved.error();
    if (auto searched = searchedSpace(**strategyFound, space, fixedParams); !searched)
        return searched.error();
    if (budget < 1 || budget > kMaxBudget)
        return Error {
            tr("The budget must be from 1 to %1 backtests; got %2.").arg(kMaxBudget).arg(budget)
        };
    if (trainDays < 0 || testDays < 0 || (trainDays > 0) != (testDays > 0))
        return Error { tr("Walk-forward needs both train and test days above 0 (or neither); "
                          "got %1 and %2.")
                           .arg(trainDays)
                           .arg(testDays) };
    if (!(costs.commission >= 0 && costs.commission < 1 && costs.slippage >= 0
          && costs.slippage < 1))
        return Error { tr("Commission and slippage are fractions per side from 0 to below 1, "
                          "e.g. 0.001 for 0.1 %.") };
    return {};
}

QJsonObject StrategyTrainSpec::toJson() const
{
    return { { QStringLiteral("strategy"), strategy },
             { QStringLiteral("fixed_params"), fixedParams },
             { QStringLiteral("space"), space },
             { QStringLiteral("objective"), BacktestObjective::name(objective) },
             { QStringLiteral("optimizer"), methodName(method) },
             { QStringLiteral("budget"), budget },
             { QStringLiteral("seed"), double(seed) },
             { QStringLiteral("commission"), costs.commission },
             { QStringLiteral("slippage"), costs.slippage },
             { QStringLiteral("short"), costs.allowShort },
             { QStringLiteral("train_days"), trainDays },
             { QStringLiteral("test_days"), testDays } };
}

QJsonObject StrategyFold::toJson() const
{
    return { { QStringLiteral("fold"), index + 1 },
             { QStringLiteral("train_begin"), isoTime(trainBeginMs) },
             { QStringLiteral("test_begin"), isoTime(testBeginMs) },
             { QStringLiteral("test_end"), isoTime(testEndMs) },
             { QStringLiteral("train_bars"), qint64(window.testBegin - window.trainBegin) },
             { QStringLiteral("test_bars"), qint64(window.testEnd - window.testBegin) },
             { QStringLiteral("params"), params },
             { QStringLiteral("train_objective"), trainObjective },
             { QStringLiteral("test"), test.toJson() } };
}

QJsonArray StrategyTrainResult::foldsJson() const
{
    QJsonArray array;
    for (const StrategyFold &f : folds)
        array.append(f.toJson());
    return array;
}

QJsonObject StrategyTrainResult::walkForwardSummary(BacktestObjective::Kind objective) const
{
    if (folds.empty())
        return {};
    double growth = 1;
    double holdGrowth = 1;
    double objectiveSum = 0;
    int positive = 0;
    for (const StrategyFold &f : folds) {
        growth *= 1 + f.test.totalReturn;
        holdGrowth *= 1 + f.test.buyAndHoldReturn;
        objectiveSum += capped(BacktestObjective::value(objective, f.test));
        positive += f.test.totalReturn > 0;
    }
    return { { QStringLiteral("folds"), int(folds.size()) },
             { QStringLiteral("total_return"), growth - 1 },
             { QStringLiteral("buy_and_hold_return"), holdGrowth - 1 },
             { QStringLiteral("objective"), BacktestObjective::name(objective) },
             { QStringLiteral("mean_objective"), objectiveSum / double(folds.size()) },
             { QStringLiteral("positive_folds"), positive } };
}

QString StrategyProgress::stepName(Step step)
{
    switch (step) {
    case Step::Data:
        return QStringLiteral("data");
    case Step::Optimize:
        return QStringLiteral("optimize");
    case Step::Validate:
        return QStringLiteral("validate");
    case Step::Save:
        break;
    }
    return QStringLiteral("save");
}

Result<std::vector<StrategyWindow>> StrategyOptimizer::planWindows(std::span<const qint64> times,
                                                                   int trainDays, int testDays)
{
    std::vector<StrategyWindow> windows;
    if (trainDays <= 0 || testDays <= 0 || times.empty())
        return windows;
    const auto index = [&](qint64 ms) {
        return size_t(std::lower_bound(times.begin(), times.end(), ms) - times.begin());
    };
    const qint64 train = trainDays * kDayMs;
    const qint64 test = testDays * kDayMs;
    // A test window must lie inside the series (one reaching past the last bar would be
    // judged on fewer days than the others): it may end one bar after the last bar starts.
    const qint64 lastBar = times.size() >= 2 ? times.back() - times[times.size() - 2] : 1;
    for (qint64 start = times.front();; start += test) {
        StrategyWindow w { index(start), index(start + train), index(start + train + test) };
        if (start + train + test > times.back() + lastBar)
            break;
        if (w.testEnd - w.testBegin < 2 || w.testBegin - w.trainBegin < 2)
            continue;
        if (int(windows.size()) == kMaxFolds) {
            return Error { tr("Walk-forward with %1 train and %2 test days gives more than %3 "
                              "folds; use longer test windows.")
                               .arg(trainDays)
                               .arg(testDays)
                               .arg(kMaxFolds) };
        }
        windows.push_back(w);
    }
    if (windows.empty()) {
        return Error { tr("Walk-forward with %1 train and %2 test days does not fit in %3 days "
                          "of bars.")
                           .arg(trainDays)
                           .arg(testDays)
                           .arg(double(times.back() - times.front()) / double(kDayMs), 0, 'f', 1) };
    }
    return windows;
}

void StrategyOptimizer::report(const StrategyProgress &progress) const
{
    if (m_progress)
        m_progress(progress);
}

Result<StrategyOptimizer::Search>
StrategyOptimizer::search(const BarColumns &bars, size_t begin, size_t end,
                          const BacktestOptions &options, StrategyProgress progress,
                          double fractionFrom, double fractionTo) const
{
    const Strategy *strategy = findStrategy(m_spec.strategy);
    auto space = searchedSpace(*strategy, m_spec.space, m_spec.fixedParams);
    if (!space)
        return space.error();
    SamplerOptions samplerOptions;
    samplerOptions.gridPointsPerAxis = gridPointsFor(*space, m_spec.budget);
    auto sampler = makeSampler(m_spec.method, *space, m_spec.seed, samplerOptions);
    if (!sampler)
        return sampler.error();
    const IndicatorCache cache(bars);
    Search result;
    progress.iterations = m_spec.budget;
    bool exhausted = false; // a walked grid
    while (!exhausted && int(result.trials.size()) < m_spec.budget) {
        if (m_token && m_token->isCancelled())
            return Error { tr("Strategy training cancelled: %1").arg(m_token->reason()) };
        // A batch of kBatch proposals, each made with the batch's earlier ones in the history
        // as running trials: the points, and so the results, do not depend on the thread count.
        const size_t first = result.trials.size();
        std::vector<QJsonObject> batch;
        while (int(batch.size()) < kBatch && int(result.trials.size()) < m_spec.budget) {
            auto point = (*sampler)->next(result.trials);
            if (!point) {
                exhausted = true;
                break;
            }
            SearchTrial trial;
            trial.number = int(result.trials.size()) + 1;
            trial.params = *point;
            trial.state = SearchTrial::State::Running;
            result.trials.push_back(std::move(trial));
            QJsonObject params = m_spec.fixedParams;
            for (auto it = point->begin(); it != point->end(); ++it)
                params.insert(it.key(), it.value());
            batch.push_back(std::move(params));
        }
        auto runs = backtestMany(*strategy, cache, batch, options, begin, end, m_threads);
        // In proposal order: the best is the first of equal objectives, as one thread finds it.
        for (size_t j = 0; j < batch.size(); ++j) {
            SearchTrial &trial = result.trials[first + j];
            const Result<BacktestResult> &run = runs[j];
            if (!run) {
                trial.state = SearchTrial::State::Failed;
                trial.details = { { QStringLiteral("error"), run.error().message } };
            } else {
                const double objective
                    = capped(BacktestObjective::value(m_spec.objective, run->scores));
                trial.state = SearchTrial::State::Complete;
                trial.score = -objective;
                trial.details = run->scores.toJson();
                if (result.best.isEmpty() || objective > result.bestObjective) {
                    result.best = *strategy->resolve(batch[j]);
                    result.bestObjective = objective;
                    result.bestScores = run->scores;
                }
                progress.currentObjective = objective;
            }
            progress.iteration = int(first + j) + 1;
            if (!result.best.isEmpty()) {
                progress.bestObjective = result.bestObjective;
                progress.bestParams = result.best;
            }
            progress.fraction = fractionFrom
                + (fractionTo - fractionFrom) * double(progress.iteration) / m_spec.budget;
            report(progress);
            // Cancelled after a report: stop there, as a one-at-a-time search would.
            if (m_token && m_token->isCancelled())
                return Error { tr("Strategy training cancelled: %1").arg(m_token->reason()) };
        }
    }
    if (result.best.isEmpty()) {
        return Error {
            tr("No backtest of %1 succeeded: %2")
                .arg(m_spec.strategy,
                     result.trials.empty()
                         ? tr("the search proposed nothing.")
                         : result.trials.back().details.value(QStringLiteral("error")).toString())
        };
    }
    return result;
}

Result<StrategyTrainResult> StrategyOptimizer::run(const BarColumns &bars,
                                                   qint64 timeframeSeconds) const
{
    if (auto checked = m_spec.check(); !checked)
        return checked.error();
    if (bars.size() < 3)
        return Error {
            tr("Strategy training needs at least 3 bars; the series has %1.").arg(bars.size())
        };
    auto windows = planWindows(bars.time, m_spec.trainDays, m_spec.testDays);
    if (!windows)
        return windows.error();
    BacktestOptions options = m_spec.costs;
    options.details = false;
    // One annualisation for every window: the whole series' bar density.
    options.barsPerYear = barsPerYear(bars.time, timeframeSeconds);

    // Optimize: the last train window, or everything.
    StrategyTrainResult result;
    StrategyWindow optimize { 0, bars.size(), bars.size() };
    if (!windows->empty()) {
        const qint64 from = bars.time.back() - qint64(m_spec.trainDays) * 86400LL * 1000;
        optimize.trainBegin = size_t(std::lower_bound(bars.time.begin(), bars.time.end(), from)
                                     - bars.time.begin());
    }
    result.optimizeWindow = optimize;
    const double optimizeShare = windows->empty() ? 1.0 : 1.0 / double(windows->size() + 1);
    StrategyProgress progress;
    progress.step = StrategyProgress::Step::Optimize;
    auto best = search(bars, optimize.trainBegin, optimize.testBegin, options, progress, 0,
                       optimizeShare);
    if (!best)
        return best.error();
    result.bestParams = best->best;
    result.bestObjective = best->bestObjective;
    result.trainScores = best->bestScores;
    result.trials = std::move(best->trials);

    // Validate: each fold on its own copy of its bars.
    for (size_t k = 0; k < windows->size(); ++k) {
        const StrategyWindow &w = (*windows)[k];
        const BarColumns slice = bars.slice(w.trainBegin, w.testEnd);
        const size_t trainBars = w.testBegin - w.trainBegin;
        StrategyProgress foldProgress;
        foldProgress.step = StrategyProgress::Step::Validate;
        foldProgress.fold = int(k) + 1;
        foldProgress.folds = int(windows->size());
        auto foldBest = search(slice, 0, trainBars, options, foldProgress,
                               optimizeShare * double(k + 1), optimizeShare * double(k + 2));
        if (!foldBest)
            return foldBest.error();
        const IndicatorCache cache(slice);
        auto test = backtestStrategy(*findStrategy(m_spec.strategy), cache, foldBest->best, options,
                                     trainBars, slice.size());
        if (!test)
            return test.error();
        StrategyFold fold;
        fold.index = int(k);
        fold.window = w;
        fold.trainBeginMs = bars.time[w.trainBegin];
        fold.testBeginMs = bars.time[w.testBegin];
        fold.testEndMs = bars.time[w.testEnd - 1];
        fold.params = foldBest->best;
        fold.trainObjective = foldBest->bestObjective;
        fold.test = test->scores;
        result.folds.push_back(std::move(fold));
    }

    // The best over the whole series, for the equity curve, drawdown and trades.
    const IndicatorCache cache(bars);
    BacktestOptions detailed = options;
    detailed.details = true;
    auto full
        = backtestStrategy(*findStrategy(m_spec.strategy), cache, result.bestParams, detailed);
    if (!full)
        return full.error();
    result.backtest = std::move(*full);
    return result;
}

} // namespace modeldeck
