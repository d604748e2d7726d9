#pragma once
// SQL for model_training_records: one row per training run (successful, failed or archived).

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace modeldeck {

struct TrainingRecord
{
    enum class Status { Active, Archived, Failed };
    // The user's decision on a manual result (save_state): None for everything recorded
    // automatically; Pending until the user saves or discards it.
    enum class SaveState { None, Pending, Saved, Discarded };

    qint64 id = 0;
    QString symbol;
    QString timeframe;
    QString botName;
    QDateTime trainedAt; // UTC
    double trainingDurationSeconds = 0;
    qint64 dataPoints = 0;
    QString trainingPeriod; // "2024-01-01 → 2024-06-30"
    int epochs = 0;
    std::optional<double> finalTrainLoss;
    std::optional<double> finalValLoss;
    std::optional<double> testRmse;
    std::optional<double> testMae;
    QString modelPath; // relative to the workspace
    QString modelSha256;
    double modelSizeMb = 0;
    Status status = Status::Active;
    QString errorMessage;
    QJsonObject config;
    SaveState saveState = SaveState::None;
};

MODELDECK_CORE_EXPORT QString toString(TrainingRecord::Status status);
MODELDECK_CORE_EXPORT std::optional<TrainingRecord::Status>
trainingStatusFromString(const QString &text);
// NULL in the database for None (an empty string here), else pending, saved or discarded.
MODELDECK_CORE_EXPORT QString toString(TrainingRecord::SaveState state);

// What a model card shows of a record: no config document, so 100,000 of them load quickly.
struct TrainingRecordSummary
{
    qint64 id = 0;
    QString symbol;
    QString timeframe;
    QString botName;
    qint64 trainedAtMs = 0; // epoch ms UTC; 0 when the stored time is unreadable
    qint64 dataPoints = 0;
    QString trainingPeriod;
    int epochs = 0;
    std::optional<double> testRmse;
    std::optional<double> testMae;
    std::optional<double> skill; // 1 - RMSE / RMSE of the naive forecast (config.metrics.skill)
    double modelSizeMb = 0;
    TrainingRecord::Status status = TrainingRecord::Status::Active;
    QString errorMessage;
};

struct TrainingRecordFilter
{
    QString symbol;
    QString timeframe;
    QString botName;
    std::optional<TrainingRecord::Status> status;
    int limit = -1;
    // Undecided manual results (save state pending) are no ordinary models: cards, report,
    // stale retraining and clears leave them out unless asked.
    bool includeUndecided = false;
};

class MODELDECK_CORE_EXPORT TrainingRecordRepository
{
public:
    explicit TrainingRecordRepository(QSqlDatabase db);

    Result<qint64> insert(const TrainingRecord &record);
    Result<std::optional<TrainingRecord>> find(qint64 id);
    // Newest first.
    Result<std::vector<TrainingRecord>> list(const TrainingRecordFilter &filter = {});
    // Newest first (ties: higher id first), without the config document (only its
    // metrics.skill).
    Result<std::vector<TrainingRecordSummary>> listSummaries(const TrainingRecordFilter &filter
                                                             = {});
    // Active records trained before cutoffMs (epoch ms UTC), newest first; records whose time
    // cannot be read are left out. What "retrain stale models" retrains.
    Result<std::vector<TrainingRecordSummary>> listStale(qint64 cutoffMs);
    Status setStatus(qint64 id, TrainingRecord::Status status, const QString &errorMessage = {});

    struct ModelFileRef
    {
        qint64 id = 0;
        TrainingRecord::Status status = TrainingRecord::Status::Active;
        QString modelPath;
        double modelSizeMb = 0;
    };
    // Every record that names a model file.
    Result<std::vector<ModelFileRef>> modelFiles();
    // The file of each record the filter matches (modelPath empty when it has none).
    Result<std::vector<ModelFileRef>> fileRefs(const TrainingRecordFilter &filter);
    Result<std::optional<ModelFileRef>> fileRef(qint64 id);
    // Marks records archived, keeping their error text; run inside the caller's transaction.
    Status markArchived(const std::vector<qint64> &ids);

    // Manual results still waiting for the user's decision (active, with a model file),
    // oldest first. Pending records a registered model already names were saved by a run
    // that died before it could say so: they are marked saved here, not offered again.
    Result<std::vector<TrainingRecord>> listUndecided();
    // Moves a record from `from` to `to`; an Error when its state is not `from` (another
    // window decided first), so a decision is taken once.
    Status setSaveState(qint64 id, TrainingRecord::SaveState from, TrainingRecord::SaveState to);

private:
    QSqlDatabase m_db;
};

} // namespace modeldeck
