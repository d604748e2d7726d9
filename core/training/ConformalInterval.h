#pragma once
// Split-conformal prediction intervals: the absolute errors |y − ŷ| of a model on data it was
// not fit to (the validation split) give, with the finite-sample (n + 1) correction, a
// half-width q such that ŷ ± q covers a new value with probability ≥ the level, as long as
// new errors behave like the calibration errors. Coverage on the test split checks that.
//
// Two scales. Price (models saved before the scale-free features): residuals and half-widths
// in price units, ŷ ± q. Volatility (the default since): the residual is the log error
// log(y / ŷ) divided by the recent volatility σ_t known when the forecast was made, and the
// band is ŷ · exp(±q · σ_t). Such a band follows the price level (a forecast at 3× the
// calibration prices gets a band 3× as wide) and the market's calm or turbulence, so its
// coverage holds when either moves away from the validation period.
//
// Deployed, the intervals keep adapting (adaptive conformal inference, Gibbs & Candès 2021, in
// its multiplicative quantile-tracking form): each saved prediction whose actual arrives moves
// its level's factor, up by exp(γ · level) after a miss and down by exp(−γ · (1 − level))
// after a hit, so the long-run share of misses tracks 1 − level even when the market leaves the
// regime the validation split saw.

#include "modeldeck_core_export.h"

#include <QJsonObject>
#include <optional>
#include <span>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT ConformalInterval
{
    enum class Scale { Price, Volatility };

    Scale scale = Scale::Price;
    int calibrationSamples = 0;
    std::optional<double> halfWidth80; // none: too few samples for the level (infinite interval)
    std::optional<double> halfWidth95;
    int testSamples = 0;
    std::optional<double> coverage80; // share of test samples inside ŷ ± q, 0..1
    std::optional<double> coverage95;
    // Adaptive factors on the half-widths (1 until actuals arrive) and how many actuals moved them.
    double adaptive80 = 1.0;
    double adaptive95 = 1.0;
    int adaptiveUpdates = 0;
    static constexpr double kAdaptRate = 0.05; // γ, in log units per actual
    static constexpr double kMaxAdaptive = 8.0; // factors stay within [1/8, 8]

    // The half-widths in use: calibrated × adaptive factor.
    std::optional<double> halfWidth80Now() const;
    std::optional<double> halfWidth95Now() const;
    // One actual of a saved prediction: whether it fell inside the 80 % and 95 % bands the
    // prediction was made with (none: that band was not there, which moves nothing).
    void adapt(std::optional<bool> inside80, std::optional<bool> inside95);

    // The ⌈(n + 1) · level⌉-th smallest of the n residuals; none when that rank exceeds n.
    // Non-finite residuals are ignored.
    static std::optional<double> quantile(std::span<const double> absResiduals, double level);
    // Half-widths from aligned predictions and actual values (pairs with a NaN are skipped).
    // Price scale without `volatility`, volatility scale with it (aligned σ_t per sample;
    // pairs whose price or σ_t is not positive are skipped).
    static ConformalInterval calibrate(std::span<const double> predicted,
                                       std::span<const double> actual,
                                       std::span<const double> volatility = {});
    // Fills the test coverage from aligned test predictions and actual values (and σ_t for
    // the volatility scale).
    void measure(std::span<const double> predicted, std::span<const double> actual,
                 std::span<const double> volatility = {});

    struct Band
    {
        double lower = 0;
        double upper = 0;
    };
    // The band of a forecast at one level's half-width; volatility is σ_t at the forecast
    // (ignored on the price scale). None when the inputs cannot give one (σ_t or ŷ not positive
    // on the volatility scale).
    std::optional<Band> band(double predicted, double halfWidth, double volatility) const;

    QJsonObject toJson() const;
    // Hostile input: anything malformed reads as "no interval" (all empty) rather than failing.
    static ConformalInterval fromJson(const QJsonObject &json);
};

} // namespace modeldeck
