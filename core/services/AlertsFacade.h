#pragma once
// Alerts as the GUI reaches them: list, acknowledge, the open count the status bar polls, and
// the stale-model check. Every call runs on a pool thread and is awaited. Cheap to copy; a copy
// keeps the workspace's database open until its calls finish. Drift and job-failure alerts are
// raised where those things happen (PredictionService::fillActuals, JobRepository::finish).

#include "domain/Alert.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QDateTime>
#include <memory>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class Database;

class MODELDECK_CORE_EXPORT AlertsFacade
{
public:
    explicit AlertsFacade(std::shared_ptr<Database> database);

    QCoro::Task<Result<std::vector<Alert>>> list(AlertFilter filter) const;
    QCoro::Task<Result<AlertSummary>> summary() const;
    // How many of `ids` were open and are now acknowledged.
    QCoro::Task<Result<int>> acknowledge(std::vector<qint64> ids) const;
    // Raises a stale_model alert for each active model saved more than maxAgeHours before
    // `now`, once per version; how many were raised.
    QCoro::Task<Result<int>>
    raiseStaleAlerts(double maxAgeHours, QDateTime now = QDateTime::currentDateTimeUtc()) const;

private:
    std::shared_ptr<Database> m_database;
};

// The same check, synchronous, for the CLI and tests.
MODELDECK_CORE_EXPORT Result<int> raiseStaleAlerts(const Database &database, double maxAgeHours,
                                                   const QDateTime &now);

} // namespace modeldeck
