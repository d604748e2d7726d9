#include "SearchSpec.h"

#include "features/FeatureConfig.h"
#include "models/ModelConfig.h"

#include <cmath>

namespace modeldeck {

namespace {

const QLatin1StringView kMethod("method");
const QLatin1StringView kTrials("trials");
const QLatin1StringView kSeconds("seconds");
const QLatin1StringView kSeed("seed");
const QLatin1StringView kParallel("parallel");
const QLatin1StringView kPrune("prune");
const QLatin1StringView kSpace("space");
const QLatin1StringView kWalkForward("walk_forward");

// A whole number in [low, high] or nullopt; absent keys keep `fallback`.
std::optional<double> wholeIn(const QJsonValue &value, double low, double high, double fallback)
{
    if (value.isUndefined())
        return fallback;
    const double v = value.toDouble(std::nan(""));
    if (!value.isDouble() || v != std::floor(v) || v < low || v > high)
        return std::nullopt;
    return v;
}

} // namespace

Result<SearchSpec> SearchSpec::fromJson(const QJsonObject &json)
{
    SearchSpec spec;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (key != kMethod && key != kTrials && key != kSeconds && key != kSeed && key != kParallel
            && key != kPrune && key != kSpace && key != kWalkForward)
            return Error { tr("Search settings: unknown key “%1”.").arg(key.left(40)) };
    }
    if (json.contains(kMethod)) {
        auto method = parseMethod(json.value(kMethod).toString());
        if (!method)
            return Error { tr("Search settings: %1").arg(method.error().message) };
        spec.method = *method;
    }
    const auto trials = wholeIn(json.value(kTrials), 0, kMaxTrials, spec.trials);
    if (!trials)
        return Error {
            tr("Search settings: trials must be a whole number from 0 to %1.").arg(kMaxTrials)
        };
    spec.trials = int(*trials);
    const auto seconds = wholeIn(json.value(kSeconds), 0, 366.0 * 24 * 3600, 0);
    if (!seconds)
        return Error { tr("Search settings: seconds must be a whole number from 0 (no limit) to "
                          "a year.") };
    spec.seconds = int(*seconds);
    if (spec.trials == 0 && spec.seconds == 0)
        return Error { tr("Search settings: give a number of trials, a time budget in seconds, "
                          "or both.") };
    // Seeds up to 2^53 fit a JSON number exactly; that is plenty for a search.
    const auto seed = wholeIn(json.value(kSeed), 0, 9007199254740992.0, 0);
    if (!seed)
        return Error { tr("Search settings: seed must be a whole number from 0 to 2^53.") };
    spec.seed = quint64(*seed);
    const auto parallel = wholeIn(json.value(kParallel), 0, 256, 0);
    if (!parallel)
        return Error { tr("Search settings: parallel must be a whole number from 0 (one per "
                          "core) to 256.") };
    spec.parallel = int(*parallel);
    if (json.contains(kPrune)) {
        if (!json.value(kPrune).isBool())
            return Error { tr("Search settings: prune must be true or false.") };
        spec.prune = json.value(kPrune).toBool();
    }
    if (json.contains(kSpace)) {
        if (!json.value(kSpace).isObject())
            return Error { tr("Search settings: space must be an object of parameter ranges.") };
        spec.space = json.value(kSpace).toObject();
    }
    if (json.contains(kWalkForward)) {
        if (!json.value(kWalkForward).isObject())
            return Error { tr("Search settings: walk_forward must be an object.") };
        auto walkForward = WalkForwardSpec::fromJson(json.value(kWalkForward).toObject());
        if (!walkForward)
            return walkForward.error();
        spec.walkForward = *walkForward;
    }
    return spec;
}

QJsonObject SearchSpec::toJson() const
{
    QJsonObject json { { kMethod, methodName(method) }, { kTrials, trials },
                       { kSeconds, seconds },           { kSeed, double(seed) },
                       { kParallel, parallel },         { kPrune, prune } };
    if (!space.isEmpty())
        json.insert(kSpace, space);
    if (walkForward)
        json.insert(kWalkForward, walkForward->toJson());
    return json;
}

Result<SearchSpace> SearchSpec::spaceFor(const QString &bot) const
{
    if (space.isEmpty())
        return SearchSpace::defaultFor(bot);
    return SearchSpace::fromJson(space, ModelConfig::keys() + FeatureConfig::hyperparameterKeys());
}

Status SearchSpec::check(const QJsonObject &json, const QString &bot)
{
    auto spec = fromJson(json);
    if (!spec)
        return spec.error();
    auto space = spec->spaceFor(bot);
    return space ? Status() : Status(space.error());
}

} // namespace modeldeck
