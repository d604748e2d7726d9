#include "CliCommands.h"

#include "AbTestCommands.h"
#include "AuditCommands.h"
#include "CliSupport.h"
#include "FeatureCommands.h"
#include "FetchCommands.h"
#include "ModelCommands.h"
#include "MonitorCommands.h"
#include "QueueCommands.h"
#include "RetrainCommands.h"
#include "SearchCommands.h"
#include "StrategyCommands.h"
#include "domain/Timeframe.h"
#include "queue/WorkerPlan.h"
#include "services/AuditLog.h"
#include "services/CsvImporter.h"
#include "services/MarketDataService.h"
#include "services/TrainingService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "training/CancellationToken.h"
#include "training/TorchRuntime.h"
#include "training/TrainingSettings.h"
#include "util/WorkPool.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <mutex>

namespace modeldeck::cli {

namespace {

int runImport(const QCommandLineParser &parser, const Options &o, const QStringList &files)
{
    if (files.isEmpty())
        return fail(Tr::tr("import needs at least one FILE."), ExitUsage);
    ImportRequest request;
    request.files = files;
    request.symbol = parser.value(o.symbol);
    request.timeZone = parser.value(o.timeZone);
    if (parser.isSet(o.timeframe)) {
        auto tf = Timeframe::parse(parser.value(o.timeframe));
        if (!tf)
            return fail(tf.error().message, ExitUsage);
        request.timeframe = *tf;
    }
    const QString order = parser.value(o.dateOrder);
    if (order == QLatin1StringView("day-first"))
        request.dateOrder = DateOrder::DayFirst;
    else if (order == QLatin1StringView("month-first"))
        request.dateOrder = DateOrder::MonthFirst;
    else if (order != QLatin1StringView("auto"))
        return fail(Tr::tr("--date-order must be auto, day-first or month-first."), ExitUsage);
    const auto policy = parseInvalidRowPolicy(parser.value(o.invalidRows));
    if (!policy)
        return fail(Tr::tr("--invalid-rows must be keep or reject."), ExitUsage);
    request.invalidRows = *policy;

    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    CsvImporter importer(**db);
    auto report = importer.run(request);
    if (!report)
        return fail(report.error());

    const bool json = parser.isSet(o.json);
    QJsonArray filesJson;
    for (const FileImportReport &f : report->files) {
        // Flagged rows are summarised, never listed one per row: a Yahoo file can have dozens.
        const QString flaggedSummary = flaggedRowsSummary(f.flagged);
        if (json) {
            QJsonArray firstFlagged;
            for (size_t i = 0; i < std::min(f.flagged.size(), size_t(kListedInvalidRows)); ++i) {
                firstFlagged.append(
                    QJsonObject { { QStringLiteral("line"), f.flagged[i].line },
                                  { QStringLiteral("reason"), f.flagged[i].message } });
            }
            filesJson.append(QJsonObject {
                { QStringLiteral("file"), f.file },
                { QStringLiteral("symbol"), f.symbol },
                { QStringLiteral("timeframe"), f.timeframe },
                { QStringLiteral("timezone"), f.timeZone },
                { QStringLiteral("format"), csvLayoutName(f.layout) },
                { QStringLiteral("rows"), f.rowsRead },
                { QStringLiteral("skipped_missing"), f.skippedMissing },
                { QStringLiteral("duplicates"), f.duplicateTimes },
                { QStringLiteral("flagged"), qint64(f.flagged.size()) },
                { QStringLiteral("flagged_first"), firstFlagged },
                { QStringLiteral("flagged_summary"), flaggedSummary },
                { QStringLiteral("merge"), toJson(f.merge) },
                { QStringLiteral("first"), isoUtc(f.firstMs) },
                { QStringLiteral("last"), isoUtc(f.lastMs) },
            });
        } else {
            out() << Tr::tr("%1: %2 %3 (%4, %5), %6 rows: %7 new, %8 updated, %9 unchanged")
                         .arg(f.file, f.symbol, f.timeframe, csvLayoutName(f.layout), f.timeZone)
                         .arg(f.rowsRead)
                         .arg(f.merge.added)
                         .arg(f.merge.updated)
                         .arg(f.merge.unchanged)
                  << Qt::endl;
            if (f.skippedMissing)
                out() << Tr::tr("  %1 rows skipped for missing values").arg(f.skippedMissing)
                      << Qt::endl;
            if (f.duplicateTimes)
                out() << Tr::tr("  %1 rows repeated a timestamp (the last one was kept)")
                             .arg(f.duplicateTimes)
                      << Qt::endl;
            if (!flaggedSummary.isEmpty())
                out() << "  " << flaggedSummary << Qt::endl;
        }
    }
    if (json)
        printJson({ { QStringLiteral("files"), filesJson },
                    { QStringLiteral("invalid_rows"), invalidRowPolicyName(request.invalidRows) },
                    { QStringLiteral("duration_ms"), report->durationMs } });
    return ExitOk;
}

int runSymbols(const QCommandLineParser &parser, const Options &o)
{
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    auto symbols = MarketDataService(**db).symbols();
    if (!symbols)
        return fail(symbols.error());
    const bool json = parser.isSet(o.json);
    QJsonArray list;
    for (const SymbolSummary &s : *symbols) {
        QJsonArray series;
        QStringList parts;
        for (const SeriesSummary &ss : s.series) {
            series.append(QJsonObject { { QStringLiteral("timeframe"), ss.timeframe },
                                        { QStringLiteral("bars"), ss.barCount },
                                        { QStringLiteral("first"), isoUtc(ss.firstMs) },
                                        { QStringLiteral("last"), isoUtc(ss.lastMs) } });
            parts << QStringLiteral("%1 %2 bars (%3 → %4)")
                         .arg(ss.timeframe)
                         .arg(ss.barCount)
                         .arg(isoUtc(ss.firstMs), isoUtc(ss.lastMs));
        }
        list.append(QJsonObject { { QStringLiteral("symbol"), s.symbol.name },
                                  { QStringLiteral("exchange"), s.symbol.exchange },
                                  { QStringLiteral("currency"), s.symbol.currency },
                                  { QStringLiteral("timezone"), s.symbol.timeZone },
                                  { QStringLiteral("series"), series } });
        if (!json)
            out() << s.symbol.name << '\t' << s.symbol.timeZone << '\t'
                  << parts.join(QStringLiteral("; ")) << Qt::endl;
    }
    if (json)
        printJson({ { QStringLiteral("symbols"), list } });
    else if (symbols->empty())
        out() << Tr::tr("No symbols yet; import a CSV file with: modeldeck-cli import FILE")
              << Qt::endl;
    return ExitOk;
}

int runResample(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.isSet(o.symbol) || !parser.isSet(o.from) || !parser.isSet(o.to))
        return fail(Tr::tr("resample needs --symbol, --from and --to."), ExitUsage);
    auto from = Timeframe::parse(parser.value(o.from));
    auto to = Timeframe::parse(parser.value(o.to));
    if (!from)
        return fail(from.error().message, ExitUsage);
    if (!to)
        return fail(to.error().message, ExitUsage);
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    auto report = MarketDataService(**db).resample(parser.value(o.symbol).toUpper(), *from, *to);
    if (!report)
        return fail(report.error());
    if (parser.isSet(o.json)) {
        printJson({ { QStringLiteral("symbol"), report->symbol },
                    { QStringLiteral("from"), report->from },
                    { QStringLiteral("to"), report->to },
                    { QStringLiteral("source_bars"), report->sourceBars },
                    { QStringLiteral("bars"), report->resultBars },
                    { QStringLiteral("merge"), toJson(report->merge) } });
    } else {
        out() << Tr::tr("%1: %2 %3 bars → %4 %5 bars (%6 new, %7 updated, %8 unchanged)")
                     .arg(report->symbol)
                     .arg(report->sourceBars)
                     .arg(report->from)
                     .arg(report->resultBars)
                     .arg(report->to)
                     .arg(report->merge.added)
                     .arg(report->merge.updated)
                     .arg(report->merge.unchanged)
              << Qt::endl;
    }
    return ExitOk;
}

// A tree model's five most important inputs with their share of the total gain.
void printImportance(const QJsonArray &importance)
{
    double total = 0;
    for (const QJsonValue &v : importance)
        total += std::max(0.0, v.toObject().value(QStringLiteral("gain")).toDouble());
    QStringList top;
    for (qsizetype i = 0; i < std::min<qsizetype>(5, importance.size()) && total > 0; ++i) {
        const QJsonObject o = importance.at(i).toObject();
        top << Tr::tr("%1 (%2 %)")
                   .arg(o.value(QStringLiteral("feature")).toString())
                   .arg(100.0 * o.value(QStringLiteral("gain")).toDouble() / total, 0, 'f', 1);
    }
    if (!top.isEmpty())
        out() << Tr::tr("Most important inputs (gain): %1").arg(top.join(QStringLiteral(", ")))
              << Qt::endl;
}

int runTrain(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.isSet(o.symbol) || !parser.isSet(o.timeframe) || !parser.isSet(o.bot))
        return fail(Tr::tr("train needs --symbol, --timeframe and --bot."), ExitUsage);
    auto run = runOptions(parser, o, parser.value(o.bot));
    if (!run)
        return fail(run.error(), ExitUsage);

    TorchRuntime::initialize(WorkerPlan::torchThreads(parser.value(o.threads).toInt()));
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());

    const bool json = parser.isSet(o.json);
    const DatabaseWaitNotices databaseWaits;
    CancellationToken token;
    TrainingService service(**db);
    service.setCancellationToken(&token);
    std::mutex printMutex;
    QElapsedTimer sinceLine;
    sinceLine.start();
    service.setProgressCallback([&](const TrainingProgress &p) {
        std::lock_guard lock(printMutex);
        const bool stepEnd = p.stepFraction >= 1.0;
        if (!json && sinceLine.elapsed() < 1000 && !stepEnd)
            return; // one human-readable line a second is plenty
        sinceLine.restart();
        const QString eta = p.etaSeconds < 0 ? Tr::tr("ETA estimating…")
                                             : Tr::tr("ETA %1 s").arg(qRound(p.etaSeconds));
        if (json) {
            printJson({ { QStringLiteral("type"), QStringLiteral("progress") },
                        { QStringLiteral("percent"), p.overall() * 100 },
                        { QStringLiteral("step"), TrainingProgress::stepName(p.step) },
                        { QStringLiteral("epoch"), p.epoch },
                        { QStringLiteral("epochs"), p.epochs },
                        { QStringLiteral("batch"), p.batch },
                        { QStringLiteral("batches"), p.batches },
                        { QStringLiteral("train_loss"), p.trainLoss },
                        { QStringLiteral("val_loss"), p.valLoss },
                        { QStringLiteral("eta_seconds"), p.etaSeconds },
                        { QStringLiteral("details"), p.details } });
        } else {
            out() << QStringLiteral("[%1%] %2 · %3 · %4")
                         .arg(p.overall() * 100, 3, 'f', 0)
                         .arg(TrainingProgress::stepName(p.step), p.details, eta)
                  << Qt::endl;
        }
    });

    TrainingRequest request { parser.value(o.symbol).toUpper(), run->timeframe.name(),
                              run->settings.model, run->settings.features };
    QFutureWatcher<TrainingOutcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<TrainingOutcome>::finished, &loop,
                     &QEventLoop::quit);
    const InterruptGuard interrupt;
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&token, &interrupt] {
        if (interrupt.triggered())
            token.cancel(Tr::tr("interrupted (Ctrl+C)"));
    });
    interruptPoll.start(50);
    const Database &database = **db;
    // Nothing is queued, so no job's transaction records it: the audit entry goes first, and
    // a run that cannot be audited does not start.
    const AuditEntry audited = AuditLog::entry(
        QStringLiteral("train"), AuditLog::seriesSubject(request.symbol, request.timeframe),
        { { QStringLiteral("bot"), parser.value(o.bot) },
          { QStringLiteral("origin"), QStringLiteral("direct") } });
    if (const Status recorded = AuditLog::record(database, audited); !recorded)
        return fail(recorded.error());
    watcher.setFuture(QtConcurrent::run(workPool(), [&service, &database, request] {
        TrainingOutcome outcome = service.train(request);
        database.releaseThreadConnection();
        return outcome;
    }));
    loop.exec();
    const TrainingOutcome outcome = watcher.result();

    if (!outcome.ok) {
        if (json) {
            printJson({ { QStringLiteral("type"), QStringLiteral("result") },
                        { QStringLiteral("ok"), false },
                        { QStringLiteral("cancelled"), outcome.cancelled },
                        { QStringLiteral("record_id"), outcome.recordId },
                        { QStringLiteral("model_kept"), outcome.keptModelPath },
                        { QStringLiteral("error"), outcome.error.toString() } });
        }
        fail(outcome.error);
        return outcome.cancelled ? ExitCancelled : ExitFailure;
    }
    const ForecastMetrics &m = outcome.metrics;
    if (json) {
        printJson({ { QStringLiteral("type"), QStringLiteral("result") },
                    { QStringLiteral("ok"), true },
                    { QStringLiteral("record_id"), outcome.recordId },
                    { QStringLiteral("model_path"), outcome.record.modelPath },
                    { QStringLiteral("epochs"), outcome.record.epochs },
                    { QStringLiteral("seconds"), outcome.record.trainingDurationSeconds },
                    { QStringLiteral("metrics"), m.toJson() },
                    { QStringLiteral("raw_metrics"), outcome.rawMetrics.toJson() },
                    { QStringLiteral("model_weight"), outcome.modelWeight },
                    { QStringLiteral("interval"), outcome.interval.toJson() },
                    { QStringLiteral("feature_importance"),
                      outcome.record.config.value(QStringLiteral("feature_importance")) } });
    } else {
        out() << Tr::tr("Trained %1 on %2 %3 in %4 s (%5 epochs), record %6")
                     .arg(request.model.bot, request.symbol, request.timeframe)
                     .arg(outcome.record.trainingDurationSeconds, 0, 'f', 1)
                     .arg(outcome.record.epochs)
                     .arg(outcome.recordId)
              << Qt::endl
              << Tr::tr(
                     "Test: RMSE %1 · MAE %2 · MAPE %3 % · R² %4 · direction %5 % · skill vs naive "
                     "%6 (naive RMSE %7)")
                     .arg(m.rmse, 0, 'g', 6)
                     .arg(m.mae, 0, 'g', 6)
                     .arg(m.mape, 0, 'f', 3)
                     .arg(m.r2, 0, 'f', 4)
                     .arg(m.directionalAccuracy * 100, 0, 'f', 1)
                     .arg(m.skill, 0, 'f', 4)
                     .arg(m.naiveRmse, 0, 'g', 6)
              << Qt::endl
              << (ModelConfig::isTreeModel(request.model.bot)
                      ? Tr::tr(
                          "Trees alone: RMSE %1 · skill vs naive %2; the forecast weighs them %3 "
                          "against the last close (chosen on the validation split)")
                      : Tr::tr(
                          "Network alone: RMSE %1 · skill vs naive %2; the forecast weighs it %3 "
                          "against the last close (chosen on the validation split)"))
                     .arg(outcome.rawMetrics.rmse, 0, 'g', 6)
                     .arg(outcome.rawMetrics.skill, 0, 'f', 4)
                     .arg(outcome.modelWeight, 0, 'f', 2)
              << Qt::endl;
        const ConformalInterval &ci = outcome.interval;
        // On the volatility scale a half-width is in units of recent volatility, not price.
        const QString unit
            = ci.scale == ConformalInterval::Scale::Volatility ? Tr::tr(" σ") : QString();
        const auto level
            = [&unit](const std::optional<double> &half, const std::optional<double> &coverage) {
                  return half ? Tr::tr("±%1%2 (covered %3 % of the test split)")
                                    .arg(*half, 0, 'g', 5)
                                    .arg(unit)
                                    .arg(coverage.value_or(0) * 100, 0, 'f', 1)
                              : Tr::tr("unbounded (too few validation samples)");
              };
        out() << Tr::tr("Intervals from %1 validation errors: 80 % %2 · 95 % %3")
                     .arg(ci.calibrationSamples)
                     .arg(level(ci.halfWidth80, ci.coverage80),
                          level(ci.halfWidth95, ci.coverage95))
              << Qt::endl;
        printImportance(
            outcome.record.config.value(QStringLiteral("feature_importance")).toArray());
    }
    return ExitOk;
}

} // namespace

int run(const QStringList &arguments)
{
    Options o;
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "ModelDeck command line.\n\nCommands:\n"
        "  import FILE... [--symbol S] [--timeframe T] [--tz ZONE] [--date-order O] "
        "[--invalid-rows P]\n"
        "  symbols\n"
        "  resample --symbol S --from 5m --to 1h\n"
        "  train --symbol S --timeframe T --bot B [--horizon H] [--params JSON|FILE] [--threads "
        "N]\n"
        "  fetch --provider yahoo|binance|binance-us --symbols A,B --timeframe T [--from DATE] "
        "[--to DATE]\n"
        "        [--base-url URL]   (without --from: from the newest stored bar)\n"
        "  search --symbol S --timeframe T --bot B [--method grid|random|bayes] [--trials N] "
        "[--seconds N]\n"
        "         [--params P] [--space JSON|FILE] [--walk-forward train,test,step[,sliding]] "
        "[--seed N] [--workers N]\n"
        "  search --job N   (resume a stopped search from its recorded trials)\n"
        "  queue add --symbol S --timeframe T --bot B [--horizon H] [--params P] [--priority N] "
        "[--max-retries N]\n"
        "            [--search with the search options above]\n"
        "  queue auto --symbols A,B --timeframes 5m,1h --bots lstm_bot,gru_bot [--params P]\n"
        "  queue retry|remove --job N\n"
        "  queue list | status | run | pause | resume | stop | force-stop\n"
        "  queue run --schedule   (keeps running; retrains stale active models in the "
        "retraining window)\n"
        "  retrain --model NAME | --record ID [--reason TEXT]   (job id, duplicate, ETA)\n"
        "  predict --model NAME --horizon H [--save]\n"
        "  models list [--name N] [--symbol S] [--timeframe T]\n"
        "  models save --record ID --name N [--description D] [--tags a,b] [--activate]\n"
        "  models activate --name N [--model-version V]\n"
        "  models import FILE [--sidecar JSON] [--name N] [--symbol S] [--timeframe T] "
        "[--activate] --yes\n"
        "  models export --name N [--model-version V] --out DIR [--yes to overwrite]\n"
        "  models delete --name N [--model-version V] --yes\n"
        "  predictions list [--model N] [--horizon H] [--symbol S] [--limit N] | predictions "
        "fill\n"
        "  metrics --model N [--horizon H] [--limit WINDOW] [--history]   (saved predictions "
        "vs their actuals)\n"
        "  drift --model N [--check] [--limit N]   (stored drift checks; --check tests the "
        "inputs now)\n"
        "  alerts [--history] [--limit N] [--stale-hours H] [--ack IDS|all]   (drift, repeated "
        "job failures, stale active models)\n"
        "  audit [--action A,B] [--from T] [--to T] [--limit N] [--csv FILE]   (who did what, "
        "newest first)\n"
        "  alerts [--history] [--limit N]   (drift found in saved models' live accuracy)\n"
        "  abtest --model A [--model-version V] --model-b B [--model-b-version V] [--window N] "
        "[--horizon H]\n"
        "         [--activate-winner]   (both on the same recent bars; Diebold–Mariano verdict)\n"
        "  abtest --history [--model A] [--model-b B] [--limit N]\n"
        "  features export --symbol S --timeframe T --out DIR [--bot B] [--params P] [--horizon "
        "H]\n"
        "        (a table to train on elsewhere; bench/reference/export_xgboost.py imports back)\n"
        "  strategy list   (built-in strategies and their parameter spaces)\n"
        "  strategy backtest --symbol S --timeframe T --strategy NAME [--param k=v ...] "
        "[--commission F] [--slippage F] [--short] [--curves]\n"
        "  strategy train --symbol S --timeframe T --strategy NAME [--objective sharpe] "
        "[--optimizer tpe|random|grid] [--budget N]\n"
        "        [--train-days D --test-days D] [--param k=v (held fixed)] [--space JSON|FILE] "
        "[--seed N] [--save NAME] [--queue]\n"
        "  strategy job-result JOB   (a finished strategy training job's result)\n"
        "  strategy configs [--symbol S] [--timeframe T] [--strategy NAME] | show|delete --name "
        "N|ID | export --name N --out FILE"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({ o.workspace, o.json,        o.symbol,     o.timeframe,   o.timeZone,
                        o.dateOrder, o.invalidRows, o.from,       o.to,          o.bot,
                        o.horizon,   o.params,      o.threads,    o.symbols,     o.timeframes,
                        o.bots,      o.priority,    o.maxRetries, o.workers,     o.job,
                        o.provider,  o.baseUrl,     o.model,      o.name,        o.modelVersion,
                        o.record,    o.description, o.tags,       o.activate,    o.save,
                        o.out,       o.sidecar,     o.limit,      o.yes,         o.method,
                        o.trials,    o.seconds,     o.space,      o.walkForward, o.seed,
                        o.search,    o.history,     o.ack,        o.staleHours,  o.check });
    parser.addOptions(auditOptions());
    parser.addPositionalArgument(
        QStringLiteral("command"),
        Tr::tr(
            "import, symbols, resample, train, search, fetch, queue, predict, models, "
            "predictions, metrics, drift, alerts, audit, abtest, retrain, features or strategy"));
    // abtest and retrain (kept apart so the table above stays as it is)
    parser.addOptions({ o.modelB, o.modelBVersion, o.window, o.activateWinner });
    parser.addOptions({ o.reason, o.schedule });
    parser.addOptions(strategyOptions());
    if (!parser.parse(arguments))
        return fail(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(Tr::tr("no command given; see --help."), ExitUsage);
    const QString command = positional.takeFirst();
    if (command == QLatin1StringView("import"))
        return runImport(parser, o, positional);
    if (command == QLatin1StringView("queue"))
        return runQueue(parser, o, positional);
    if (command == QLatin1StringView("models"))
        return runModels(parser, o, positional);
    if (command == QLatin1StringView("predictions"))
        return runPredictions(parser, o, positional);
    if (command == QLatin1StringView("features"))
        return runFeatures(parser, o, positional);
    if (command == QLatin1StringView("strategy"))
        return runStrategy(parser, o, positional);
    if (!positional.isEmpty())
        return fail(Tr::tr("unexpected argument “%1”.").arg(positional.first()), ExitUsage);
    if (command == QLatin1StringView("symbols"))
        return runSymbols(parser, o);
    if (command == QLatin1StringView("resample"))
        return runResample(parser, o);
    if (command == QLatin1StringView("train"))
        return runTrain(parser, o);
    if (command == QLatin1StringView("search"))
        return runSearch(parser, o);
    if (command == QLatin1StringView("fetch"))
        return runFetch(parser, o);
    if (command == QLatin1StringView("predict"))
        return runPredict(parser, o);
    if (command == QLatin1StringView("metrics"))
        return runMetrics(parser, o);
    if (command == QLatin1StringView("alerts"))
        return runAlerts(parser, o);
    if (command == QLatin1StringView("drift"))
        return runDrift(parser, o);
    if (command == QLatin1StringView("audit"))
        return runAudit(parser, o);
    if (command == QLatin1StringView("abtest"))
        return runAbTest(parser, o);
    if (command == QLatin1StringView("retrain"))
        return runRetrain(parser, o);
    return fail(Tr::tr("unknown command “%1”; see --help.").arg(command), ExitUsage);
}

} // namespace modeldeck::cli
