// libFuzzer target: a search's settings as the CLI (--space FILE, --walk-forward) and queued jobs
// give them, through SearchSpec::fromJson, SearchSpace::fromJson and WalkForwardSpec::parse.
// Nothing may crash; what is accepted must read back from its own JSON unchanged, and every
// point a sampler proposes must lie inside the space.

#include "FuzzSupport.h"
#include "search/Sampler.h"
#include "search/SearchSpace.h"
#include "search/SearchSpec.h"
#include "search/WalkForward.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace modeldeck;

namespace {

void checkSpace(const SearchSpace &space, quint64 seed)
{
    const auto again = SearchSpace::fromJson(space.toJson());
    fuzz::check(again.ok(), "an accepted space does not read back");
    fuzz::check(*again == space, "a space changed on reading back");
    (void)space.gridAxes(3); // may refuse a huge grid, must not allocate it
    // Three proposals of each sampler, as a search's first trials (history included).
    for (Method method : { Method::Random, Method::Bayes, Method::Grid }) {
        auto sampler = makeSampler(method, space, seed);
        if (!sampler)
            continue;
        std::vector<SearchTrial> history;
        for (int i = 0; i < 3; ++i) {
            const auto point = (*sampler)->next(history);
            if (!point)
                break;
            fuzz::check(space.contains(*point), "a sampler proposed a point outside its space");
            SearchTrial trial;
            trial.number = i + 1;
            trial.params = *point;
            trial.score = double(i);
            trial.state = SearchTrial::State::Complete;
            history.push_back(trial);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // The text as a --walk-forward value, and the plan it gives over a few series lengths.
    if (const auto walkForward = WalkForwardSpec::parse(QString::fromUtf8(bytes.left(200)))) {
        const auto again = WalkForwardSpec::fromJson(walkForward->toJson());
        fuzz::check(again.ok(), "an accepted walk-forward spec does not read back");
        for (qint64 bars : { qint64(0), qint64(size), qint64(5000), qint64(2'000'000'000) }) {
            const auto folds = planWalkForward(bars, *walkForward);
            if (!folds)
                continue;
            fuzz::check(folds->size() <= size_t(WalkForwardSpec::kMaxFolds), "too many folds");
            for (const WalkForwardFold &f : *folds)
                fuzz::check(f.trainBegin >= 0 && f.trainBegin < f.testBegin
                                && f.testBegin < f.testEnd && f.testEnd <= bars,
                            "a fold reaches outside the series or past its test window");
        }
    }
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    const QJsonObject json = doc.object();
    // The object as a whole search spec, then as a bare space.
    if (const auto spec = SearchSpec::fromJson(json)) {
        const auto again = SearchSpec::fromJson(spec->toJson());
        fuzz::check(again.ok(), "an accepted search spec does not read back");
        fuzz::check(again->toJson() == spec->toJson(), "a search spec changed on reading back");
        if (const auto space = spec->spaceFor(QStringLiteral("lstm_bot")))
            checkSpace(*space, spec->seed);
    }
    if (const auto space = SearchSpace::fromJson(json))
        checkSpace(*space, quint64(size));
    return 0;
}
