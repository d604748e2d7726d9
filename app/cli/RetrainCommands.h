#pragma once
// modeldeck-cli retrain, and the retraining schedule that `queue run --schedule` ticks.

#include "CliSupport.h"
#include "services/PredictionService.h"

#include <QTimer>
#include <memory>
#include <optional>
#include <qcoro/qcorotask.h>

namespace modeldeck {
class TrainingQueue;
}

namespace modeldeck::cli {

// retrain --model NAME | --record ID [--reason TEXT] [--json]: queues a retrain (trigger
// "manual") and prints the job, whether an identical one was already queued, and its ETA.
int runRetrain(const QCommandLineParser &parser, const Options &o);

// For `predictions fill`: when Settings ▸ Retraining says "Retrain automatically when drift is
// found", a handler that queues a retrain (trigger "drift", the alert's message as reason) of
// each model a fill newly alerts on; otherwise none.
PredictionService::DriftHandler driftRetrainHandler(const Database &database);

// For `queue run --schedule`: ticks the retraining schedule (Settings ▸ Retraining; --schedule
// turns it on for this run) at once and every check interval while the queue runs, refreshing
// the due series' data first when the settings say so and the series was downloaded.
class ScheduleTicker
{
public:
    ScheduleTicker(std::shared_ptr<Database> database, TrainingQueue &queue, int workers,
                   bool json);
    ScheduleTicker(const ScheduleTicker &) = delete;
    ScheduleTicker &operator=(const ScheduleTicker &) = delete;
    void start();

private:
    QCoro::Task<> tick();
    QCoro::Task<QStringList> refresh(std::vector<SeriesKey> series);

    std::shared_ptr<Database> m_database;
    TrainingQueue &m_queue;
    int m_workers = 1;
    bool m_json = false;
    bool m_ticking = false;
    QTimer m_timer;
    std::optional<QCoro::Task<>> m_running;
};

} // namespace modeldeck::cli
