#include "ModelCommands.h"

#include "CliSupport.h"
#include "RetrainCommands.h"
#include "services/ModelImporter.h"
#include "services/ModelRegistry.h"
#include "services/PredictionService.h"
#include "training/TorchRuntime.h"

#include <QJsonArray>
#include <QLocale>
#include <optional>

namespace modeldeck::cli {

namespace {

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const RegisteredModel &m)
{
    QJsonArray horizons;
    for (int h : m.horizons)
        horizons.append(h);
    return { { QStringLiteral("id"), m.id },
             { QStringLiteral("name"), m.name },
             { QStringLiteral("version"), m.version },
             { QStringLiteral("model_type"), m.bot },
             { QStringLiteral("format"), toString(m.format) },
             { QStringLiteral("horizons"), horizons },
             { QStringLiteral("symbol"), m.symbol },
             { QStringLiteral("timeframe"), m.timeframe },
             { QStringLiteral("active"), m.active },
             { QStringLiteral("description"), m.description },
             { QStringLiteral("tags"), QJsonArray::fromStringList(m.tags) },
             { QStringLiteral("file_path"), m.filePath },
             { QStringLiteral("file_sha256"), m.fileSha256 },
             { QStringLiteral("file_size"), m.fileSize },
             { QStringLiteral("training_record_id"),
               m.trainingRecordId ? QJsonValue(*m.trainingRecordId) : QJsonValue() },
             { QStringLiteral("created_at"), m.createdAt.toString(Qt::ISODateWithMs) },
             { QStringLiteral("metrics"), m.metrics },
             { QStringLiteral("intervals"), m.intervals } };
}

QJsonObject toJson(const Prediction &p)
{
    return { { QStringLiteral("id"), p.id },
             { QStringLiteral("predicted_at"), p.predictedAt.toString(Qt::ISODateWithMs) },
             { QStringLiteral("model"), p.modelName },
             { QStringLiteral("version"), p.modelVersion },
             { QStringLiteral("symbol"), p.symbol },
             { QStringLiteral("timeframe"), p.timeframe },
             { QStringLiteral("horizon"), p.horizon },
             { QStringLiteral("base_time"), isoUtc(p.baseTimeMs) },
             { QStringLiteral("base_close"), p.baseClose },
             { QStringLiteral("target_time"), isoUtc(p.targetTimeMs) },
             { QStringLiteral("predicted"), p.value },
             { QStringLiteral("lower_80"), optionalJson(p.lower80) },
             { QStringLiteral("upper_80"), optionalJson(p.upper80) },
             { QStringLiteral("lower_95"), optionalJson(p.lower95) },
             { QStringLiteral("upper_95"), optionalJson(p.upper95) },
             { QStringLiteral("actual"), optionalJson(p.actual) },
             { QStringLiteral("actual_time"),
               p.actualTimeMs ? QJsonValue(isoUtc(*p.actualTimeMs)) : QJsonValue() } };
}

QString number(double v)
{
    return QString::number(v, 'g', 8);
}

QString band(const std::optional<double> &lower, const std::optional<double> &upper)
{
    return lower && upper ? QStringLiteral("[%1, %2]").arg(number(*lower), number(*upper))
                          : Tr::tr("unbounded");
}

QString describe(const RegisteredModel &m)
{
    QStringList horizons;
    for (int h : m.horizons)
        horizons << QString::number(h);
    QString line
        = QStringLiteral("%1  v%2  %3  %4  %5 %6  %7")
              .arg(m.name)
              .arg(m.version)
              .arg(m.active ? Tr::tr("ACTIVE") : Tr::tr("inactive"), m.bot, m.symbol, m.timeframe)
              .arg(Tr::tr("horizons %1").arg(horizons.join(u',')));
    if (m.metrics.contains(QStringLiteral("rmse")))
        line += Tr::tr("  test RMSE %1")
                    .arg(number(m.metrics.value(QStringLiteral("rmse")).toDouble()));
    if (m.metrics.value(QStringLiteral("coverage_80")).isDouble()) {
        line
            += Tr::tr("  80 % interval covered %1 % of the test split")
                   .arg(m.metrics.value(QStringLiteral("coverage_80")).toDouble() * 100, 0, 'f', 1);
    }
    if (!m.tags.isEmpty())
        line += QStringLiteral("  [") + m.tags.join(QStringLiteral(", ")) + u']';
    return line;
}

QString describe(const Prediction &p)
{
    QString line
        = Tr::tr("%1 %2 %3 (%4): %5 · 80 % %6 · 95 % %7 — model “%8” v%9")
              .arg(p.symbol, p.timeframe,
                   p.horizon == 1 ? Tr::tr("1 bar ahead") : Tr::tr("%1 bars ahead").arg(p.horizon))
              .arg(isoUtc(p.targetTimeMs), number(p.value), band(p.lower80, p.upper80),
                   band(p.lower95, p.upper95), p.modelName)
              .arg(p.modelVersion);
    if (p.actual)
        line += Tr::tr(" · actual %1").arg(number(*p.actual));
    return line;
}

QStringList tagList(const QString &value)
{
    QStringList tags;
    for (const QString &tag : value.split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags << tag.trimmed();
    }
    return tags;
}

// --version N, absent for "the latest"; an Error for anything but a whole number ≥ 1.
Result<std::optional<int>> versionOption(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.isSet(o.modelVersion))
        return std::optional<int>();
    bool ok = false;
    const int version = parser.value(o.modelVersion).toInt(&ok);
    if (!ok || version < 1)
        return Error { Tr::tr("--model-version must be a whole number, at least 1.") };
    return std::optional<int>(version);
}

QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes);
}

int runDelete(const QCommandLineParser &parser, const Options &o, ModelRegistry &registry,
              std::optional<int> version)
{
    const QString name = parser.value(o.name);
    auto all = registry.versions(name);
    if (!all)
        return fail(all.error());
    int count = 0;
    qint64 bytes = 0;
    bool active = false;
    for (const RegisteredModel &m : *all) {
        if (version && m.version != *version)
            continue;
        ++count;
        bytes += m.fileSize;
        active = active || m.active;
    }
    if (count == 0)
        return fail(registry.find(name, version).error());
    const QString what = version
        ? Tr::tr("Delete version %1 of model “%2” (%3)%4?")
              .arg(*version)
              .arg(name, size(bytes), active ? Tr::tr(", the active one") : QString())
        : Tr::tr("Delete model “%1”: %2, %3%4?")
              .arg(name, count == 1 ? Tr::tr("1 version") : Tr::tr("%1 versions").arg(count),
                   size(bytes), active ? Tr::tr(", including the active one") : QString());
    if (!confirm(parser, o, what))
        return fail(what + u' ' + Tr::tr("Nothing was deleted; add --yes to confirm."), ExitUsage);
    auto removed = registry.remove(name, version);
    if (!removed)
        return fail(removed.error());
    if (parser.isSet(o.json)) {
        printJson({ { QStringLiteral("deleted_versions"), removed->versions },
                    { QStringLiteral("bytes"), removed->bytes },
                    { QStringLiteral("was_active"), removed->wasActive },
                    { QStringLiteral("files_left"), removed->filesLeft } });
    } else {
        out() << Tr::tr("Deleted %1 of “%2”, %3 freed.")
                     .arg(removed->versions == 1 ? Tr::tr("1 version")
                                                 : Tr::tr("%1 versions").arg(removed->versions),
                          name, size(removed->bytes))
              << Qt::endl;
        if (removed->wasActive)
            out() << Tr::tr("It was active: %1 %2 has no active model now.")
                         .arg((*all)[0].symbol, (*all)[0].timeframe)
                  << Qt::endl;
    }
    return ExitOk;
}

int runImportModel(const QCommandLineParser &parser, const Options &o, const Database &database,
                   const QStringList &arguments)
{
    if (arguments.size() != 2)
        return fail(
            Tr::tr("models import needs one FILE (a TorchScript model with its JSON sidecar)."),
            ExitUsage);
    ModelImportRequest request;
    request.modelFile = arguments.at(1);
    request.sidecarFile = parser.value(o.sidecar);
    request.name = parser.value(o.name);
    request.symbol = parser.value(o.symbol);
    request.timeframe = parser.value(o.timeframe);
    request.description = parser.value(o.description);
    request.tags = tagList(parser.value(o.tags));
    request.activate = parser.isSet(o.activate);
    const QString question
        = Tr::tr("Importing %1 runs code from that file. Import it only if you trust where it came "
                 "from. Import?")
              .arg(request.modelFile);
    if (!confirm(parser, o, question))
        return fail(question + u' ' + Tr::tr("Nothing was imported; add --yes to confirm."),
                    ExitUsage);
    TorchRuntime::initialize(1);
    auto imported = ModelImporter(database).run(request, ImportTrust::Confirmed); // asked above
    if (!imported)
        return fail(imported.error());
    if (parser.isSet(o.json))
        printJson(toJson(*imported));
    else
        out() << Tr::tr("Imported as ") << describe(*imported) << Qt::endl;
    return ExitOk;
}

} // namespace

int runPredict(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.isSet(o.model) || !parser.isSet(o.horizon))
        return fail(Tr::tr("predict needs --model and --horizon."), ExitUsage);
    bool ok = false;
    const int horizon = parser.value(o.horizon).toInt(&ok);
    if (!ok || horizon < 1)
        return fail(Tr::tr("--horizon must be a whole number of bars, at least 1."), ExitUsage);
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    TorchRuntime::initialize(1);
    PredictionService service(**db);
    auto prediction = service.predict({ parser.value(o.model), horizon, parser.isSet(o.save) });
    if (!prediction)
        return fail(prediction.error());
    if (parser.isSet(o.json)) {
        printJson(toJson(*prediction));
    } else {
        out() << describe(*prediction) << Qt::endl;
        if (prediction->id > 0)
            out() << Tr::tr("Saved as prediction %1.").arg(prediction->id) << Qt::endl;
    }
    return ExitOk;
}

int runModels(const QCommandLineParser &parser, const Options &o, const QStringList &arguments)
{
    if (arguments.isEmpty())
        return fail(
            Tr::tr("models needs an action: list, save, activate, import, export or delete."),
            ExitUsage);
    const QString action = arguments.first();
    static const QStringList actions
        = { QStringLiteral("list"),   QStringLiteral("save"),   QStringLiteral("activate"),
            QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("delete") };
    if (!actions.contains(action))
        return fail(Tr::tr("unknown models action “%1”.").arg(action), ExitUsage);
    if (action != QLatin1StringView("import") && arguments.size() != 1)
        return fail(Tr::tr("unexpected argument “%1”.").arg(arguments.at(1)), ExitUsage);
    const bool needsName
        = action != QLatin1StringView("list") && action != QLatin1StringView("import");
    if (needsName && !parser.isSet(o.name))
        return fail(Tr::tr("models %1 needs --name.").arg(action), ExitUsage);
    auto version = versionOption(parser, o);
    if (!version)
        return fail(version.error(), ExitUsage);
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    ModelRegistry registry(**db);
    const bool json = parser.isSet(o.json);

    if (action == QLatin1StringView("list")) {
        ModelFilter filter;
        filter.name = parser.value(o.name);
        filter.symbol = parser.value(o.symbol).toUpper();
        filter.timeframe = parser.value(o.timeframe);
        auto models = registry.list(filter);
        if (!models)
            return fail(models.error());
        QJsonArray list;
        for (const RegisteredModel &m : *models) {
            if (json)
                list.append(toJson(m));
            else
                out() << describe(m) << Qt::endl;
        }
        if (json)
            printJson({ { QStringLiteral("models"), list } });
        else if (models->empty())
            out() << Tr::tr(
                "No saved models yet; save a training record with: modeldeck-cli models "
                "save --record ID "
                "--name NAME")
                  << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1StringView("save")) {
        bool ok = false;
        const qint64 record = parser.value(o.record).toLongLong(&ok);
        if (!ok || record < 1)
            return fail(Tr::tr("models save needs --record with a training record id."), ExitUsage);
        auto saved
            = registry.saveRecord({ record, parser.value(o.name), parser.value(o.description),
                                    tagList(parser.value(o.tags)), parser.isSet(o.activate) });
        if (!saved)
            return fail(saved.error());
        if (json)
            printJson(toJson(*saved));
        else
            out() << Tr::tr("Saved ") << describe(*saved) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1StringView("activate")) {
        auto activated = registry.activate(parser.value(o.name), *version);
        if (!activated)
            return fail(activated.error());
        if (json) {
            printJson({ { QStringLiteral("model"), toJson(activated->model) },
                        { QStringLiteral("replaced"),
                          activated->replaced ? QJsonValue(toJson(*activated->replaced))
                                              : QJsonValue() } });
        } else {
            out() << Tr::tr("“%1” v%2 is now the active model of %3 %4")
                         .arg(activated->model.name)
                         .arg(activated->model.version)
                         .arg(activated->model.symbol, activated->model.timeframe);
            if (activated->replaced)
                out() << Tr::tr(" (instead of “%1” v%2)")
                             .arg(activated->replaced->name)
                             .arg(activated->replaced->version);
            out() << Qt::endl;
        }
        return ExitOk;
    }
    if (action == QLatin1StringView("import"))
        return runImportModel(parser, o, **db, arguments);
    if (action == QLatin1StringView("export")) {
        if (!parser.isSet(o.out))
            return fail(Tr::tr("models export needs --out with a folder."), ExitUsage);
        auto exported = registry.exportModel(parser.value(o.name), *version, parser.value(o.out),
                                             parser.isSet(o.yes));
        if (!exported)
            return fail(exported.error());
        if (json) {
            printJson({ { QStringLiteral("model_file"), exported->modelFile },
                        { QStringLiteral("sidecar_file"), exported->sidecarFile } });
        } else {
            out() << Tr::tr("Exported %1 and %2").arg(exported->modelFile, exported->sidecarFile)
                  << Qt::endl;
        }
        return ExitOk;
    }
    return runDelete(parser, o, registry, *version);
}

int runPredictions(const QCommandLineParser &parser, const Options &o, const QStringList &arguments)
{
    if (arguments.size() != 1
        || (arguments.first() != QLatin1StringView("list")
            && arguments.first() != QLatin1StringView("fill"))) {
        return fail(Tr::tr("predictions needs one action: list or fill."), ExitUsage);
    }
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    PredictionService service(**db);
    const bool json = parser.isSet(o.json);
    if (arguments.first() == QLatin1StringView("fill")) {
        service.setDriftHandler(driftRetrainHandler(**db));
        auto filled = service.fillActualsReport();
        if (!filled)
            return fail(filled.error());
        if (json) {
            printJson({ { QStringLiteral("filled"), filled->filled },
                        { QStringLiteral("drift_retrains"),
                          QJsonArray::fromStringList(filled->driftActions) } });
        } else {
            out() << Tr::tr("Filled in the actual value of %1 predictions.").arg(filled->filled)
                  << Qt::endl;
            for (const QString &action : filled->driftActions)
                out() << action << Qt::endl;
        }
        return ExitOk;
    }
    PredictionFilter filter;
    filter.modelName = parser.value(o.model);
    filter.symbol = parser.value(o.symbol).toUpper();
    filter.timeframe = parser.value(o.timeframe);
    bool ok = true;
    if (parser.isSet(o.horizon))
        filter.horizon = parser.value(o.horizon).toInt(&ok);
    if (!ok || filter.horizon < 0)
        return fail(Tr::tr("--horizon must be a whole number of bars."), ExitUsage);
    filter.limit = parser.value(o.limit).toInt(&ok);
    if (!ok || filter.limit < 1)
        return fail(Tr::tr("--limit must be a whole number, at least 1."), ExitUsage);
    auto predictions = service.list(filter);
    if (!predictions)
        return fail(predictions.error());
    QJsonArray list;
    for (const Prediction &p : *predictions) {
        if (json)
            list.append(toJson(p));
        else
            out() << p.predictedAt.toString(Qt::ISODate) << "  " << describe(p) << Qt::endl;
    }
    if (json)
        printJson({ { QStringLiteral("predictions"), list } });
    else if (predictions->empty())
        out() << Tr::tr("No saved predictions match; predict with --save to keep one.") << Qt::endl;
    return ExitOk;
}

} // namespace modeldeck::cli
