#include "TrainedModel.h"

#include "training/ModelFile.h"

#include <QJsonObject>

namespace modeldeck {

namespace {

// The values of one split's samples, e.g. their last closes.
std::vector<double> column(const std::vector<double> &values, SampleRange range)
{
    return { values.begin() + range.begin, values.begin() + std::max(range.begin, range.end) };
}

} // namespace

void TrainedModel::evaluate(const FeatureSet &fs, const std::vector<double> &validationRaw,
                            const std::vector<double> &testRaw)
{
    TrainedModel &result = *this;
    const std::vector<double> validationActual = column(fs.targetClose, fs.validation);
    const std::vector<double> validationLast = column(fs.lastClose, fs.validation);
    const std::vector<double> testActual = column(fs.targetClose, fs.test);
    const std::vector<double> testLast = column(fs.lastClose, fs.test);

    result.blend = NaiveBlend::choose(validationRaw, validationActual, validationLast,
                                      fs.config.horizon, &result.blendEvidence);
    const auto deployed
        = [&result](const std::vector<double> &raw, const std::vector<double> &last) {
              std::vector<double> prices(raw.size());
              for (size_t i = 0; i < raw.size(); ++i)
                  prices[i] = result.blend.apply(raw[i], last[i]);
              return prices;
          };
    const std::vector<double> validationDeployed = deployed(validationRaw, validationLast);
    result.testPredicted = deployed(testRaw, testLast);
    result.rawMetrics = ForecastMetrics::compute(testRaw, testActual, testLast);
    result.metrics = ForecastMetrics::compute(result.testPredicted, testActual, testLast);
    // A blend with w > 0 moves the same way as the network, and with w = 0 predicts no move at
    // all (0 % by the metric's definition, which reads as "always wrong"): the network's own
    // direction accuracy is the informative figure either way.
    result.metrics.directionalAccuracy = result.rawMetrics.directionalAccuracy;
    result.rawValidationSkill
        = ForecastMetrics::compute(validationRaw, validationActual, validationLast).skill;
    result.validationSkill
        = ForecastMetrics::compute(validationDeployed, validationActual, validationLast).skill;

    // Scale-free feature sets get intervals on the volatility scale; version-1 ones keep the
    // price scale their saved models were made with.
    const bool scaled = fs.config.version >= 2;
    const std::vector<double> validationVolatility
        = scaled ? column(fs.volatility, fs.validation) : std::vector<double> {};
    const std::vector<double> testVolatility
        = scaled ? column(fs.volatility, fs.test) : std::vector<double> {};
    result.interval
        = ConformalInterval::calibrate(validationDeployed, validationActual, validationVolatility);
    result.interval.measure(result.testPredicted, testActual, testVolatility);
}

Result<QByteArray> TrainedModel::serialize() const
{
    if (module)
        return ModelFile::serialize(*module);
    if (trees)
        return trees->serialize();
    return QByteArray();
}

QJsonArray TrainedModel::importanceJson() const
{
    QJsonArray list;
    for (const FeatureScore &score : importance) {
        list.append(QJsonObject { { QStringLiteral("feature"), score.feature },
                                  { QStringLiteral("gain"), score.score } });
    }
    return list;
}

} // namespace modeldeck
