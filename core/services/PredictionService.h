#pragma once
// Predictions from registered models on the latest stored bars, with the model's own fitted
// scalers and its split-conformal intervals; saving, listing, and filling in actual values
// once the predicted bar is stored. Loaded networks are kept between calls and reloaded
// (hash-checked) when the file's size or modification time changes. Thread-safe; run it off
// the GUI thread (it reads files and the database).

#include "domain/Alert.h"
#include "domain/Prediction.h"
#include "modeldeck_core_export.h"
#include "monitoring/LivePerformance.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace modeldeck {

class Database;

struct PredictRequest
{
    QString modelName;
    int horizon = 1; // bars ahead; must be one the model predicts
    bool save = false;
};

// What a fill did: how many predictions got their actual value, the alerts its drift checks
// newly raised, and what the drift handler made of each (a queued retrain, or why not).
struct FillReport
{
    int filled = 0;
    std::vector<Alert> raisedAlerts;
    QStringList driftActions; // the handler's answers, one per alert that has one
};

class MODELDECK_CORE_EXPORT PredictionService
{
public:
    // Called once per newly raised alert after the fill has committed, on the fill's thread
    // (the session queues a retrain when the user asked for that). Its answer (empty: nothing
    // to say) or its error goes into FillReport::driftActions: a handler that fails never
    // undoes or fails the fill.
    using DriftHandler = std::function<Result<QString>(const Alert &alert)>;

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
    // The same, with the alerts raised and the drift handler's answers.
    Result<FillReport> fillActualsReport();
    // Thread-safe; an empty handler removes it.
    void setDriftHandler(DriftHandler handler);
    Result<std::vector<Prediction>> list(const PredictionFilter &filter) const;
    // The model's live accuracy as recorded at each fill, oldest first (the newest `limit`;
    // < 1: all).
    Result<std::vector<PerformanceSnapshot>> performanceHistory(const QString &modelName,
                                                                int horizon, int limit) const;
    // The newest recorded accuracy of every (model, horizon), by model name then horizon.
    Result<std::vector<PerformanceSnapshot>> latestPerformance() const;

    // The newest predictions with actuals each recorded accuracy covers.
    static constexpr int kPerformanceWindow = 50;

private:
    static Status adaptIntervals(QSqlDatabase db, const std::vector<FilledActual> &filled);
    // Each model's live accuracy, with its drift checks (DriftMonitor); alerts that are new
    // are added to `raised`.
    static Status recordPerformance(QSqlDatabase db, const std::vector<FilledActual> &filled,
                                    std::vector<Alert> &raised);

    struct Cache;
    const Database &m_database;
    std::unique_ptr<Cache> m_cache;
    mutable std::mutex m_handlerMutex;
    DriftHandler m_driftHandler;
};

} // namespace modeldeck
