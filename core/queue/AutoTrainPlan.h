#pragma once
// Which symbol × timeframe × bot combinations auto-training would queue, and which it skips for
// too little history. A pure function of the symbols' series summaries, so the GUI can show the
// counts live while the user picks, and the queue enqueues exactly what was shown.

#include "domain/MarketData.h"
#include "domain/TrainingJob.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace modeldeck {

struct AutoTrainPlan
{
    std::vector<JobSpec> jobs;
    QStringList skipped; // "TCS.NS 1d lstm_bot: 40 bars, needs 120"
};

// Fails only for a bot or parameters ModelConfig refuses.
MODELDECK_CORE_EXPORT Result<AutoTrainPlan>
planAutoTrain(const std::vector<SymbolSummary> &summaries, const QStringList &symbols,
              const QStringList &timeframes, const QStringList &bots,
              const QJsonObject &params = {}, int horizon = 1);

} // namespace modeldeck
