// Walk-forward validation: fold plans for expanding and sliding windows, no fold reading a bar
// after its test window (asserted by index on the features each fold trains on), pooled
// metrics, and the naive baseline scored on exactly the fold's test bars.

#include "SyntheticSeries.h"
#include "features/FeatureSet.h"
#include "search/WalkForward.h"
#include "training/TorchRuntime.h"
#include "training/TrainingSettings.h"

#include <QJsonArray>
#include <QTest>
#include <cmath>

using namespace modeldeck;

class TestWalkForward : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TorchRuntime::initialize(1); }

    void parsesAndRefusesSpecs()
    {
        auto spec = WalkForwardSpec::parse(QStringLiteral("300, 50,25,sliding"));
        QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().message));
        QCOMPARE(spec->trainBars, 300);
        QCOMPARE(spec->testBars, 50);
        QCOMPARE(spec->stepBars, 25);
        QVERIFY(spec->window == WalkForwardSpec::Window::Sliding);
        auto again = WalkForwardSpec::fromJson(spec->toJson());
        QVERIFY(again);
        QCOMPARE(again->toJson(), spec->toJson());
        for (const char *bad : { "300,50", "300,50,0", "a,b,c", "300,-5,5", "300,50,5,diagonal",
                                 "1,2,3,4,5", "300,50.5,5", "99999999999,1,1" }) {
            QVERIFY2(!WalkForwardSpec::parse(QString::fromLatin1(bad)), bad);
        }
        QVERIFY(!WalkForwardSpec::fromJson({ { QStringLiteral("train"), 10 } }));
        QVERIFY(!WalkForwardSpec::fromJson({ { QStringLiteral("train"), 10 },
                                             { QStringLiteral("test"), 5 },
                                             { QStringLiteral("step"), 5 },
                                             { QStringLiteral("extra"), 1 } }));
    }

    void plansExpandingAndSlidingFolds()
    {
        WalkForwardSpec spec;
        spec.trainBars = 50;
        spec.testBars = 10;
        spec.stepBars = 10;
        auto folds = planWalkForward(100, spec);
        QVERIFY(folds);
        QCOMPARE(folds->size(), size_t(5));
        for (const WalkForwardFold &f : *folds) {
            QCOMPARE(f.trainBegin, qint64(0));
            QCOMPARE(f.testBegin, qint64(50 + 10 * f.index));
            QCOMPARE(f.testEnd, f.testBegin + 10);
            QVERIFY(f.testEnd <= 100);
        }
        spec.window = WalkForwardSpec::Window::Sliding;
        folds = planWalkForward(95, spec);
        QVERIFY(folds);
        QCOMPARE(folds->size(), size_t(4)); // a fifth would end at 100 > 95
        for (const WalkForwardFold &f : *folds)
            QCOMPARE(f.testBegin - f.trainBegin, qint64(50));

        QVERIFY(!planWalkForward(59, spec)); // not one fold fits
        spec.stepBars = 1;
        spec.trainBars = 10;
        spec.testBars = 1;
        QVERIFY(!planWalkForward(100000, spec)); // more than kMaxFolds training runs
    }

    // The features of every fold, built exactly as the validator builds them: each sample's
    // window and target lie before the fold's test end, training and validation targets lie
    // before its test window, and test samples start inside it.
    void foldsNeverReadPastTheirTestWindow()
    {
        const auto bars = test::syntheticSeries(test::Synthetic::Ar1Returns, 900);
        auto settings = TrainingSettings::fromParams(QStringLiteral("lstm_bot"),
                                                     { { QStringLiteral("lookback"), 8 } }, 3);
        QVERIFY(settings);
        FeatureConfig base = settings->features;
        base.lookback = settings->model.lookback;
        for (const auto window :
             { WalkForwardSpec::Window::Expanding, WalkForwardSpec::Window::Sliding }) {
            WalkForwardSpec spec;
            spec.window = window;
            spec.trainBars = 400;
            spec.testBars = 100;
            spec.stepBars = 150;
            auto folds = planWalkForward(qint64(bars.size()), spec);
            QVERIFY(folds);
            QCOMPARE(folds->size(),
                     size_t(3)); // tests at 400, 550, 700; one at 850 would end past 900
            for (const WalkForwardFold &fold : *folds) {
                auto config = foldFeatures(base, fold);
                QVERIFY(config);
                const auto slice = std::span(bars).subspan(size_t(fold.trainBegin),
                                                           size_t(fold.testEnd - fold.trainBegin));
                auto fs = FeatureSet::build(slice, *config);
                QVERIFY2(fs, qPrintable(fs ? QString() : fs.error().message));
                const qint64 offset = fold.trainBegin;
                const int h = config->horizon;
                QCOMPARE(fs->times.back(), bars[size_t(fold.testEnd - 1)].timeUtcMs);
                QVERIFY(fs->train.size() > 0 && fs->validation.size() > 0 && fs->test.size() > 0);
                QVERIFY(offset + fs->train.end - 1 + h < fold.testBegin);
                QVERIFY(offset + fs->validation.end - 1 + h < fold.testBegin);
                QVERIFY(offset + fs->validation.begin > offset + fs->train.end - 1);
                QVERIFY(offset + fs->test.begin - (config->lookback - 1) >= fold.testBegin);
                QVERIFY(offset + fs->test.end - 1 + h < fold.testEnd);
                // The targets of the last test sample are the fold's last bars, not beyond.
                const int last = fs->test.end - 1;
                QCOMPARE(fs->targetClose[size_t(last)], bars[size_t(offset + last + h)].close);
            }
        }
    }

    void poolsFoldMetricsBySampleCount()
    {
        WalkForwardResult result;
        FoldResult a;
        a.metrics.count = 10;
        a.metrics.rmse = 1.0;
        a.metrics.naiveRmse = 2.0;
        a.metrics.mae = 1.0;
        a.coverage95 = 0.9;
        FoldResult b;
        b.metrics.count = 30;
        b.metrics.rmse = 3.0;
        b.metrics.naiveRmse = 2.0;
        b.metrics.mae = 2.0;
        b.coverage95 = 1.0;
        result.folds = { a, b };
        result.aggregate();
        QCOMPARE(result.samples, 40);
        QVERIFY(qFuzzyCompare(result.rmse, std::sqrt((10 * 1.0 + 30 * 9.0) / 40)));
        QVERIFY(qFuzzyCompare(result.naiveRmse, 2.0));
        QVERIFY(qFuzzyCompare(result.skill, 1.0 - result.rmse / 2.0));
        QVERIFY(qFuzzyCompare(result.mae, 1.75));
        QVERIFY(result.coverage95 && qFuzzyCompare(*result.coverage95, 0.975));
    }

    // Trains every fold; the naive RMSE each fold reports is persistence on exactly the
    // fold's test bars, recomputed here from the bars themselves.
    void validatesEachFoldAgainstNaiveOnTheSameBars()
    {
        const auto bars = test::syntheticSeries(test::Synthetic::Ar1Returns, 700);
        auto settings = TrainingSettings::fromParams(
            QStringLiteral("linear_bot"),
            { { QStringLiteral("epochs"), 3 }, { QStringLiteral("lookback"), 4 } });
        QVERIFY(settings);
        FeatureConfig features = settings->features;
        features.lookback = settings->model.lookback;
        WalkForwardSpec spec;
        spec.trainBars = 400;
        spec.testBars = 100;
        spec.stepBars = 100;
        WalkForwardValidator validator(settings->model, features, spec);
        int reports = 0;
        double lastFraction = -1;
        validator.setProgressCallback([&](double fraction, const QString &) {
            QVERIFY(fraction >= lastFraction - 1e-9);
            lastFraction = fraction;
            ++reports;
        });
        auto result = validator.run(bars);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->folds.size(), size_t(3));
        QVERIFY(reports > 3);
        QCOMPARE(lastFraction, 1.0);
        int samples = 0;
        for (const FoldResult &f : result->folds) {
            auto config = foldFeatures(features, f.fold);
            QVERIFY(config);
            const auto slice = std::span(bars).subspan(size_t(f.fold.trainBegin),
                                                       size_t(f.fold.testEnd - f.fold.trainBegin));
            auto fs = FeatureSet::build(slice, *config);
            QVERIFY(fs);
            double squared = 0;
            for (int t = fs->test.begin; t < fs->test.end; ++t) {
                const double move = bars[size_t(f.fold.trainBegin + t + 1)].close
                    - bars[size_t(f.fold.trainBegin + t)].close;
                squared += move * move;
            }
            const double naive = std::sqrt(squared / fs->test.size());
            QCOMPARE(f.metrics.count, fs->test.size());
            QVERIFY2(std::abs(f.metrics.naiveRmse - naive) < 1e-9 * naive,
                     qPrintable(QStringLiteral("%1 vs %2").arg(f.metrics.naiveRmse).arg(naive)));
            QVERIFY(std::isfinite(f.metrics.rmse));
            samples += f.metrics.count;
        }
        QCOMPARE(result->samples, samples);
        QVERIFY(std::isfinite(result->skill));
        QVERIFY(result->toJson().value(QStringLiteral("folds")).toArray().size() == 3);
    }
};

QTEST_GUILESS_MAIN(TestWalkForward)
#include "tst_walkforward.moc"
