#pragma once
// Strategy Studio's services (issue #20): backtest a strategy on a stored series, train one
// (StrategyOptimizer: search, then walk-forward), and keep trained configurations
// (trained_configurations). Synchronous: run it on a pool thread (StrategyFacade) or in the CLI.
// Long calls report StrategyProgress through a callback and stop at a CancellationToken.
// model_signal's forecasts are computed in the Data step (ModelSignalData) for both calls.

#include "backtest/BacktestEngine.h"
#include "backtest/StrategyOptimizer.h"
#include "domain/TrainedConfiguration.h"
#include "domain/TrainingJob.h"
#include "modeldeck_core_export.h"
#include "services/ModelSignalData.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>
#include <vector>

class QSqlDatabase;

namespace modeldeck {

class CancellationToken;
class Database;
class Strategy;

struct StrategyBacktestRequest
{
    QString symbol;
    QString timeframe;
    QString strategy;
    QJsonObject params; // over the strategy's defaults
    BacktestOptions costs; // barsPerYear is set from the bars; details are kept
};

struct StrategyBacktestOutcome
{
    QJsonObject params; // complete
    double barsPerYear = 0;
    BacktestResult result; // with equity, drawdown and trades
    // model_signal: the model whose forecasts it traded on and the first bar it could trade
    // (every bar before is in the model's training data or warm-up, and gets no signal).
    std::optional<ForecastSource> forecasts;
};

struct StrategyTrainRequest
{
    QString symbol;
    QString timeframe;
    StrategyTrainSpec spec;
    QString saveAs; // non-empty: save the best as a trained configuration of this name
    qint64 sourceJobId = 0;
};

struct StrategyTrainOutcome
{
    StrategyTrainResult result;
    std::optional<TrainedConfiguration> saved; // with its id
    std::optional<ForecastSource> forecasts; // model_signal, as in StrategyBacktestOutcome
};

// A strategy training job of the queue with what it trains (StrategyFacade::jobs).
struct StrategyJobEntry
{
    TrainingJob job;
    StrategyTrainRequest request;
};

class MODELDECK_CORE_EXPORT StrategyService
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::StrategyService)

public:
    explicit StrategyService(const Database &database) : m_database(database) { }

    using Progress = std::function<void(const StrategyProgress &)>;
    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    void setCancellationToken(const CancellationToken *token) { m_token = token; }
    // Threads a training run backtests parameter sets on (StrategyOptimizer::setThreads); the
    // result does not depend on it. Default: QThread::idealThreadCount().
    void setThreads(int threads) { m_threads = threads; }

    Result<StrategyBacktestOutcome> backtest(const StrategyBacktestRequest &request) const;
    // Data (load bars) → Optimize → Validate → Save (when saveAs is set).
    Result<StrategyTrainOutcome> train(const StrategyTrainRequest &request) const;

    // Strategy training as a queue job (StrategyServiceJobs.cpp). trainJob is what the queue's
    // executor runs: train, then in one transaction save the configuration (when saveAs is
    // set; source_job_id = jobId) and store the result on the job's row.
    Result<StrategyTrainOutcome> trainJob(qint64 jobId, StrategyTrainRequest request) const;
    // A completed job's stored result as train returned it, `backtest` recomputed with the
    // job's costs over the whole series; errors name a missing, unfinished or other job.
    Result<StrategyTrainOutcome> jobResult(qint64 jobId) const;
    // The newest strategy jobs of any status, with their requests.
    Result<std::vector<StrategyJobEntry>> jobs(int limit = 200) const;
    // What a job spec with a strategy part trains; an error for other jobs or a bad spec.
    static Result<StrategyTrainRequest> requestFrom(const JobSpec &spec);
    // The strategy part of such a spec: {"spec": …, "save_as": …}.
    static QJsonObject jobJson(const StrategyTrainRequest &request);

    Result<std::vector<TrainedConfiguration>> list(const QString &symbol = {},
                                                   const QString &timeframe = {},
                                                   const QString &strategy = {},
                                                   int limit = -1) const;
    // By id when `idOrName` is a number that is one, else by name; an error when neither.
    Result<TrainedConfiguration> find(const QString &idOrName) const;
    Result<TrainedConfiguration> save(TrainedConfiguration configuration) const;
    Status remove(qint64 id) const;
    // TrainedConfiguration::toJson, indented, to `path` (written whole or not at all).
    static Status exportJson(const TrainedConfiguration &configuration, const QString &path);

    // The row a training result is saved as.
    static TrainedConfiguration configurationFrom(const StrategyTrainRequest &request,
                                                  const StrategyTrainResult &result);
    // Equity and drawdown per bar ({"time", "equity", "drawdown"} arrays) and the trades, for
    // the CLI's --json and the UI's charts.
    static QJsonObject curvesJson(const BacktestResult &result);
    static QJsonArray tradesJson(const BacktestResult &result);

private:
    // The series as columns; for a strategy that needs forecasts (model_signal) with the
    // forecast column of the model params["model"] names, computed once here (the Data step,
    // reported as progress, cancellable) and described in *forecasts.
    Result<BarColumns> loadBars(const QString &symbol, const QString &timeframe,
                                const Strategy &strategy, const QJsonObject &params,
                                qint64 *timeframeSeconds,
                                std::optional<ForecastSource> *forecasts) const;
    void report(const StrategyProgress &progress) const;
    void reportSaving(const StrategyTrainResult &result) const; // the Save step, with the best
    // save() with `also` run in its transaction (given the new row's id) before the commit.
    using AlsoInTransaction = std::function<Status(const QSqlDatabase &db, qint64 id)>;
    Result<TrainedConfiguration> saveWith(TrainedConfiguration configuration,
                                          const AlsoInTransaction &also) const;
    // Data → Optimize → Validate, nothing saved (`saved` stays empty).
    Result<StrategyTrainOutcome> run(const StrategyTrainRequest &request) const;
    // configurationFrom, with the forecasts a model_signal run traded on.
    static TrainedConfiguration configurationFrom(const StrategyTrainRequest &request,
                                                  const StrategyTrainOutcome &outcome);

    const Database &m_database;
    Progress m_progress;
    const CancellationToken *m_token = nullptr;
    int m_threads = 0; // 0: QThread::idealThreadCount()
};

} // namespace modeldeck
