#pragma once
// Strategy training as a queue job (issue #20): the JobSpec that queues a StrategyTrainRequest,
// the run the executor makes of such a job, and the mapping of its StrategyProgress onto the
// queue's TrainingProgress — Data → Data, Optimize → Train, Validate → Validate, Save → Save,
// the search fields filled (trial = iteration; scores are losses, so −objective) — so the
// queue's progress rows and views show it as they show a hyperparameter search.

#include "backtest/BacktestScores.h"
#include "domain/TrainingJob.h"
#include "domain/TrainingProgress.h"
#include "modeldeck_core_export.h"
#include "queue/JobExecutor.h"
#include "services/StrategyService.h"

#include <QCoreApplication>

namespace modeldeck {

// The spec to enqueue: the series, bot = the strategy's name, JobSpec::strategy from the
// request, the priority of a job started by hand.
MODELDECK_CORE_EXPORT JobSpec strategyJob(const StrategyTrainRequest &request);

// "Sharpe", "total return", … for details lines ("best Sharpe 1.23").
MODELDECK_CORE_EXPORT QString objectiveLabel(BacktestObjective::Kind objective);
// The objective a strategy job optimises, from its spec (Sharpe when unreadable).
MODELDECK_CORE_EXPORT BacktestObjective::Kind strategyObjectiveOf(const JobSpec &spec);

class MODELDECK_CORE_EXPORT StrategyJobProgress
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::StrategyJobProgress)

public:
    explicit StrategyJobProgress(BacktestObjective::Kind objective) : m_objective(objective) { }
    // Each call advances the ETA estimate: one mapper per run.
    TrainingProgress map(const StrategyProgress &progress);

private:
    BacktestObjective::Kind m_objective;
    EtaEstimator m_eta;
    SearchProgress m_optimize; // the Optimize search's, kept through Validate and Save
};

// Runs a job whose spec has a strategy part (StrategyService::trainJob): Completed, Cancelled
// (the token) or Failed; recordId stays 0.
MODELDECK_CORE_EXPORT JobResult runStrategyJob(const Database &database, const TrainingJob &job,
                                               const CancellationToken &token,
                                               const ProgressCallback &progress);

} // namespace modeldeck
