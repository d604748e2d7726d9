// Forecast quality on seeded series of known predictability (tests/common/SyntheticSeries.h):
// every bot must beat persistence by a margin where the series has signal (AR(1) returns with
// φ = 0.3, a sine plus noise), must not lose to it by more than 1 % where it has none (a random
// walk with drift, and a series whose test prices are three times its training prices — the
// price-level failure this suite guards against), its deployed validation skill is never
// negative, and its 80 % and 95 % intervals cover the test split within ±5 points.
// bench/forecast_quality runs the same on the bundled sample and real files, with every
// bot's default settings; this test uses smaller networks and fewer epochs so CI stays fast.

#include "SyntheticSeries.h"
#include "features/FeatureSet.h"
#include "training/TorchRuntime.h"
#include "training/Trainer.h"
#include "training/TrainingSettings.h"

#include <QJsonObject>
#include <QTest>

using namespace modeldeck;
using namespace Qt::StringLiterals;

namespace {

// Enough bars that the validation split (15 %) can show AR(1)'s small edge beyond chance and
// the test split measures coverage to about ±2 points (one standard error at 80 %).
constexpr int kBars = 3000;

// Smaller sequence networks than the defaults; the flat bots keep theirs, and the tree bots all
// of theirs (they train in about a second; fewer boosting rounds would only underfit).
QJsonObject smallParams(const QString &bot)
{
    if (ModelConfig::isTreeModel(bot))
        return {};
    QJsonObject params { { u"epochs"_s, 20 }, { u"batch_size"_s, 32 }, { u"patience"_s, 5 } };
    if (bot != u"linear_bot" && bot != u"mlp_bot") {
        params.insert(u"lookback"_s, 16);
        params.insert(u"hidden_size"_s, 16);
        params.insert(u"layers"_s, 1);
        params.insert(u"heads"_s, 2);
    }
    return params;
}

} // namespace

class TestForecastQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TorchRuntime::initialize(1); }

    void againstNaive_data()
    {
        QTest::addColumn<int>("series");
        QTest::addColumn<QString>("bot");
        QTest::addColumn<double>("minimumSkill");
        const QStringList bots { u"lstm_bot"_s, u"gru_bot"_s,    u"transformer_bot"_s,
                                 u"mlp_bot"_s,  u"linear_bot"_s, u"forest_bot"_s,
                                 u"gbm_bot"_s };
        // Margins: with φ = 0.3 the best possible skill is 1 − √0.91 ≈ 0.046; the sine is
        // mostly predictable. Without signal the target is "never more than 1 % worse".
        const std::pair<test::Synthetic, double> series[]
            = { { test::Synthetic::Ar1Returns, 0.02 },
                { test::Synthetic::SineWithNoise, 0.3 },
                { test::Synthetic::RandomWalkDrift, -0.01 },
                { test::Synthetic::TripledPrice, -0.01 } };
        for (const auto &[kind, margin] : series) {
            for (const QString &bot : bots) {
                QTest::addRow("%s %s", qPrintable(test::syntheticName(kind)), qPrintable(bot))
                    << int(kind) << bot << margin;
            }
        }
    }

    void againstNaive()
    {
        QFETCH(int, series);
        QFETCH(QString, bot);
        QFETCH(double, minimumSkill);
        const auto bars = test::syntheticSeries(test::Synthetic(series), kBars);
        auto settings = TrainingSettings::fromParams(bot, smallParams(bot));
        QVERIFY2(settings, qPrintable(settings ? QString() : settings.error().toString()));
        auto features = FeatureSet::build(bars, settings->features);
        QVERIFY2(features, qPrintable(features ? QString() : features.error().toString()));
        Trainer trainer(settings->model, *features);
        auto trained = trainer.run();
        QVERIFY2(trained, qPrintable(trained ? QString() : trained.error().toString()));
        const QString figures
            = QStringLiteral("skill %1 (network alone %2, weight %3, evidence %7), validation "
                             "skill %4, coverage %5 / %6")
                  .arg(trained->metrics.skill, 0, 'f', 4)
                  .arg(trained->rawMetrics.skill, 0, 'f', 4)
                  .arg(trained->blend.weight)
                  .arg(trained->validationSkill, 0, 'f', 4)
                  .arg(trained->interval.coverage80.value_or(-1), 0, 'f', 3)
                  .arg(trained->interval.coverage95.value_or(-1), 0, 'f', 3)
                  .arg(trained->blendEvidence, 0, 'f', 2);
        qInfo("%s", qPrintable(figures));
        QVERIFY2(trained->validationSkill >= 0, qPrintable(figures));
        QVERIFY2(trained->metrics.skill > minimumSkill, qPrintable(figures));
        QCOMPARE(trained->interval.scale, ConformalInterval::Scale::Volatility);
        QVERIFY2(std::abs(trained->interval.coverage80.value_or(0) - 0.80) <= 0.05,
                 qPrintable(figures));
        QVERIFY2(std::abs(trained->interval.coverage95.value_or(0) - 0.95) <= 0.05,
                 qPrintable(figures));
    }

    void blendChoosesPersistenceForANetworkThatLearntNothing()
    {
        // Forecasts that are pure noise around the last close: any weight above 0 adds error.
        std::vector<double> last { 100, 101, 102, 103, 104, 105 },
            actual { 100, 101, 102, 103, 104, 105 };
        std::vector<double> model { 101, 100, 103, 102, 105, 104 };
        QCOMPARE(NaiveBlend::choose(model, actual, last).weight, 0.0);
        // A network that only repeats the last close carries no information either.
        const std::vector<double> next { 101, 102, 103, 104, 105, 106 };
        QCOMPARE(NaiveBlend::choose(last, next, last).weight, 0.0);
        // A perfect network is trusted fully; one that doubles every move, halfway.
        QCOMPARE(NaiveBlend::choose(next, next, last).weight, 1.0);
        const std::vector<double> doubled { 102, 103, 104, 105, 106, 107 };
        QCOMPARE(NaiveBlend::choose(doubled, next, last).weight, 0.5);
        QCOMPARE(NaiveBlend { 0.25 }.apply(108, 100), 102.0);
    }
};

QTEST_GUILESS_MAIN(TestForecastQuality)
#include "tst_forecastquality.moc"
