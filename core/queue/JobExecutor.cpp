#include "JobExecutor.h"

#include "services/TrainingService.h"
#include "training/CancellationToken.h"

namespace modeldeck {

JobExecutor trainingExecutor(const Database &database)
{
    return [&database](const TrainingJob &job, const CancellationToken &token, const ProgressCallback &progress) {
        auto model = ModelConfig::fromJson(job.spec.bot, job.spec.params);
        if (!model)
            return JobResult{JobStatus::Failed, model.error().message, 0};
        FeatureConfig features;
        features.horizon = job.spec.horizon;
        features.lookback = model->lookback;
        TrainingService service(database);
        service.setCancellationToken(&token);
        service.setProgressCallback(progress);
        const TrainingOutcome outcome =
            service.train({job.spec.symbol, job.spec.timeframe, *model, features, job.spec.manual});
        if (outcome.ok)
            return JobResult{JobStatus::Completed, QString(), outcome.recordId};
        return JobResult{outcome.cancelled ? JobStatus::Cancelled : JobStatus::Failed, outcome.error.toString(),
                         outcome.recordId};
    };
}

} // namespace modeldeck
