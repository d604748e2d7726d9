#pragma once
// When a queued retrain should be done, from how long similar jobs took: pure arithmetic, so it
// is tested on its own. A job's own time is the median of finished jobs of the same bot and
// timeframe, else of the same bot; with neither it is unknown (a guess from other bots would
// be off by orders of magnitude: a tree bot trains in seconds, a transformer in minutes). The
// jobs ahead of it in the queue add their own estimates (running ones what is left of them),
// shared among the queue's workers.

#include "domain/JobDuration.h"
#include "modeldeck_core_export.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace modeldeck {

// A job as the estimate sees it: what it trains and, when running, for how long it has.
struct EtaJob
{
    QString bot;
    QString timeframe;
    bool running = false;
    double elapsedSeconds = 0;
};

struct RetrainEta
{
    std::optional<double> seconds; // until the job is done; empty: unknown
    int jobsAhead = 0; // pending or running jobs before it
    int basedOn = 0; // finished jobs its own time is the median of
};

class MODELDECK_CORE_EXPORT RetrainEtaEstimate
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::RetrainEtaEstimate)
public:
    // The median duration of `past` jobs like (bot, timeframe), falling back to the bot alone;
    // `basedOn` gets how many jobs it is the median of. Empty when there are none.
    static std::optional<double> typicalSeconds(const std::vector<PastJobDuration> &past,
                                                const QString &bot, const QString &timeframe,
                                                int *basedOn = nullptr);
    // `job`'s own time (or what is left of it) plus the time of `ahead` divided by `workers`
    // (at least 1). Unknown when the job's own time is; an ahead job without similar past
    // jobs counts as the median of all past jobs.
    static RetrainEta estimate(const std::vector<PastJobDuration> &past, const EtaJob &job,
                               const std::vector<EtaJob> &ahead, int workers);
    // "about 3 min", "about 1 h 20 min", "under a minute" or "unknown", for people.
    static QString describe(const RetrainEta &eta);
};

} // namespace modeldeck
