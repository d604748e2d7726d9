#pragma once
// The retraining settings (Settings ▸ Retraining): the schedule that retrains stale active
// models, and whether a drift alert queues a retrain. In core, not ui/settings/AppSettings,
// because `modeldeck-cli queue run --schedule` follows the same QSettings keys as the GUI.
// Values read from the file are clamped, never trusted.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QTime>

class QSettings;

namespace modeldeck {

struct MODELDECK_CORE_EXPORT RetrainSettings
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::RetrainSettings)

public:
    static constexpr int kMaxAgeHours = 24 * 365;
    static constexpr int kMaxJobsPerRun = 100;
    static constexpr int kMinCheckMinutes = 1;
    static constexpr int kMaxCheckMinutes = 24 * 60;

    bool scheduleEnabled = false; // retraining/schedule/enabled
    int ageHours = 24 * 7; // an active model older than this is retrained
    // Local times; the window may cross midnight (22:00–06:00). Start equal to end means the
    // whole day: the schedule then runs once a day, from the start time on.
    QTime windowStart { 22, 0 };
    QTime windowEnd { 6, 0 };
    int maxJobsPerRun = 5;
    bool refreshFirst = true; // refresh each series' price data before queuing its retrain
    int checkMinutes = 15; // how often the running app looks at the clock
    bool retrainOnDrift = false; // retraining/onDrift

    // Every value in range and the window's times valid; messages name the setting.
    Status validate() const;

    static RetrainSettings load(const QSettings &settings);
    static RetrainSettings load(); // the application's QSettings
    void save(QSettings &settings) const;
    void save() const;

    friend bool operator==(const RetrainSettings &, const RetrainSettings &) = default;
};

} // namespace modeldeck
