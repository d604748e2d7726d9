#include "AutoTrainPlan.h"

#include "training/TrainingSettings.h"

#include <QCoreApplication>
#include <algorithm>

namespace modeldeck {

Result<AutoTrainPlan> planAutoTrain(const std::vector<SymbolSummary> &summaries,
                                    const QStringList &symbols, const QStringList &timeframes,
                                    const QStringList &bots, const QJsonObject &params, int horizon)
{
    AutoTrainPlan plan;
    for (const QString &bot : bots) {
        auto settings = TrainingSettings::fromParams(bot, params, horizon);
        if (!settings)
            return settings.error();
        const qint64 needed = settings->barsRequired();
        for (const QString &symbol : symbols) {
            const auto summary
                = std::find_if(summaries.begin(), summaries.end(),
                               [&](const SymbolSummary &s) { return s.symbol.name == symbol; });
            for (const QString &timeframe : timeframes) {
                qint64 available = 0;
                if (summary != summaries.end()) {
                    for (const SeriesSummary &series : summary->series) {
                        if (series.timeframe == timeframe)
                            available = series.barCount;
                    }
                }
                if (available < needed) {
                    plan.skipped << QCoreApplication::translate("modeldeck::AutoTrainPlan",
                                                                "%1 %2 %3: %4 bars, needs %5")
                                        .arg(symbol, timeframe, bot)
                                        .arg(available)
                                        .arg(needed);
                    continue;
                }
                plan.jobs.push_back({ symbol, timeframe, bot, params, horizon, 0, 0, 0 });
            }
        }
    }
    return plan;
}

} // namespace modeldeck
