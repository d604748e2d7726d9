#include "common/AppIcon.h"
#include "common/AppTheme.h"
#include "services/AuditLog.h"
#include "services/Workspace.h"
#include "settings/AppSettings.h"
#include "shell/InstanceGuard.h"
#include "shell/MainWindow.h"
#include "shell/StartupWorkspace.h"
#include "training/TorchRuntime.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QDir>
#include <cstdio>
#include <qcoro/qcorotask.h>

int main(int argc, char *argv[])
{
    modeldeck::TorchRuntime::prepareEnvironment(argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ModelDeck"));
    QApplication::setApplicationName(QStringLiteral("ModelDeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("ModelDeck"));
    QApplication::setApplicationVersion(QStringLiteral(MODELDECK_VERSION_STRING));
    QApplication::setWindowIcon(modeldeck::appIcon());
    // Matches the installed .desktop file, so Wayland shells show its name and icon.
    QApplication::setDesktopFileName(QStringLiteral("io.modeldeck.ModelDeck"));
    modeldeck::AuditLog::setSource(modeldeck::AuditLog::Source::Gui); // audit_log.source

    // Qt's, the English plurals and ModelDeck's own (embedded under :/i18n), in the language
    // chosen in Settings or $MODELDECK_LANG, else the system's.
    modeldeck::Translations::install(app, modeldeck::Translations::chosenLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Train, track and use forecasting models."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption workspaceOption(
        { QStringLiteral("w"), QStringLiteral("workspace") },
        QApplication::translate("main", "Open this workspace folder."),
        QApplication::translate("main", "dir"));
    QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo workspace with sample data."));
    parser.addOptions({ workspaceOption, demoOption });
    parser.process(app);

    // Auto (0) is one thread per job, the rule the CLI follows too (queue/WorkerPlan.h).
    modeldeck::TorchRuntime::initialize(modeldeck::AppSettings::effectiveTorchThreads());

    // Precedence: --workspace, $MODELDECK_WORKSPACE, --demo, last used, else the demo.
    const auto [dir, seedDemo] = modeldeck::StartupWorkspace::choose(
        parser.value(workspaceOption), qEnvironmentVariable("MODELDECK_WORKSPACE"),
        parser.isSet(demoOption), modeldeck::AppSettings::workspaceDir(),
        modeldeck::Workspace::demoDir());

    // One window per workspace: a second launch raises the first one's and ends.
    modeldeck::InstanceGuard instance;
    if (instance.acquire(dir) == modeldeck::InstanceGuard::Outcome::AlreadyOpen) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                QApplication::translate("main",
                                        "%1 is already open in another ModelDeck window; "
                                        "that window was brought to the front.")
                    .arg(QDir::toNativeSeparators(QDir::cleanPath(QDir(dir).absolutePath())))));
        return 0;
    }
    if (!instance.errorString().isEmpty())
        qWarning("%s", qPrintable(instance.errorString()));
    modeldeck::AppTheme::apply(modeldeck::AppSettings::theme());

    modeldeck::MainWindow window;
    window.setInstanceGuard(&instance);
    window.show();
    // MODELDECK_QUIT_AFTER_OPEN=1 quits once the workspace is open (exit 0) or refused (exit 1,
    // the message on stderr instead of a box nobody can close): the package install test starts
    // the installed GUI offscreen this way.
    if (qEnvironmentVariableIntValue("MODELDECK_QUIT_AFTER_OPEN") == 1) {
        window.setErrorFunction([](QWidget *, const QString &title, const QString &message) {
            qWarning().noquote() << title << message;
        });
        // Queued: a refusal can finish before app.exec() runs, when exit() would be ignored.
        QCoro::connect(window.openWorkspace(dir, seedDemo), &window, [](bool opened) {
            QMetaObject::invokeMethod(
                qApp, [opened] { QCoreApplication::exit(opened ? 0 : 1); }, Qt::QueuedConnection);
        });
    } else {
        window.openWorkspace(dir, seedDemo);
    }
    return app.exec();
}
