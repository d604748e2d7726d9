#pragma once
// One training run as recorded (model_training_records): the full record, the summary a
// model card shows, and the filter that lists them.

#include "modeldeck_core_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

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
    QString bot;
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
    QString bot;
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
    QString bot;
    std::optional<TrainingRecord::Status> status;
    int limit = -1;
    // Undecided manual results (save state pending) are no ordinary models: cards, report,
    // stale retraining and clears leave them out unless asked.
    bool includeUndecided = false;
};

// Records trained before this time (epoch ms UTC) are stale at maxAgeHours: the one cutoff the
// queue's "retrain stale" and the GUI's preview of it share.
inline qint64 staleCutoffMs(double maxAgeHours, qint64 nowMs)
{
    return nowMs - qint64(maxAgeHours * 3600 * 1000);
}

} // namespace modeldeck
