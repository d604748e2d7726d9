#include "FeatureSet.h"

#include "features/FeatureComputer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::FeatureSet)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Fewest samples per split that still give a loss curve, early stopping and a test score
// something to work with; below this a series is refused rather than trained on noise.
constexpr int kMinTrainSamples = 10;
constexpr int kMinValidationSamples = 2;
constexpr int kMinTestSamples = 2;

// Guards floor(n * fraction) against 0.7 * 1000 landing on 699.999…
constexpr double kFractionEpsilon = 1e-9;

QString isoTime(qint64 ms)
{
    // toUTC() gives the "Z" suffix; a QTimeZone::utc() datetime would print "+00:00".
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate);
}

// Only what the enabled features read is checked: a zero open is harmless without oc_change.
std::optional<Error> checkBars(std::span<const Bar> bars, const FeatureConfig &config)
{
    for (size_t i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars[i];
        // Built only for the message: formatting it for every bar would dominate the build.
        const auto where
            = [&bar, i] { return Tr::tr("bar %1 (%2)").arg(i + 1).arg(isoTime(bar.timeUtcMs)); };
        // Strictly increasing: a duplicated bar would silently shift every lag by one.
        if (i > 0 && bar.timeUtcMs <= bars[i - 1].timeUtcMs) {
            return Error {
                Tr::tr("Cannot build features: the bars are not in strictly increasing time "
                       "order (%1 follows %2).")
                    .arg(where(), isoTime(bars[i - 1].timeUtcMs))
            };
        }
        if (!(std::isfinite(bar.close) && bar.close > 0)) {
            return Error {
                Tr::tr("Cannot build features: %1 has a close of %2; prices must be positive.")
                    .arg(where())
                    .arg(bar.close)
            };
        }
        // A flagged bar was kept on purpose; the features read it repaired (FeatureComputer.h).
        if (bar.flags & BarFlagInvalid)
            continue;
        if (config.volumeFeatures && !(std::isfinite(bar.volume) && bar.volume >= 0)) {
            return Error {
                Tr::tr("Cannot build features: %1 has a volume of %2; volumes must be zero or "
                       "positive (or turn volume features off).")
                    .arg(where())
                    .arg(bar.volume)
            };
        }
        if (config.rangeFeatures
            && !(std::isfinite(bar.open) && bar.open > 0 && std::isfinite(bar.high)
                 && std::isfinite(bar.low))) {
            return Error { Tr::tr(
                               "Cannot build features: %1 has an invalid open, high or low; range "
                               "features need a positive open and finite high and low.")
                               .arg(where()) };
        }
    }
    return std::nullopt;
}

struct SplitPlan
{
    qint64 trainBars = 0; // bars [0, trainBars) are the training bars
    SampleRange train;
    SampleRange validation;
    SampleRange test;
};

// Sample end rows t for the bars [first, last): the window [t - lookback + 1, t] and the
// target bar t + h must lie inside those bars, and the window must start where every
// feature is defined.
SampleRange samplesWithin(qint64 first, qint64 last, int historyBars, const FeatureConfig &config)
{
    const qint64 begin = std::max<qint64>(first, historyBars - 1) + config.lookback - 1;
    const qint64 end = std::max(begin, last - config.horizon);
    return { int(begin), int(end) };
}

SplitPlan planSplits(qint64 barCount, int historyBars, const FeatureConfig &config)
{
    const auto share = [barCount](double fraction) {
        return qint64(std::floor(double(barCount) * fraction + kFractionEpsilon));
    };
    const qint64 trainEnd = share(config.trainFraction);
    const qint64 validationEnd = trainEnd + share(config.validationFraction);
    return { trainEnd, samplesWithin(0, trainEnd, historyBars, config),
             samplesWithin(trainEnd, validationEnd, historyBars, config),
             samplesWithin(validationEnd, barCount, historyBars, config) };
}

bool hasEnoughSamples(const SplitPlan &plan)
{
    return plan.train.size() >= kMinTrainSamples && plan.validation.size() >= kMinValidationSamples
        && plan.test.size() >= kMinTestSamples;
}

// The shortest series from which every longer one also has enough samples in each split.
// Per split: train needs history + lookback - 1 + horizon + samples - 1 bars, the others
// lookback - 1 + horizon + samples (their windows may read history from earlier splits'
// bars, which is the past and fine). Dividing by the fraction gives a length that is
// sufficient however the splits round, so the requirement grows monotonically with the
// settings and the message can state one number.
qint64 minimumBars(int historyBars, const FeatureConfig &config)
{
    const double window = double(config.lookback - 1 + config.horizon);
    const double trainBars = historyBars + window + kMinTrainSamples - 1;
    const double validationBars = window + kMinValidationSamples;
    const double testBars = window + kMinTestSamples;
    const double testFraction = 1.0 - config.trainFraction - config.validationFraction;
    const double estimate = std::ceil(
        std::max({ trainBars / config.trainFraction, validationBars / config.validationFraction,
                   testBars / testFraction })
        - kFractionEpsilon);
    // A fraction like 1e-12 asks for more bars than a series can index: say so, don't overflow.
    constexpr qint64 kUnreachable = qint64(std::numeric_limits<int>::max()) + 1;
    if (!(estimate < double(kUnreachable)))
        return kUnreachable;
    qint64 bars = qint64(estimate);
    // Rounding in the divisions can leave the estimate a bar short; settle it on the real plan.
    while (!hasEnoughSamples(planSplits(bars, historyBars, config)))
        ++bars;
    return bars;
}

double rawTarget(std::span<const Bar> bars, size_t t, const FeatureConfig &config)
{
    const size_t ahead = t + size_t(config.horizon);
    if (ahead >= bars.size())
        return kNaN;
    return config.logReturnTarget ? std::log(bars[ahead].close / bars[t].close) : bars[ahead].close;
}

// Scalers fitted earlier (a saved model's); null members mean "fit on the training bars".
struct GivenScalers
{
    const Scaler *features = nullptr;
    const Scaler *target = nullptr;
};

// build() and its variants: with `splits`, the series must hold the three splits and the
// split ranges are set; without, it only needs the history and one window (prediction).
Result<FeatureSet> assemble(std::span<const Bar> bars, const FeatureConfig &config,
                            GivenScalers given, bool splits)
{
    // fromJson holds the one set of range rules; a config built in code gets the same checks
    // and the same key-naming messages as one read from a file.
    if (auto checked = FeatureConfig::fromJson(config.toJson()); !checked)
        return checked.error();
    if (bars.size() > size_t(std::numeric_limits<int>::max()))
        return Error { Tr::tr(
            "Cannot build features: the series has more bars than can be indexed.") };
    if (auto error = checkBars(bars, config))
        return *error;

    FeatureSet set;
    set.config = config;
    set.names = config.featureNames();
    set.featureCount = int(set.names.size());
    std::vector<FeatureComputer::Column> columns;
    columns.reserve(size_t(set.featureCount));
    const int historyBars = config.historyBars();
    for (const QString &name : std::as_const(set.names)) {
        FeatureComputer::Column column;
        if (!FeatureComputer::parseColumn(name, column) || column.bars > historyBars) {
            Q_ASSERT_X(false, "FeatureSet::build", "feature name out of step with FeatureConfig");
            return Error {
                Tr::tr("Internal error: the feature \"%1\" cannot be computed.").arg(name)
            };
        }
        columns.push_back(column);
    }
    // Saved scalers come from a database or a file: hostile until their shape matches.
    if (given.features && given.features->columns() != set.featureCount) {
        return Error { Tr::tr("The saved feature scaler has %1 columns but the feature settings "
                              "give %2 features.")
                           .arg(given.features->columns())
                           .arg(set.featureCount) };
    }
    if (given.target && given.target->columns() < 1)
        return Error { Tr::tr("The saved target scaler has no columns.") };

    const qint64 barCount = qint64(bars.size());
    size_t trainBars = 0;
    if (splits) {
        const qint64 needed = minimumBars(historyBars, config);
        const SplitPlan plan = planSplits(barCount, historyBars, config);
        if (barCount < needed || !hasEnoughSamples(plan)) {
            return Error {
                Tr::tr("The series has %1 bars; windows of %2 bars with horizon %3 need at least "
                       "%4 bars (history %5 + lookback + horizon, for each of the three splits, "
                       "with at least %6 training, %7 validation and %8 test samples).")
                    .arg(barCount)
                    .arg(config.lookback)
                    .arg(config.horizon)
                    .arg(needed)
                    .arg(historyBars)
                    .arg(kMinTrainSamples)
                    .arg(kMinValidationSamples)
                    .arg(kMinTestSamples)
            };
        }
        set.train = plan.train;
        set.validation = plan.validation;
        set.test = plan.test;
        trainBars = size_t(plan.trainBars);
    } else if (const qint64 needed = FeatureSet::latestBarsNeeded(config); barCount < needed) {
        return Error { Tr::tr("Predicting needs the latest %1 bars (%2 bars of feature history + a "
                              "window of %3 − 1); "
                              "the series has %4.")
                           .arg(needed)
                           .arg(historyBars)
                           .arg(config.lookback)
                           .arg(barCount) };
    }

    const size_t n = bars.size();
    const size_t width = size_t(set.featureCount);
    const size_t firstRow = size_t(historyBars - 1);
    set.rowCount = int(n);
    set.lastClose.resize(n);
    set.targetClose.resize(n);
    set.times.resize(n);
    set.volatility.resize(n);
    const FeatureComputer computer(bars);
    for (size_t t = 0; t < n; ++t) {
        set.lastClose[t] = bars[t].close;
        set.volatility[t] = t >= size_t(FeatureSet::kVolatilityBars)
            ? computer.volatility(t, FeatureSet::kVolatilityBars)
            : kNaN;
        set.times[t] = bars[t].timeUtcMs;
        const size_t ahead = t + size_t(config.horizon);
        set.targetClose[t] = ahead < n ? bars[ahead].close : kNaN;
    }

    // Features: raw values of the training rows first, to fit the scaler on them alone; then
    // every row is computed again in double and scaled once, so no value is rounded to float
    // twice. Rows before the history is complete stay 0; no window reaches them.
    set.rows.assign(n * width, 0.0f);
    if (given.features) {
        set.featureScaler = *given.features;
    } else {
        for (size_t t = firstRow; t < trainBars; ++t) {
            float *row = set.rows.data() + t * width;
            for (size_t c = 0; c < width; ++c)
                row[c] = float(computer.value(columns[c], t));
        }
        set.featureScaler.fit(set.rows, set.featureCount, int(firstRow),
                              int(std::max(firstRow, trainBars)));
    }
    const std::vector<double> &mean = set.featureScaler.means();
    const std::vector<double> &sd = set.featureScaler.stds();
    for (size_t t = firstRow; t < n; ++t) {
        float *row = set.rows.data() + t * width;
        for (size_t c = 0; c < width; ++c)
            row[c] = float((computer.value(columns[c], t) - mean[c]) / sd[c]); // = transformValue
    }

    // Targets: the scaler sees only the training samples' targets (all inside training bars).
    set.targets.resize(n);
    if (given.target) {
        set.targetScaler = *given.target;
    } else {
        for (size_t t = 0; t < n; ++t)
            set.targets[t] = float(rawTarget(bars, t, config));
        set.targetScaler.fit(set.targets, 1, set.train.begin, set.train.end);
    }
    for (size_t t = 0; t < n; ++t) {
        const double raw = rawTarget(bars, t, config);
        set.targets[t]
            = std::isnan(raw) ? float(kNaN) : float(set.targetScaler.transformValue(raw));
    }
    return set;
}

} // namespace

qint64 FeatureSet::requiredBars(const FeatureConfig &config)
{
    return modeldeck::minimumBars(config.historyBars(), config);
}

qint64 FeatureSet::latestBarsNeeded(const FeatureConfig &config)
{
    return qint64(config.historyBars()) + config.lookback - 1;
}

double FeatureSet::toPrice(int row, double scaledOutput, int targetColumn) const
{
    if (row < 0 || size_t(row) >= lastClose.size() || targetColumn < 0
        || targetColumn >= targetScaler.columns())
        return kNaN;
    const double raw = targetScaler.inverse(scaledOutput, targetColumn);
    return config.logReturnTarget ? lastClose[size_t(row)] * std::exp(raw) : raw;
}

Result<FeatureSet> FeatureSet::build(std::span<const Bar> bars, const FeatureConfig &config)
{
    return assemble(bars, config, {}, true);
}

Result<FeatureSet> FeatureSet::build(std::span<const Bar> bars, const FeatureConfig &config,
                                     const Scaler &featureScaler, const Scaler &targetScaler)
{
    return assemble(bars, config, { &featureScaler, &targetScaler }, true);
}

Result<FeatureSet> FeatureSet::buildLatest(std::span<const Bar> bars, const FeatureConfig &config,
                                           const Scaler &featureScaler, const Scaler &targetScaler)
{
    return assemble(bars, config, { &featureScaler, &targetScaler }, false);
}

std::vector<float> FeatureSet::windowTable(SampleRange range) const
{
    const int lookback = config.lookback;
    const size_t width = size_t(lookback) * size_t(featureCount);
    std::vector<float> table;
    if (range.size() <= 0 || range.begin < lookback - 1 || range.end > rowCount)
        return table;
    table.resize(size_t(range.size()) * width);
    // A sample's window is rows [t − lookback + 1, t]: contiguous in `rows`, one copy each.
    for (int t = range.begin; t < range.end; ++t) {
        const auto first = rows.begin() + qsizetype(t - lookback + 1) * featureCount;
        std::copy(first, first + qsizetype(width),
                  table.begin() + qsizetype(t - range.begin) * qsizetype(width));
    }
    return table;
}

QStringList FeatureSet::windowColumnNames(const QStringList &names, int lookback)
{
    QStringList columns;
    for (int row = 0; row < lookback; ++row) {
        const int age = lookback - 1 - row;
        for (const QString &name : names)
            columns << (age == 0 ? name : QStringLiteral("%1@t-%2").arg(name).arg(age));
    }
    return columns;
}

} // namespace modeldeck
