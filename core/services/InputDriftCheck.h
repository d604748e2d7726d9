#pragma once
// Runs InputDrift on a registered model: its series' newest bars, features rebuilt with the
// model's own settings and scalers, compared around its last training bar (from its training
// record). Private to core: it takes a connection.

#include "domain/RegisteredModel.h"
#include "monitoring/InputDrift.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace modeldeck {

// Bars read per check: enough training-era rows for the reference after the newest ones.
constexpr qint64 kInputDriftBars = 3000;

// Nothing (nullopt) when the model cannot be checked: no training record to date its training
// data (imported models, deleted records), no bars since, or too few rows (InputDrift::compare).
// Errors are database errors and damaged settings.
Result<std::optional<InputDrift::Result>> checkInputDrift(QSqlDatabase db,
                                                          const RegisteredModel &model);

} // namespace modeldeck
