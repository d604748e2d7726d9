#include "RetrainEta.h"

#include <algorithm>
#include <cmath>

namespace modeldeck {

namespace {

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

template<typename Match>
std::vector<double> secondsWhere(const std::vector<PastJobDuration> &past, Match match)
{
    std::vector<double> seconds;
    for (const PastJobDuration &p : past) {
        if (match(p) && std::isfinite(p.seconds) && p.seconds >= 0)
            seconds.push_back(p.seconds);
    }
    return seconds;
}

} // namespace

std::optional<double> RetrainEtaEstimate::typicalSeconds(const std::vector<PastJobDuration> &past,
                                                         const QString &bot,
                                                         const QString &timeframe, int *basedOn)
{
    std::vector<double> similar = secondsWhere(
        past, [&](const PastJobDuration &p) { return p.bot == bot && p.timeframe == timeframe; });
    if (similar.empty())
        similar = secondsWhere(past, [&](const PastJobDuration &p) { return p.bot == bot; });
    if (basedOn)
        *basedOn = int(similar.size());
    return median(std::move(similar));
}

RetrainEta RetrainEtaEstimate::estimate(const std::vector<PastJobDuration> &past, const EtaJob &job,
                                        const std::vector<EtaJob> &ahead, int workers)
{
    RetrainEta eta;
    eta.jobsAhead = int(ahead.size());
    const auto remaining = [](const EtaJob &j, double typical) {
        return j.running ? std::max(0.0, typical - j.elapsedSeconds) : typical;
    };
    const auto own = typicalSeconds(past, job.bot, job.timeframe, &eta.basedOn);
    if (!own)
        return eta;
    const auto anyJob = median(secondsWhere(past, [](const PastJobDuration &) { return true; }));
    double before = 0;
    for (const EtaJob &a : ahead) {
        const auto typical = typicalSeconds(past, a.bot, a.timeframe);
        before += remaining(a, typical.value_or(anyJob.value_or(*own)));
    }
    eta.seconds = before / std::max(1, workers) + remaining(job, *own);
    return eta;
}

QString RetrainEtaEstimate::describe(const RetrainEta &eta)
{
    if (!eta.seconds)
        return tr("unknown");
    const qint64 minutes = qRound64(*eta.seconds / 60.0);
    if (minutes < 1)
        return tr("under a minute");
    if (minutes < 60)
        return tr("about %n min", nullptr, int(minutes));
    return tr("about %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace modeldeck
