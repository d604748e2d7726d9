// StrategyService's part for strategy training as a queue job (issue #20): the job's spec in
// and out of JobSpec::strategy, the run the queue's executor makes (the result and the saved
// configuration in one transaction), and reading a finished job's result back as the
// StrategyTrainOutcome a direct train returns.

#include "domain/Timeframe.h"
#include "services/StrategyService.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "storage/TrainedConfigurationRepository.h"

namespace modeldeck {

namespace {

const QString kSpecKey = QStringLiteral("spec");
const QString kSaveAsKey = QStringLiteral("save_as");
const QString kSavedKey = QStringLiteral("saved_configuration_id");

} // namespace

QJsonObject StrategyService::jobJson(const StrategyTrainRequest &request)
{
    QJsonObject json { { kSpecKey, request.spec.toJson() } };
    if (!request.saveAs.trimmed().isEmpty())
        json.insert(kSaveAsKey, request.saveAs.trimmed());
    return json;
}

Result<StrategyTrainRequest> StrategyService::requestFrom(const JobSpec &spec)
{
    if (!spec.isStrategy())
        return Error { tr("The job for %1 %2 (%3) is not a strategy training job.")
                           .arg(spec.symbol, spec.timeframe, spec.bot) };
    auto trainSpec = StrategyTrainSpec::fromJson(spec.strategy.value(kSpecKey).toObject());
    if (!trainSpec)
        return Error {
            tr("The strategy job's settings are not valid: %1").arg(trainSpec.error().message)
        };
    StrategyTrainRequest request;
    request.symbol = spec.symbol;
    request.timeframe = spec.timeframe;
    request.spec = std::move(*trainSpec);
    request.saveAs = spec.strategy.value(kSaveAsKey).toString();
    return request;
}

Result<StrategyTrainOutcome> StrategyService::trainJob(qint64 jobId,
                                                       StrategyTrainRequest request) const
{
    request.sourceJobId = jobId;
    auto run = this->run(request);
    if (!run)
        return run.error();
    StrategyTrainOutcome outcome = std::move(*run);
    reportSaving(outcome.result);

    // The job's result and the configuration it saves commit together: a crash between the
    // two cannot leave a saved configuration whose job has no result, or the reverse.
    QJsonObject stored = outcome.result.toJson(request.spec.objective);
    if (outcome.forecasts)
        stored.insert(QStringLiteral("forecasts"), outcome.forecasts->toJson());
    const auto attach = [&](const QSqlDatabase &db, qint64 savedId) {
        if (savedId > 0)
            stored.insert(kSavedKey, savedId);
        return JobRepository(db).attachStrategyResult(jobId, stored);
    };
    if (!request.saveAs.isEmpty()) {
        auto saved = saveWith(configurationFrom(request, outcome), attach);
        if (!saved)
            return saved.error();
        outcome.saved = std::move(*saved);
        return outcome;
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    WriteTransaction tx(*db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto attached = attach(*db, 0); !attached)
        return attached.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<StrategyTrainOutcome> StrategyService::jobResult(qint64 jobId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    JobRepository jobs(*db);
    auto found = jobs.find(jobId);
    if (!found)
        return found.error();
    if (!*found)
        return Error { tr("There is no job %1.").arg(jobId) };
    const TrainingJob &job = **found;
    if (!job.spec.isStrategy())
        return Error {
            tr("Job %1 trains a model, not a strategy: it has no strategy result.").arg(jobId)
        };
    switch (job.status) {
    case JobStatus::Completed:
        break;
    case JobStatus::Pending:
    case JobStatus::Running:
        return Error { tr("Strategy job %1 has not finished yet.").arg(jobId) };
    case JobStatus::Failed:
        return Error {
            tr("Strategy job %1 failed; it has no result: %2").arg(jobId).arg(job.errorMessage)
        };
    case JobStatus::Cancelled:
    case JobStatus::Interrupted:
        return Error {
            tr("Strategy job %1 was stopped before it finished; it has no result.").arg(jobId)
        };
    }
    auto request = requestFrom(job.spec);
    if (!request)
        return request.error();
    auto stored = jobs.strategyResult(jobId);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return Error { tr("Strategy job %1 completed but stored no result.").arg(jobId) };
    auto result = StrategyTrainResult::fromJson(*stored);
    if (!result)
        return Error { tr("The result of strategy job %1 cannot be read: %2")
                           .arg(jobId)
                           .arg(result.error().message) };
    StrategyTrainOutcome outcome;
    outcome.result = std::move(*result);
    // Equity, drawdown and trades are per bar, too large to store: the best parameters are
    // backtested again with the job's costs, as the run did over the whole series.
    auto full = backtest({ request->symbol, request->timeframe, request->spec.strategy,
                           outcome.result.bestParams, request->spec.costs });
    if (!full)
        return Error { tr("Backtesting the best parameters of strategy job %1 again failed: %2")
                           .arg(jobId)
                           .arg(full.error().message) };
    outcome.result.backtest = std::move(full->result);
    outcome.forecasts = std::move(full->forecasts);
    if (const qint64 savedId = stored->value(kSavedKey).toInteger(); savedId > 0) {
        // Deleted since: the result stands without it.
        auto saved = TrainedConfigurationRepository(*db).find(savedId);
        if (!saved)
            return saved.error();
        outcome.saved = std::move(*saved);
    }
    return outcome;
}

Result<std::vector<StrategyJobEntry>> StrategyService::jobs(int limit) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto found = JobRepository(*db).strategyJobs(limit);
    if (!found)
        return found.error();
    std::vector<StrategyJobEntry> entries;
    entries.reserve(found->size());
    for (TrainingJob &job : *found) {
        // A spec this version cannot read still lists, with what the row says.
        StrategyJobEntry entry;
        if (auto request = requestFrom(job.spec)) {
            entry.request = std::move(*request);
        } else {
            entry.request.symbol = job.spec.symbol;
            entry.request.timeframe = job.spec.timeframe;
            entry.request.spec.strategy = job.spec.bot;
        }
        entry.job = std::move(job);
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace modeldeck
