#include "RetrainSettings.h"

#include <QSettings>
#include <algorithm>

namespace modeldeck {

namespace {

constexpr QLatin1StringView kEnabled("retraining/schedule/enabled");
constexpr QLatin1StringView kAgeHours("retraining/schedule/ageHours");
constexpr QLatin1StringView kWindowStart("retraining/schedule/windowStart");
constexpr QLatin1StringView kWindowEnd("retraining/schedule/windowEnd");
constexpr QLatin1StringView kMaxJobs("retraining/schedule/maxJobsPerRun");
constexpr QLatin1StringView kRefreshFirst("retraining/schedule/refreshFirst");
constexpr QLatin1StringView kCheckMinutes("retraining/schedule/checkMinutes");
constexpr QLatin1StringView kOnDrift("retraining/onDrift");

int intValue(const QSettings &settings, QLatin1StringView key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return std::clamp(ok ? value : fallback, min, max);
}

QTime timeValue(const QSettings &settings, QLatin1StringView key, QTime fallback)
{
    const QTime time = QTime::fromString(settings.value(key).toString(), QStringLiteral("HH:mm"));
    return time.isValid() ? time : fallback;
}

} // namespace

Status RetrainSettings::validate() const
{
    if (ageHours < 1 || ageHours > kMaxAgeHours)
        return Error { tr("The age after which a model is retrained must be 1 to %1 hours (it is "
                          "%2).")
                           .arg(kMaxAgeHours)
                           .arg(ageHours) };
    if (!windowStart.isValid() || !windowEnd.isValid())
        return Error { tr("The retraining window needs a valid start and end time.") };
    if (maxJobsPerRun < 1 || maxJobsPerRun > kMaxJobsPerRun)
        return Error { tr("Retrains per run must be 1 to %1 (it is %2).")
                           .arg(kMaxJobsPerRun)
                           .arg(maxJobsPerRun) };
    if (checkMinutes < kMinCheckMinutes || checkMinutes > kMaxCheckMinutes)
        return Error { tr("The schedule's check interval must be %1 to %2 minutes (it is %3).")
                           .arg(kMinCheckMinutes)
                           .arg(kMaxCheckMinutes)
                           .arg(checkMinutes) };
    return {};
}

RetrainSettings RetrainSettings::load(const QSettings &settings)
{
    const RetrainSettings defaults;
    RetrainSettings s;
    s.scheduleEnabled = settings.value(kEnabled, defaults.scheduleEnabled).toBool();
    s.ageHours = intValue(settings, kAgeHours, defaults.ageHours, 1, kMaxAgeHours);
    s.windowStart = timeValue(settings, kWindowStart, defaults.windowStart);
    s.windowEnd = timeValue(settings, kWindowEnd, defaults.windowEnd);
    s.maxJobsPerRun = intValue(settings, kMaxJobs, defaults.maxJobsPerRun, 1, kMaxJobsPerRun);
    s.refreshFirst = settings.value(kRefreshFirst, defaults.refreshFirst).toBool();
    s.checkMinutes = intValue(settings, kCheckMinutes, defaults.checkMinutes, kMinCheckMinutes,
                              kMaxCheckMinutes);
    s.retrainOnDrift = settings.value(kOnDrift, defaults.retrainOnDrift).toBool();
    return s;
}

RetrainSettings RetrainSettings::load()
{
    return load(QSettings());
}

void RetrainSettings::save(QSettings &settings) const
{
    settings.setValue(kEnabled, scheduleEnabled);
    settings.setValue(kAgeHours, ageHours);
    settings.setValue(kWindowStart, windowStart.toString(QStringLiteral("HH:mm")));
    settings.setValue(kWindowEnd, windowEnd.toString(QStringLiteral("HH:mm")));
    settings.setValue(kMaxJobs, maxJobsPerRun);
    settings.setValue(kRefreshFirst, refreshFirst);
    settings.setValue(kCheckMinutes, checkMinutes);
    settings.setValue(kOnDrift, retrainOnDrift);
}

void RetrainSettings::save() const
{
    QSettings settings;
    save(settings);
}

} // namespace modeldeck
