#pragma once
// SQL for training_progress: one row per job with how far its training has come, replaced on
// each report, read by the CLI's `queue status` and the queue views of other processes.

#include "domain/TrainingJob.h"
#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace modeldeck {

class MODELDECK_CORE_EXPORT JobProgressRepository
{
    // The messages were JobRepository's before progress got its own repository; the context
    // keeps their translations.
    Q_DECLARE_TR_FUNCTIONS(modeldeck::JobRepository)
public:
    explicit JobProgressRepository(QSqlDatabase db);

    // Replaces the job's row and records the job's heartbeat, in one transaction: a job that
    // reports progress is alive.
    Status write(const JobProgressRow &row);
    // Replaces the job's row inside a write transaction the caller holds (a job's final
    // progress commits with its end, see JobRepository::finish).
    Status replace(const JobProgressRow &row);
    Result<std::optional<JobProgressRow>> find(qint64 jobId);

private:
    QSqlDatabase m_db;
};

} // namespace modeldeck
