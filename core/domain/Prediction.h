#pragma once
// A saved prediction (predictions), the actual it later gets, and the filter that lists them.

#include <QDateTime>
#include <QString>
#include <optional>

namespace modeldeck {

struct Prediction
{
    qint64 id = 0;
    QDateTime predictedAt; // UTC
    qint64 modelId = 0; // 0 once the model is deleted
    QString modelName;
    int modelVersion = 0;
    QString symbol;
    QString timeframe;
    int horizon = 1;
    qint64 baseTimeMs = 0; // the last bar the prediction was made from
    double baseClose = 0;
    qint64 targetTimeMs = 0; // expected start of the predicted bar
    double value = 0;
    std::optional<double> lower80;
    std::optional<double> upper80;
    std::optional<double> lower95;
    std::optional<double> upper95;
    std::optional<double> actual;
    std::optional<qint64> actualTimeMs;
};

// A prediction that just got its actual, with the band it was made with.
struct FilledActual
{
    qint64 predictionId = 0;
    qint64 modelId = 0; // 0 once the model is deleted
    QString modelName;
    int horizon = 1;
    double actual = 0;
    std::optional<double> lower80;
    std::optional<double> upper80;
    std::optional<double> lower95;
    std::optional<double> upper95;
};

struct PredictionFilter
{
    QString modelName;
    int horizon = 0; // 0: any
    QString symbol;
    QString timeframe;
    int limit = 100; // < 0: no limit
};

} // namespace modeldeck
