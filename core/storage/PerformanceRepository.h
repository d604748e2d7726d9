#pragma once
// SQL for performance_metrics: a saved model's live accuracy (LivePerformance) each time its
// predictions got actual values, newest last, for trends and drift checks.

#include "modeldeck_core_export.h"
#include "monitoring/LivePerformance.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT PerformanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::PerformanceRepository)
public:
    explicit PerformanceRepository(QSqlDatabase db);

    Result<qint64> insert(const PerformanceSnapshot &snapshot);
    // Oldest first; the newest `limit` (< 1: all).
    Result<std::vector<PerformanceSnapshot>> history(const QString &modelName, int horizon,
                                                     int limit = -1);
    // The newest snapshot of each (model, horizon), ordered by model name then horizon: what the
    // Saved Models cards show.
    Result<std::vector<PerformanceSnapshot>> latest();

private:
    QSqlDatabase m_db;
};

} // namespace modeldeck
