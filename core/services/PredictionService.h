#pragma once
// Predictions from registered models on the latest stored bars, with the model's own fitted
// scalers and its split-conformal intervals; saving, listing, and filling in actual values
// once the predicted bar is stored. Loaded networks are kept between calls and reloaded
// (hash-checked) when the file's size or modification time changes. Thread-safe; run it off
// the GUI thread (it reads files and the database).

#include "domain/Prediction.h"
#include "modeldeck_core_export.h"
#include "monitoring/LivePerformance.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <vector>

namespace modeldeck {

class Database;

struct PredictRequest
{
    QString modelName;
    int horizon = 1; // bars ahead; must be one the model predicts
    bool save = false;
};

class MODELDECK_CORE_EXPORT PredictionService
{
public:
    explicit PredictionService(const Database &database);
    ~PredictionService();
    PredictionService(const PredictionService &) = delete;
    PredictionService &operator=(const PredictionService &) = delete;

    // Uses the active version of the model. Errors say what is wrong: no such model, model
    // not active, horizon not supported (listing the supported ones), model file missing or
    // changed, not enough history (bars needed and available), and so on. With save, the
    // returned prediction has its row id.
    Result<Prediction> predict(const PredictRequest &request);
    // Fills in the actual close of saved predictions whose bar has arrived, and lets each one
    // adapt its model's intervals (ConformalInterval::adapt) and records each model's live
    // accuracy (performance_metrics) with its drift checks and alerts; all in one
    // transaction. How many were filled.
    Result<int> fillActuals();
    Result<std::vector<Prediction>> list(const PredictionFilter &filter) const;
    // The model's live accuracy as recorded at each fill, oldest first (the newest `limit`;
    // < 1: all).
    Result<std::vector<PerformanceSnapshot>> performanceHistory(const QString &modelName,
                                                                int horizon, int limit) const;

    // The newest predictions with actuals each recorded accuracy covers.
    static constexpr int kPerformanceWindow = 50;

private:
    static Status adaptIntervals(QSqlDatabase db, const std::vector<FilledActual> &filled);
    static Status recordPerformance(QSqlDatabase db, const std::vector<FilledActual> &filled);

    struct Cache;
    const Database &m_database;
    std::unique_ptr<Cache> m_cache;
};

} // namespace modeldeck
