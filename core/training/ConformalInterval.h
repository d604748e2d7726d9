#pragma once
// Split-conformal prediction intervals: the absolute errors |y − ŷ| of a model on data it was
// not fit to (the validation split) give, with the finite-sample (n + 1) correction, a
// half-width q such that ŷ ± q covers a new value with probability ≥ the level, as long as
// new errors behave like the calibration errors. Coverage on the test split checks that.

#include "modeldeck_core_export.h"

#include <QJsonObject>

#include <optional>
#include <span>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT ConformalInterval
{
    int calibrationSamples = 0;
    std::optional<double> halfWidth80; // none: too few samples for the level (infinite interval)
    std::optional<double> halfWidth95;
    int testSamples = 0;
    std::optional<double> coverage80; // share of test samples inside ŷ ± q, 0..1
    std::optional<double> coverage95;

    // The ⌈(n + 1) · level⌉-th smallest of the n residuals; none when that rank exceeds n.
    // Non-finite residuals are ignored.
    static std::optional<double> quantile(std::span<const double> absResiduals, double level);
    // Half-widths from aligned predictions and actual values (pairs with a NaN are skipped).
    static ConformalInterval calibrate(std::span<const double> predicted, std::span<const double> actual);
    // Fills the test coverage from aligned test predictions and actual values.
    void measure(std::span<const double> predicted, std::span<const double> actual);

    QJsonObject toJson() const;
    // Hostile input: anything malformed reads as "no interval" (all empty) rather than failing.
    static ConformalInterval fromJson(const QJsonObject &json);
};

} // namespace modeldeck
