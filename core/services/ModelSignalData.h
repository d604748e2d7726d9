#pragma once
// model_signal's forecast column (issue #20): the registered model the strategy's `model`
// parameter names, checked against the series, and its forecasts over the series written into
// BarColumns::forecast (and the 80 % band). They come from ModelBacktest, what the A/B test
// scores: the forecast made at bar t reads bars 0..t only, with the model's own features, fitted
// scalers, blend and bands, so the column is as causal as an indicator.
//
// In-sample guard: every bar up to the last bar of the model's training data (its training
// record, config.data.last_ms) keeps NaN, so the strategy gives no signal there and a backtest
// never trades on forecasts the model fitted. A model without a training record (imported)
// cannot say where its training data ended and is refused.

#include "backtest/BarColumns.h"
#include "domain/Bar.h"
#include "domain/RegisteredModel.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <functional>
#include <span>

namespace modeldeck {

class CancellationToken;
class Database;

// Where a series' forecast column came from; what the backtest output reports.
struct MODELDECK_CORE_EXPORT ForecastSource
{
    RegisteredModel model; // the version used
    int horizon = 0; // its shortest: forecast[t] is of close[t + horizon]
    qint64 trainedUntilMs = 0; // the last bar of its training data
    qint64 firstTradableBar = -1; // the first bar with a forecast (index into the series), -1: none
    qint64 firstTradableMs = 0;
    int forecasts = 0; // bars with a forecast

    // {"model", "version", "model_id", "horizon", "trained_until", "first_tradable_bar",
    //  "first_tradable_time", "forecasts"}, times ISO 8601 UTC.
    QJsonObject toJson() const;
};

namespace ModelSignalData {

// Forecasts done and the total, between batches of the network.
using Progress = std::function<void(int done, int total)>;

// The model `ref` names: a registered name (its active version, else its newest) or an id (a
// whole number, or a text of digits that is no name). Errors: missing, unknown, or of another
// symbol or timeframe than the series.
MODELDECK_CORE_EXPORT Result<RegisteredModel> findModel(const Database &database,
                                                        const QJsonValue &ref,
                                                        const QString &symbol,
                                                        const QString &timeframe);

// Fills columns.forecast, forecastLower and forecastUpper (NaN where there is none) from the
// model `ref` names over `bars`, the series `columns` was made from. Cancelled: an Error with
// the token's reason.
MODELDECK_CORE_EXPORT Result<ForecastSource> attach(const Database &database, const QJsonValue &ref,
                                                    const QString &symbol, const QString &timeframe,
                                                    std::span<const Bar> bars, BarColumns &columns,
                                                    const CancellationToken *token = nullptr,
                                                    const Progress &progress = {});

} // namespace ModelSignalData

} // namespace modeldeck
