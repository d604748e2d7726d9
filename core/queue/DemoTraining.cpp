#include "DemoTraining.h"

#include "queue/AutoTrainPlan.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "storage/MarketDataRepository.h"

#include <algorithm>

namespace modeldeck::DemoTraining {

QStringList bots()
{
    return { QStringLiteral("linear_bot"), QStringLiteral("gbm_bot"),
             QStringLiteral("mlp_bot"),    QStringLiteral("gru_bot"),
             QStringLiteral("lstm_bot"),   QStringLiteral("transformer_bot") };
}

QJsonObject params(const QString &bot)
{
    // Boosting stops early by itself (about 1 s on the sample, modeldeck-cli train).
    if (bot == u"gbm_bot")
        return {};
    // Measured on the 1,725-bar 5-minute sample, one torch thread (modeldeck-cli train
    // --threads 1): these epochs cost about 0.7, 1.2, 8.4, 8.9 and 10.3 CPU seconds, about
    // 30 s in all, so the batch ends within a minute on a 2-core laptop with room for the GUI.
    // A recurrent or attention epoch costs 15–50 times a linear one, hence the split.
    const int epochs = bot == u"transformer_bot"  ? 12
        : bot == u"lstm_bot" || bot == u"gru_bot" ? 20
                                                  : 30;
    return { { QStringLiteral("epochs"), epochs } };
}

Result<int> enqueue(const Database &database)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    JobRepository jobs(*db);
    auto counts = jobs.counts();
    if (!counts)
        return counts.error();
    const JobCounts &c = *counts;
    if (c.pending + c.running + c.completed + c.failed + c.cancelled + c.interrupted > 0)
        return 0;
    auto summaries = MarketDataRepository(*db).listSymbols();
    if (!summaries)
        return summaries.error();
    const QString symbol = Workspace::sampleDataSymbol();
    QStringList timeframes;
    for (const SymbolSummary &s : *summaries) {
        if (s.symbol.name == symbol) {
            for (const SeriesSummary &series : s.series)
                timeframes << series.timeframe;
        }
    }
    int queued = 0;
    // One plan per bot, as each has its own epochs; the order of the calls is the run order.
    for (const QString &bot : bots()) {
        auto plan = planAutoTrain(*summaries, { symbol }, timeframes, { bot }, params(bot));
        if (!plan)
            return plan.error();
        for (const JobSpec &spec : plan->jobs) {
            bool existed = false;
            if (auto id = jobs.enqueue(spec, &existed); !id)
                return id.error();
            queued += existed ? 0 : 1;
        }
    }
    return queued;
}

} // namespace modeldeck::DemoTraining
