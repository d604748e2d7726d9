#pragma once
// The retraining schedule: inside its window (local time, may cross midnight), once per window,
// queue retrains (trigger "scheduled") of at most `maxJobsPerRun` ACTIVE saved models whose
// last training is older than the age threshold, oldest first. The last run is kept in the
// workspace (workspace_state), so a restart inside the same window does not run it again.
// Synchronous on the calling thread's connection with an injectable clock, so tests drive time;
// the GUI (ui/training/ScheduledRetrain) and `modeldeck-cli queue run --schedule` call it from
// a timer. Planning and queuing are two steps so a caller can refresh the due series' price
// data in between ("refresh data first").

#include "domain/MarketData.h"
#include "modeldeck_core_export.h"
#include "queue/RetrainSettings.h"
#include "queue/RetrainTrigger.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <functional>
#include <vector>

namespace modeldeck {

class Database;

// An active saved model the schedule found too old.
struct StaleModel
{
    QString name;
    int version = 0;
    SeriesKey series;
    QDateTime lastTrained; // UTC: the version's save, or a later finished retrain of it
    double ageHours = 0;
};

struct SchedulePlan
{
    enum class Outcome {
        Disabled,
        OutsideWindow,
        AlreadyRan, // this window's run happened (perhaps before a restart)
        Due, // run() now queues `due`
    };
    Outcome outcome = Outcome::Disabled;
    QDateTime now;
    QDateTime windowStart; // of the window `now` is in; invalid outside
    std::vector<StaleModel> due; // oldest first, at most maxJobsPerRun
    int ageHours = 0;

    std::vector<SeriesKey> series() const; // of `due`, each once
};

struct ScheduledRun
{
    std::vector<RetrainTicket> queued; // new jobs
    int alreadyQueued = 0; // due models whose retrain was pending or running already
    QStringList failures; // "NAME: why"
};

class MODELDECK_CORE_EXPORT RetrainScheduler
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::RetrainScheduler)
public:
    using Clock = std::function<QDateTime()>;
    static inline const QString kLastRunKey = QStringLiteral("retrain_schedule.last_run");

    // `clock` empty: the system clock (local time).
    explicit RetrainScheduler(const Database &database, Clock clock = {});
    void setWorkers(int workers) { m_workers = workers; }

    // The start of the window occurrence that holds `now` (in now's time spec), or an invalid
    // time when `now` is outside the window. Start == end is a whole-day window.
    static QDateTime windowStartFor(const QDateTime &now, const QTime &start, const QTime &end);

    // Reads only: whether a run is due now and which models it would retrain.
    Result<SchedulePlan> plan(const RetrainSettings &settings) const;
    // Queues the plan's retrains and records the run (only for a Due plan).
    Result<ScheduledRun> run(const SchedulePlan &plan) const;
    // plan() then run() when due; what run() did, or nothing when not due (`plan` says why).
    Result<ScheduledRun> tick(const RetrainSettings &settings, SchedulePlan *plan = nullptr) const;

private:
    Result<std::vector<StaleModel>> staleModels(const QDateTime &now, int ageHours) const;

    const Database &m_database;
    Clock m_clock;
    int m_workers = 1;
};

} // namespace modeldeck
