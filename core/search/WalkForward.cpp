#include "WalkForward.h"

#include <QJsonArray>
#include <QStringList>
#include <cmath>

namespace modeldeck {

namespace {

const QLatin1StringView kWindow("window");
const QLatin1StringView kTrain("train");
const QLatin1StringView kTest("test");
const QLatin1StringView kStep("step");

QString windowName(WalkForwardSpec::Window window)
{
    return window == WalkForwardSpec::Window::Sliding ? QStringLiteral("sliding")
                                                      : QStringLiteral("expanding");
}

// Whole, positive and small enough to index bars; JSON numbers and CLI text alike.
std::optional<int> positiveBars(double value)
{
    if (!(value >= 1 && value <= 1e9) || value != std::floor(value))
        return std::nullopt;
    return int(value);
}

Result<WalkForwardSpec> checked(WalkForwardSpec spec, const std::optional<int> &train,
                                const std::optional<int> &test, const std::optional<int> &step)
{
    if (!train || !test || !step) {
        return Error { WalkForwardSpec::tr(
            "Walk-forward: train, test and step must be whole numbers of bars from 1 to "
            "1,000,000,000.") };
    }
    spec.trainBars = *train;
    spec.testBars = *test;
    spec.stepBars = *step;
    return spec;
}

} // namespace

Result<WalkForwardSpec> WalkForwardSpec::parse(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() < 3 || parts.size() > 4) {
        return Error { tr("Walk-forward must be “train,test,step” in bars, optionally followed "
                          "by “,expanding” or “,sliding”; got “%1”.")
                           .arg(text.left(80)) };
    }
    const auto number = [&](int i) -> std::optional<int> {
        bool ok = false;
        const qlonglong value = parts[i].trimmed().toLongLong(&ok);
        return ok ? positiveBars(double(value)) : std::nullopt;
    };
    WalkForwardSpec spec;
    if (parts.size() == 4) {
        const QString window = parts[3].trimmed().toLower();
        if (window == QLatin1StringView("sliding"))
            spec.window = Window::Sliding;
        else if (window != QLatin1StringView("expanding"))
            return Error { tr("Walk-forward window must be “expanding” or “sliding”, not “%1”.")
                               .arg(window.left(40)) };
    }
    return checked(spec, number(0), number(1), number(2));
}

Result<WalkForwardSpec> WalkForwardSpec::fromJson(const QJsonObject &json)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != kWindow && it.key() != kTrain && it.key() != kTest && it.key() != kStep)
            return Error { tr("Walk-forward: unknown key “%1”.").arg(it.key().left(40)) };
    }
    WalkForwardSpec spec;
    const QString window = json.value(kWindow).toString(QStringLiteral("expanding"));
    if (window == QLatin1StringView("sliding"))
        spec.window = Window::Sliding;
    else if (window != QLatin1StringView("expanding"))
        return Error { tr("Walk-forward window must be “expanding” or “sliding”, not “%1”.")
                           .arg(window.left(40)) };
    const auto number = [&](QLatin1StringView key) {
        const QJsonValue value = json.value(key);
        return value.isDouble() ? positiveBars(value.toDouble()) : std::nullopt;
    };
    return checked(spec, number(kTrain), number(kTest), number(kStep));
}

QJsonObject WalkForwardSpec::toJson() const
{
    return { { kWindow, windowName(window) },
             { kTrain, trainBars },
             { kTest, testBars },
             { kStep, stepBars } };
}

Result<std::vector<WalkForwardFold>> planWalkForward(qint64 barCount, const WalkForwardSpec &spec)
{
    std::vector<WalkForwardFold> folds;
    for (qint64 testBegin = spec.trainBars; testBegin + spec.testBars <= barCount;
         testBegin += spec.stepBars) {
        if (int(folds.size()) == WalkForwardSpec::kMaxFolds) {
            return Error { WalkForwardSpec::tr("Walk-forward with train %1, test %2 and step %3 "
                                               "bars gives more than %4 folds over %5 bars; "
                                               "use a larger step.")
                               .arg(spec.trainBars)
                               .arg(spec.testBars)
                               .arg(spec.stepBars)
                               .arg(WalkForwardSpec::kMaxFolds)
                               .arg(barCount) };
        }
        WalkForwardFold fold;
        fold.index = int(folds.size());
        fold.trainBegin
            = spec.window == WalkForwardSpec::Window::Sliding ? testBegin - spec.trainBars : 0;
        fold.testBegin = testBegin;
        fold.testEnd = testBegin + spec.testBars;
        folds.push_back(fold);
    }
    if (folds.empty()) {
        return Error { WalkForwardSpec::tr("Walk-forward needs at least %1 bars (train %2 + test "
                                           "%3); the series has %4.")
                           .arg(qint64(spec.trainBars) + spec.testBars)
                           .arg(spec.trainBars)
                           .arg(spec.testBars)
                           .arg(barCount) };
    }
    return folds;
}

Result<FeatureConfig> foldFeatures(const FeatureConfig &base, const WalkForwardFold &fold)
{
    const double slice = double(fold.testEnd - fold.trainBegin);
    const double trainWindow = double(fold.testBegin - fold.trainBegin);
    const double validationShare
        = base.validationFraction / (base.trainFraction + base.validationFraction);
    const double validationBars = std::round(trainWindow * validationShare);
    FeatureConfig config = base;
    // FeatureSet splits at floor(bars × fraction + ε), so k / n gives exactly k bars.
    config.trainFraction = (trainWindow - validationBars) / slice;
    config.validationFraction = validationBars / slice;
    if (!(config.trainFraction > 0 && config.validationFraction > 0)) {
        return Error { WalkForwardSpec::tr("Walk-forward fold %1: a training window of %2 bars "
                                           "is too short to hold a validation split.")
                           .arg(fold.index + 1)
                           .arg(qint64(trainWindow)) };
    }
    return config;
}

void WalkForwardResult::aggregate()
{
    double squared = 0, naiveSquared = 0, absolute = 0, direction = 0, covered = 0;
    int coverageSamples = 0;
    samples = 0;
    for (const FoldResult &f : folds) {
        const int n = f.metrics.count;
        squared += n * f.metrics.rmse * f.metrics.rmse;
        naiveSquared += n * f.metrics.naiveRmse * f.metrics.naiveRmse;
        absolute += n * f.metrics.mae;
        direction += n * f.metrics.directionalAccuracy;
        if (f.coverage95) {
            covered += n * *f.coverage95;
            coverageSamples += n;
        }
        samples += n;
    }
    if (samples == 0)
        return;
    rmse = std::sqrt(squared / samples);
    naiveRmse = std::sqrt(naiveSquared / samples);
    skill = naiveRmse > 0 ? 1.0 - rmse / naiveRmse : 0.0;
    mae = absolute / samples;
    directionalAccuracy = direction / samples;
    coverage95 = coverageSamples > 0 ? std::optional(covered / coverageSamples) : std::nullopt;
}

QJsonObject WalkForwardResult::toJson() const
{
    QJsonArray foldArray;
    for (const FoldResult &f : folds) {
        QJsonObject fold { { QStringLiteral("fold"), f.fold.index + 1 },
                           { QStringLiteral("train_begin"), f.fold.trainBegin },
                           { QStringLiteral("test_begin"), f.fold.testBegin },
                           { QStringLiteral("test_end"), f.fold.testEnd },
                           { QStringLiteral("metrics"), f.metrics.toJson() },
                           { QStringLiteral("raw_skill"), f.rawMetrics.skill },
                           { QStringLiteral("model_weight"), f.modelWeight } };
        if (f.coverage95)
            fold.insert(QStringLiteral("coverage_95"), *f.coverage95);
        foldArray.append(fold);
    }
    QJsonObject json { { QStringLiteral("folds"), foldArray },
                       { QStringLiteral("rmse"), rmse },
                       { QStringLiteral("naive_rmse"), naiveRmse },
                       { QStringLiteral("skill"), skill },
                       { QStringLiteral("mae"), mae },
                       { QStringLiteral("directional_accuracy"), directionalAccuracy },
                       { QStringLiteral("samples"), samples } };
    if (coverage95)
        json.insert(QStringLiteral("coverage_95"), *coverage95);
    return json;
}

} // namespace modeldeck
