// modeldeck-screenshots: writes the PNGs of docs/screenshots (and a few more to look at) from
// scratch workspaces, so the pictures follow the widgets. Not a test: nothing is checked but
// that each scene reaches the state it shows.
//
// Usage: modeldeck-screenshots [--list] [--lang de|hi|en] OUTDIR [SCENE...]
// --lang (or $MODELDECK_LANG) takes the pictures in that language, e.g. for main-de.png:
//     modeldeck-screenshots --lang de /tmp/de main-window
// Real fonts need a real platform: run under Xvfb with QT_QPA_PLATFORM=xcb, e.g.
//     xvfb-run -s "-screen 0 1920x1200x24" build/release/bin/modeldeck-screenshots docs/screenshots

#include "Scenes.h"
#include "Shot.h"
#include "training/TorchRuntime.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <cstdio>

using namespace modeldeck;
using namespace modeldeck::screenshots;

namespace modeldeck::screenshots {

const std::vector<Scene> &scenes()
{
    static const std::vector<Scene> all = {
        { "cards", "cards-light.png cards-dark.png", cardsScene },
        { "saved-models", "saved-models-light.png saved-models-dark.png", savedModelsScene },
        { "report", "report.png", reportScene },
        { "predictions", "predictions-light.png predictions-dark.png predictions-error.png",
          predictionsScene },
        { "main-window", "main-window-training.png main-window-1280x720.png", mainWindowScene },
        { "queue-panel",
          "queue-panel.png queue-panel-dark.png autotrain-dialog.png history-view.png",
          queuePanelScene },
        { "import-error", "import-error.png", importErrorScene },
        { "download", "download.png", downloadScene },
        { "settings", "settings.png", settingsScene },
        { "save-dialog",
          "save-dialog-worse-than-naive-light.png save-dialog-worse-than-naive-dark.png",
          saveDialogScene },
        { "autotrain-refresh",
          "autotrain-refresh-choose.png autotrain-refresh-running.png autotrain-refresh-result.png",
          autoTrainRefreshScene },
        { "strategy",
          "strategy-light.png strategy-dark.png strategy-folds.png strategy-trades.png "
          "strategy-saved.png strategy-jobs.png",
          strategyScene },
    };
    return all;
}

} // namespace modeldeck::screenshots

int main(int argc, char *argv[])
{
    TorchRuntime::prepareEnvironment(argv);
    // Without a display, offscreen (its fonts are plainer than a real platform's).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings of their own, cleared on every run: the pictures show first-run windows, and
    // the user's ModelDeck settings are never touched.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ModelDeckScreenshots"));
    QSettings().clear();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    TorchRuntime::initialize(1);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the ModelDeck screenshots of docs/screenshots into OUTDIR."));
    parser.addHelpOption();
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the scenes."));
    parser.addOption(list);
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QStringLiteral("Language of the pictures: en (default), de "
                                                     "or hi; $MODELDECK_LANG sets it too."),
                                      QStringLiteral("code"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("Where the PNGs go."));
    parser.addPositionalArgument(QStringLiteral("scene"),
                                 QStringLiteral("Scenes to run (default: all)."),
                                 QStringLiteral("[scene...]"));
    parser.process(app);
    if (parser.isSet(list)) {
        for (const Scene &scene : scenes())
            std::printf("%-18s %s\n", scene.name, scene.files);
        return 0;
    }
    // The .qm files as the build wrote them (app/, lrelease); English unless asked otherwise,
    // whatever the machine's locale.
    QString code = parser.value(language);
    if (code.isEmpty())
        code = qEnvironmentVariable("MODELDECK_LANG", QStringLiteral("en"));
    if (!Translations::available().contains(code)) {
        std::fprintf(stderr, "no language %s (en, de, hi)\n", qPrintable(code));
        return 2;
    }
    Translations::install(app, code, QStringLiteral(MODELDECK_QM_DIR));

    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        parser.showHelp(2);
    const QString outDir = args.takeFirst();
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(outDir));
        return 1;
    }
    for (const QString &name : std::as_const(args)) {
        if (std::none_of(scenes().begin(), scenes().end(),
                         [&](const Scene &s) { return name == QLatin1StringView(s.name); })) {
            std::fprintf(stderr, "no scene %s (see --list)\n", qPrintable(name));
            return 2;
        }
    }

    QTemporaryDir scratch;
    int failures = 0;
    for (const Scene &scene : scenes()) {
        if (!args.isEmpty() && !args.contains(QLatin1StringView(scene.name)))
            continue;
        Shot shot(outDir, QDir(scratch.path()).filePath(QLatin1StringView(scene.name)));
        try {
            scene.run(shot);
            for (const QString &file : shot.written())
                std::printf("%s\n", qPrintable(file));
        } catch (const ShotFailed &failed) {
            std::fprintf(stderr, "%s: %s\n", scene.name, failed.what());
            ++failures;
        }
        std::fflush(stdout);
    }
    return failures == 0 ? 0 : 1;
}
