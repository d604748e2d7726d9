#pragma once
// How predictions read on the Predictions page: prices, bar times (UTC, as the bars are
// stored) and intervals, one wording for the result panel, the table and the chart.

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace modeldeck {

class PredictionText
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::PredictionText)
public:
    // A price with as many decimals as its size needs (2 for 1,234.50, 6 for 0.001234);
    // "–" when unknown or not finite.
    static QString price(std::optional<double> value);
    // The bar time in UTC, to the minute for intraday timeframes, the date alone for daily
    // and longer ones ("2026-11-27 14:05 UTC", "2026-11-27").
    static QString barTime(qint64 utcMs, const QString &timeframe);
    // "98.12 – 101.40", or "not available" when the model has no interval at that level.
    static QString interval(std::optional<double> lower, std::optional<double> upper);
    // True for "1d", "1w" and anything else that is not intraday; unknown timeframes count as
    // intraday so no time of day is hidden.
    static bool isDaily(const QString &timeframe);
};

} // namespace modeldeck
