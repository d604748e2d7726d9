#include "services/JobsFacade.h"

#include "services/PoolTask.h"
#include "storage/JobRepository.h"
#include "storage/SearchTrialRepository.h"
#include "storage/TrainingRecordRepository.h"

namespace modeldeck {

JobsFacade::JobsFacade(std::shared_ptr<Database> database) : m_database(std::move(database)) { }

QCoro::Task<Result<std::vector<TrainingJob>>> JobsFacade::active() const
{
    return onPool(m_database, [](const Database &db) -> Result<std::vector<TrainingJob>> {
        auto connection = db.connection();
        if (!connection)
            return connection.error();
        return JobRepository(*connection).active();
    });
}

QCoro::Task<Result<std::vector<JobHistoryEntry>>> JobsFacade::history(int limit) const
{
    return onPool(m_database, [limit](const Database &db) -> Result<std::vector<JobHistoryEntry>> {
        auto connection = db.connection();
        if (!connection)
            return connection.error();
        auto jobs = JobRepository(*connection).history(limit);
        if (!jobs)
            return jobs.error();
        std::vector<qint64> recordIds;
        for (const TrainingJob &job : *jobs) {
            if (job.recordId > 0)
                recordIds.push_back(job.recordId);
        }
        auto metrics = TrainingRecordRepository(*connection).testMetrics(recordIds);
        if (!metrics)
            return metrics.error();
        std::vector<JobHistoryEntry> entries;
        entries.reserve(jobs->size());
        for (TrainingJob &job : *jobs) {
            JobHistoryEntry entry { std::move(job), std::nullopt, std::nullopt };
            if (const auto it = metrics->constFind(entry.job.recordId); it != metrics->cend()) {
                entry.testRmse = it->rmse;
                entry.testMae = it->mae;
            }
            entries.push_back(std::move(entry));
        }
        return entries;
    });
}

QCoro::Task<Result<std::vector<SearchTrial>>> JobsFacade::searchTrials(qint64 jobId) const
{
    return onPool(m_database, [jobId](const Database &db) -> Result<std::vector<SearchTrial>> {
        auto connection = db.connection();
        if (!connection)
            return connection.error();
        return SearchTrialRepository(*connection).forJob(jobId);
    });
}

} // namespace modeldeck
