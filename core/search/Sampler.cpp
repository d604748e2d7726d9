#include "Sampler.h"

#include "search/GridSampler.h"
#include "search/RandomSampler.h"
#include "search/TpeSampler.h"

#include <QCoreApplication>
#include <cmath>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::Sampler)
};

} // namespace

Sampler::~Sampler() = default;

QString methodName(Method method)
{
    switch (method) {
    case Method::Grid:
        return QStringLiteral("grid");
    case Method::Random:
        return QStringLiteral("random");
    case Method::Bayes:
        return QStringLiteral("bayes");
    }
    return {};
}

Result<Method> parseMethod(const QString &name)
{
    for (Method method : { Method::Grid, Method::Random, Method::Bayes }) {
        if (name == methodName(method))
            return method;
    }
    return Error {
        Tr::tr("Unknown search method “%1”; use grid, random or bayes.").arg(name.left(40))
    };
}

Result<std::unique_ptr<Sampler>> makeSampler(Method method, SearchSpace space, quint64 seed,
                                             const SamplerOptions &options)
{
    switch (method) {
    case Method::Grid: {
        auto grid = GridSampler::create(std::move(space), options.gridPointsPerAxis);
        if (!grid)
            return grid.error();
        return std::unique_ptr<Sampler>(std::move(*grid));
    }
    case Method::Random:
        return std::unique_ptr<Sampler>(std::make_unique<RandomSampler>(std::move(space), seed));
    case Method::Bayes:
        if (options.startupTrials < 0 || options.candidates < 1 || !(options.gamma > 0)
            || !(options.gamma <= 1)) {
            return Error { Tr::tr("Bayesian search: the start-up trials must be 0 or more, the "
                                  "candidates 1 or more and gamma above 0 and at most 1.") };
        }
        return std::unique_ptr<Sampler>(
            std::make_unique<TpeSampler>(std::move(space), seed, options));
    }
    return Error { Tr::tr("Unknown search method.") };
}

} // namespace modeldeck
