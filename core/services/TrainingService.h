#pragma once
// One training run end to end, shared by the CLI, the GUI and (later) the queue: load bars,
// build features (Data), train (Train), evaluate on the test split (Validate), then write
// the model file atomically and record the run with its epochs in one transaction (Save).
// Failures and cancellations are recorded as failed runs with the reason; no file remains,
// except a trained model whose record could not be written: it is kept (UnrecordedModel).

#include "domain/Bar.h"
#include "domain/EpochRecord.h"
#include "domain/TrainingProgress.h"
#include "domain/TrainingRecord.h"
#include "features/FeatureConfig.h"
#include "modeldeck_core_export.h"
#include "models/ModelConfig.h"
#include "training/ConformalInterval.h"
#include "training/Metrics.h"
#include "util/Result.h"

#include <QString>
#include <memory>
#include <vector>

namespace modeldeck {

class CancellationToken;
class Database;

struct TrainingRequest
{
    QString symbol;
    QString timeframe;
    ModelConfig model;
    FeatureConfig features; // its lookback is replaced by the model's
    // A manual run: a successful result is recorded as awaiting the user's Save or Discard
    // (save state pending) in the same transaction as the record, so no crash can turn it into
    // an ordinary model.
    bool awaitSave = false;
    // The queue job this run is for (0: none). Its record is linked to the job in the record's
    // own transaction (JobRepository::attachRecord).
    qint64 jobId = 0;
    // Entries added to the record's config beside what the run measured (a search's history).
    QJsonObject extraConfig {};
};

struct TrainingOutcome
{
    bool ok = false;
    bool cancelled = false;
    Error error; // when !ok
    qint64 recordId = 0; // also set for recorded failures
    // A trained model whose record could not be written, kept outside models/ (absolute path).
    QString keptModelPath;
    TrainingRecord record;
    ForecastMetrics metrics;
    ConformalInterval interval; // split-conformal half-widths and their test coverage
    std::vector<EpochRecord> epochs;
    std::vector<double> testPredicted; // deployed prices, one per test sample
    ForecastMetrics rawMetrics; // the network alone, before blending with persistence
    double modelWeight = 1.0; // NaiveBlend's weight of the network
};

class MODELDECK_CORE_EXPORT TrainingService
{
public:
    explicit TrainingService(const Database &database);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancellationToken(const CancellationToken *token) { m_token = token; }

    TrainingOutcome train(const TrainingRequest &request);

    // Reloads a saved model (hash-checked) and predicts its test split again: the deployed
    // forecast in prices, blended with persistence by the recorded weight.
    Result<std::vector<double>> predictTestSplit(qint64 recordId) const;

    // The symbol's bars of `timeframe`, oldest first; an error naming what is missing when the
    // symbol or its bars are not in the workspace.
    static Result<std::vector<Bar>> loadBars(const Database &database, const QString &symbol,
                                             const QString &timeframe);

private:
    void report(TrainingProgress::Step step, double fraction, const QString &details);
    void forward(TrainingProgress progress);
    // The run's record and epochs in one transaction, waiting out a locked database.
    Result<qint64> recordRun(const TrainingRecord &record, const std::vector<EpochRecord> &epochs,
                             qint64 jobId);
    TrainingOutcome recordFailure(const TrainingRequest &request, const Error &error,
                                  bool cancelled, double seconds, qint64 dataPoints);

    const Database &m_database;
    ProgressCallback m_progress;
    const CancellationToken *m_token = nullptr;
    std::unique_ptr<EtaEstimator> m_eta; // one per run, over all four steps
};

} // namespace modeldeck
