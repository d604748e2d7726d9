#include "AbTestCommands.h"

#include "services/AbTestService.h"
#include "training/TorchRuntime.h"
#include "util/WorkPool.h"

#include <QJsonArray>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace modeldeck::cli {

namespace {

Result<std::optional<int>> versionValue(const QCommandLineParser &parser,
                                        const QCommandLineOption &option, const QString &flag)
{
    if (!parser.isSet(option))
        return std::optional<int>();
    bool ok = false;
    const int version = parser.value(option).toInt(&ok);
    if (!ok || version < 1)
        return Error { Tr::tr("%1 must be a whole number, at least 1.").arg(flag) };
    return std::optional<int>(version);
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const AbTestRecord &r)
{
    return {
        { QStringLiteral("id"), r.id },
        { QStringLiteral("created_at"), r.createdAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("symbol"), r.symbol },
        { QStringLiteral("timeframe"), r.timeframe },
        { QStringLiteral("horizon"), r.horizon },
        { QStringLiteral("window"), r.windowSize },
        { QStringLiteral("a"),
          QJsonObject { { QStringLiteral("model"), r.modelA },
                        { QStringLiteral("version"), r.versionA },
                        { QStringLiteral("metrics"), r.metricsA } } },
        { QStringLiteral("b"),
          QJsonObject { { QStringLiteral("model"), r.modelB },
                        { QStringLiteral("version"), r.versionB },
                        { QStringLiteral("metrics"), r.metricsB } } },
        { QStringLiteral("dm_statistic"), optional(r.dmStatistic) },
        { QStringLiteral("p_value"), optional(r.pValue) },
        { QStringLiteral("winner"), r.hasWinner() ? QJsonValue(r.winner) : QJsonValue() },
        { QStringLiteral("activated"), r.activated },
    };
}

int printHistory(const QCommandLineParser &parser, const Options &o, const Database &db)
{
    bool ok = true;
    const int limit = parser.value(o.limit).toInt(&ok);
    if (!ok || limit < 1)
        return fail(Tr::tr("--limit must be a whole number, at least 1."), ExitUsage);
    auto tests = AbTestService(db).history(parser.value(o.model), parser.value(o.modelB), limit);
    if (!tests)
        return fail(tests.error());
    if (parser.isSet(o.json)) {
        QJsonArray list;
        for (const AbTestRecord &r : *tests)
            list.append(toJson(r));
        printJson({ { QStringLiteral("tests"), list } });
        return ExitOk;
    }
    if (tests->empty()) {
        out() << Tr::tr("No A/B tests yet.") << Qt::endl;
        return ExitOk;
    }
    for (const AbTestRecord &r : *tests) {
        const QString winner = r.hasWinner()
            ? Tr::tr("winner %1 (“%2” v%3)%4")
                  .arg(r.winner, r.winnerName())
                  .arg(r.winnerVersion())
                  .arg(r.activated ? Tr::tr(", activated") : QString())
            : Tr::tr("no significant difference");
        out() << r.id << "  " << r.createdAt.toString(Qt::ISODate) << "  "
              << Tr::tr("“%1” v%2 vs “%3” v%4")
                     .arg(r.modelA)
                     .arg(r.versionA)
                     .arg(r.modelB)
                     .arg(r.versionB)
              << "  " << r.symbol << ' ' << r.timeframe << "  "
              << Tr::tr("p = %1").arg(r.pValue ? QString::number(*r.pValue, 'g', 3)
                                               : QStringLiteral("—"))
              << "  " << winner << Qt::endl;
    }
    return ExitOk;
}

void printOutcome(const AbTestOutcome &outcome)
{
    const AbTestRecord &r = outcome.record;
    const QString nameA = Tr::tr("A (“%1” v%2)").arg(r.modelA).arg(r.versionA);
    const QString nameB = Tr::tr("B (“%1” v%2)").arg(r.modelB).arg(r.versionB);
    out() << Tr::tr("A/B test %1 on %2 %3, horizon %4, the newest %5 forecasts of each:")
                 .arg(r.id)
                 .arg(r.symbol, r.timeframe)
                 .arg(r.horizon)
                 .arg(r.windowSize)
          << Qt::endl;
    out() << '\t' << nameA << '\t' << nameB << Qt::endl;
    const LivePerformance &a = outcome.verdict.a;
    const LivePerformance &b = outcome.verdict.b;
    const auto row = [](const QString &label, const QString &x, const QString &y) {
        out() << label << '\t' << x << '\t' << y << Qt::endl;
    };
    const auto number = [](double v) { return QString::number(v, 'g', 6); };
    const auto percent
        = [](double v) { return QString::number(v * 100, 'f', 1) + QStringLiteral(" %"); };
    const auto coverage = [&percent](const std::optional<double> &v) {
        return v ? percent(*v) : Tr::tr("no band");
    };
    row(Tr::tr("RMSE"), number(a.metrics.rmse), number(b.metrics.rmse));
    row(Tr::tr("MAE"), number(a.metrics.mae), number(b.metrics.mae));
    row(Tr::tr("Direction"), percent(a.metrics.directionalAccuracy),
        percent(b.metrics.directionalAccuracy));
    row(Tr::tr("Skill vs naive"), QString::number(a.metrics.skill, 'f', 4),
        QString::number(b.metrics.skill, 'f', 4));
    row(Tr::tr("95 % coverage"), coverage(a.coverage95), coverage(b.coverage95));
    row(Tr::tr("ms per forecast"), QString::number(outcome.a.backtest.msPerForecast, 'f', 3),
        QString::number(outcome.b.backtest.msPerForecast, 'f', 3));
    out() << outcome.verdict.summary(QStringLiteral("A"), QStringLiteral("B")) << Qt::endl;
}

} // namespace

int runAbTest(const QCommandLineParser &parser, const Options &o)
{
    if (parser.isSet(o.history)) {
        auto db = openWorkspace(parser, o);
        if (!db)
            return fail(db.error());
        return printHistory(parser, o, **db);
    }
    if (!parser.isSet(o.model) || !parser.isSet(o.modelB))
        return fail(Tr::tr("abtest needs --model and --model-b (or --history)."), ExitUsage);
    AbTestRequest request;
    request.a.name = parser.value(o.model);
    request.b.name = parser.value(o.modelB);
    auto versionA = versionValue(parser, o.modelVersion, QStringLiteral("--model-version"));
    if (!versionA)
        return fail(versionA.error(), ExitUsage);
    auto versionB = versionValue(parser, o.modelBVersion, QStringLiteral("--model-b-version"));
    if (!versionB)
        return fail(versionB.error(), ExitUsage);
    request.a.version = *versionA;
    request.b.version = *versionB;
    bool ok = true;
    if (parser.isSet(o.horizon)) {
        request.horizon = parser.value(o.horizon).toInt(&ok);
        if (!ok || request.horizon < 1)
            return fail(Tr::tr("--horizon must be a whole number of bars, at least 1."), ExitUsage);
    }
    if (parser.isSet(o.window)) {
        request.window = parser.value(o.window).toInt(&ok);
        if (!ok || request.window < ModelBacktest::kMinimumWindow)
            return fail(Tr::tr("--window must be a whole number of forecasts, at least %1.")
                            .arg(ModelBacktest::kMinimumWindow),
                        ExitUsage);
    }
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    TorchRuntime::initialize(1);
    // On a pool thread, so Ctrl+C can cancel it between batches.
    const InterruptGuard interrupt;
    CancellationToken token;
    const Database &database = **db;
    QFuture<Result<AbTestOutcome>> running
        = QtConcurrent::run(workPool(), [&database, request, &token] {
              auto outcome = AbTestService(database).run(request, &token);
              database.releaseThreadConnection();
              return outcome;
          });
    while (!running.isFinished()) {
        if (interrupt.triggered())
            token.cancel(Tr::tr("The A/B test was interrupted; nothing was stored."));
        QThread::msleep(20);
    }
    auto outcome = running.takeResult();
    if (!outcome)
        return fail(outcome.error());
    std::optional<Activation> activation;
    if (parser.isSet(o.activateWinner) && outcome->record.hasWinner()) {
        auto activated = AbTestService(database).activateWinner(outcome->record.id);
        if (!activated)
            return fail(activated.error());
        outcome->record.activated = true;
        activation = *activated;
    }
    if (parser.isSet(o.json)) {
        QJsonObject json = toJson(outcome->record);
        for (const auto &[key, side] : { std::pair { QStringLiteral("a"), &outcome->a },
                                         std::pair { QStringLiteral("b"), &outcome->b } }) {
            QJsonObject s = json.value(key).toObject();
            s.insert(QStringLiteral("bot"), side->model.bot);
            s.insert(QStringLiteral("ms_per_forecast"), side->backtest.msPerForecast);
            s.insert(QStringLiteral("active"),
                     activation ? activation->model.id == side->model.id : side->model.active);
            json.insert(key, s);
        }
        json.insert(QStringLiteral("summary"),
                    outcome->verdict.summary(QStringLiteral("A"), QStringLiteral("B")));
        printJson(json);
        return ExitOk;
    }
    printOutcome(*outcome);
    if (activation) {
        out() << Tr::tr("“%1” v%2 is now the active model of %3 %4.")
                     .arg(activation->model.name)
                     .arg(activation->model.version)
                     .arg(activation->model.symbol, activation->model.timeframe)
              << Qt::endl;
    } else if (parser.isSet(o.activateWinner)) {
        out() << Tr::tr("Nothing was activated: there is no winner.") << Qt::endl;
    }
    return ExitOk;
}

} // namespace modeldeck::cli
