#include "MonitorCommands.h"

#include "monitoring/LivePerformance.h"
#include "services/AlertsFacade.h"
#include "services/DriftMonitor.h"
#include "services/PredictionService.h"
#include "storage/AlertRepository.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

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
        out() << Tr::tr("No accuracy recorded for “%1” at horizon %2 yet: it is recorded whenever "
                        "its saved predictions get their actual values.")
                     .arg(model)
                     .arg(horizon)
              << Qt::endl;
        return ExitOk;
    }
    out() << Tr::tr("Recorded\tSamples\tRMSE\tSkill\t80 %\t95 %") << Qt::endl;
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
        return fail(Tr::tr("metrics needs --model."), ExitUsage);
    PredictionFilter filter;
    filter.modelName = parser.value(o.model);
    filter.limit = -1;
    bool ok = true;
    if (parser.isSet(o.horizon))
        filter.horizon = parser.value(o.horizon).toInt(&ok);
    if (!ok || filter.horizon < 0)
        return fail(Tr::tr("--horizon must be a whole number of bars."), ExitUsage);
    const int window = parser.value(o.limit).toInt(&ok);
    if (!ok || window < 1)
        return fail(Tr::tr("--limit (the window) must be a whole number, at least 1."), ExitUsage);
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
            << Tr::tr(
                   "“%1”: none of its %n saved predictions has its actual value yet (modeldeck-cli "
                   "predictions fill adds them once the bars are in).",
                   nullptr, int(predictions->size()))
                   .arg(filter.modelName)
            << Qt::endl;
        return ExitOk;
    }
    const auto percent = [](const std::optional<double> &v) {
        return v ? Tr::tr("%1 %").arg(*v * 100, 0, 'f', 1) : Tr::tr("no band");
    };
    out() << Tr::tr("“%1”, the newest %n predictions with actuals:", nullptr, m.count)
                 .arg(filter.modelName)
          << Qt::endl
          << Tr::tr("RMSE %1 · MAE %2 · R² %3 · direction %4 % · skill vs naive %5 (naive RMSE %6)")
                 .arg(m.rmse, 0, 'g', 6)
                 .arg(m.mae, 0, 'g', 6)
                 .arg(m.r2, 0, 'f', 4)
                 .arg(m.directionalAccuracy * 100, 0, 'f', 1)
                 .arg(m.skill, 0, 'f', 4)
                 .arg(m.naiveRmse, 0, 'g', 6)
          << Qt::endl
          << Tr::tr("Interval coverage: 80 % band %1 · 95 % band %2")
                 .arg(percent(live.coverage80), percent(live.coverage95))
          << Qt::endl;
    return ExitOk;
}

namespace {

QJsonObject alertJson(const Alert &a)
{
    return { { QStringLiteral("id"), a.id },
             { QStringLiteral("severity"), a.severity },
             { QStringLiteral("model"), a.modelName },
             { QStringLiteral("kind"), a.kind },
             { QStringLiteral("message"), a.message },
             { QStringLiteral("created_at"), a.createdAt.toString(Qt::ISODate) },
             { QStringLiteral("acknowledged_at"),
               a.acknowledgedAt.isValid() ? QJsonValue(a.acknowledgedAt.toString(Qt::ISODate))
                                          : QJsonValue(QJsonValue::Null) } };
}

// --ack: "all" (the open ones) or ids.
Result<std::vector<qint64>> ackIds(const QString &value, AlertRepository &alerts)
{
    std::vector<qint64> ids;
    if (value.trimmed() == QLatin1StringView("all")) {
        AlertFilter open;
        open.limit = -1;
        auto listed = alerts.list(open);
        if (!listed)
            return listed.error();
        for (const Alert &a : *listed)
            ids.push_back(a.id);
        return ids;
    }
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id < 1)
            return Error { Tr::tr("--ack takes alert ids separated by commas, or all; “%1” is not "
                                  "an id.")
                               .arg(part.trimmed()) };
        ids.push_back(id);
    }
    if (ids.empty())
        return Error { Tr::tr("--ack needs alert ids (see modeldeck-cli alerts), or all.") };
    return ids;
}

} // namespace

int runDrift(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.isSet(o.model))
        return fail(Tr::tr("drift needs --model."), ExitUsage);
    bool ok = true;
    const int limit = parser.value(o.limit).toInt(&ok);
    if (!ok || limit < 1)
        return fail(Tr::tr("--limit must be a whole number, at least 1."), ExitUsage);
    const QString model = parser.value(o.model);
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    QJsonObject json { { QStringLiteral("model"), model } };
    if (parser.isSet(o.check)) {
        auto input = DriftMonitor::checkInputsNow(**db, model);
        if (!input)
            return fail(input.error());
        QJsonValue inputJson = QJsonValue::Null;
        if (!*input) {
            if (!parser.isSet(o.json))
                out() << Tr::tr("The inputs of “%1” cannot be checked yet: that needs its training "
                                "record (for when its training data ended) and at least %2 bars "
                                "since then.")
                             .arg(model)
                             .arg(InputDrift::kMinRecentRows)
                      << Qt::endl;
        } else {
            const InputDrift::Result &r = **input;
            QJsonArray features;
            for (const InputDrift::FeatureDrift &f : r.features) {
                features.append(QJsonObject { { QStringLiteral("name"), f.name },
                                              { QStringLiteral("psi"), f.psi },
                                              { QStringLiteral("ks_statistic"), f.ksStatistic },
                                              { QStringLiteral("ks_p_value"), f.ksPValue },
                                              { QStringLiteral("drift"), f.drift } });
            }
            inputJson = QJsonObject { { QStringLiteral("drift"), r.check.drift },
                                      { QStringLiteral("max_psi"), r.check.score },
                                      { QStringLiteral("reference_bars"), r.referenceRows },
                                      { QStringLiteral("recent_bars"), r.recentRows },
                                      { QStringLiteral("features"), features } };
            if (!parser.isSet(o.json)) {
                out() << r.check.message << Qt::endl;
                out() << Tr::tr("Feature\tPSI\tKS D\tKS p\tDrift") << Qt::endl;
                for (const InputDrift::FeatureDrift &f : r.features)
                    out() << f.name << '\t' << QString::number(f.psi, 'f', 3) << '\t'
                          << QString::number(f.ksStatistic, 'f', 3) << '\t'
                          << QString::number(f.ksPValue, 'g', 3) << '\t'
                          << (f.drift ? Tr::tr("yes") : Tr::tr("no")) << Qt::endl;
                out() << Qt::endl;
            }
        }
        json.insert(QStringLiteral("input"), inputJson);
    }
    auto connection = (*db)->connection();
    if (!connection)
        return fail(connection.error());
    auto checks = AlertRepository(*connection).checks(model, limit);
    if (!checks)
        return fail(checks.error());
    const auto number = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
    if (parser.isSet(o.json)) {
        QJsonArray list;
        for (const StoredDriftCheck &c : *checks) {
            list.append(QJsonObject {
                { QStringLiteral("kind"), c.check.kind },
                { QStringLiteral("horizon"), c.horizon },
                { QStringLiteral("score"), number(c.check.score) },
                { QStringLiteral("threshold"), number(c.check.threshold) },
                { QStringLiteral("window"), c.check.window },
                { QStringLiteral("drift"), c.check.drift },
                { QStringLiteral("checked_at"), c.checkedAt.toString(Qt::ISODate) } });
        }
        json.insert(QStringLiteral("checks"), list);
        printJson(json);
        return ExitOk;
    }
    if (checks->empty()) {
        out() << Tr::tr("No drift checks of “%1” yet: they run whenever its saved predictions get "
                        "their actual values (predictions fill).")
                     .arg(model)
              << Qt::endl;
        return ExitOk;
    }
    out() << Tr::tr("Checked\tKind\tHorizon\tScore\tThreshold\tWindow\tDrift") << Qt::endl;
    for (const StoredDriftCheck &c : *checks) {
        out() << c.checkedAt.toString(Qt::ISODate) << '\t' << c.check.kind << '\t' << c.horizon
              << '\t' << QString::number(c.check.score, 'g', 4) << '\t'
              << QString::number(c.check.threshold, 'g', 4) << '\t' << c.check.window << '\t'
              << (c.check.drift ? Tr::tr("yes") : Tr::tr("no")) << Qt::endl;
    }
    return ExitOk;
}

int runAlerts(const QCommandLineParser &parser, const Options &o)
{
    bool ok = true;
    const int limit = parser.value(o.limit).toInt(&ok);
    if (!ok || limit < 1)
        return fail(Tr::tr("--limit must be a whole number, at least 1."), ExitUsage);
    double staleHours = 0;
    if (parser.isSet(o.staleHours)) {
        staleHours = parser.value(o.staleHours).toDouble(&ok);
        if (!ok || !(staleHours > 0))
            return fail(Tr::tr("--stale-hours must be a positive number of hours."), ExitUsage);
    }
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    if (staleHours > 0) {
        auto raised = raiseStaleAlerts(**db, staleHours, QDateTime::currentDateTimeUtc());
        if (!raised)
            return fail(raised.error());
    }
    auto connection = (*db)->connection();
    if (!connection)
        return fail(connection.error());
    AlertRepository alerts(*connection);
    if (parser.isSet(o.ack)) {
        auto ids = ackIds(parser.value(o.ack), alerts);
        if (!ids)
            return fail(ids.error(), ExitUsage);
        auto done = alerts.acknowledge(*ids, QDateTime::currentDateTimeUtc());
        if (!done)
            return fail(done.error());
        if (parser.isSet(o.json)) {
            printJson({ { QStringLiteral("acknowledged"), *done } });
        } else {
            out() << Tr::tr("Acknowledged %n alert(s).", nullptr, *done) << Qt::endl;
        }
        return ExitOk;
    }
    AlertFilter filter;
    filter.includeAcknowledged = parser.isSet(o.history); // acknowledged ones too
    filter.limit = limit;
    auto listed = alerts.list(filter);
    if (!listed)
        return fail(listed.error());
    if (parser.isSet(o.json)) {
        QJsonArray list;
        for (const Alert &a : *listed)
            list.append(alertJson(a));
        printJson({ { QStringLiteral("alerts"), list } });
        return ExitOk;
    }
    if (listed->empty()) {
        out() << Tr::tr("No open alerts.") << Qt::endl;
        return ExitOk;
    }
    for (const Alert &a : *listed) {
        out() << a.id << "  " << a.createdAt.toString(Qt::ISODate) << "  " << a.severity << "  "
              << a.kind << "  " << a.message
              << (a.acknowledgedAt.isValid() ? Tr::tr("  (acknowledged)") : QString()) << Qt::endl;
    }
    return ExitOk;
}

} // namespace modeldeck::cli
