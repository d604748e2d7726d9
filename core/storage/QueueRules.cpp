#include "QueueRules.h"

#include "storage/JobRepository.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace modeldeck {

namespace {

// Gaps between neighbouring positions below this are renumbered before doubles run out of bits.
constexpr double kMinPositionGap = 1e-6;

} // namespace

Status validateJobSpec(const JobSpec &spec)
{
    // The messages are JobRepository's, which refuses such specs.
    if (spec.symbol.trimmed().isEmpty())
        return Error { JobRepository::tr("Cannot queue the training job: the symbol is empty.") };
    if (spec.timeframe.trimmed().isEmpty())
        return Error { JobRepository::tr(
            "Cannot queue the training job: the timeframe is empty.") };
    if (spec.bot.trimmed().isEmpty())
        return Error { JobRepository::tr(
            "Cannot queue the training job: the bot (model type) is empty.") };
    if (spec.horizon < 1)
        return Error {
            JobRepository::tr(
                "Cannot queue the training job: the horizon must be at least 1 bar (it is %1).")
                .arg(spec.horizon)
        };
    if (spec.maxRetries < 0)
        return Error {
            JobRepository::tr(
                "Cannot queue the training job: max retries cannot be negative (it is %1).")
                .arg(spec.maxRetries)
        };
    return {};
}

double positionAfter(std::optional<double> lastPosition)
{
    return lastPosition ? std::floor(*lastPosition) + 1.0 : 1.0;
}

QueueMove planMove(std::vector<QueueSlot> pending, qint64 jobId, int newIndex)
{
    const auto it = std::find_if(pending.begin(), pending.end(),
                                 [&](const QueueSlot &s) { return s.id == jobId; });
    if (it == pending.end())
        return {};
    const QueueSlot job = *it;
    const qsizetype from = it - pending.begin();
    pending.erase(it);

    // The list is sorted by priority, so the jobs of the job's priority form one run.
    const auto byPriority = [&](auto predicate) {
        return qsizetype(std::find_if(pending.begin(), pending.end(), predicate) - pending.begin());
    };
    const qsizetype bandBegin
        = byPriority([&](const QueueSlot &s) { return s.priority <= job.priority; });
    const qsizetype bandEnd
        = byPriority([&](const QueueSlot &s) { return s.priority < job.priority; });
    const qsizetype target = std::clamp<qsizetype>(newIndex, bandBegin, bandEnd);
    if (target == from)
        return { QueueMove::Kind::Unchanged, job.position, {} };

    const bool hasPrevious = target > bandBegin;
    const bool hasNext = target < bandEnd;
    double position = job.position;
    if (hasPrevious && hasNext)
        position = std::midpoint(pending[target - 1].position, pending[target].position);
    else if (hasPrevious)
        position = pending[target - 1].position + 1.0;
    else if (hasNext)
        position = pending[target].position - 1.0;
    const bool tooClose = hasPrevious && hasNext
        && !(pending[target].position - pending[target - 1].position > kMinPositionGap
             && pending[target - 1].position < position && position < pending[target].position);
    if (!tooClose)
        return { QueueMove::Kind::Position, position, {} };

    // Halving a gap again and again (always dropping jobs into the same slot) exhausts a
    // double's precision after ~50 moves: then the whole pending queue is renumbered.
    pending.insert(pending.begin() + target, job);
    QueueMove renumber { QueueMove::Kind::Renumber, 0, {} };
    for (const QueueSlot &slot : pending)
        renumber.order.push_back(slot.id);
    return renumber;
}

} // namespace modeldeck
