#pragma once
// SQL for predictions: what a registered model predicted, with its intervals, and the actual
// close once that bar is stored.

#include "domain/Prediction.h"
#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT PredictionRepository
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::PredictionRepository)
public:
    explicit PredictionRepository(QSqlDatabase db);

    Result<qint64> insert(const Prediction &prediction);
    Result<std::optional<Prediction>> find(qint64 id);
    // Newest first.
    Result<std::vector<Prediction>> list(const PredictionFilter &filter = {});
    // Fills actual values of predictions whose horizon-th bar after the base bar is now
    // stored; only those whose expected target time is not after `nowMs` are looked at.
    // Run inside a WriteTransaction. Returns those filled, in order of their target times.
    Result<std::vector<FilledActual>> fillActuals(qint64 nowMs);

private:
    QSqlDatabase m_db;
};

} // namespace modeldeck
