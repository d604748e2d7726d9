#include "queue/StrategyJob.h"

#include "training/CancellationToken.h"

namespace modeldeck {

namespace {

// Objectives are maximised; the queue's search fields are losses.
std::optional<double> lossOf(const std::optional<double> &objective)
{
    return objective ? std::optional<double>(-*objective) : std::nullopt;
}

} // namespace

JobSpec strategyJob(const StrategyTrainRequest &request)
{
    JobSpec spec;
    spec.symbol = request.symbol.trimmed(); // as stored: the series is looked up by it
    spec.timeframe = request.timeframe.trimmed();
    spec.bot = request.spec.strategy;
    spec.priority = JobSpec::kManualPriority;
    spec.strategy = StrategyService::jobJson(request);
    return spec;
}

QString objectiveLabel(BacktestObjective::Kind objective)
{
    switch (objective) {
    case BacktestObjective::Sharpe:
        return StrategyJobProgress::tr("Sharpe");
    case BacktestObjective::Sortino:
        return StrategyJobProgress::tr("Sortino");
    case BacktestObjective::TotalReturn:
        return StrategyJobProgress::tr("total return");
    case BacktestObjective::Cagr:
        return StrategyJobProgress::tr("CAGR");
    case BacktestObjective::Calmar:
        return StrategyJobProgress::tr("Calmar");
    case BacktestObjective::ProfitFactor:
        return StrategyJobProgress::tr("profit factor");
    case BacktestObjective::WinRate:
        return StrategyJobProgress::tr("win rate");
    case BacktestObjective::MaxDrawdown:
        return StrategyJobProgress::tr("max drawdown");
    }
    return BacktestObjective::name(objective);
}

BacktestObjective::Kind strategyObjectiveOf(const JobSpec &spec)
{
    const QString name = spec.strategy.value(QStringLiteral("spec"))
                             .toObject()
                             .value(QStringLiteral("objective"))
                             .toString();
    const auto objective = BacktestObjective::parse(name);
    return objective ? *objective : BacktestObjective::Sharpe;
}

TrainingProgress StrategyJobProgress::map(const StrategyProgress &s)
{
    TrainingProgress p;
    p.strategy = s;
    const auto best = [&](const std::optional<double> &objective) {
        return objective ? tr(" · best %1 %2")
                               .arg(objectiveLabel(m_objective))
                               .arg(QString::number(*objective, 'g', 4))
                         : QString();
    };
    const double searched = s.iterations > 0 ? double(s.iteration) / s.iterations : 0.0;
    switch (s.step) {
    case StrategyProgress::Step::Data:
        p.step = TrainingProgress::Step::Data;
        p.details = tr("Loading bars");
        break;
    case StrategyProgress::Step::Optimize:
        p.step = TrainingProgress::Step::Train;
        p.stepFraction = searched;
        m_optimize.trial = s.iteration;
        m_optimize.trials = s.iterations;
        m_optimize.score = lossOf(s.currentObjective);
        m_optimize.bestScore = lossOf(s.bestObjective);
        m_optimize.bestParams = s.bestParams;
        p.details
            = tr("Iteration %1/%2").arg(s.iteration).arg(s.iterations) + best(s.bestObjective);
        break;
    case StrategyProgress::Step::Validate:
        // Each fold searches its own train window; its figures are in p.strategy, while the
        // search fields keep the Optimize search's result the job will keep.
        p.step = TrainingProgress::Step::Validate;
        p.stepFraction = s.folds > 0 ? (std::max(0, s.fold - 1) + searched) / s.folds : 0.0;
        p.details = tr("Fold %1/%2 · iteration %3/%4")
                        .arg(s.fold)
                        .arg(s.folds)
                        .arg(s.iteration)
                        .arg(s.iterations)
            + best(s.bestObjective);
        break;
    case StrategyProgress::Step::Save:
        p.step = TrainingProgress::Step::Save;
        p.details = tr("Saving the result") + best(s.bestObjective);
        break;
    }
    p.search = m_optimize;
    p.etaSeconds = p.overall() >= 1.0 ? 0.0 : m_eta.update(p.overall());
    return p;
}

JobResult runStrategyJob(const Database &database, const TrainingJob &job,
                         const CancellationToken &token, const ProgressCallback &progress)
{
    auto request = StrategyService::requestFrom(job.spec);
    if (!request)
        return { JobStatus::Failed, request.error().message, 0 };
    StrategyService service(database);
    service.setCancellationToken(&token);
    StrategyJobProgress mapper(request->spec.objective);
    service.setProgressCallback([&](const StrategyProgress &p) {
        if (progress)
            progress(mapper.map(p));
    });
    auto outcome = service.trainJob(job.id, *request);
    if (outcome)
        return { JobStatus::Completed, QString(), 0 };
    return { token.isCancelled() ? JobStatus::Cancelled : JobStatus::Failed,
             outcome.error().toString(), 0 };
}

} // namespace modeldeck
