#include "common/AppIcon.h"
#include "services/AuditLog.h"
#include "services/Workspace.h"
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"
#include "training/TorchRuntime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
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

    // Translations are embedded under :/i18n by qt_add_translations.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English plural forms ("1 job", "3 jobs") under every language; a translation for the
    // user's language, installed later, is asked first.
    QTranslator pluralTranslator;
    if (pluralTranslator.load(QStringLiteral(":/i18n/modeldeck_en.qm")))
        QApplication::installTranslator(&pluralTranslator);
    QTranslator appTranslator;
    if (QLocale().language() != QLocale::English
        && appTranslator.load(QLocale(), QStringLiteral("modeldeck"), QStringLiteral("_"),
                              QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

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

    // Precedence: --workspace, $MODELDECK_WORKSPACE, --demo, last used; the first run gets the
    // demo workspace so the window is never empty.
    QString dir = parser.value(workspaceOption);
    bool seedDemo = false;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("MODELDECK_WORKSPACE");
    if (dir.isEmpty() && parser.isSet(demoOption)) {
        dir = modeldeck::Workspace::demoDir();
        seedDemo = true;
    }
    if (dir.isEmpty())
        dir = modeldeck::AppSettings::workspaceDir();
    if (dir.isEmpty()) {
        dir = modeldeck::Workspace::demoDir();
        seedDemo = true;
    }

    modeldeck::MainWindow window;
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
