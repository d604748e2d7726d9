// Tests for FeatureConfig, Scaler and FeatureSet: feature values checked by hand, the split
// boundaries (no window or target crosses into another split), scalers fit on training bars
// only (leakage), minimum-length errors and the JSON forms.

#include "features/FeatureSet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>
#include <random>
#include <vector>

using namespace modeldeck;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kStartMs = 1704067200000; // 2024-01-01T00:00:00Z

template<typename T>
QString errorText(const Result<T> &result)
{
    return result.ok() ? QStringLiteral("(no error)") : result.error().toString();
}

// Bar i has close = closeAt(i), open = close - 0.5, high = close + 1, low = close - 1 and
// volume = 100 + i, so every feature has a value that is easy to work out by hand.
template<typename CloseAt>
std::vector<Bar> makeBars(int count, CloseAt closeAt)
{
    std::vector<Bar> bars(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        Bar &bar = bars[size_t(i)];
        bar.timeUtcMs = kStartMs + i * kHourMs;
        bar.close = closeAt(i);
        bar.open = bar.close - 0.5;
        bar.high = bar.close + 1;
        bar.low = bar.close - 1;
        bar.volume = 100 + i;
    }
    return bars;
}

// close = 1, 2, 3, …: lag_k at row t is t - k + 2.
std::vector<Bar> risingBars(int count)
{
    return makeBars(count, [](int i) { return double(i + 1); });
}

// A reproducible random walk (mt19937's raw output is fixed by the standard; the
// distributions are not, so they are avoided).
std::vector<Bar> randomWalkBars(int count, quint32 seed = 7)
{
    std::mt19937 gen(seed);
    double price = 1000;
    std::vector<Bar> bars = makeBars(count, [](int) { return 0.0; });
    for (Bar &bar : bars) {
        price *= 1.0 + 0.02 * (double(gen()) / 4294967296.0 - 0.5);
        bar.close = price;
        bar.open = price * (1.0 + 0.004 * (double(gen()) / 4294967296.0 - 0.5));
        bar.high = std::max(bar.open, bar.close) * 1.002;
        bar.low = std::min(bar.open, bar.close) * 0.998;
        bar.volume = 1000 + double(gen() % 5000);
    }
    return bars;
}

// Most tests here pin the version-1 (price-level) contract that models saved before version 2
// still predict with; the version-2 tests build their own configurations with scaleFree().
FeatureConfig configWith(int horizon, int lookback)
{
    FeatureConfig config;
    config.version = FeatureConfig::kLegacyVersion;
    config.logReturnTarget = false;
    config.horizon = horizon;
    config.lookback = lookback;
    return config;
}

FeatureSet buildOrFail(const std::vector<Bar> &bars, const FeatureConfig &config)
{
    auto built = FeatureSet::build(bars, config);
    if (!built)
        qFatal("FeatureSet::build failed: %s", qPrintable(built.error().toString()));
    return std::move(built).value();
}

// The unscaled value of a feature at row t, recovered through the fitted scaler.
double rawFeature(const FeatureSet &set, int t, const QString &name)
{
    const int column = int(set.names.indexOf(name));
    if (column < 0)
        qFatal("no feature %s", qPrintable(name));
    return set.featureScaler.inverse(
        set.rows[size_t(t) * size_t(set.featureCount) + size_t(column)], column);
}

// Rows are float: a relative tolerance of 1e-5 is far above float rounding (6e-8) but far
// below any off-by-one bar (e.g. lag_1 = 31 vs 30).
bool near(double actual, double expected, double relative = 1e-5)
{
    return std::abs(actual - expected) <= relative * std::max(1.0, std::abs(expected));
}

#define COMPARE_NEAR(actual, expected)                                                             \
    do {                                                                                           \
        const double a_ = (actual), e_ = (expected);                                               \
        if (!near(a_, e_))                                                                         \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3")                                \
                                 .arg(QString::fromLatin1(#actual))                                \
                                 .arg(a_, 0, 'g', 12)                                              \
                                 .arg(e_, 0, 'g', 12)));                                           \
    } while (false)

struct HandStats
{
    double mean = 0;
    double std = 0;
};

// Population mean and std over values, written out plainly as the reference for the scaler.
HandStats stats(const std::vector<double> &values)
{
    HandStats s;
    for (double v : values)
        s.mean += v;
    s.mean /= double(values.size());
    for (double v : values)
        s.std += (v - s.mean) * (v - s.mean);
    s.std = std::sqrt(s.std / double(values.size()));
    return s;
}

} // namespace

class TestFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void featureNames_data();
    void featureNames();
    void featureValuesByHand();
    void longHorizonFeaturesByHand();
    void volumeRatioOfSilentBars();
    void targetsAndColumns();
    void splitRanges_data();
    void splitRanges();
    void scalersSeeTrainingBarsOnly();
    void tooShortSeries_data();
    void tooShortSeries();
    void tinyFractionNeedsTooManyBars();
    void logReturnTargetRoundTrip();
    void closeTargetRoundTrip();
    void samplesAreFinite();
    void badBars();
    void badConfig_data();
    void badConfig();
    void configJsonRoundTrip();
    void configJsonErrors_data();
    void configJsonErrors();
    void scalerFit();
    void scalerJson();
    void scalerJsonErrors_data();
    void scalerJsonErrors();
    // Version 2: scale-free features (FeatureConfig.cpp lists the definitions).
    void scaleFreeNames_data();
    void scaleFreeNames();
    void scaleFreeValuesByHand();
    void scaleFreeRowsIgnoreThePriceLevel();
    void savedConfigWithoutVersionIsLegacy();
    void hyperparameters();
    void flaggedBarsAreReadRepaired();
    void volatilityPerRow();
};

void TestFeatures::featureNames_data()
{
    QTest::addColumn<int>("horizon");
    QTest::addColumn<bool>("volume");
    QTest::addColumn<bool>("range");
    QTest::addColumn<QString>("names");
    QTest::addColumn<int>("historyBars");

    const QString base = QStringLiteral("lag_1 lag_2 lag_24 sma_10 price_change_1");
    const QString extras = QStringLiteral(" log_volume volume_ratio_10 hl_range oc_change");
    QTest::newRow("h1") << 1 << true << true << base + extras << 24;
    QTest::newRow("h23") << 23 << true << true << base + extras << 24;
    QTest::newRow("h24") << 24 << true << true
                         << base + QStringLiteral(" lag_48 sma_24 price_change_24") + extras << 48;
    QTest::newRow("h167") << 167 << false << false
                          << base + QStringLiteral(" lag_48 sma_24 price_change_24") << 48;
    QTest::newRow("h168") << 168 << true << true
                          << base + QStringLiteral(" lag_48 sma_24 price_change_24 lag_168 sma_168")
            + extras << 168;
    QTest::newRow("h1 no volume") << 1 << false << true
                                  << base + QStringLiteral(" hl_range oc_change") << 24;
    QTest::newRow("h1 no range") << 1 << true << false
                                 << base + QStringLiteral(" log_volume volume_ratio_10") << 24;
}

void TestFeatures::featureNames()
{
    QFETCH(int, horizon);
    QFETCH(bool, volume);
    QFETCH(bool, range);
    QFETCH(QString, names);
    QFETCH(int, historyBars);

    FeatureConfig config = configWith(horizon, 32);
    config.volumeFeatures = volume;
    config.rangeFeatures = range;
    QCOMPARE(config.featureNames(), names.split(QLatin1Char(' ')));
    QCOMPARE(config.historyBars(), historyBars);

    // The built set carries the same names, one column each.
    const FeatureSet set = buildOrFail(risingBars(3000), config);
    QCOMPARE(set.names, config.featureNames());
    QCOMPARE(set.featureCount, int(set.names.size()));
    QCOMPARE(set.rows.size(), size_t(set.rowCount) * size_t(set.featureCount));
}

void TestFeatures::featureValuesByHand()
{
    // 400 bars, close[i] = i + 1: training bars are 0..279.
    const FeatureSet set = buildOrFail(risingBars(400), configWith(1, 4));

    // Row 30 (a training row): close[30] = 31, volume[30] = 130.
    COMPARE_NEAR(rawFeature(set, 30, QStringLiteral("lag_1")), 31);
    COMPARE_NEAR(rawFeature(set, 30, QStringLiteral("lag_2")), 30);
    COMPARE_NEAR(rawFeature(set, 30, QStringLiteral("lag_24")), 8); // close[7]
    COMPARE_NEAR(rawFeature(set, 30, QStringLiteral("sma_10")), 26.5); // mean(22..31)
    COMPARE_NEAR(rawFeature(set, 30, QStringLiteral("price_change_1")), 31.0 / 30.0 - 1);
    COMPARE_NEAR(rawFeature(set, 30, QStringLiteral("log_volume")), std::log(131.0));
    COMPARE_NEAR(rawFeature(set, 30, QStringLiteral("volume_ratio_10")), 130.0 / 125.5);
    COMPARE_NEAR(rawFeature(set, 30, QStringLiteral("hl_range")), 2.0 / 31.0);
    COMPARE_NEAR(rawFeature(set, 30, QStringLiteral("oc_change")), 31.0 / 30.5 - 1);

    // Row 390 lies in the test split, scaled with the training statistics.
    COMPARE_NEAR(rawFeature(set, 390, QStringLiteral("lag_1")), 391);
    COMPARE_NEAR(rawFeature(set, 390, QStringLiteral("lag_24")), 368);
    COMPARE_NEAR(rawFeature(set, 390, QStringLiteral("sma_10")), 386.5);

    // The first usable row (history 24 → row 23) reaches exactly back to bar 0.
    COMPARE_NEAR(rawFeature(set, 23, QStringLiteral("lag_24")), 1);
    COMPARE_NEAR(rawFeature(set, 23, QStringLiteral("sma_10")), 19.5); // mean(15..24)
    // Rows before it are never part of a window and are left at 0.
    for (int t = 0; t < 23; ++t) {
        for (int c = 0; c < set.featureCount; ++c)
            QCOMPARE(set.rows[size_t(t * set.featureCount + c)], 0.0f);
    }
}

void TestFeatures::longHorizonFeaturesByHand()
{
    const FeatureSet set = buildOrFail(risingBars(1200), configWith(168, 1));
    QCOMPARE(set.config.historyBars(), 168);
    // Row 200: close[200] = 201.
    COMPARE_NEAR(rawFeature(set, 200, QStringLiteral("lag_48")), 154); // close[153]
    COMPARE_NEAR(rawFeature(set, 200, QStringLiteral("sma_24")), 189.5); // mean(178..201)
    COMPARE_NEAR(rawFeature(set, 200, QStringLiteral("price_change_24")), 201.0 / 177.0 - 1);
    COMPARE_NEAR(rawFeature(set, 200, QStringLiteral("lag_168")), 34); // close[33]
    COMPARE_NEAR(rawFeature(set, 200, QStringLiteral("sma_168")), 117.5); // mean(34..201)
    // First usable row 167: lag_168 is bar 0.
    COMPARE_NEAR(rawFeature(set, 167, QStringLiteral("lag_168")), 1);
    QCOMPARE(set.train.begin, 167);
}

void TestFeatures::volumeRatioOfSilentBars()
{
    // Volume 0 for bars 100..119: the ratio is defined as 0 rather than 0/0.
    std::vector<Bar> bars = risingBars(400);
    for (int i = 100; i < 120; ++i)
        bars[size_t(i)].volume = 0;
    const FeatureSet set = buildOrFail(bars, configWith(1, 4));
    COMPARE_NEAR(rawFeature(set, 115, QStringLiteral("volume_ratio_10")), 0);
    COMPARE_NEAR(rawFeature(set, 115, QStringLiteral("log_volume")), 0);
    // Row 121: volumes 0 × 8, 220, 221 → mean 44.1.
    COMPARE_NEAR(rawFeature(set, 121, QStringLiteral("volume_ratio_10")), 221.0 / 44.1);
}

void TestFeatures::targetsAndColumns()
{
    const std::vector<Bar> bars = risingBars(500);
    const FeatureSet set = buildOrFail(bars, configWith(3, 8));
    QCOMPARE(set.rowCount, 500);
    QCOMPARE(set.targets.size(), size_t(500));
    for (int t = 0; t < 500; ++t) {
        QCOMPARE(set.lastClose[size_t(t)], double(t + 1));
        QCOMPARE(set.times[size_t(t)], kStartMs + t * kHourMs);
        if (t + 3 < 500) {
            QCOMPARE(set.targetClose[size_t(t)], double(t + 4));
            COMPARE_NEAR(set.targetScaler.inverse(set.targets[size_t(t)]), t + 4);
        } else {
            QVERIFY(std::isnan(set.targetClose[size_t(t)]));
            QVERIFY(std::isnan(set.targets[size_t(t)]));
        }
    }
}

void TestFeatures::splitRanges_data()
{
    QTest::addColumn<int>("barCount");
    QTest::addColumn<int>("horizon");
    QTest::addColumn<int>("lookback");
    QTest::addColumn<double>("trainFraction");
    QTest::addColumn<double>("validationFraction");
    QTest::addColumn<int>("trainBars"); // worked out by hand
    QTest::addColumn<int>("validationBars");

    QTest::newRow("defaults") << 1000 << 1 << 32 << 0.70 << 0.15 << 700 << 150;
    QTest::newRow("lookback 1") << 1000 << 1 << 1 << 0.70 << 0.15 << 700 << 150;
    QTest::newRow("horizon 24") << 2000 << 24 << 32 << 0.60 << 0.20 << 1200 << 400;
    QTest::newRow("horizon 168") << 3000 << 168 << 16 << 0.70 << 0.15 << 2100 << 450;
    QTest::newRow("uneven") << 1001 << 5 << 10 << 0.70 << 0.15 << 700 << 150;
}

void TestFeatures::splitRanges()
{
    QFETCH(int, barCount);
    QFETCH(int, horizon);
    QFETCH(int, lookback);
    QFETCH(double, trainFraction);
    QFETCH(double, validationFraction);
    QFETCH(int, trainBars);
    QFETCH(int, validationBars);

    FeatureConfig config = configWith(horizon, lookback);
    config.trainFraction = trainFraction;
    config.validationFraction = validationFraction;
    const FeatureSet set = buildOrFail(randomWalkBars(barCount), config);
    const int history = config.historyBars();

    struct Split
    {
        const char *name;
        SampleRange range;
        int firstBar;
        int endBar;
    };
    const Split splits[] = {
        { "train", set.train, 0, trainBars },
        { "validation", set.validation, trainBars, trainBars + validationBars },
        { "test", set.test, trainBars + validationBars, barCount },
    };
    for (const Split &split : splits) {
        const QByteArray name(split.name);
        QVERIFY2(split.range.size() > 0, name);
        for (int t = split.range.begin; t < split.range.end; ++t) {
            const int windowStart = t - lookback + 1;
            QVERIFY2(windowStart >= split.firstBar, name); // no window reaches back a split
            QVERIFY2(windowStart >= history - 1, name); // every window row has features
            QVERIFY2(t + horizon < split.endBar, name); // no target reaches the next split
            QVERIFY2(std::isfinite(set.targetClose[size_t(t)]), name);
        }
        // The ranges are as large as those rules allow: no usable sample is dropped.
        QCOMPARE(split.range.begin, std::max(split.firstBar, history - 1) + lookback - 1);
        QCOMPARE(split.range.end, split.endBar - horizon);
    }
    QVERIFY(set.train.end <= set.validation.begin);
    QVERIFY(set.validation.end <= set.test.begin);
}

void TestFeatures::scalersSeeTrainingBarsOnly()
{
    // 1000 bars: training bars 0..699, history 24, lookback 8, horizon 1.
    const std::vector<Bar> bars = randomWalkBars(1000);
    const FeatureConfig config = configWith(1, 8);
    const FeatureSet set = buildOrFail(bars, config);
    QCOMPARE(set.train.begin, 30);
    QCOMPARE(set.train.end, 699);

    // By hand: feature statistics over rows 23..699 (the training bars with full history),
    // target statistics over the training samples' targets close[31..699].
    std::vector<double> lag1, logVolume, targets;
    for (int t = 23; t < 700; ++t) {
        lag1.push_back(bars[size_t(t)].close);
        logVolume.push_back(std::log1p(bars[size_t(t)].volume));
    }
    for (int t = 30; t < 699; ++t)
        targets.push_back(bars[size_t(t + 1)].close);
    const int lagColumn = int(set.names.indexOf(QStringLiteral("lag_1")));
    const int volumeColumn = int(set.names.indexOf(QStringLiteral("log_volume")));
    const HandStats lagStats = stats(lag1), volumeStats = stats(logVolume);
    const HandStats targetStats = stats(targets);
    COMPARE_NEAR(set.featureScaler.means()[size_t(lagColumn)], lagStats.mean);
    COMPARE_NEAR(set.featureScaler.stds()[size_t(lagColumn)], lagStats.std);
    COMPARE_NEAR(set.featureScaler.means()[size_t(volumeColumn)], volumeStats.mean);
    COMPARE_NEAR(set.featureScaler.stds()[size_t(volumeColumn)], volumeStats.std);
    COMPARE_NEAR(set.targetScaler.means()[0], targetStats.mean);
    COMPARE_NEAR(set.targetScaler.stds()[0], targetStats.std);

    // Make the validation and test bars absurd: neither scaler moves at all.
    std::vector<Bar> poisoned = bars;
    for (size_t i = 700; i < poisoned.size(); ++i) {
        Bar &bar = poisoned[i];
        bar.close *= 1e6;
        bar.open *= 1e3;
        bar.high *= 1e7;
        bar.volume = 1e12;
    }
    const FeatureSet leaked = buildOrFail(poisoned, config);
    QCOMPARE(leaked.featureScaler.means(), set.featureScaler.means());
    QCOMPARE(leaked.featureScaler.stds(), set.featureScaler.stds());
    QCOMPARE(leaked.targetScaler.means(), set.targetScaler.means());
    QCOMPARE(leaked.targetScaler.stds(), set.targetScaler.stds());
    // …while those rows are still transformed with the training statistics.
    QVERIFY(leaked.rows[size_t(800 * leaked.featureCount + lagColumn)] > 1000.0f);

    // The comparison can fail: the last training bar feeds both scalers.
    std::vector<Bar> lastTrainBarChanged = bars;
    lastTrainBarChanged[699].close *= 2;
    const FeatureSet changed = buildOrFail(lastTrainBarChanged, config);
    QVERIFY(changed.featureScaler.means() != set.featureScaler.means());
    QVERIFY(changed.targetScaler.means() != set.targetScaler.means());
}

void TestFeatures::tooShortSeries_data()
{
    QTest::addColumn<int>("horizon");
    QTest::addColumn<int>("lookback");
    QTest::addColumn<double>("trainFraction");
    QTest::addColumn<double>("validationFraction");
    QTest::addColumn<int>("needed");
    // With history H, window w = lookback - 1 + horizon and at least 10/2/2 samples:
    //   train      needs H + w + 9 bars ÷ train fraction
    //   validation needs     w + 2 bars ÷ validation fraction
    //   test       needs     w + 2 bars ÷ test fraction
    // H 24, w 32, 0.7/0.15/0.15: max(65/0.7, 34/0.15, 34/0.15) = 226.7 → 227 (test, validation)
    // H 24, w 64, 0.7/0.15/0.15: max(97/0.7, 66/0.15, 66/0.15) = 440
    // H 24, w 32, 0.7/0.10/0.20: max(65/0.7, 34/0.10, 34/0.20) = 340 (validation)
    // H 168, w 168, 0.5/0.25/0.25: max(345/0.5, 170/0.25, 170/0.25) = 690 (train)
    QTest::newRow("lookback 32") << 1 << 32 << 0.70 << 0.15 << 227;
    QTest::newRow("lookback 64") << 1 << 64 << 0.70 << 0.15 << 440;
    QTest::newRow("small validation") << 1 << 32 << 0.70 << 0.10 << 340;
    QTest::newRow("horizon 168") << 168 << 1 << 0.50 << 0.25 << 690;
}

void TestFeatures::tooShortSeries()
{
    QFETCH(int, horizon);
    QFETCH(int, lookback);
    QFETCH(double, trainFraction);
    QFETCH(double, validationFraction);
    QFETCH(int, needed);
    FeatureConfig config = configWith(horizon, lookback);
    config.trainFraction = trainFraction;
    config.validationFraction = validationFraction;

    for (int have : { needed - 1, 100 }) {
        const auto built = FeatureSet::build(randomWalkBars(have), config);
        QVERIFY(!built.ok());
        const QString message = built.error().message;
        QVERIFY2(message.contains(QStringLiteral("has %1 bars").arg(have)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("at least %1 bars").arg(needed)),
                 qPrintable(message));
    }
    // Exactly the stated number is enough, and one split is then at its minimum.
    const auto built = FeatureSet::build(randomWalkBars(needed), config);
    QVERIFY2(built.ok(), qPrintable(errorText(built)));
    QVERIFY(built->train.size() >= 10);
    QVERIFY(built->validation.size() >= 2);
    QVERIFY(built->test.size() >= 2);
    QVERIFY(built->train.size() == 10 || built->validation.size() == 2 || built->test.size() == 2);
}

void TestFeatures::tinyFractionNeedsTooManyBars()
{
    // Valid settings that no series can satisfy: refused with a count, not an overflow.
    FeatureConfig config = configWith(1, 32);
    config.validationFraction = 1e-12;
    const auto built = FeatureSet::build(randomWalkBars(5000), config);
    QVERIFY(!built.ok());
    QVERIFY2(built.error().message.contains(QStringLiteral("at least 2147483648 bars")),
             qPrintable(errorText(built)));
}

void TestFeatures::logReturnTargetRoundTrip()
{
    const std::vector<Bar> bars = randomWalkBars(800);
    FeatureConfig config = configWith(5, 16);
    config.logReturnTarget = true;
    const FeatureSet set = buildOrFail(bars, config);

    for (int t = 0; t + 5 < 800; ++t) {
        const double logReturn = std::log(bars[size_t(t + 5)].close / bars[size_t(t)].close);
        QVERIFY(std::abs(set.targetScaler.inverse(set.targets[size_t(t)]) - logReturn) < 1e-6);
        COMPARE_NEAR(set.toPrice(t, set.targets[size_t(t)]), bars[size_t(t + 5)].close);
    }
    // A zero log return predicts the last close.
    const double zero = set.targetScaler.transformValue(0.0);
    COMPARE_NEAR(set.toPrice(400, zero), bars[400].close);
    QVERIFY(std::isnan(set.toPrice(800, zero)));
    QVERIFY(std::isnan(set.toPrice(-1, zero)));
}

void TestFeatures::closeTargetRoundTrip()
{
    const std::vector<Bar> bars = randomWalkBars(800);
    const FeatureSet set = buildOrFail(bars, configWith(2, 16));
    for (int t = set.test.begin; t < set.test.end; ++t)
        COMPARE_NEAR(set.toPrice(t, set.targets[size_t(t)]), bars[size_t(t + 2)].close);
    // Scaled targets of the training samples are standardised.
    double sum = 0;
    for (int t = set.train.begin; t < set.train.end; ++t)
        sum += set.targets[size_t(t)];
    QVERIFY(std::abs(sum / set.train.size()) < 1e-4);
}

void TestFeatures::samplesAreFinite()
{
    const FeatureSet set = buildOrFail(randomWalkBars(5000, 11), configWith(24, 48));
    for (const SampleRange &range : { set.train, set.validation, set.test }) {
        for (int t = range.begin; t < range.end; ++t) {
            QVERIFY(std::isfinite(set.targets[size_t(t)]));
            for (int r = t - 47; r <= t; ++r) {
                for (int c = 0; c < set.featureCount; ++c)
                    QVERIFY(std::isfinite(set.rows[size_t(r * set.featureCount + c)]));
            }
        }
    }
}

void TestFeatures::badBars()
{
    const FeatureConfig config = configWith(1, 8);
    const std::vector<Bar> good = randomWalkBars(600);
    QVERIFY2(FeatureSet::build(good, config).ok(), "the unmodified series must build");

    std::vector<Bar> unsorted = good;
    std::swap(unsorted[300].timeUtcMs, unsorted[301].timeUtcMs);
    auto built = FeatureSet::build(unsorted, config);
    QVERIFY(!built.ok());
    QVERIFY2(built.error().message.contains(QStringLiteral("time order")),
             qPrintable(errorText(built)));
    QVERIFY2(built.error().message.contains(QStringLiteral("bar 302")),
             qPrintable(errorText(built)));

    std::vector<Bar> duplicated = good;
    duplicated[301].timeUtcMs = duplicated[300].timeUtcMs;
    QVERIFY(!FeatureSet::build(duplicated, config).ok());

    for (double close : { 0.0, -5.0, std::nan("") }) {
        std::vector<Bar> bad = good;
        bad[10].close = close;
        built = FeatureSet::build(bad, config);
        QVERIFY(!built.ok());
        QVERIFY2(built.error().message.contains(QStringLiteral("bar 11 (2024-01-01T10:00:00Z)")),
                 qPrintable(errorText(built)));
    }

    std::vector<Bar> negativeVolume = good;
    negativeVolume[20].volume = -1;
    built = FeatureSet::build(negativeVolume, config);
    QVERIFY(!built.ok());
    QVERIFY2(built.error().message.contains(QStringLiteral("volume")),
             qPrintable(errorText(built)));
    FeatureConfig withoutVolume = config;
    withoutVolume.volumeFeatures = false;
    QVERIFY(FeatureSet::build(negativeVolume, withoutVolume).ok());

    std::vector<Bar> zeroOpen = good;
    zeroOpen[20].open = 0;
    QVERIFY(!FeatureSet::build(zeroOpen, config).ok());
    FeatureConfig withoutRange = config;
    withoutRange.rangeFeatures = false;
    QVERIFY(FeatureSet::build(zeroOpen, withoutRange).ok());
}

void TestFeatures::badConfig_data()
{
    QTest::addColumn<int>("horizon");
    QTest::addColumn<int>("lookback");
    QTest::addColumn<double>("trainFraction");
    QTest::addColumn<double>("validationFraction");
    QTest::addColumn<QString>("key");

    QTest::newRow("horizon 0") << 0 << 8 << 0.7 << 0.15 << QStringLiteral("horizon");
    QTest::newRow("horizon 10001") << 10001 << 8 << 0.7 << 0.15 << QStringLiteral("horizon");
    QTest::newRow("lookback 0") << 1 << 0 << 0.7 << 0.15 << QStringLiteral("lookback");
    QTest::newRow("lookback 4097") << 1 << 4097 << 0.7 << 0.15 << QStringLiteral("lookback");
    QTest::newRow("train 0") << 1 << 8 << 0.0 << 0.15 << QStringLiteral("train_fraction");
    QTest::newRow("validation 1") << 1 << 8 << 0.5 << 1.0 << QStringLiteral("validation_fraction");
    QTest::newRow("no test bars") << 1 << 8 << 0.8 << 0.2 << QStringLiteral("train_fraction");
    QTest::newRow("train NaN") << 1 << 8 << std::nan("") << 0.15
                               << QStringLiteral("train_fraction");
}

void TestFeatures::badConfig()
{
    QFETCH(int, horizon);
    QFETCH(int, lookback);
    QFETCH(double, trainFraction);
    QFETCH(double, validationFraction);
    QFETCH(QString, key);

    FeatureConfig config = configWith(horizon, lookback);
    config.trainFraction = trainFraction;
    config.validationFraction = validationFraction;
    const auto built = FeatureSet::build(randomWalkBars(2000), config);
    QVERIFY(!built.ok());
    QVERIFY2(built.error().message.contains(QLatin1Char('"') + key + QLatin1Char('"')),
             qPrintable(errorText(built)));
}

void TestFeatures::configJsonRoundTrip()
{
    FeatureConfig config = configWith(24, 96);
    config.logReturnTarget = true;
    config.lookback = 96;
    config.volumeFeatures = false;
    config.rangeFeatures = false;
    config.trainFraction = 0.6;
    config.validationFraction = 0.25;

    const QJsonObject json = config.toJson();
    QCOMPARE(json.keys(),
             (QStringList { QStringLiteral("horizon"), QStringLiteral("log_return_target"),
                            QStringLiteral("lookback"), QStringLiteral("range_features"),
                            QStringLiteral("train_fraction"), QStringLiteral("validation_fraction"),
                            QStringLiteral("version"), QStringLiteral("volume_features") }));
    // Through text, as it is stored in the training record.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    const auto parsed = FeatureConfig::fromJson(reread);
    QVERIFY2(parsed.ok(), qPrintable(errorText(parsed)));
    QCOMPARE(parsed->horizon, 24);
    QCOMPARE(parsed->logReturnTarget, true);
    QCOMPARE(parsed->lookback, 96);
    QCOMPARE(parsed->volumeFeatures, false);
    QCOMPARE(parsed->rangeFeatures, false);
    QCOMPARE(parsed->trainFraction, 0.6);
    QCOMPARE(parsed->validationFraction, 0.25);
    QCOMPARE(parsed->featureNames(), config.featureNames());

    // Missing keys keep their defaults.
    const auto defaults = FeatureConfig::fromJson(QJsonObject { { QStringLiteral("horizon"), 5 } });
    QVERIFY2(defaults.ok(), qPrintable(errorText(defaults)));
    QCOMPARE(defaults->horizon, 5);
    QCOMPARE(defaults->lookback, FeatureConfig {}.lookback);
    QCOMPARE(defaults->trainFraction, FeatureConfig {}.trainFraction);
}

void TestFeatures::configJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");

    QTest::newRow("unknown key") << QByteArray(R"({"horizont": 5})") << QStringLiteral("horizont");
    QTest::newRow("horizon 0") << QByteArray(R"({"horizon": 0})") << QStringLiteral("horizon");
    QTest::newRow("horizon 10001")
        << QByteArray(R"({"horizon": 10001})") << QStringLiteral("horizon");
    QTest::newRow("horizon 1.5") << QByteArray(R"({"horizon": 1.5})") << QStringLiteral("horizon");
    QTest::newRow("horizon huge") << QByteArray(R"({"horizon": 1e300})")
                                  << QStringLiteral("horizon");
    QTest::newRow("horizon text") << QByteArray(R"({"horizon": "5"})") << QStringLiteral("horizon");
    QTest::newRow("lookback 0") << QByteArray(R"({"lookback": 0})") << QStringLiteral("lookback");
    QTest::newRow("lookback 4097")
        << QByteArray(R"({"lookback": 4097})") << QStringLiteral("lookback");
    QTest::newRow("log_return_target 1")
        << QByteArray(R"({"log_return_target": 1})") << QStringLiteral("log_return_target");
    QTest::newRow("volume_features text")
        << QByteArray(R"({"volume_features": "yes"})") << QStringLiteral("volume_features");
    QTest::newRow("range_features null")
        << QByteArray(R"({"range_features": null})") << QStringLiteral("range_features");
    QTest::newRow("train_fraction 1")
        << QByteArray(R"({"train_fraction": 1})") << QStringLiteral("train_fraction");
    QTest::newRow("train_fraction -0.1")
        << QByteArray(R"({"train_fraction": -0.1})") << QStringLiteral("train_fraction");
    QTest::newRow("validation_fraction 0")
        << QByteArray(R"({"validation_fraction": 0})") << QStringLiteral("validation_fraction");
    QTest::newRow("fractions sum to 1")
        << QByteArray(R"({"train_fraction": 0.8, "validation_fraction": 0.2})")
        << QStringLiteral("validation_fraction");
}

void TestFeatures::configJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
    const auto parsed = FeatureConfig::fromJson(doc.object());
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(QLatin1Char('"') + key + QLatin1Char('"')),
             qPrintable(errorText(parsed)));
}

void TestFeatures::scalerFit()
{
    // 4 rows × 2 columns; the fit uses rows 1..2 only.
    const std::vector<float> rows { 100, 7, 1, 5, 3, 5, -100, 7 };
    Scaler scaler;
    scaler.fit(rows, 2, 1, 3);
    QCOMPARE(scaler.columns(), 2);
    QCOMPARE(scaler.means(), (std::vector<double> { 2, 5 }));
    // Column 0: values 1 and 3 → population std 1. Column 1 is constant → std 1, not 0.
    QCOMPARE(scaler.stds(), (std::vector<double> { 1, 1 }));
    QCOMPARE(scaler.transformValue(3, 0), 1.0);
    QCOMPARE(scaler.transformValue(5, 1), 0.0);
    QCOMPARE(scaler.inverse(-2, 0), 0.0);

    std::vector<float> transformed = rows;
    scaler.transform(transformed);
    QCOMPARE(transformed, (std::vector<float> { 98, 2, -1, 0, 1, 0, -102, 2 }));

    // A spread column gets its std.
    const std::vector<float> single { 2, 4, 4, 4, 5, 5, 7, 9 };
    Scaler spread;
    spread.fit(single, 1, 0, 8);
    QCOMPARE(spread.means()[0], 5.0);
    QCOMPARE(spread.stds()[0], 2.0);
}

void TestFeatures::scalerJson()
{
    const std::vector<float> rows { 1, 10, 2, 20, 4, 50 };
    Scaler scaler;
    scaler.fit(rows, 2, 0, 3);
    const QJsonObject json = scaler.toJson();
    QCOMPARE(json.keys(), (QStringList { QStringLiteral("mean"), QStringLiteral("std") }));
    QCOMPARE(json.value(QStringLiteral("mean")).toArray().size(), 2);

    Scaler restored;
    QVERIFY(
        Scaler::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), restored));
    QCOMPARE(restored.means(), scaler.means());
    QCOMPARE(restored.stds(), scaler.stds());
}

void TestFeatures::scalerJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("sizes differ") << QByteArray(R"({"mean":[1,2],"std":[1]})");
    QTest::newRow("std zero") << QByteArray(R"({"mean":[1],"std":[0]})");
    QTest::newRow("std negative") << QByteArray(R"({"mean":[1],"std":[-2]})");
    QTest::newRow("text value") << QByteArray(R"({"mean":["1"],"std":[1]})");
    QTest::newRow("null value") << QByteArray(R"({"mean":[null],"std":[1]})");
    QTest::newRow("no std") << QByteArray(R"({"mean":[1]})");
    QTest::newRow("not arrays") << QByteArray(R"({"mean":1,"std":1})");
    QTest::newRow("extra key") << QByteArray(R"({"mean":[1],"std":[1],"min":[0]})");
}

void TestFeatures::scalerJsonErrors()
{
    QFETCH(QByteArray, json);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY(doc.isObject());
    Scaler scaler;
    scaler.fit(std::vector<float> { 1, 3 }, 1, 0, 2);
    QVERIFY(!Scaler::fromJson(doc.object(), scaler));
    // A failed read leaves the scaler as it was.
    QCOMPARE(scaler.means(), (std::vector<double> { 2 }));
    QCOMPARE(scaler.stds(), (std::vector<double> { 1 }));
}

namespace {

FeatureConfig scaleFree(int horizon, int lookback)
{
    FeatureConfig config;
    config.horizon = horizon;
    config.lookback = lookback;
    return config;
}

} // namespace

void TestFeatures::scaleFreeNames_data()
{
    QTest::addColumn<int>("horizon");
    QTest::addColumn<QStringList>("off");
    QTest::addColumn<bool>("priceLevels");
    QTest::addColumn<QString>("names");
    QTest::addColumn<int>("historyBars");

    const QString base = QStringLiteral("log_return_1 log_return_5 log_return_20");
    QTest::newRow("default")
        << 1 << QStringList {} << false
        << base
            + QStringLiteral(
                " close_sma_10 close_sma_50 volatility_20 volume_log_ratio_20 hl_range oc_change")
        << 50;
    QTest::newRow("returns only") << 1
                                  << QStringList { u"trend"_s, u"volatility"_s, u"volume"_s,
                                                   u"range"_s }
                                  << false << base << 21;
    QTest::newRow("with price levels")
        << 1 << QStringList { u"trend"_s, u"volatility"_s, u"volume"_s, u"range"_s } << true
        << base + QStringLiteral(" lag_1 lag_2 lag_24 sma_10") << 24;
    QTest::newRow("h24") << 24 << QStringList { u"volatility"_s, u"volume"_s, u"range"_s } << false
                         << base
            + QStringLiteral(" close_sma_10 close_sma_50 log_return_24 close_sma_24")
                         << 50;
    QTest::newRow("h168") << 168 << QStringList { u"volatility"_s, u"volume"_s, u"range"_s }
                          << false
                          << base
            + QStringLiteral(" close_sma_10 close_sma_50 log_return_24 close_sma_24 log_return_168 "
                             "close_sma_168")
                          << 169;
}

void TestFeatures::scaleFreeNames()
{
    QFETCH(int, horizon);
    QFETCH(QStringList, off);
    QFETCH(bool, priceLevels);
    QFETCH(QString, names);
    QFETCH(int, historyBars);

    FeatureConfig config = scaleFree(horizon, 8);
    QCOMPARE(config.version, FeatureConfig::kCurrentVersion);
    QVERIFY(config.logReturnTarget);
    config.trendFeatures = !off.contains(u"trend"_s);
    config.volatilityFeatures = !off.contains(u"volatility"_s);
    config.volumeFeatures = !off.contains(u"volume"_s);
    config.rangeFeatures = !off.contains(u"range"_s);
    config.priceLevelFeatures = priceLevels;
    QCOMPARE(config.featureNames().join(u' '), names);
    QCOMPARE(config.historyBars(), historyBars);
    const FeatureSet set = buildOrFail(randomWalkBars(3000), config);
    QCOMPARE(set.names, config.featureNames());
}

void TestFeatures::scaleFreeValuesByHand()
{
    // close = 1, 2, 3, …, volume 100 + i, open close − 0.5, high/low ±1.
    const std::vector<Bar> bars = risingBars(600);
    const FeatureSet set = buildOrFail(bars, scaleFree(1, 4));
    const int t = 300; // close 301
    COMPARE_NEAR(rawFeature(set, t, u"log_return_1"_s), std::log(301.0 / 300.0));
    COMPARE_NEAR(rawFeature(set, t, u"log_return_5"_s), std::log(301.0 / 296.0));
    COMPARE_NEAR(rawFeature(set, t, u"log_return_20"_s), std::log(301.0 / 281.0));
    COMPARE_NEAR(rawFeature(set, t, u"close_sma_10"_s), 301.0 / 296.5 - 1); // mean of 292..301
    COMPARE_NEAR(rawFeature(set, t, u"close_sma_50"_s), 301.0 / 276.5 - 1); // mean of 252..301
    double squares = 0;
    for (int i = t - 19; i <= t; ++i)
        squares += std::pow(std::log(double(i + 1) / double(i)), 2);
    COMPARE_NEAR(rawFeature(set, t, u"volatility_20"_s), std::sqrt(squares / 20));
    // Volumes 100 + i: bar 300 has 400, the last 20 average 390.5.
    COMPARE_NEAR(rawFeature(set, t, u"volume_log_ratio_20"_s), std::log(401.0 / 391.5));
    COMPARE_NEAR(rawFeature(set, t, u"hl_range"_s), 2.0 / 301.0);
    COMPARE_NEAR(rawFeature(set, t, u"oc_change"_s), 301.0 / 300.5 - 1);
    // The default target is the log return over the horizon.
    COMPARE_NEAR(set.targetScaler.inverse(set.targets[size_t(t)], 0), std::log(302.0 / 301.0));
}

void TestFeatures::scaleFreeRowsIgnoreThePriceLevel()
{
    // The same walk at three times the price: every version-2 feature and the target are the
    // same numbers, which is what lets a model trained at one level predict at another.
    const std::vector<Bar> bars = randomWalkBars(800, 3);
    std::vector<Bar> tripled = bars;
    for (Bar &b : tripled) {
        b.open *= 3;
        b.high *= 3;
        b.low *= 3;
        b.close *= 3;
    }
    const FeatureSet a = buildOrFail(bars, scaleFree(1, 8));
    const FeatureSet b = buildOrFail(tripled, scaleFree(1, 8));
    QCOMPARE(a.rows.size(), b.rows.size());
    for (size_t i = 0; i < a.rows.size(); ++i)
        QVERIFY2(std::abs(a.rows[i] - b.rows[i]) < 1e-4, qPrintable(QString::number(i)));
    for (size_t i = 0; i < a.targets.size(); ++i)
        QVERIFY(std::isnan(a.targets[i]) ? std::isnan(b.targets[i])
                                         : std::abs(a.targets[i] - b.targets[i]) < 1e-4);
    // The price-level (version-1) features do not have this property.
    const FeatureSet legacyA = buildOrFail(bars, configWith(1, 8));
    const FeatureSet legacyB = buildOrFail(tripled, configWith(1, 8));
    QVERIFY(!near(rawFeature(legacyA, 400, u"lag_1"_s), rawFeature(legacyB, 400, u"lag_1"_s)));
}

void TestFeatures::savedConfigWithoutVersionIsLegacy()
{
    // What a model saved before version 2 has in its record: no "version" key.
    const QJsonObject saved { { u"horizon"_s, 1 },           { u"log_return_target"_s, false },
                              { u"lookback"_s, 32 },         { u"range_features"_s, true },
                              { u"train_fraction"_s, 0.7 },  { u"validation_fraction"_s, 0.15 },
                              { u"volume_features"_s, true } };
    const auto parsed = FeatureConfig::fromJson(saved);
    QVERIFY2(parsed.ok(), qPrintable(errorText(parsed)));
    QCOMPARE(parsed->version, FeatureConfig::kLegacyVersion);
    QCOMPARE(parsed->featureNames().first(), QStringLiteral("lag_1"));
    QCOMPARE(parsed->historyBars(), 24);
    // A version-2 configuration writes its version and reads back the same.
    const auto current = FeatureConfig::fromJson(scaleFree(1, 32).toJson());
    QVERIFY2(current.ok(), qPrintable(errorText(current)));
    QCOMPARE(current->version, 2);
    QCOMPARE(current->featureNames(), scaleFree(1, 32).featureNames());
    QVERIFY(current->logReturnTarget);
    // Versions this build does not know are refused, not guessed at.
    QVERIFY(!FeatureConfig::fromJson(QJsonObject { { u"version"_s, 3 } }).ok());
}

void TestFeatures::hyperparameters()
{
    const FeatureConfig defaults;
    auto set = defaults.withHyperparameters(QJsonObject { { u"target"_s, u"price"_s },
                                                          { u"volume_features"_s, false },
                                                          { u"epochs"_s, 5 },
                                                          { u"price_level_features"_s, true } });
    QVERIFY2(set.ok(), qPrintable(errorText(set)));
    QVERIFY(!set->logReturnTarget);
    QVERIFY(!set->volumeFeatures);
    QVERIFY(set->priceLevelFeatures);
    QVERIFY(set->featureNames().contains(u"lag_1"_s));
    auto badTarget = defaults.withHyperparameters(QJsonObject { { u"target"_s, u"close"_s } });
    QVERIFY(!badTarget.ok());
    QVERIFY2(badTarget.error().message.contains(u"\"target\""_s), qPrintable(errorText(badTarget)));
    auto badGroup = defaults.withHyperparameters(QJsonObject { { u"trend_features"_s, u"no"_s } });
    QVERIFY(!badGroup.ok());
    QVERIFY2(badGroup.error().message.contains(u"\"trend_features\""_s),
             qPrintable(errorText(badGroup)));
}

void TestFeatures::flaggedBarsAreReadRepaired()
{
    // Yahoo's adjusted history: an open far outside the low–high range. Unflagged it is refused
    // (range features need a consistent bar); flagged by an import that kept it, the features
    // read the bar's envelope instead and the series trains.
    std::vector<Bar> bars = randomWalkBars(600, 5);
    Bar &odd = bars[300];
    odd.open = odd.high * 1.5;
    odd.volume = -5;
    const FeatureConfig config = scaleFree(1, 8);
    const auto refused = FeatureSet::build(bars, config);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"bar 301"_s), qPrintable(errorText(refused)));

    odd.flags |= BarFlagInvalid;
    const FeatureSet set = buildOrFail(bars, config);
    COMPARE_NEAR(rawFeature(set, 300, u"hl_range"_s), (odd.open - odd.low) / odd.close);
    COMPARE_NEAR(rawFeature(set, 300, u"oc_change"_s), odd.close / odd.open - 1);
    double volumes = 0; // the flagged bar's negative volume reads as 0
    for (int i = 281; i < 300; ++i)
        volumes += bars[size_t(i)].volume;
    COMPARE_NEAR(rawFeature(set, 300, u"volume_log_ratio_20"_s),
                 std::log(1.0 / (volumes / 20 + 1)));
    for (float v : set.rows)
        QVERIFY(std::isfinite(v));
    // A flagged bar still needs a positive close: it is the series being forecast.
    odd.close = 0;
    QVERIFY(!FeatureSet::build(bars, config).ok());
}

void TestFeatures::volatilityPerRow()
{
    const std::vector<Bar> bars = randomWalkBars(200, 9);
    const FeatureSet set = buildOrFail(bars, scaleFree(1, 8));
    QVERIFY(std::isnan(set.volatility[19]));
    double squares = 0;
    for (int i = 81; i <= 100; ++i)
        squares += std::pow(std::log(bars[size_t(i)].close / bars[size_t(i - 1)].close), 2);
    COMPARE_NEAR(set.volatility[100], std::sqrt(squares / 20));
}

QTEST_GUILESS_MAIN(TestFeatures)
#include "tst_features.moc"
