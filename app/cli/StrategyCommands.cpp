#include "StrategyCommands.h"

#include "StrategyConfigCommands.h"
#include "StrategyJobCommands.h"
#include "StrategyPrint.h"
#include "backtest/Strategy.h"
#include "services/StrategyService.h"
#include "training/CancellationToken.h"
#include "util/JsonText.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace modeldeck::cli {

namespace {

const QString kStrategy = QStringLiteral("strategy");
const QString kParam = QStringLiteral("param");
const QString kCommission = QStringLiteral("commission");
const QString kSlippage = QStringLiteral("slippage");
const QString kShort = QStringLiteral("short");
const QString kObjective = QStringLiteral("objective");
const QString kOptimizer = QStringLiteral("optimizer");
const QString kBudget = QStringLiteral("budget");
const QString kTrainDays = QStringLiteral("train-days");
const QString kTestDays = QStringLiteral("test-days");
const QString kCurves = QStringLiteral("curves");
const QString kQueue = QStringLiteral("queue");

// "k=v" pairs of --param (numbers as numbers) over --params JSON.
Result<QJsonObject> paramsFrom(const QCommandLineParser &parser, const Options &o)
{
    QJsonObject params;
    if (parser.isSet(o.params)) {
        auto json = readParams(parser.value(o.params));
        if (!json)
            return json.error();
        params = *json;
    }
    for (const QString &pair : parser.values(kParam)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return Error { Tr::tr("--param must be key=value; got “%1”.").arg(pair.left(80)) };
        const QString key = pair.left(eq).trimmed();
        const QString text = pair.mid(eq + 1).trimmed();
        bool isNumber = false;
        const double number = text.toDouble(&isNumber);
        if (isNumber && std::isfinite(number))
            params.insert(key,
                          number == std::floor(number) && std::abs(number) < 1e15
                              ? QJsonValue(qint64(number))
                              : QJsonValue(number));
        else
            params.insert(key, text);
    }
    return params;
}

Result<double> fractionOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return 0.0;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !(value >= 0 && value < 1))
        return Error { Tr::tr(
                           "--%1 is a fraction per trade side from 0 to below 1 (0.001 = 0.1 %); "
                           "got “%2”.")
                           .arg(name, parser.value(name).left(40)) };
    return value;
}

Result<BacktestOptions> costsFrom(const QCommandLineParser &parser)
{
    BacktestOptions costs;
    auto commission = fractionOption(parser, kCommission);
    if (!commission)
        return commission.error();
    auto slippage = fractionOption(parser, kSlippage);
    if (!slippage)
        return slippage.error();
    costs.commission = *commission;
    costs.slippage = *slippage;
    costs.allowShort = parser.isSet(kShort);
    return costs;
}

Result<int> wholeOption(const QCommandLineParser &parser, const QString &name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0)
        return Error { Tr::tr("--%1 must be a whole number of 0 or more.").arg(name) };
    return value;
}

// A fixed parameter the strategy cannot run without (model_signal's model), said before the
// workspace is opened.
Status fixedParamsGiven(const Strategy &strategy, const QJsonObject &params)
{
    for (const QString &key : strategy.fixedKeys()) {
        if (!params.contains(key))
            return Error { Tr::tr("strategy %1 needs --param %2=…").arg(strategy.name(), key) };
    }
    return {};
}

int runList(const Options &, bool json)
{
    QJsonArray strategies;
    for (const Strategy *s : builtInStrategies()) {
        if (json) {
            strategies.append(QJsonObject {
                { QStringLiteral("name"), s->name() },
                { QStringLiteral("description"), s->description() },
                { QStringLiteral("space"), s->space().toJson() },
                { QStringLiteral("defaults"), s->defaults() },
                { QStringLiteral("fixed"), QJsonArray::fromStringList(s->fixedKeys()) } });
            continue;
        }
        out() << s->name() << QStringLiteral(" — ") << s->description() << Qt::endl;
        const SearchSpace space = s->space(); // kept: dimensions() refers into it
        for (const SearchDimension &d : space.dimensions()) {
            out() << QStringLiteral("  %1  %2 %3 … %4  (default %5)")
                         .arg(d.key, -10)
                         .arg(d.kind == SearchDimension::Kind::Int ? QStringLiteral("int ")
                                                                   : QStringLiteral("real"))
                         .arg(d.low)
                         .arg(d.high)
                         .arg(s->defaults().value(d.key).toDouble())
                  << Qt::endl;
        }
        for (const QString &key : s->fixedKeys())
            out() << QStringLiteral("  %1  ").arg(key, -10)
                  << Tr::tr("fixed, never searched: a registered model's name or id") << Qt::endl;
    }
    if (json) {
        printJson({ { QStringLiteral("strategies"), strategies },
                    { QStringLiteral("objectives"),
                      QJsonArray::fromStringList(BacktestObjective::names()) } });
    }
    return ExitOk;
}

Status needSeries(const QCommandLineParser &parser, const Options &o, const QString &command)
{
    if (!parser.isSet(o.symbol) || !parser.isSet(o.timeframe) || !parser.isSet(kStrategy))
        return Error {
            Tr::tr("strategy %1 needs --symbol, --timeframe and --strategy.").arg(command)
        };
    return {};
}

int runBacktest(const QCommandLineParser &parser, const Options &o, bool json)
{
    if (auto ok = needSeries(parser, o, QStringLiteral("backtest")); !ok)
        return fail(ok.error(), ExitUsage);
    StrategyBacktestRequest request;
    request.symbol = parser.value(o.symbol).toUpper();
    request.timeframe = parser.value(o.timeframe);
    request.strategy = parser.value(kStrategy);
    auto params = paramsFrom(parser, o);
    if (!params)
        return fail(params.error(), ExitUsage);
    request.params = *params;
    auto costs = costsFrom(parser);
    if (!costs)
        return fail(costs.error(), ExitUsage);
    request.costs = *costs;
    if (auto strategy = strategyNamed(request.strategy); !strategy)
        return fail(strategy.error(), ExitUsage);
    else if (auto resolved = (*strategy)->resolve(request.params); !resolved)
        return fail(resolved.error(), ExitUsage);
    else if (auto fixed = fixedParamsGiven(**strategy, request.params); !fixed)
        return fail(fixed.error(), ExitUsage);

    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    auto outcome = StrategyService(**db).backtest(request);
    if (!outcome)
        return fail(outcome.error());
    const BacktestResult &r = outcome->result;
    if (json) {
        QJsonObject result { { QStringLiteral("symbol"), request.symbol },
                             { QStringLiteral("timeframe"), request.timeframe },
                             { QStringLiteral("strategy"), request.strategy },
                             { QStringLiteral("params"), outcome->params },
                             { QStringLiteral("commission"), request.costs.commission },
                             { QStringLiteral("slippage"), request.costs.slippage },
                             { QStringLiteral("short"), request.costs.allowShort },
                             { QStringLiteral("bars_per_year"), outcome->barsPerYear },
                             { QStringLiteral("scores"), r.scores.toJson() },
                             { QStringLiteral("trades"), StrategyService::tradesJson(r) } };
        if (parser.isSet(kCurves))
            result.insert(QStringLiteral("curves"), StrategyService::curvesJson(r));
        if (outcome->forecasts)
            result.insert(QStringLiteral("forecasts"), outcome->forecasts->toJson());
        printJson(result);
        return ExitOk;
    }
    out() << Tr::tr("%1 on %2 %3 (%4 bars): %5")
                 .arg(request.strategy, request.symbol, request.timeframe)
                 .arg(r.scores.bars)
                 .arg(compactJson(outcome->params))
          << Qt::endl;
    if (outcome->forecasts)
        printForecastSource(*outcome->forecasts);
    printScores(r.scores);
    const size_t shown = std::min<size_t>(r.trades.size(), 10);
    if (shown)
        out() << Tr::tr("Last %n trade(s):", nullptr, int(shown)) << Qt::endl;
    for (size_t i = r.trades.size() - shown; i < r.trades.size(); ++i) {
        const BacktestTrade &t = r.trades[i];
        out() << QStringLiteral("  %1 %2 @ %3 → %4 @ %5  %6%7")
                     .arg(t.direction > 0 ? Tr::tr("long ") : Tr::tr("short"))
                     .arg(isoUtc(t.entryTimeMs))
                     .arg(t.entryPrice, 0, 'g', 8)
                     .arg(isoUtc(t.exitTimeMs))
                     .arg(t.exitPrice, 0, 'g', 8)
                     .arg(percentText(t.returnFraction), t.open ? Tr::tr(" (open)") : QString())
              << Qt::endl;
    }
    return ExitOk;
}

Result<StrategyTrainRequest> trainRequest(const QCommandLineParser &parser, const Options &o,
                                          const QStringList &positional)
{
    if (auto ok = needSeries(parser, o, QStringLiteral("train")); !ok)
        return ok.error();
    StrategyTrainRequest request;
    request.symbol = parser.value(o.symbol).toUpper();
    request.timeframe = parser.value(o.timeframe);
    StrategyTrainSpec &spec = request.spec;
    spec.strategy = parser.value(kStrategy);
    auto params = paramsFrom(parser, o);
    if (!params)
        return params.error();
    spec.fixedParams = *params;
    if (parser.isSet(o.space)) {
        auto space = readParams(parser.value(o.space), QStringLiteral("--space"));
        if (!space)
            return space.error();
        spec.space = *space;
    }
    auto objective = BacktestObjective::parse(parser.isSet(kObjective) ? parser.value(kObjective)
                                                                       : QStringLiteral("sharpe"));
    if (!objective)
        return objective.error();
    spec.objective = *objective;
    // tpe is the word for the Bayesian sampler; bayes (search --method's) works too.
    QString optimizer
        = parser.isSet(kOptimizer) ? parser.value(kOptimizer).toLower() : QStringLiteral("tpe");
    if (optimizer == QLatin1StringView("tpe"))
        optimizer = QStringLiteral("bayes");
    auto method = parseMethod(optimizer);
    if (!method)
        return Error { Tr::tr("--optimizer must be tpe, random or grid; got “%1”.")
                           .arg(parser.value(kOptimizer).left(40)) };
    spec.method = *method;
    for (const auto &[name, target, fallback] :
         { std::tuple { kBudget, &spec.budget, 50 }, std::tuple { kTrainDays, &spec.trainDays, 0 },
           std::tuple { kTestDays, &spec.testDays, 0 } }) {
        auto value = wholeOption(parser, name, fallback);
        if (!value)
            return value.error();
        *target = *value;
    }
    if (parser.isSet(o.seed)) {
        bool ok = false;
        spec.seed = parser.value(o.seed).toULongLong(&ok);
        if (!ok)
            return Error { Tr::tr("--seed must be a whole number.") };
    }
    auto costs = costsFrom(parser);
    if (!costs)
        return costs.error();
    spec.costs = *costs;
    // --save is a flag elsewhere (predict --save), so its NAME arrives as a positional argument;
    // --save --name NAME says the same.
    if (parser.isSet(o.save)) {
        request.saveAs = positional.size() > 1 ? positional.at(1) : parser.value(o.name);
        if (request.saveAs.trimmed().isEmpty())
            return Error { Tr::tr("--save needs a NAME: strategy train … --save NAME.") };
    } else if (positional.size() > 1) {
        return Error { Tr::tr("unexpected argument “%1”.").arg(positional.at(1).left(80)) };
    }
    if (auto checked = spec.check(); !checked)
        return checked.error();
    return request;
}

int runTrain(const QCommandLineParser &parser, const Options &o, const QStringList &positional,
             bool json)
{
    auto request = trainRequest(parser, o, positional);
    if (!request)
        return fail(request.error(), ExitUsage);
    if (parser.isSet(kQueue))
        return queueStrategyTraining(parser, o, *request, json);
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    const Database &database = **db;
    const BacktestObjective::Kind objective = request->spec.objective;

    CancellationToken token;
    StrategyService service(database);
    service.setCancellationToken(&token);
    QElapsedTimer sinceLine;
    sinceLine.start();
    StrategyProgress::Step lastStep = StrategyProgress::Step::Data;
    service.setProgressCallback([&](const StrategyProgress &p) {
        // From the training thread; a line every half second, and at each new step.
        if (sinceLine.elapsed() < 500 && p.step == lastStep && p.iteration != p.iterations)
            return;
        sinceLine.restart();
        lastStep = p.step;
        printProgress(p, objective);
    });
    QFutureWatcher<Result<StrategyTrainOutcome>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<StrategyTrainOutcome>>::finished, &loop,
                     &QEventLoop::quit);
    const InterruptGuard interrupt;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (interrupt.triggered())
            token.cancel(Tr::tr("interrupted (Ctrl+C)"));
    });
    poll.start(50);
    const StrategyTrainRequest trainRequest = *request;
    watcher.setFuture(QtConcurrent::run([&service, &database, trainRequest] {
        auto outcome = service.train(trainRequest);
        database.releaseThreadConnection();
        return outcome;
    }));
    loop.exec();
    const Result<StrategyTrainOutcome> outcome = watcher.result();
    if (!outcome)
        return fail(outcome.error(), token.isCancelled() ? ExitCancelled : ExitFailure);
    return printTrainOutcome(trainRequest, *outcome, json);
}

} // namespace

QList<QCommandLineOption> strategyOptions()
{
    return {
        QCommandLineOption(kStrategy,
                           Tr::tr("Strategy: ma_crossover, rsi_reversion, bollinger_breakout, "
                                  "volume_spike_reversal or model_signal (strategy …)."),
                           Tr::tr("name")),
        QCommandLineOption(kParam, Tr::tr("A strategy parameter, key=value; repeat for more."),
                           Tr::tr("k=v")),
        QCommandLineOption(kCommission, Tr::tr("Commission per trade side as a fraction (0.001)."),
                           Tr::tr("fraction")),
        QCommandLineOption(kSlippage, Tr::tr("Slippage per trade side as a fraction of the price."),
                           Tr::tr("fraction")),
        QCommandLineOption(kShort, Tr::tr("Allow short positions (strategy backtest|train).")),
        QCommandLineOption(kObjective,
                           Tr::tr("What strategy train maximises: %1 (default sharpe).")
                               .arg(BacktestObjective::names().join(QStringLiteral(", "))),
                           Tr::tr("name")),
        QCommandLineOption(kOptimizer, Tr::tr("tpe (default), random or grid (strategy train)."),
                           Tr::tr("name")),
        QCommandLineOption(kBudget, Tr::tr("Backtests per search (strategy train; default 50)."),
                           Tr::tr("n")),
        QCommandLineOption(kTrainDays,
                           Tr::tr("Walk-forward train window in days (strategy train)."),
                           Tr::tr("days")),
        QCommandLineOption(kTestDays, Tr::tr("Walk-forward test window in days (strategy train)."),
                           Tr::tr("days")),
        QCommandLineOption(
            kCurves, Tr::tr("strategy backtest --json: add the equity and drawdown per bar.")),
        QCommandLineOption(kQueue,
                           Tr::tr("strategy train: queue the training as a job instead of "
                                  "running it (prints the job id).")),
    };
}

int runStrategy(const QCommandLineParser &parser, const Options &o, const QStringList &positional)
{
    const QString command = positional.value(0);
    const bool json = parser.isSet(o.json);
    if (command == QLatin1StringView("job-result"))
        return runStrategyJobResult(parser, o, positional, json);
    if (command != QLatin1StringView("train") && positional.size() > 1)
        return fail(Tr::tr("unexpected argument “%1”.").arg(positional.at(1)), ExitUsage);
    if (command == QLatin1StringView("list"))
        return runList(o, json);
    if (command == QLatin1StringView("backtest"))
        return runBacktest(parser, o, json);
    if (command == QLatin1StringView("train"))
        return runTrain(parser, o, positional, json);
    if (command == QLatin1StringView("configs"))
        return runStrategyConfigs(parser, o, parser.value(kStrategy), json);
    if (command == QLatin1StringView("show") || command == QLatin1StringView("export")
        || command == QLatin1StringView("delete"))
        return runStrategyConfig(parser, o, command, json);
    return fail(Tr::tr("strategy needs list, backtest, train, job-result, configs, show, export or "
                       "delete."),
                ExitUsage);
}

} // namespace modeldeck::cli
