#include "JobExecutor.h"

#include "queue/StrategyJob.h"
#include "services/SearchService.h"
#include "services/TrainingService.h"
#include "training/CancellationToken.h"
#include "training/TrainingSettings.h"

namespace modeldeck {

JobExecutor trainingExecutor(const Database &database)
{
    return [&database](const TrainingJob &job, const CancellationToken &token,
                       const ProgressCallback &progress) {
        // A strategy job has no model settings: its bot is the strategy's name.
        if (job.spec.isStrategy())
            return runStrategyJob(database, job, token, progress);
        auto settings
            = TrainingSettings::fromParams(job.spec.bot, job.spec.params, job.spec.horizon);
        if (!settings)
            return JobResult { JobStatus::Failed, settings.error().message, 0 };
        if (!job.spec.search.isEmpty()) {
            SearchService search(database);
            search.setCancellationToken(&token);
            search.setProgressCallback(progress);
            const SearchOutcome outcome = search.run(job);
            if (outcome.ok)
                return JobResult { JobStatus::Completed, QString(), outcome.final.recordId };
            return JobResult { outcome.cancelled ? JobStatus::Cancelled : JobStatus::Failed,
                               outcome.error.toString(), outcome.final.recordId };
        }
        TrainingService service(database);
        service.setCancellationToken(&token);
        service.setProgressCallback(progress);
        const TrainingOutcome outcome
            = service.train({ job.spec.symbol, job.spec.timeframe, settings->model,
                              settings->features, job.spec.manual, job.id });
        if (outcome.ok)
            return JobResult { JobStatus::Completed, QString(), outcome.recordId };
        return JobResult { outcome.cancelled ? JobStatus::Cancelled : JobStatus::Failed,
                           outcome.error.toString(), outcome.recordId };
    };
}

} // namespace modeldeck
