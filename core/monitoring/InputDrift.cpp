#include "InputDrift.h"

#include "monitoring/DriftTests.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace modeldeck::InputDrift {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::InputDrift)
};

std::vector<double> column(const FeatureSet &set, int first, int end, int feature)
{
    std::vector<double> values;
    values.reserve(size_t(std::max(0, end - first)));
    for (int row = first; row < end; ++row)
        values.push_back(set.rows[size_t(row) * size_t(set.featureCount) + size_t(feature)]);
    return values;
}

// How many times fewer independent values an autocorrelated column holds than rows: 1 + 2·Σ ρ_k
// over the lags until the autocorrelation first stops being positive (Geyer's initial
// positive sequence, simplified). Features over rolling windows (a 20-bar volatility, a
// 50-bar average) are strongly autocorrelated: 100 rows of them are a handful of independent
// draws, and a test that counts 100 would see drift in every stationary series.
double inflation(const std::vector<double> &x)
{
    const size_t n = x.size();
    double mean = 0;
    for (double v : x)
        mean += v;
    mean /= double(n);
    double variance = 0;
    for (double v : x)
        variance += (v - mean) * (v - mean);
    if (!(variance > 0))
        return 1;
    double sum = 0;
    const size_t maxLag = std::min<size_t>(n / 4, 200);
    for (size_t k = 1; k <= maxLag; ++k) {
        double c = 0;
        for (size_t i = k; i < n; ++i)
            c += (x[i] - mean) * (x[i - k] - mean);
        const double rho = c / variance;
        if (rho <= 0.05)
            break;
        sum += rho;
    }
    return 1 + 2 * sum;
}

} // namespace

std::optional<Result> compare(const FeatureSet &set, qint64 trainedUntilMs, const QString &model,
                              int recentRows)
{
    // Rows are in time order: the reference is every row up to the last training bar, the
    // recent sample the newest rows after it.
    const auto split = std::upper_bound(set.times.begin(), set.times.end(), trainedUntilMs);
    const int reference = int(split - set.times.begin());
    const int after = set.rowCount - reference;
    const int recent = std::min(after, std::max(1, recentRows));
    if (reference < kMinReferenceRows || recent < kMinRecentRows || set.featureCount < 1)
        return std::nullopt;

    Result result;
    result.referenceRows = reference;
    result.recentRows = recent;
    const double alpha = kAlpha / set.featureCount;
    QStringList drifting;
    double largest = 0;
    for (int f = 0; f < set.featureCount; ++f) {
        const std::vector<double> past = column(set, 0, reference, f);
        const std::vector<double> now = column(set, set.rowCount - recent, set.rowCount, f);
        FeatureDrift d;
        d.name = f < set.names.size() ? set.names[f] : QString::number(f);
        d.psi = DriftTests::populationStabilityIndex(past, now);
        const auto ks = DriftTests::kolmogorovSmirnov(past, now);
        d.ksStatistic = ks.statistic;
        // The KS p-value from the samples' effective sizes (the reference's autocorrelation
        // stands for both: it is the long, trusted sample).
        const double factor = inflation(past);
        const double m = std::max(2.0, ks.referenceCount / factor);
        const double r = std::max(2.0, ks.recentCount / factor);
        const double sqrtN = std::sqrt(m * r / (m + r));
        d.ksPValue = DriftTests::kolmogorovTail((sqrtN + 0.12 + 0.11 / sqrtN) * ks.statistic);
        d.drift = d.psi > kPsiThreshold && d.ksPValue < alpha;
        largest = std::max(largest, d.psi);
        result.features.push_back(d);
    }
    // The message names the worst drifting features first.
    std::vector<const FeatureDrift *> order;
    for (const FeatureDrift &d : result.features) {
        if (d.drift)
            order.push_back(&d);
    }
    std::sort(order.begin(), order.end(),
              [](const FeatureDrift *a, const FeatureDrift *b) { return a->psi > b->psi; });
    for (size_t i = 0; i < order.size() && i < 3; ++i)
        drifting << Tr::tr("%1 (PSI %2, KS p %3)")
                        .arg(order[i]->name)
                        .arg(order[i]->psi, 0, 'f', 2)
                        .arg(order[i]->ksPValue, 0, 'g', 2);

    DriftCheck &c = result.check;
    c.kind = QStringLiteral("input");
    c.score = largest;
    c.threshold = kPsiThreshold;
    c.window = recent;
    c.drift = !order.empty();
    const QLocale locale;
    if (c.drift) {
        c.message = Tr::tr("The inputs of “%1” have moved away from its training data: %n of its "
                           "features drift over the newest %2 bars against %3 training bars, most "
                           "%4.",
                           nullptr, int(order.size()))
                        .arg(model)
                        .arg(locale.toString(recent), locale.toString(reference),
                             drifting.join(QStringLiteral(", ")));
    } else {
        c.message
            = Tr::tr("The inputs of “%1” look like its training data (largest PSI %2 over the "
                     "newest %3 bars).")
                  .arg(model)
                  .arg(largest, 0, 'f', 2)
                  .arg(locale.toString(recent));
    }
    return result;
}

} // namespace modeldeck::InputDrift
