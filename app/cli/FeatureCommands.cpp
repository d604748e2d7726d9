#include "FeatureCommands.h"

#include "domain/Timeframe.h"
#include "features/FeatureTable.h"
#include "services/TrainingService.h"
#include "storage/Database.h"
#include "training/TrainingSettings.h"
#include "util/FileSet.h"
#include "util/PathSanitizer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace modeldeck::cli {

int runFeatures(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args != QStringList { QStringLiteral("export") })
        return fail(Tr::tr("features needs the subcommand export; see --help."), ExitUsage);
    if (!parser.isSet(o.symbol) || !parser.isSet(o.timeframe) || !parser.isSet(o.out))
        return fail(Tr::tr("features export needs --symbol, --timeframe and --out."), ExitUsage);
    // The bot's window (lookback) and feature settings: gbm_bot's unless --bot says otherwise.
    const QString bot = parser.isSet(o.bot) ? parser.value(o.bot) : QStringLiteral("gbm_bot");
    auto run = runOptions(parser, o, bot);
    if (!run)
        return fail(run.error(), ExitUsage);
    FeatureConfig config = run->settings.features;
    config.lookback = run->settings.model.lookback;
    const QString timeframe = run->timeframe.name();
    const int horizon = run->horizon;
    const QString symbol = parser.value(o.symbol).toUpper();
    if (auto valid = PathSanitizer::validateSymbol(symbol); !valid)
        return fail(valid.error(), ExitUsage);

    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    auto bars = TrainingService::loadBars(**db, symbol, timeframe);
    if (!bars)
        return fail(bars.error());
    auto features = FeatureSet::build(*bars, config);
    if (!features)
        return fail(features.error());

    const QString base = QDir(parser.value(o.out))
                             .filePath(QStringLiteral("%1-%2-h%3")
                                           .arg(PathSanitizer::sanitizeComponent(symbol), timeframe)
                                           .arg(horizon));
    const QString table = base + QStringLiteral(".csv");
    const QString meta = base + QStringLiteral(".meta.json");
    if (!parser.isSet(o.yes)) {
        for (const QString &path : { table, meta }) {
            if (QFileInfo::exists(path))
                return fail(Tr::tr("%1 exists; add --yes to replace it.").arg(path));
        }
    }
    QDir().mkpath(parser.value(o.out));
    QJsonObject description = FeatureTable::description(*features);
    description.insert(QStringLiteral("symbol"), symbol);
    description.insert(QStringLiteral("timeframe"), timeframe);
    if (auto written = FileSet::writeTogether(
            { { table, FeatureTable::csv(*features) },
              { meta, QJsonDocument(description).toJson(QJsonDocument::Indented) } });
        !written)
        return fail(written.error());
    const int rows = features->train.size() + features->validation.size() + features->test.size();
    if (parser.isSet(o.json)) {
        printJson(
            { { QStringLiteral("table"), table },
              { QStringLiteral("meta"), meta },
              { QStringLiteral("rows"), rows },
              { QStringLiteral("columns"), features->featureCount * features->config.lookback } });
    } else {
        out() << Tr::tr("Wrote %n samples", nullptr, rows) << ' '
              << Tr::tr("of %1 columns to %2 and their description to %3")
                     .arg(features->featureCount * features->config.lookback)
                     .arg(QDir::toNativeSeparators(table), QDir::toNativeSeparators(meta))
              << Qt::endl;
    }
    return ExitOk;
}

} // namespace modeldeck::cli
