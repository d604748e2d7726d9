#pragma once
// A queued training job as stored in training_jobs, and its persisted progress.

#include "modeldeck_core_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace modeldeck {

enum class JobStatus { Pending, Running, Completed, Failed, Cancelled, Interrupted };

MODELDECK_CORE_EXPORT QString toString(JobStatus status);
MODELDECK_CORE_EXPORT std::optional<JobStatus> jobStatusFromString(const QString &text);

// What to train: enough to build a TrainingRequest.
struct JobSpec
{
    QString symbol;
    QString timeframe;
    QString bot;
    QJsonObject params; // hyperparameters as given (validated by ModelConfig)
    int horizon = 1;
    int priority = 0; // higher runs first; ties run in queue order
    int maxRetries = 0; // automatic retries after a failure
    qint64 retrainOf = 0; // training record this job retrains, 0 if none
    // Started by hand (Train Model…): its result waits for the user's Save or Discard instead
    // of being recorded as an ordinary model.
    bool manual = false;
    // A hyperparameter search (SearchSpec's JSON) instead of one training run; empty for an
    // ordinary job.
    QJsonObject search {};
    // A strategy training (queue/StrategyJob): {"spec": StrategyTrainSpec::toJson(), "save_as":
    // name or absent}; empty for other jobs. `bot` then holds the strategy's name and params,
    // horizon stay unused.
    QJsonObject strategy {};
    // Why the job was queued, for retrains (RetrainTrigger): "manual", "drift" or "scheduled",
    // and the user's or the alert's words. Empty for other jobs. Like priority, not part of
    // the dedup key: a drift retrain of a model merges with the manual one already pending.
    QString trigger {};
    QString reason {};

    // Manual jobs run before the auto-train backlog (the queue panel's priorities go to 1000).
    static constexpr int kManualPriority = 1000;

    // symbol|timeframe|bot|horizon|canonical params[|manual][|search:…][|strategy:…]: identical
    // specs are never queued twice, and a manual job never merges with an auto one (or the
    // reverse).
    QString dedupKey() const;
    bool isStrategy() const { return !strategy.isEmpty(); }
};

struct TrainingJob
{
    qint64 id = 0;
    JobSpec spec;
    JobStatus status = JobStatus::Pending;
    double position = 0; // order among equal priorities (fractional so moves touch one row)
    int attempts = 0;
    QString errorMessage;
    qint64 recordId = 0; // model_training_records row of the last attempt
    qint64 ownerPid = 0; // process running it
    QDateTime createdAt; // UTC
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime heartbeatAt;
};

// Row of training_progress: the last progress of a job, written at most once a second.
struct JobProgressRow
{
    qint64 jobId = 0;
    double percentage = 0; // 0..100
    QString currentStep; // Data, Train, Validate, Save
    int stepNumber = 0; // 1-based
    int totalSteps = 4;
    double stepPercentage = 0; // 0..100
    QString stepDetails;
    QDateTime startedAt;
    QDateTime updatedAt;
    QDateTime estimatedCompletion; // invalid while estimating
    int currentIteration = 0; // optimizer fields (hyperparameter search); epochs for training
    int totalIterations = 0;
    std::optional<double> bestScore;
    std::optional<double> currentScore;
    QJsonObject bestParams;
    bool isComplete = false;
    QString errorMessage;
};

// A finished job with the test metrics of the training record it made, if any (the queue's
// History list).
struct JobHistoryEntry
{
    TrainingJob job;
    std::optional<double> testRmse;
    std::optional<double> testMae;
};

// How many jobs are in each state (the queue dock's counts).
struct JobCounts
{
    int pending = 0;
    int running = 0;
    int completed = 0;
    int failed = 0;
    int cancelled = 0;
    int interrupted = 0;

    friend bool operator==(const JobCounts &, const JobCounts &) = default;
};

// What start-up did with the jobs a process that died had left running (JobRecovery).
struct RecoveredJobs
{
    // A job interrupted this often in a row fails as poison instead of being queued again.
    static constexpr int kMaxInterruptions = 3;

    int completed = 0; // their record was saved before the crash; only the end was missing
    int requeued = 0; // pending again, in their old place
    int poisoned = 0; // interrupted too often in a row: failed
};

} // namespace modeldeck

Q_DECLARE_METATYPE(modeldeck::JobStatus)
Q_DECLARE_METATYPE(modeldeck::TrainingJob) // the training queue's job signals
