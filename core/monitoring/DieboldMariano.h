#pragma once
// The Diebold–Mariano test: is one forecast's loss smaller than another's on the same samples by
// more than chance? The loss differentials d_t = loss(A)_t − loss(B)_t are averaged and divided
// by their standard error, with a Newey–West variance over horizon − 1 lags (errors of
// overlapping multi-step forecasts are correlated). Used to decide whether a model beats
// persistence (NaiveBlend) and which of two models an A/B test should keep (Monitoring).

#include "modeldeck_core_export.h"

#include <span>

namespace modeldeck::DieboldMariano {

struct Result
{
    int count = 0; // finite differentials used
    double meanDifference = 0; // mean of loss(A) − loss(B): negative when A is better
    // mean / standard error: negative when A is better; ±∞ when every differential is the same
    // non-zero value (no variance), 0 without samples or differences.
    double statistic = 0;
    double pValue = 1; // two-sided, standard normal
};

// The statistic of differentials `d` (non-finite ones skipped).
MODELDECK_CORE_EXPORT double statistic(std::span<const double> d, int horizon);
// Squared errors (the usual loss) of two forecasts of the same actual values, aligned.
MODELDECK_CORE_EXPORT Result compare(std::span<const double> errorsA,
                                     std::span<const double> errorsB, int horizon);

} // namespace modeldeck::DieboldMariano
