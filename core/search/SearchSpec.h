#pragma once
// What a search job searches: the method, the budget (trials and/or wall time), the space
// (empty: the bot's default, SearchSpace::defaultFor) and an optional walk-forward validation
// of the chosen configuration. Stored as JSON in the job (JobSpec::search) so the queue, the CLI
// and a resumed search read the same thing.

#include "modeldeck_core_export.h"
#include "search/Sampler.h"
#include "search/SearchSpace.h"
#include "search/WalkForward.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT SearchSpec
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::SearchSpec)

public:
    Method method = Method::Bayes; // stored as methodName(): "grid", "random" or "bayes"
    int trials = 20; // at most this many trials (0: until the time budget runs out)
    int seconds = 0; // wall-time budget; 0: none. No trial starts after it has run out.
    quint64 seed = 0;
    int parallel = 0; // trials at once; 0: one per core, each with one torch thread
    bool prune = true; // stop trials whose validation loss is worse than the median's
    QJsonObject space; // SearchSpace JSON; empty: the bot's default space
    std::optional<WalkForwardSpec> walkForward;

    static constexpr int kMaxTrials = 10000;

    // Unknown keys, wrong types and out-of-range values are errors naming the key. The space
    // itself is checked by SearchSpace::fromJson when the search starts (it needs the bot).
    static Result<SearchSpec> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // The space to search for `bot`: `space` checked against the hyperparameter keys, or the
    // bot's default when `space` is empty.
    Result<SearchSpace> spaceFor(const QString &bot) const;
    // A job's search JSON checked as a whole (spec and space), for refusing it at enqueue.
    static Status check(const QJsonObject &json, const QString &bot);
};

} // namespace modeldeck
