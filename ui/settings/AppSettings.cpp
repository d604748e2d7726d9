#include "settings/AppSettings.h"

#include "queue/WorkerPlan.h"
#include "util/Translations.h"

#include <QJsonDocument>
#include <QSettings>
#include <QThread>
#include <algorithm>

namespace modeldeck {

namespace {

constexpr QLatin1StringView kWorkspace("workspace/last");
constexpr QLatin1StringView kWorkers("training/workers");
constexpr QLatin1StringView kTorchThreads("training/torchThreads");
constexpr QLatin1StringView kStaleHours("training/staleHours");
constexpr QLatin1StringView kNotifications("ui/notifications");
constexpr QLatin1StringView kImportDir("import/lastDir");
constexpr QLatin1StringView kTheme("ui/theme");

QString botKey(const QString &bot)
{
    return QStringLiteral("training/defaults/") + bot;
}

// A value that is missing or not a number reads as the default.
int intValue(QLatin1StringView key, int fallback)
{
    bool ok = false;
    const int value = QSettings().value(key).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

QString AppSettings::workspaceDir()
{
    return QSettings().value(kWorkspace).toString();
}

void AppSettings::setWorkspaceDir(const QString &dir)
{
    QSettings().setValue(kWorkspace, dir);
}

int AppSettings::cores()
{
    return std::max(1, QThread::idealThreadCount());
}

int AppSettings::workers()
{
    return std::clamp(intValue(kWorkers, kDefaultWorkers), 1, cores());
}

void AppSettings::setWorkers(int workers)
{
    QSettings().setValue(kWorkers, std::clamp(workers, 1, cores()));
}

int AppSettings::torchThreads()
{
    return std::clamp(intValue(kTorchThreads, kDefaultTorchThreads), 0, cores());
}

void AppSettings::setTorchThreads(int threads)
{
    QSettings().setValue(kTorchThreads, std::clamp(threads, 0, cores()));
}

int AppSettings::effectiveTorchThreads()
{
    return effectiveTorchThreads(torchThreads());
}

int AppSettings::effectiveTorchThreads(int threads)
{
    // Auto is one thread per job, as for the CLI: jobs whose torch threads take every core
    // compete with the GUI thread (and the desktop), and libtorch's threads then wait on each
    // other. The demo's five jobs took 29 s with one thread and 67–214 s with two on a busy
    // 2-core machine.
    return WorkerPlan::torchThreads(threads);
}

bool AppSettings::fitsCores(int workers, int threads, int cores)
{
    return workers >= 1 && qint64(workers) * effectiveTorchThreads(threads) <= cores;
}

int AppSettings::staleHours()
{
    const int hours = intValue(kStaleHours, kDefaultStaleHours);
    return hours >= 1 && hours <= kMaxStaleHours ? hours : kDefaultStaleHours;
}

bool AppSettings::desktopNotifications()
{
    // Anything but a clear yes or no in the file reads as the default.
    const QString value = QSettings().value(kNotifications).toString().trimmed().toLower();
    if (value == QLatin1StringView("true") || value == QLatin1StringView("1"))
        return true;
    if (value == QLatin1StringView("false") || value == QLatin1StringView("0"))
        return false;
    return kDefaultDesktopNotifications;
}

void AppSettings::setDesktopNotifications(bool on)
{
    QSettings().setValue(kNotifications, on);
}

void AppSettings::setStaleHours(int hours)
{
    QSettings().setValue(kStaleHours, std::clamp(hours, 1, kMaxStaleHours));
}

QString AppSettings::botDefaultsText(const QString &bot)
{
    return QSettings().value(botKey(bot)).toString();
}

QJsonObject AppSettings::botDefaults(const QString &bot)
{
    return QJsonDocument::fromJson(botDefaultsText(bot).toUtf8()).object();
}

void AppSettings::setBotDefaultsText(const QString &bot, const QString &json)
{
    QSettings settings;
    if (json.trimmed().isEmpty())
        settings.remove(botKey(bot));
    else
        settings.setValue(botKey(bot), json.trimmed());
}

AppTheme::Mode AppSettings::theme()
{
    return AppTheme::fromKey(QSettings().value(kTheme).toString());
}

void AppSettings::setTheme(AppTheme::Mode mode)
{
    QSettings().setValue(kTheme, AppTheme::key(mode));
}

QString AppSettings::importDir()
{
    return QSettings().value(kImportDir).toString();
}

void AppSettings::setImportDir(const QString &dir)
{
    QSettings().setValue(kImportDir, dir);
}

QString AppSettings::language()
{
    return Translations::savedLanguage();
}

void AppSettings::setLanguage(const QString &language)
{
    Translations::setSavedLanguage(language);
}

} // namespace modeldeck
