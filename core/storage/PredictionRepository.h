#pragma once
// SQL for predictions: what a registered model predicted, with its intervals, and the actual
// close once that bar is stored.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace modeldeck {

struct Prediction
{
    qint64 id = 0;
    QDateTime predictedAt; // UTC
    qint64 modelId = 0; // 0 once the model is deleted
    QString modelName;
    int modelVersion = 0;
    QString symbol;
    QString timeframe;
    int horizon = 1;
    qint64 baseTimeMs = 0; // the last bar the prediction was made from
    double baseClose = 0;
    qint64 targetTimeMs = 0; // expected start of the predicted bar
    double value = 0;
    std::optional<double> lower80;
    std::optional<double> upper80;
    std::optional<double> lower95;
    std::optional<double> upper95;
    std::optional<double> actual;
    std::optional<qint64> actualTimeMs;
};

// A prediction that just got its actual, with the band it was made with.
struct FilledActual
{
    qint64 predictionId = 0;
    qint64 modelId = 0; // 0 once the model is deleted
    int horizon = 1;
    double actual = 0;
    std::optional<double> lower80;
    std::optional<double> upper80;
    std::optional<double> lower95;
    std::optional<double> upper95;
};

struct PredictionFilter
{
    QString modelName;
    int horizon = 0; // 0: any
    QString symbol;
    QString timeframe;
    int limit = 100; // < 0: no limit
};

class MODELDECK_CORE_EXPORT PredictionRepository
{
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
