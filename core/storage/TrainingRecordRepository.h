#pragma once
// SQL for model_training_records: one row per training run (successful, failed or archived).

#include "domain/TrainingRecord.h"
#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT TrainingRecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::TrainingRecordRepository)
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
    // Test RMSE and MAE of each record in `ids` that exists, in one query per 500 ids (the
    // queue history's metrics column, without a lookup per job).
    struct TestMetrics
    {
        std::optional<double> rmse;
        std::optional<double> mae;
    };
    Result<QHash<qint64, TestMetrics>> testMetrics(const std::vector<qint64> &ids);

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
