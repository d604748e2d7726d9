#include "AbTest.h"

#include <QHash>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <vector>

namespace modeldeck {

namespace {

QString label(const RegisteredModel &m)
{
    return AbTest::tr("“%1” v%2").arg(m.name).arg(m.version);
}

QString horizonList(const QList<int> &horizons)
{
    QStringList parts;
    for (int h : horizons)
        parts << QString::number(h);
    return parts.join(QStringLiteral(", "));
}

QString pText(double p)
{
    // Tiny p-values read as "< 0.001": more digits would claim a precision the normal
    // approximation does not have.
    return p < 0.001 ? AbTest::tr("p < 0.001") : AbTest::tr("p = %1").arg(p, 0, 'f', 3);
}

} // namespace

AbTest AbTest::decide(std::span<const Prediction> a, std::span<const Prediction> b, int horizon)
{
    AbTest result;
    // Only the targets both sides forecast, with an actual, in time order: the DM test pairs
    // losses of the same bar, and each side's figures cover the same bars as the other's.
    QHash<qint64, const Prediction *> byTarget;
    for (const Prediction &p : b) {
        if (p.actual && std::isfinite(*p.actual) && std::isfinite(p.value))
            byTarget.insert(p.targetTimeMs, &p);
    }
    std::vector<std::pair<const Prediction *, const Prediction *>> pairs;
    for (const Prediction &p : a) {
        if (!p.actual || !std::isfinite(*p.actual) || !std::isfinite(p.value))
            continue;
        if (const auto it = byTarget.constFind(p.targetTimeMs); it != byTarget.cend())
            pairs.emplace_back(&p, it.value());
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto &x, const auto &y) {
        return x.first->targetTimeMs < y.first->targetTimeMs;
    });
    std::vector<Prediction> pairedA, pairedB;
    std::vector<double> errorsA, errorsB;
    for (const auto &[pa, pb] : pairs) {
        pairedA.push_back(*pa);
        pairedB.push_back(*pb);
        errorsA.push_back(pa->value - *pa->actual);
        errorsB.push_back(pb->value - *pb->actual);
    }
    result.paired = int(pairs.size());
    result.a = LivePerformance::compute(pairedA, 0);
    result.b = LivePerformance::compute(pairedB, 0);
    result.dm = DieboldMariano::compare(errorsA, errorsB, std::max(1, horizon));
    if (result.paired > 0 && result.dm.pValue < kSignificance
        && result.a.metrics.rmse != result.b.metrics.rmse)
        result.winner = result.a.metrics.rmse < result.b.metrics.rmse ? Winner::A : Winner::B;
    return result;
}

Status AbTest::comparable(const RegisteredModel &a, const RegisteredModel &b, int horizon)
{
    if (a.symbol != b.symbol)
        return Error { tr("%1 and %2 forecast different symbols (%3 and %4); an A/B test scores "
                          "two models on the same series.")
                           .arg(label(a), label(b), a.symbol, b.symbol) };
    if (a.timeframe != b.timeframe)
        return Error { tr("%1 and %2 forecast different timeframes of %3 (%4 and %5); an A/B "
                          "test scores two models on the same series.")
                           .arg(label(a), label(b), a.symbol, a.timeframe, b.timeframe) };
    for (const RegisteredModel *m : { &a, &b }) {
        if (!m->horizons.contains(horizon))
            return Error { tr("The horizons differ: %1 does not predict %2 bars ahead (it "
                              "predicts %3), so it cannot be compared with %4 at that horizon.")
                               .arg(label(*m))
                               .arg(horizon)
                               .arg(horizonList(m->horizons), label(m == &a ? b : a)) };
    }
    return {};
}

QString AbTest::summary(const QString &nameA, const QString &nameB) const
{
    if (paired == 0)
        return tr("No forecast of either model had an actual value to compare.");
    const QLocale locale;
    const auto rmse = [&locale](double v) { return locale.toString(v, 'g', 4); };
    if (winner == Winner::None)
        return tr("No significant difference: RMSE %1 (%2) vs %3 (%4), %5.")
            .arg(rmse(a.metrics.rmse), nameA, rmse(b.metrics.rmse), nameB, pText(dm.pValue));
    const bool aWins = winner == Winner::A;
    return tr("%1 is better: RMSE %2 vs %3, %4.")
        .arg(aWins ? nameA : nameB, rmse(aWins ? a.metrics.rmse : b.metrics.rmse),
             rmse(aWins ? b.metrics.rmse : a.metrics.rmse), pText(dm.pValue));
}

QString AbTest::winnerText(Winner winner)
{
    switch (winner) {
    case Winner::A:
        return QStringLiteral("A");
    case Winner::B:
        return QStringLiteral("B");
    case Winner::None:
        break;
    }
    return {};
}

AbTest::Winner AbTest::winnerFromText(const QString &text)
{
    return text == u"A" ? Winner::A : text == u"B" ? Winner::B : Winner::None;
}

} // namespace modeldeck
