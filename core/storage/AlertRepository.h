#pragma once
// SQL for drift_checks and alerts: every drift check kept, and alerts raised by the ones that
// found drift until acknowledged.

#include "domain/Alert.h"
#include "modeldeck_core_export.h"
#include "monitoring/PerformanceDrift.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <vector>

namespace modeldeck {

struct StoredDriftCheck
{
    DriftCheck check; // without its message, which only alerts keep
    int horizon = 1;
    QDateTime checkedAt;
};

class MODELDECK_CORE_EXPORT AlertRepository
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::AlertRepository)
public:
    explicit AlertRepository(QSqlDatabase db);

    Result<qint64> insertCheck(const QString &model, int horizon, const DriftCheck &check,
                               const QDateTime &checkedAt);
    // The model's newest checks first (all kinds, every horizon).
    Result<std::vector<StoredDriftCheck>> checks(const QString &model, int limit);
    // A new alert, unless one of the same model and kind is still open (no alert per fill), or,
    // when `since` is valid, one of them was raised at or after it, acknowledged or not (a stale
    // model is reported once per version, not again after each acknowledgement).
    Result<bool> raise(const Alert &alert, const QDateTime &since = {});
    // Raises a job_failures alert when the job's series and bot have failed kFailuresInARow
    // finished jobs in a row, ending with this one. Called in the transaction that ends the job.
    Result<bool> raiseIfFailingRepeatedly(qint64 jobId, const QDateTime &now);
    static constexpr int kFailuresInARow = 3;
    // Newest first.
    Result<std::vector<Alert>> list(const AlertFilter &filter);
    Result<AlertSummary> summary();
    // Acknowledges the open ones among `ids`; how many that was.
    Result<int> acknowledge(const std::vector<qint64> &ids, const QDateTime &at);

private:
    QSqlDatabase m_db;
};

} // namespace modeldeck
