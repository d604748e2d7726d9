#include "MonitorCommands.h"

#include "monitoring/LivePerformance.h"
#include "services/PredictionService.h"

namespace modeldeck::cli {

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

} // namespace modeldeck::cli
