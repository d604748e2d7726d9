// Tests for the samplers and the median pruner: bounds over many draws, seeded determinism, a
// resumed search proposing what an uninterrupted one would, the grid walked once, and random and
// TPE search on a synthetic objective with a known optimum, TPE needing fewer trials.

#include "search/GridSampler.h"
#include "search/MedianPruner.h"
#include "search/Sampler.h"
#include "search/SearchSpace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>
#include <set>

using namespace modeldeck;

Q_DECLARE_METATYPE(modeldeck::Method)

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QByteArray text(const QJsonObject &point)
{
    return QJsonDocument(point).toJson(QJsonDocument::Compact);
}

// Awkward on purpose: a negative real range, a narrow log range, a one-value int, a log int
// from 1, mixed choices.
SearchSpace awkwardSpace()
{
    return *SearchSpace::fromJson(object(R"({
        "a": {"type": "real", "low": -3, "high": -2.5},
        "b": {"type": "real", "low": 1e-6, "high": 2e-6, "log": true},
        "c": {"type": "int", "low": 0, "high": 5},
        "d": {"type": "int", "low": 1, "high": 1000, "log": true},
        "e": {"type": "int", "low": 7, "high": 7},
        "f": {"type": "choice", "values": ["x", 2, true]}})"));
}

// The synthetic objective: a shifted quadratic over a real axis, a log axis and an int axis,
// plus a penalty for two of three choices. Minimum 0 at x = 1.5, lr = 3e-3, k = 20, "huber".
SearchSpace objectiveSpace()
{
    return *SearchSpace::fromJson(object(R"({
        "x": {"type": "real", "low": -5, "high": 5},
        "lr": {"type": "real", "low": 1e-5, "high": 1e-1, "log": true},
        "k": {"type": "int", "low": 1, "high": 64},
        "loss": {"type": "choice", "values": ["mse", "huber", "mae"]}})"));
}

double objective(const QJsonObject &p)
{
    const double x = (p.value(QStringLiteral("x")).toDouble() - 1.5) / 2.0;
    const double lr = std::log10(p.value(QStringLiteral("lr")).toDouble() / 3e-3);
    const double k = (p.value(QStringLiteral("k")).toDouble() - 20.0) / 16.0;
    const QString loss = p.value(QStringLiteral("loss")).toString();
    const double penalty = loss == u"huber" ? 0.0 : loss == u"mse" ? 3.0 : 6.0;
    return x * x + lr * lr + k * k + penalty;
}

// Some score for awkwardSpace, so that TPE has a good and a bad group to model there too.
double awkwardObjective(const QJsonObject &p)
{
    const double a = p.value(QStringLiteral("a")).toDouble() + 2.6;
    const double c = p.value(QStringLiteral("c")).toDouble() - 4;
    const double d = std::log(p.value(QStringLiteral("d")).toDouble()) - 1;
    return a * a + c * c + d * d + (p.value(QStringLiteral("f")) == QJsonValue(true) ? 0 : 1);
}

using Objective = double (*)(const QJsonObject &);

// A varied history: every 7th trial failed, every 5th pruned, the rest scored.
SearchTrial finished(int number, const QJsonObject &params, Objective score)
{
    if (number % 7 == 6)
        return { number, params, std::nullopt, SearchTrial::State::Failed };
    if (number % 5 == 4)
        return { number, params, std::nullopt, SearchTrial::State::Pruned };
    return { number, params, score(params), SearchTrial::State::Complete };
}

std::unique_ptr<Sampler> sampler(Method method, const SearchSpace &space, quint64 seed)
{
    auto made = makeSampler(method, space, seed);
    if (!made)
        qFatal("%s", qPrintable(made.error().message));
    return std::move(*made);
}

// `count` proposals, each trial finished before the next is asked for.
std::vector<SearchTrial> run(Sampler &s, int count, std::vector<SearchTrial> history = {},
                             Objective score = objective)
{
    while (int(history.size()) < count) {
        const auto point = s.next(history);
        if (!point)
            break;
        history.push_back(finished(int(history.size()), *point, score));
    }
    return history;
}

// Trials until the objective is within `tolerance` of its minimum, or `budget` if never.
int trialsToReach(Method method, quint64 seed, double tolerance, int budget)
{
    const auto s = sampler(method, objectiveSpace(), seed);
    std::vector<SearchTrial> history;
    for (int n = 0; n < budget; ++n) {
        const QJsonObject point = *s->next(history);
        const double score = objective(point);
        if (score <= tolerance)
            return n + 1;
        history.push_back({ n, point, score, SearchTrial::State::Complete });
    }
    return budget;
}

} // namespace

class TestSamplers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void methodNames()
    {
        for (Method m : { Method::Grid, Method::Random, Method::Bayes })
            QCOMPARE(*parseMethod(methodName(m)), m);
        QCOMPARE(methodName(Method::Bayes), QStringLiteral("bayes"));
        const auto unknown = parseMethod(QStringLiteral("tpe"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(u"“tpe”"));
        SamplerOptions bad;
        bad.gamma = 0;
        QVERIFY(!makeSampler(Method::Bayes, awkwardSpace(), 1, bad).ok());
    }

    void staysInBounds_data()
    {
        QTest::addColumn<Method>("method");
        QTest::newRow("random") << Method::Random;
        QTest::newRow("bayes") << Method::Bayes;
    }

    void staysInBounds()
    {
        QFETCH(Method, method);
        const SearchSpace space = awkwardSpace();
        const auto history = run(*sampler(method, space, 11), 1000, {}, awkwardObjective);
        QCOMPARE(history.size(), size_t(1000));
        std::set<int> c;
        std::set<QString> f;
        double minD = 1e9;
        double maxD = 0;
        for (const SearchTrial &t : history) {
            QVERIFY2(space.contains(t.params), text(t.params).constData());
            QCOMPARE(t.params.size(), space.size());
            c.insert(t.params.value(QStringLiteral("c")).toInt());
            f.insert(QString::fromUtf8(
                text({ { QStringLiteral("f"), t.params.value(QStringLiteral("f")) } })));
            minD = std::min(minD, t.params.value(QStringLiteral("d")).toDouble());
            maxD = std::max(maxD, t.params.value(QStringLiteral("d")).toDouble());
        }
        // Every value is reachable, the ends of a log int range too.
        QCOMPARE(c.size(), size_t(6));
        QCOMPARE(f.size(), size_t(3));
        QCOMPARE(minD, 1.0);
        QVERIFY2(maxD > 500, qPrintable(QString::number(maxD)));
    }

    void sameSeedSameSequence_data() { staysInBounds_data(); }

    void sameSeedSameSequence()
    {
        QFETCH(Method, method);
        const SearchSpace space = objectiveSpace();
        const auto first = run(*sampler(method, space, 42), 40);
        const auto second = run(*sampler(method, space, 42), 40);
        const auto other = run(*sampler(method, space, 43), 40);
        int differing = 0;
        for (size_t i = 0; i < first.size(); ++i) {
            QCOMPARE(text(first[i].params), text(second[i].params));
            differing += text(first[i].params) != text(other[i].params);
        }
        QCOMPARE(differing, 40);
    }

    void resumedEqualsUninterrupted_data()
    {
        staysInBounds_data();
        QTest::newRow("grid") << Method::Grid;
    }

    void resumedEqualsUninterrupted()
    {
        QFETCH(Method, method);
        const SearchSpace space = objectiveSpace();
        const auto uninterrupted = run(*sampler(method, space, 5), 40);
        QCOMPARE(uninterrupted.size(), size_t(40));
        // Stopped after 17 trials, the history read back from storage (through JSON text), a
        // new sampler continues.
        std::vector<SearchTrial> stored;
        for (size_t i = 0; i < 17; ++i) {
            SearchTrial t = uninterrupted[i];
            t.params = QJsonDocument::fromJson(text(t.params)).object();
            stored.push_back(t);
        }
        const auto resumed = run(*sampler(method, space, 5), 40, stored);
        for (size_t i = 17; i < 40; ++i)
            QCOMPARE(text(resumed[i].params), text(uninterrupted[i].params));

        // Two workers: the second asks while the first's trial is still running, and gets
        // another point.
        std::vector<SearchTrial> running = stored;
        const auto s = sampler(method, space, 5);
        running.push_back({ 17, *s->next(running), std::nullopt, SearchTrial::State::Running });
        QVERIFY(text(*s->next(running)) != text(running.back().params));
    }

    void gridVisitsEachPointOnce()
    {
        const auto space = SearchSpace::fromJson(object(R"({
            "a": {"type": "real", "low": 0.001, "high": 0.1, "log": true},
            "b": {"type": "int", "low": 1, "high": 2},
            "c": {"type": "choice", "values": ["x", "y", "z"]}})"));
        SamplerOptions options;
        options.gridPointsPerAxis = 4;
        auto grid = makeSampler(Method::Grid, *space, 0, options);
        QVERIFY(grid.ok());
        const auto expected = *space->grid(4);
        QCOMPARE(expected.size(), size_t(4 * 2 * 3));
        std::vector<SearchTrial> history;
        while (history.size() < 100) { // bounded: a sampler that never ends must fail, not hang
            const auto point = (*grid)->next(history);
            if (!point)
                break;
            history.push_back({ int(history.size()), *point, 1.0, SearchTrial::State::Complete });
        }
        QCOMPARE(history.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) // in grid order
            QCOMPARE(text(history[i].params), text(expected[i]));
        QVERIFY(!(*grid)->next(history)); // still exhausted when asked again

        // Points already tried (in any order, any state, with extra keys, with reals an ulp
        // off after storage) are not proposed again.
        std::vector<SearchTrial> earlier;
        for (size_t i : { size_t(5), size_t(0), size_t(23) }) {
            QJsonObject params = expected[i];
            params.insert(QStringLiteral("epochs"), 3);
            const double a = params.value(QStringLiteral("a")).toDouble();
            params.insert(QStringLiteral("a"), std::nextafter(a, 1.0));
            earlier.push_back(
                { int(earlier.size()), params, std::nullopt, SearchTrial::State::Failed });
        }
        const auto rest = run(*GridSampler::create(*space, 4).value(), 100, earlier);
        QCOMPARE(rest.size(), expected.size());
        std::set<QByteArray> seen;
        for (size_t i = 3; i < rest.size(); ++i)
            seen.insert(text(rest[i].params));
        QCOMPARE(seen.size(), expected.size() - 3);
        QVERIFY(!seen.count(text(expected[0])) && !seen.count(text(expected[5]))
                && !seen.count(text(expected[23])));

        // An empty space is one empty trial.
        const auto empty = makeSampler(Method::Grid, SearchSpace(), 0);
        QCOMPARE(run(**empty, 10).size(), size_t(1));
    }

    void gridTooLargeIsRefused()
    {
        QJsonObject json;
        for (int i = 0; i < 8; ++i)
            json.insert(QStringLiteral("p%1").arg(i),
                        object(R"({"type": "real", "low": 0, "high": 1})"));
        SamplerOptions options;
        options.gridPointsPerAxis = 5; // 390,625 points
        QVERIFY(!makeSampler(Method::Grid, *SearchSpace::fromJson(json), 0, options).ok());
        options.gridPointsPerAxis = 4; // 65,536
        QVERIFY(makeSampler(Method::Grid, *SearchSpace::fromJson(json), 0, options).ok());
    }

    // The acquisition itself: good trials near x = 0.2 (one, choice "a") and x = 0.8 (two, "b"),
    // bad ones crowded around 0.8 with "b". Drawing from l(x) alone would go to 0.8 and "b" two
    // times in three; l(x) / g(x) prefers 0.2 and "a", where nothing bad was seen.
    void tpePrefersWhereGoodIsNotBad()
    {
        const auto space = SearchSpace::fromJson(object(R"({
            "x": {"type": "real", "low": 0, "high": 1},
            "c": {"type": "choice", "values": ["a", "b"]}})"));
        const auto point = [](double x, const char *c) {
            return QJsonObject { { QStringLiteral("x"), x },
                                 { QStringLiteral("c"), QString::fromLatin1(c) } };
        };
        std::vector<SearchTrial> history {
            { 0, point(0.2, "a"), 0.0, SearchTrial::State::Complete },
            { 1, point(0.8, "b"), 0.0, SearchTrial::State::Complete },
            { 2, point(0.82, "b"), 0.0, SearchTrial::State::Complete }
        };
        for (int i = 0; i < 9; ++i) {
            history.push_back({ int(history.size()), point(0.74 + 0.015 * i, "b"), 1.0,
                                SearchTrial::State::Complete });
        }
        // 12 finished trials: past the 10 start-up ones, and ceil(0.25 · 12) = 3 are good.
        const auto s = sampler(Method::Bayes, *space, 9);
        int nearGood = 0;
        int choseA = 0;
        for (int i = 0; i < 100; ++i) {
            // Running trials change the draws, not the model.
            const QJsonObject next = *s->next(history);
            nearGood += next.value(QStringLiteral("x")).toDouble() < 0.5;
            choseA += next.value(QStringLiteral("c")) == QJsonValue(QStringLiteral("a"));
            history.push_back(
                { int(history.size()), next, std::nullopt, SearchTrial::State::Running });
        }
        QVERIFY2(nearGood >= 80, qPrintable(QString::number(nearGood)));
        QVERIFY2(choseA >= 80, qPrintable(QString::number(choseA)));
    }

    // Trials to get the objective within 0.5 of its minimum (at most 1,000), seeds 1–10:
    //   random: 490 107 321 40 202 139 215 2 138 33  (mean 168.7)
    //   TPE:     13  31  94 77  27  16  45 2  25 20  (mean  35.0)
    // Seed 8 finds it at once with both: TPE's start-up trials are random's draws. Over seeds
    // 1–30 the means are 138.6 and 30.8. With a penalty of 0.5 instead of 3 (smaller than the
    // quadratic's spread over the start-up trials) TPE settles on "mse" in 10 of 30 seeds and
    // never gets there: the known weakness of univariate TPE, which the test does not hide by
    // pretending otherwise.
    void tpeNeedsFewerTrialsThanRandom()
    {
        constexpr double kTolerance = 0.5;
        constexpr int kBudget = 1000;
        double randomMean = 0;
        double tpeMean = 0;
        QString figures;
        for (quint64 seed = 1; seed <= 10; ++seed) {
            const int random = trialsToReach(Method::Random, seed, kTolerance, kBudget);
            const int tpe = trialsToReach(Method::Bayes, seed, kTolerance, kBudget);
            QVERIFY2(random < kBudget, qPrintable(QStringLiteral("random, seed %1").arg(seed)));
            QVERIFY2(tpe < kBudget, qPrintable(QStringLiteral("TPE, seed %1").arg(seed)));
            randomMean += random / 10.0;
            tpeMean += tpe / 10.0;
            figures += QStringLiteral(" %1/%2").arg(random).arg(tpe);
        }
        qInfo("trials to reach %g, random/TPE per seed:%s; means %.1f and %.1f", kTolerance,
              qPrintable(figures), randomMean, tpeMean);
        QVERIFY2(tpeMean < 0.5 * randomMean, qPrintable(figures));
    }

    // The best score after 100 trials, seeds 1–10 (the optimum is 0):
    //   random: mean 0.760 (0.097 to 1.474)
    //   TPE:    mean 0.139 (0.006 to 0.488; 7 of 10 seeds below 0.1, every best point "huber")
    void tpeFindsBetterPointsWithinABudget()
    {
        const auto bestAfter = [](Method method, quint64 seed, int trials) {
            const auto s = sampler(method, objectiveSpace(), seed);
            std::vector<SearchTrial> history;
            SearchTrial best { -1, {}, 1e300, SearchTrial::State::Complete };
            for (int n = 0; n < trials; ++n) {
                const QJsonObject point = *s->next(history);
                history.push_back({ n, point, objective(point), SearchTrial::State::Complete });
                if (*history.back().score < *best.score)
                    best = history.back();
            }
            return best;
        };
        double randomMean = 0;
        double tpeMean = 0;
        int tpeClose = 0;
        for (quint64 seed = 1; seed <= 10; ++seed) {
            randomMean += *bestAfter(Method::Random, seed, 100).score / 10.0;
            const SearchTrial tpe = bestAfter(Method::Bayes, seed, 100);
            tpeMean += *tpe.score / 10.0;
            tpeClose += *tpe.score < 0.1;
            QCOMPARE(tpe.params.value(QStringLiteral("loss")).toString(), QStringLiteral("huber"));
        }
        qInfo("best after 100 trials, mean over 10 seeds: random %.3f, TPE %.3f", randomMean,
              tpeMean);
        QVERIFY(tpeMean < 0.5 * randomMean);
        QVERIFY(tpeClose >= 6);
    }

    void prunerPrunesWorseCurves()
    {
        const MedianPruner pruner; // 5 start-up trials, 3 warm-up steps
        const std::vector<std::vector<double>> completed {
            { 1.0, 0.8, 0.6, 0.5, 0.4 }, { 1.1, 0.9, 0.7, 0.6, 0.5 }, { 0.9, 0.7, 0.5, 0.4, 0.3 },
            { 1.2, 1.0, 0.8, 0.7, 0.6 }, { 1.0, 0.9, 0.8, 0.7, 0.6 },
        }; // median at step 3: 0.6
        QVERIFY(pruner.shouldPrune(3, 0.9, completed));
        QVERIFY(!pruner.shouldPrune(3, 0.55, completed));
        QVERIFY(!pruner.shouldPrune(3, 0.6, completed)); // the median itself stays
        QVERIFY(pruner.shouldPrune(3, std::nan(""), completed)); // diverged
        // Judged by the best value so far: a blip above the median at the last step is kept.
        QVERIFY(!pruner.shouldPrune({ 1.0, 0.8, 0.5, 0.9 }, completed));
        QVERIFY(pruner.shouldPrune({ 1.3, 1.2, 1.1, 1.0 }, completed));
        // No completed curve reached the step: nothing to compare with.
        QVERIFY(!pruner.shouldPrune(7, 5.0, completed));
        // Even counts take the mean of the middle two; NaN values of completed curves are skipped.
        auto withNan = completed;
        withNan.push_back({ 1, 1, 1, std::nan("") });
        withNan.push_back({ 1, 1, 1, 0.45 });
        QVERIFY(pruner.shouldPrune(3, 0.6, withNan)); // median of 6 values: (0.5 + 0.6) / 2
        QVERIFY(!pruner.shouldPrune(3, 0.55, withNan));
    }

    void prunerRespectsWarmupAndStartup()
    {
        const std::vector<std::vector<double>> five(5, std::vector<double>(10, 0.5));
        const MedianPruner pruner;
        for (int step = 0; step < 3; ++step)
            QVERIFY2(!pruner.shouldPrune(step, 9.0, five), qPrintable(QString::number(step)));
        QVERIFY(pruner.shouldPrune(3, 9.0, five));
        const std::vector<std::vector<double>> four(five.begin(), five.begin() + 4);
        QVERIFY(!pruner.shouldPrune(5, 9.0, four));
        QVERIFY(!pruner.shouldPrune(5, std::nan(""), four));
        QVERIFY(!pruner.shouldPrune(5, 9.0, {}));

        const MedianPruner eager(1, 0);
        QVERIFY(eager.shouldPrune(0, 0.6, { { 0.5 } }));
        QVERIFY(!eager.shouldPrune(0, 0.4, { { 0.5 } }));
        QVERIFY(!eager.shouldPrune(std::vector<double> {}, { { 0.5 } }));
    }
};

QTEST_GUILESS_MAIN(TestSamplers)
#include "tst_samplers.moc"
