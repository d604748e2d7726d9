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
};

MODELDECK_CORE_EXPORT QString toString(TrainingRecord::Status status);
MODELDECK_CORE_EXPORT std::optional<TrainingRecord::Status> trainingStatusFromString(const QString &text);

struct TrainingRecordFilter
{
    QString symbol;
    QString timeframe;
    QString botName;
    std::optional<TrainingRecord::Status> status;
    int limit = -1;
};

class MODELDECK_CORE_EXPORT TrainingRecordRepository
{
public:
    explicit TrainingRecordRepository(QSqlDatabase db);

    Result<qint64> insert(const TrainingRecord &record);
    Result<std::optional<TrainingRecord>> find(qint64 id);
    // Newest first.
    Result<std::vector<TrainingRecord>> list(const TrainingRecordFilter &filter = {});
    Status setStatus(qint64 id, TrainingRecord::Status status, const QString &errorMessage = {});

    struct ModelFileRef
    {
        qint64 id = 0;
        TrainingRecord::Status status = TrainingRecord::Status::Active;
        QString modelPath;
    };
    // Every record that names a model file.
    Result<std::vector<ModelFileRef>> modelFiles();

private:
    QSqlDatabase m_db;
};

} // namespace modeldeck
