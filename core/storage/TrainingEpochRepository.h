#pragma once
// SQL for training_epochs: the train/validation loss of every epoch of a run.

#include "domain/EpochRecord.h"
#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT TrainingEpochRepository
{
public:
    explicit TrainingEpochRepository(QSqlDatabase db);

    // Inserts all epochs of a record; run inside the caller's write transaction.
    Status insert(qint64 recordId, const std::vector<EpochRecord> &epochs);
    Result<std::vector<EpochRecord>> list(qint64 recordId);

private:
    QSqlDatabase m_db;
};

} // namespace modeldeck
