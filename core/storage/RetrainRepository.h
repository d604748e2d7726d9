#pragma once
// The SQL retraining needs beside JobRepository's: how long finished jobs took (the ETA of a
// retrain), when a model's last retrain finished (the scheduler's idea of stale), and the
// workspace's key/value state (workspace_state, migration 0012: the scheduler's last run).

#include "domain/JobDuration.h"
#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT RetrainRepository
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::RetrainRepository)
public:
    explicit RetrainRepository(QSqlDatabase db);

    // The newest `limit` completed jobs with both start and end, as bot, timeframe and seconds.
    Result<std::vector<PastJobDuration>> recentDurations(int limit = 500);
    // When the newest completed job that retrained training record `recordId` finished.
    Result<std::optional<QDateTime>> lastRetrainFinished(qint64 recordId);

    Result<std::optional<QString>> state(const QString &key);
    Status setState(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace modeldeck
