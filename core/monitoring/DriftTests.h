#pragma once
// Input drift: has the distribution of a feature on recent bars moved away from the one the
// model was trained on? Two standard measures, pure functions of the two samples:
// - the population stability index over bins cut at the reference sample's quantiles
//   (PSI < 0.1 stable, 0.1–0.25 moderate, > 0.25 a shift worth acting on);
// - the two-sample Kolmogorov–Smirnov test: the largest gap between the empirical
//   distribution functions and its asymptotic p-value.
// Non-finite values are ignored.

#include "modeldeck_core_export.h"

#include <span>

namespace modeldeck::DriftTests {

struct KolmogorovSmirnov
{
    double statistic = 0; // D, 0..1
    double pValue = 1;
    int referenceCount = 0;
    int recentCount = 0;
};

// PSI of `recent` against `reference` over `bins` quantile bins of the reference (empty bins get
// a small floor, 1e-4, so one empty bin does not make it infinite). 0 with fewer than `bins`
// reference values or no recent ones.
MODELDECK_CORE_EXPORT double populationStabilityIndex(std::span<const double> reference,
                                                      std::span<const double> recent,
                                                      int bins = 10);
MODELDECK_CORE_EXPORT KolmogorovSmirnov kolmogorovSmirnov(std::span<const double> reference,
                                                          std::span<const double> recent);
// The asymptotic Kolmogorov distribution's tail: P(K > x).
MODELDECK_CORE_EXPORT double kolmogorovTail(double x);

} // namespace modeldeck::DriftTests
