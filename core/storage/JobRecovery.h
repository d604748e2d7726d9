#pragma once
// Recovering training jobs whose worker is gone. At start-up the holder of the queue lock
// looks at the jobs a dead process left running: one whose record was already saved is
// completed (only its end was missing); the others are queued again (the interruption was not
// their fault), except one interrupted RecoveredJobs::kMaxInterruptions times in a row, which
// fails as poison. The hourly sweep fails jobs whose heartbeat stopped, but only when their
// owner is gone.

#include "domain/TrainingJob.h"
#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace modeldeck {

class MODELDECK_CORE_EXPORT JobRecovery
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::JobRecovery)
public:
    explicit JobRecovery(QSqlDatabase db);

    // Only for the holder of the queue lock: every job still marked running belongs to a
    // process that is gone. Requeued jobs keep their place in the queue and their attempts.
    Result<RecoveredJobs> requeueAbandoned();

    // Fails running jobs whose heartbeat is older than maxSilenceSeconds, except those this
    // process still works on (`ownJobs`, owned by `ownPid`) and those owned by another process
    // that still exists. Returns how many failed.
    Result<int> failStuck(int maxSilenceSeconds, const QString &reason, qint64 ownPid,
                          const QList<qint64> &ownJobs);

private:
    QSqlDatabase m_db;
};

} // namespace modeldeck
