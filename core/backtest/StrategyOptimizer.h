#pragma once
// Strategy training: a grid / random / TPE search (core/search samplers) over a strategy's
// parameter space for the best objective, then walk-forward validation. Pure: bars in, result
// out; the service loads bars and stores the result.
//
// Windows, in days of bar time (rolling, each test window follows its train window):
//   fold k: train [t0 + k·test, t0 + k·test + train), test [that end, that end + test)
// while a test window holds at least two bars. Each fold is evaluated on its own copy of the
// bars from its train start to its test end, so nothing after the test window exists for it:
// the fold's search runs on its train bars, the best parameters are backtested on its test bars
// (indicators warmed up on the train bars, the test window starting flat).
// The Optimize step searches the most recent train window (the last `trainDays` of the series:
// what a rolling walk-forward would deploy next), or the whole series without walk-forward.

#include "backtest/BacktestEngine.h"
#include "backtest/BacktestScores.h"
#include "domain/SearchTrial.h"
#include "domain/StrategyProgress.h"
#include "modeldeck_core_export.h"
#include "search/Sampler.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <optional>
#include <vector>

namespace modeldeck {

class CancellationToken;

struct MODELDECK_CORE_EXPORT StrategyTrainSpec
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::StrategyTrainSpec)

public:
    QString strategy;
    QJsonObject fixedParams; // held fixed, left out of the search
    // A narrower space in SearchSpace JSON (keys of the strategy's space only); empty: the
    // strategy's own.
    QJsonObject space;
    BacktestObjective::Kind objective = BacktestObjective::Sharpe;
    Method method = Method::Bayes;
    int budget = 50; // backtests per search (a grid may have fewer points)
    quint64 seed = 1;
    BacktestOptions costs; // commission, slippage, short; barsPerYear is set from the bars
    int trainDays = 0; // walk-forward when both are above 0
    int testDays = 0;

    static constexpr int kMaxBudget = 100000;
    Status check() const; // budget, days, known strategy, fixed params in range
    QJsonObject toJson() const;
    // toJson's form back (a queued job's spec), checked; absent keys take the defaults above.
    static Result<StrategyTrainSpec> fromJson(const QJsonObject &json);
};

struct StrategyWindow
{
    size_t trainBegin = 0; // bar indices, half-open: train [trainBegin, testBegin)
    size_t testBegin = 0;
    size_t testEnd = 0;
};

struct MODELDECK_CORE_EXPORT StrategyFold
{
    int index = 0;
    StrategyWindow window;
    qint64 trainBeginMs = 0;
    qint64 testBeginMs = 0;
    qint64 testEndMs = 0; // the last test bar's time
    QJsonObject params; // the fold's own search's best
    double trainObjective = 0;
    BacktestScores test;

    QJsonObject toJson() const;
    // toJson's form back; the window's bar indices from its "window" array when present
    // (StrategyTrainResult::toJson adds it), else zero.
    static StrategyFold fromJson(const QJsonObject &json);
};

struct MODELDECK_CORE_EXPORT StrategyTrainResult
{
    QJsonObject bestParams; // complete (defaults filled in)
    double bestObjective = 0;
    StrategyWindow optimizeWindow;
    BacktestScores trainScores; // the best on the Optimize window
    std::vector<SearchTrial> trials; // of the Optimize search; score = -objective
    std::vector<StrategyFold> folds;
    BacktestResult backtest; // the best over the whole series, with equity, drawdown, trades

    // Test windows chained: total_return and buy_and_hold_return compounded over folds, the
    // objective's mean over folds, folds with a positive return.
    QJsonObject walkForwardSummary(BacktestObjective::Kind objective) const;
    QJsonArray foldsJson() const;

    // Everything but `backtest` (recomputed from bestParams when needed: equity and trades are
    // per bar) as a strategy job stores it (training_jobs.strategy_result); trials beyond
    // kMaxStoredTrials are left out (their count stays in "trial_count").
    static constexpr int kMaxStoredTrials = 5000;
    QJsonObject toJson(BacktestObjective::Kind objective) const;
    static Result<StrategyTrainResult> fromJson(const QJsonObject &json);
};

class MODELDECK_CORE_EXPORT StrategyOptimizer
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::StrategyOptimizer)

public:
    explicit StrategyOptimizer(StrategyTrainSpec spec) : m_spec(std::move(spec)) { }

    using Progress = std::function<void(const StrategyProgress &)>;
    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    void setCancellationToken(const CancellationToken *token) { m_token = token; }

    // The rolling windows over `times` (empty without walk-forward); an error when walk-forward
    // is asked for and not one fold fits, or more than kMaxFolds would.
    static constexpr int kMaxFolds = 200;
    static Result<std::vector<StrategyWindow>> planWindows(std::span<const qint64> times,
                                                           int trainDays, int testDays);

    // bars: the whole series; timeframeSeconds for bars per year when the series is short.
    Result<StrategyTrainResult> run(const BarColumns &bars, qint64 timeframeSeconds) const;

private:
    struct Search
    {
        QJsonObject best;
        double bestObjective = 0;
        BacktestScores bestScores;
        std::vector<SearchTrial> trials;
    };
    Result<Search> search(const BarColumns &bars, size_t begin, size_t end,
                          const BacktestOptions &options, StrategyProgress progress,
                          double fractionFrom, double fractionTo) const;
    void report(const StrategyProgress &progress) const;

    StrategyTrainSpec m_spec;
    Progress m_progress;
    const CancellationToken *m_token = nullptr;
};

} // namespace modeldeck
