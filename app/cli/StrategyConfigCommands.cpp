#include "StrategyConfigCommands.h"

#include "StrategyPrint.h"
#include "services/StrategyService.h"
#include "util/JsonText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace modeldeck::cli {

int runStrategyConfigs(const QCommandLineParser &parser, const Options &o, const QString &strategy,
                       bool json)
{
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    auto rows
        = StrategyService(**db).list(parser.value(o.symbol).toUpper(), parser.value(o.timeframe),
                                     strategy, parser.value(o.limit).toInt());
    if (!rows)
        return fail(rows.error());
    if (json) {
        QJsonArray array;
        for (const TrainedConfiguration &c : *rows)
            array.append(c.toJson());
        printJson({ { QStringLiteral("configurations"), array } });
        return ExitOk;
    }
    if (rows->empty())
        out() << Tr::tr("No saved strategy configurations.") << Qt::endl;
    for (const TrainedConfiguration &c : *rows) {
        out() << QStringLiteral("%1  %2  %3 %4  %5 %6  %7=%8  buy and hold %9")
                     .arg(c.id, 4)
                     .arg(c.name, c.symbol, c.timeframe, c.strategy, compactJson(c.params),
                          c.objective, scoreText(c.scores.value(c.objective).toDouble()),
                          percentText(
                              c.scores.value(QStringLiteral("buy_and_hold_return")).toDouble()))
              << Qt::endl;
    }
    return ExitOk;
}

int runStrategyConfig(const QCommandLineParser &parser, const Options &o, const QString &command,
                      bool json)
{
    if (!parser.isSet(o.name))
        return fail(Tr::tr("strategy %1 needs --name NAME (or the id).").arg(command), ExitUsage);
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    StrategyService service(**db);
    auto found = service.find(parser.value(o.name));
    if (!found)
        return fail(found.error());
    if (command == QLatin1StringView("show")) {
        if (json)
            printJson(found->toJson());
        else
            out() << QString::fromUtf8(QJsonDocument(found->toJson()).toJson());
        return ExitOk;
    }
    if (command == QLatin1StringView("export")) {
        if (!parser.isSet(o.out))
            return fail(Tr::tr("strategy export needs --out FILE."), ExitUsage);
        if (QFile::exists(parser.value(o.out))
            && !confirm(parser, o, Tr::tr("Overwrite %1?").arg(parser.value(o.out))))
            return fail(Tr::tr("%1 exists; pass --yes to overwrite it.").arg(parser.value(o.out)));
        if (auto written = StrategyService::exportJson(*found, parser.value(o.out)); !written)
            return fail(written.error());
        out() << Tr::tr("Exported “%1” to %2.").arg(found->name, parser.value(o.out)) << Qt::endl;
        return ExitOk;
    }
    if (!confirm(parser, o, Tr::tr("Delete strategy configuration “%1”?").arg(found->name)))
        return fail(Tr::tr("Not deleted; pass --yes to confirm."));
    if (auto removed = service.remove(found->id); !removed)
        return fail(removed.error());
    out() << Tr::tr("Deleted strategy configuration “%1”.").arg(found->name) << Qt::endl;
    return ExitOk;
}

} // namespace modeldeck::cli
