#pragma once
// Typed access to the user's preferences in QSettings: one key and one default each, so the
// settings dialog and the code that reads a value cannot disagree on either. Core-free (plain
// Qt types) so any widget can use it; values from the file are clamped, never trusted.

#include "common/AppTheme.h"

#include <QJsonObject>
#include <QString>

namespace modeldeck {

class AppSettings
{
public:
    static constexpr int kDefaultWorkers = 1; // leaves a core for the GUI
    static constexpr int kDefaultTorchThreads = 0; // 0: auto, WorkerPlan's rule
    static constexpr int kDefaultStaleHours = 24;
    static constexpr int kMaxStaleHours = 24 * 365;
    static constexpr bool kDefaultDesktopNotifications = true;

    // The workspace opened last (workspace/last); empty before the first one.
    static QString workspaceDir();
    static void setWorkspaceDir(const QString &dir);

    // Training jobs run at once (training/workers), 1 … cores.
    static int workers();
    static void setWorkers(int workers);
    // Torch intra-op threads per job (training/torchThreads), 0 = auto.
    static int torchThreads();
    static void setTorchThreads(int threads);
    // Threads each job really gets: the setting, or for auto one (WorkerPlan::torchThreads,
    // the rule the CLI follows too).
    static int effectiveTorchThreads();
    static int effectiveTorchThreads(int threads);
    // Whether workers × threads per job fits the cores (the rule in docs/architecture.md).
    static bool fitsCores(int workers, int threads, int cores);
    static int cores(); // QThread::idealThreadCount(), at least 1

    // Hours after which an active model counts as stale (training/staleHours).
    static int staleHours();
    static void setStaleHours(int hours);

    // New alerts and finished or failed jobs through the system tray (ui/notifications).
    static bool desktopNotifications();
    static void setDesktopNotifications(bool on);

    // Default hyperparameters of a bot as JSON object text (training/defaults/<bot>); empty
    // means the built-in defaults. Validated by the settings dialog, not here.
    static QString botDefaultsText(const QString &bot);
    static QJsonObject botDefaults(const QString &bot); // {} when unset or not a JSON object
    static void setBotDefaultsText(const QString &bot, const QString &json); // empty removes

    // The theme (ui/theme: "system", "light" or "dark"; anything else reads as system).
    static AppTheme::Mode theme();
    static void setTheme(AppTheme::Mode mode);

    // Folder the last import chose files from (import/lastDir).
    // "" follows the system, else "en", "de" or "hi"; $MODELDECK_LANG overrides it at start-up.
    // The key is shared with the CLI (util/Translations); a change applies after a restart.
    static QString language();
    static void setLanguage(const QString &language);

    static QString importDir();
    static void setImportDir(const QString &dir);
};

} // namespace modeldeck
