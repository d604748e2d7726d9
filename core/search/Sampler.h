#pragma once
// Samplers propose the next point of a hyperparameter search from the trials so far. They are
// pure functions of (space, seed, history): a search stopped after ten trials and resumed from
// its recorded trials proposes what an uninterrupted search would have, and two workers asking
// at once get different points as long as the history includes the running trials.
//
//     auto sampler = makeSampler(Method::Bayes, SearchSpace::defaultFor(bot), seed);
//     while (auto point = (*sampler)->next(history)) { run it, append a SearchTrial to history }

#include "domain/SearchTrial.h"
#include "modeldeck_core_export.h"
#include "search/SearchSpace.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace modeldeck {

// The history a sampler is given must hold every trial proposed so far, running ones included,
// in proposal order: the number of trials seeds the next draw.
class MODELDECK_CORE_EXPORT Sampler
{
public:
    virtual ~Sampler();
    // The next point to try, or nullopt when the sampler has nothing left (a walked grid).
    virtual std::optional<QJsonObject> next(const std::vector<SearchTrial> &history) = 0;
};

enum class Method { Grid, Random, Bayes }; // Bayes: the Tree-structured Parzen Estimator

// "grid", "random", "bayes" (the CLI's --method); parseMethod's error names the accepted words.
MODELDECK_CORE_EXPORT QString methodName(Method method);
MODELDECK_CORE_EXPORT Result<Method> parseMethod(const QString &name);

struct MODELDECK_CORE_EXPORT SamplerOptions
{
    int gridPointsPerAxis = 3; // every default space's grid fits SearchSpace::kMaxGridPoints
    int startupTrials = 10; // Bayes: random trials before the model is used
    double gamma = 0.25; // Bayes: the best share of finished trials that counts as good
    int candidates = 24; // Bayes: draws from the good density per proposal
};

// A grid larger than SearchSpace::kMaxGridPoints (or bad options) is an error, not a sampler.
MODELDECK_CORE_EXPORT Result<std::unique_ptr<Sampler>>
makeSampler(Method method, SearchSpace space, quint64 seed, const SamplerOptions &options = {});

} // namespace modeldeck
