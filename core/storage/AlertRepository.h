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

class MODELDECK_CORE_EXPORT AlertRepository
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::AlertRepository)
public:
    explicit AlertRepository(QSqlDatabase db);

    Result<qint64> insertCheck(const QString &model, int horizon, int window,
                               const DriftCheck &check, const QDateTime &checkedAt);
    // A new alert, unless one of the same model and kind is still open (no alert per fill).
    Result<bool> raise(const Alert &alert);
    // Newest first; open ones only unless `all`.
    Result<std::vector<Alert>> list(bool all, int limit = 100);

private:
    QSqlDatabase m_db;
};

} // namespace modeldeck
