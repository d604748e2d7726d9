#pragma once
// Retraining a model on request: by hand (Saved Models ▸ Retrain…, `modeldeck-cli retrain`),
// because a drift alert was raised, or by the retraining schedule. Queues a job with the
// settings of the model's active version (else its newest) or of a training record, records
// why (trigger and reason, migration 0012) and answers the job, whether an identical job was
// already pending or running (then that one), and when it should be done (RetrainEta).
// Synchronous and on the calling thread's connection, so it serves pool threads, the scheduler
// and the CLI alike; a TrainingQueue in this process learns of the job through
// TrainingQueue::noticeQueuedElsewhere (or its own recount).

#include "domain/TrainingJob.h"
#include "modeldeck_core_export.h"
#include "queue/RetrainEta.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace modeldeck {

class Database;

enum class RetrainTriggerKind { Manual, Drift, Scheduled };

MODELDECK_CORE_EXPORT QString toString(RetrainTriggerKind trigger);
MODELDECK_CORE_EXPORT std::optional<RetrainTriggerKind>
retrainTriggerFromString(const QString &text);

struct RetrainRequest
{
    QString modelName; // a registry model; or, when empty,
    qint64 recordId = 0; // a training record
    RetrainTriggerKind trigger = RetrainTriggerKind::Manual;
    QString reason;
};

struct RetrainTicket
{
    qint64 jobId = 0; // the new job, or the identical one already queued
    bool duplicate = false; // an identical job was pending or running: jobId is that one
    JobSpec spec; // what was asked for
    RetrainEta eta;
};

class MODELDECK_CORE_EXPORT RetrainTrigger
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::RetrainTrigger)
public:
    // Longest reason kept with a job (longer ones are cut): an alert's message fits.
    static constexpr int kMaxReasonLength = 500;

    explicit RetrainTrigger(const Database &database);
    // The queue's workers, which share the jobs ahead (default 1).
    void setWorkers(int workers) { m_workers = std::max(1, workers); }

    // The job a retrain would queue. Errors name the model or record and say what is wrong
    // (unknown, imported from a file ModelDeck cannot train, damaged settings).
    Result<JobSpec> specFor(const RetrainRequest &request) const;
    Result<RetrainTicket> retrain(const RetrainRequest &request) const;
    // When pending or running job `jobId` should be done (unknown for other jobs).
    Result<RetrainEta> etaOf(qint64 jobId) const;

private:
    const Database &m_database;
    int m_workers = 1;
};

} // namespace modeldeck
