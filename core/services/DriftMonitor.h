#pragma once
// Drift checks of deployed models and the alerts they raise. After each fill of actuals, the
// recorded live accuracy is checked against what the model promised when saved
// (PerformanceDrift) and its recent inputs against its training data (InputDrift); every check
// is stored (drift_checks) and drift raises an alert unless one of the same kind is open for
// the model. Private to core: it works inside the caller's connection and transaction.

#include "domain/RegisteredModel.h"
#include "monitoring/InputDrift.h"
#include "monitoring/LivePerformance.h"
#include "storage/AlertRepository.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace modeldeck {

class Database;

namespace DriftMonitor {

// The version drift is judged against: the active one, else the newest; nullopt when the model
// is gone.
Result<std::optional<RegisteredModel>> referenceVersion(QSqlDatabase db, const QString &model);

// At a fill, in its transaction (PredictionService::fillActuals). Alerts it raised (not ones
// already open) are added to `raised`, for the drift handler (retrain on drift).
Status afterFill(QSqlDatabase db, const QString &model, int horizon, const LivePerformance &live,
                 const QDateTime &now, std::vector<Alert> &raised);

// On demand (modeldeck-cli drift --check): the input check now, stored and alerted like one at a
// fill. Nothing when it cannot run (see checkInputDrift); an error names the model when there is
// no such model.
Result<std::optional<InputDrift::Result>> checkInputsNow(const Database &database,
                                                         const QString &model);

} // namespace DriftMonitor
} // namespace modeldeck
