#include "MonitorCommands.h"

#include "monitoring/LivePerformance.h"
#include "services/PredictionService.h"
#include "storage/AlertRepository.h"

#include <QJsonArray>
#include <algorithm>

namespace modeldeck::cli {

namespace {

// The recorded accuracy after each fill, oldest first: the trend of a deployed model.
int printHistory(const QCommandLineParser &parser, const Options &o, const Database &database,
                 const QString &model, int horizon, int limit)
{
    auto rows = PredictionService(database).performanceHistory(model, horizon, limit);
    if (!rows)
        return fail(rows.error());
    if (parser.isSet(o.json)) {
        QJsonArray list;
        for (const PerformanceSnapshot &s : *rows) {
            QJsonObject row = s.live.toJson();
            row.insert(QStringLiteral("computed_at"), s.computedAt.toString(Qt::ISODate));
            row.insert(QStringLiteral("window"), s.window);
            list.append(row);
        }
        printJson({ { QStringLiteral("model"), model },
                    { QStringLiteral("horizon"), horizon },
                    { QStringLiteral("history"), list } });
        return ExitOk;
    }
    if (rows->empty()) {
        out() << tr("No accuracy recorded for “%1” at horizon %2 yet: it is recorded whenever "
                    "its saved predictions get their actual values.")
                     .arg(model)
                     .arg(horizon)
              << Qt::endl;
        return ExitOk;
    }
    out() << tr("Recorded\tSamples\tRMSE\tSkill\t80 %\t95 %") << Qt::endl;
    const auto share = [](const std::optional<double> &v) {
        return v ? QString::number(*v * 100, 'f', 1) : QStringLiteral("—");
    };
    for (const PerformanceSnapshot &s : *rows) {
        out() << s.computedAt.toString(Qt::ISODate) << '\t' << s.live.metrics.count << '\t'
              << QString::number(s.live.metrics.rmse, 'g', 6) << '\t'
              << QString::number(s.live.metrics.skill, 'f', 4) << '\t' << share(s.live.coverage80)
              << '\t' << share(s.live.coverage95) << Qt::endl;
    }
    return ExitOk;
}

} // namespace

int runMetrics(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.isSet(o.model))
        return fail(tr("metrics needs --model."), ExitUsage);
    PredictionFilter filter;
    filter.modelName = parser.value(o.model);
    filter.limit = -1;
    bool ok = true;
    if (parser.isSet(o.horizon))
        filter.horizon = parser.value(o.horizon).toInt(&ok);
    if (!ok || filter.horizon < 0)
        return fail(tr("--horizon must be a whole number of bars."), ExitUsage);
    const int window = parser.value(o.limit).toInt(&ok);
    if (!ok || window < 1)
        return fail(tr("--limit (the window) must be a whole number, at least 1."), ExitUsage);
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    if (parser.isSet(o.history))
        return printHistory(parser, o, **db, filter.modelName, std::max(1, filter.horizon), window);
    auto predictions = PredictionService(**db).list(filter);
    if (!predictions)
        return fail(predictions.error());
    const LivePerformance live = LivePerformance::compute(*predictions, window);
    if (parser.isSet(o.json)) {
        QJsonObject json = live.toJson();
        json.insert(QStringLiteral("model"), filter.modelName);
        json.insert(QStringLiteral("window"), window);
        json.insert(QStringLiteral("saved_predictions"), qint64(predictions->size()));
        printJson(json);
        return ExitOk;
    }
    const ForecastMetrics &m = live.metrics;
    if (m.count == 0) {
        out()
            << tr("“%1”: none of its %n saved predictions has its actual value yet (modeldeck-cli "
                  "predictions fill adds them once the bars are in).",
                  nullptr, int(predictions->size()))
                   .arg(filter.modelName)
            << Qt::endl;
        return ExitOk;
    }
    const auto percent = [](const std::optional<double> &v) {
        return v ? tr("%1 %").arg(*v * 100, 0, 'f', 1) : tr("no band");
    };
    out() << tr("“%1”, the newest %n predictions with actuals:", nullptr, m.count)
                 .arg(filter.modelName)
          << Qt::endl
          << tr("RMSE %1 · MAE %2 · R² %3 · direction %4 % · skill vs naive %5 (naive RMSE %6)")
                 .arg(m.rmse, 0, 'g', 6)
                 .arg(m.mae, 0, 'g', 6)
                 .arg(m.r2, 0, 'f', 4)
                 .arg(m.directionalAccuracy * 100, 0, 'f', 1)
                 .arg(m.skill, 0, 'f', 4)
                 .arg(m.naiveRmse, 0, 'g', 6)
          << Qt::endl
          << tr("Interval coverage: 80 % band %1 · 95 % band %2")
                 .arg(percent(live.coverage80), percent(live.coverage95))
          << Qt::endl;
    return ExitOk;
}

int runAlerts(const QCommandLineParser &parser, const Options &o)
{
    bool ok = true;
    const int limit = parser.value(o.limit).toInt(&ok);
    if (!ok || limit < 1)
        return fail(tr("--limit must be a whole number, at least 1."), ExitUsage);
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    auto connection = (*db)->connection();
    if (!connection)
        return fail(connection.error());
    // --history: acknowledged ones too.
    auto alerts = AlertRepository(*connection).list(parser.isSet(o.history), limit);
    if (!alerts)
        return fail(alerts.error());
    if (parser.isSet(o.json)) {
        QJsonArray list;
        for (const Alert &a : *alerts) {
            list.append(QJsonObject {
                { QStringLiteral("id"), a.id },
                { QStringLiteral("severity"), a.severity },
                { QStringLiteral("model"), a.modelName },
                { QStringLiteral("kind"), a.kind },
                { QStringLiteral("message"), a.message },
                { QStringLiteral("created_at"), a.createdAt.toString(Qt::ISODate) },
                { QStringLiteral("acknowledged_at"),
                  a.acknowledgedAt.isValid() ? QJsonValue(a.acknowledgedAt.toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null) } });
        }
        printJson({ { QStringLiteral("alerts"), list } });
        return ExitOk;
    }
    if (alerts->empty()) {
        out() << tr("No open alerts.") << Qt::endl;
        return ExitOk;
    }
    for (const Alert &a : *alerts) {
        out() << a.createdAt.toString(Qt::ISODate) << "  " << a.severity << "  " << a.kind << "  "
              << a.message << Qt::endl;
    }
    return ExitOk;
}

} // namespace modeldeck::cli
