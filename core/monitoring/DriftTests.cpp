#include "DriftTests.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace modeldeck::DriftTests {

namespace {

std::vector<double> sortedFinite(std::span<const double> values)
{
    std::vector<double> kept;
    kept.reserve(values.size());
    for (double v : values) {
        if (std::isfinite(v))
            kept.push_back(v);
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

} // namespace

double populationStabilityIndex(std::span<const double> referenceValues,
                                std::span<const double> recentValues, int bins)
{
    const std::vector<double> reference = sortedFinite(referenceValues);
    const std::vector<double> recent = sortedFinite(recentValues);
    if (bins < 2 || reference.size() < size_t(bins) || recent.empty())
        return 0;
    // Inner edges at the reference's quantiles; equal edges (ties) merge their bins.
    std::vector<double> edges;
    for (int b = 1; b < bins; ++b) {
        const double edge = reference[reference.size() * size_t(b) / size_t(bins)];
        if (edges.empty() || edge > edges.back())
            edges.push_back(edge);
    }
    const auto shares = [&edges](const std::vector<double> &sorted) {
        std::vector<double> share(edges.size() + 1, 0.0);
        size_t from = 0;
        for (size_t b = 0; b < edges.size(); ++b) {
            // Values below this edge belong to bin b.
            const size_t to
                = size_t(std::lower_bound(sorted.begin(), sorted.end(), edges[b]) - sorted.begin());
            share[b] = double(to - from) / double(sorted.size());
            from = to;
        }
        share.back() = double(sorted.size() - from) / double(sorted.size());
        return share;
    };
    const std::vector<double> expected = shares(reference);
    const std::vector<double> actual = shares(recent);
    constexpr double kFloor = 1e-4;
    double psi = 0;
    for (size_t b = 0; b < expected.size(); ++b) {
        const double e = std::max(expected[b], kFloor);
        const double a = std::max(actual[b], kFloor);
        psi += (a - e) * std::log(a / e);
    }
    return psi;
}

double kolmogorovTail(double x)
{
    if (x <= 0)
        return 1;
    // 2 Σ (−1)^(k−1) exp(−2 k² x²); converges fast except near 0, where the tail is ~1.
    if (x < 0.3)
        return 1;
    double sum = 0;
    for (int k = 1; k <= 100; ++k) {
        const double term = std::exp(-2.0 * k * k * x * x);
        sum += (k % 2 == 1 ? 1.0 : -1.0) * term;
        if (term < 1e-16)
            break;
    }
    return std::clamp(2.0 * sum, 0.0, 1.0);
}

KolmogorovSmirnov kolmogorovSmirnov(std::span<const double> referenceValues,
                                    std::span<const double> recentValues)
{
    const std::vector<double> a = sortedFinite(referenceValues);
    const std::vector<double> b = sortedFinite(recentValues);
    KolmogorovSmirnov ks;
    ks.referenceCount = int(a.size());
    ks.recentCount = int(b.size());
    if (a.empty() || b.empty())
        return ks;
    // Walk both sorted samples; after each distinct value compare the two step functions.
    size_t i = 0, j = 0;
    double d = 0;
    while (i < a.size() && j < b.size()) {
        const double x = std::min(a[i], b[j]);
        while (i < a.size() && a[i] == x)
            ++i;
        while (j < b.size() && b[j] == x)
            ++j;
        d = std::max(d, std::abs(double(i) / double(a.size()) - double(j) / double(b.size())));
    }
    ks.statistic = d;
    const double n = double(a.size()) * double(b.size()) / double(a.size() + b.size());
    // Stephens' small-sample correction of the asymptotic distribution.
    const double sqrtN = std::sqrt(n);
    ks.pValue = kolmogorovTail((sqrtN + 0.12 + 0.11 / sqrtN) * d);
    return ks;
}

} // namespace modeldeck::DriftTests
