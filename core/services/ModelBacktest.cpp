#include "services/ModelBacktest.h"

#include "features/FeatureSet.h"
#include "training/ConformalInterval.h"
#include "training/NaiveBlend.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace modeldeck {

qint64 ModelBacktest::barsNeeded(const SavedFeatures &features, int horizon, int window)
{
    // The oldest origin needs a full feature history and window behind it; the newest target
    // is the last bar.
    return FeatureSet::latestBarsNeeded(features.config) + qint64(window) + horizon - 1;
}

Result<BacktestForecasts> ModelBacktest::run(const LoadedModel &model, std::span<const Bar> bars,
                                             int horizon, int window,
                                             const CancellationToken *token,
                                             const Progress &progress)
{
    const RegisteredModel &m = model.entry;
    const qsizetype output = m.horizons.indexOf(horizon);
    if (output < 0)
        return Error {
            tr("“%1” v%2 does not predict %3 bars ahead.").arg(m.name).arg(m.version).arg(horizon)
        };
    const SavedFeatures &features = model.features;
    const qint64 n = qint64(bars.size());
    const qint64 firstOrigin = FeatureSet::latestBarsNeeded(features.config) - 1;
    const qint64 available = n - horizon - firstOrigin;
    const int count = int(std::min<qint64>(window, available));
    if (count < kMinimumWindow)
        return Error { tr("Scoring “%1” v%2 on %3 forecasts at horizon %4 needs %5 bars of %6 %7 "
                          "(at least %8 for %9 forecasts); the workspace has %10.")
                           .arg(m.name)
                           .arg(m.version)
                           .arg(window)
                           .arg(horizon)
                           .arg(barsNeeded(features, horizon, window))
                           .arg(m.symbol, m.timeframe)
                           .arg(barsNeeded(features, horizon, kMinimumWindow))
                           .arg(kMinimumWindow)
                           .arg(n) };
    auto fs = FeatureSet::buildLatest(bars, features.config, features.featureScaler,
                                      features.targetScaler);
    if (!fs)
        return fs.error();

    const int lookback = features.config.lookback;
    const qsizetype width = qsizetype(lookback) * fs->featureCount;
    const int outputs = model.network->outputCount();
    const int targetColumn = std::min(int(output), fs->targetScaler.columns() - 1);
    const NaiveBlend blend { features.modelWeight };
    const ConformalInterval interval
        = ConformalInterval::fromJson(m.intervals.value(QString::number(horizon)).toObject());
    const auto half80 = interval.halfWidth80Now();
    const auto half95 = interval.halfWidth95Now();
    // Origins: the newest `count` bars whose target (origin + horizon) is stored.
    const int lastOrigin = int(n) - 1 - horizon;
    const int first = lastOrigin - count + 1;

    BacktestForecasts result;
    result.forecasts.reserve(size_t(count));
    std::vector<float> windows;
    QElapsedTimer networkTime;
    qint64 networkNs = 0;
    for (int begin = first; begin <= lastOrigin; begin += kBatch) {
        if (token && token->isCancelled())
            return Error { token->reason() };
        const int batch = std::min(kBatch, lastOrigin - begin + 1);
        windows.resize(size_t(batch * width));
        for (int i = 0; i < batch; ++i) {
            // Rows [t − lookback + 1, t]: what predicting at origin t reads, nothing later.
            const int t = begin + i;
            const auto from = fs->rows.begin() + qsizetype(t - lookback + 1) * fs->featureCount;
            std::copy(from, from + width, windows.begin() + qsizetype(i) * width);
        }
        networkTime.start();
        auto out = model.network->forward(windows, batch);
        networkNs += networkTime.nsecsElapsed();
        if (!out)
            return out.error();
        for (int i = 0; i < batch; ++i) {
            const int t = begin + i;
            const double network
                = fs->toPrice(t, (*out)[size_t(i * outputs + output)], targetColumn);
            Prediction p;
            p.modelId = m.id;
            p.modelName = m.name;
            p.modelVersion = m.version;
            p.symbol = m.symbol;
            p.timeframe = m.timeframe;
            p.horizon = horizon;
            p.baseTimeMs = bars[size_t(t)].timeUtcMs;
            p.baseClose = bars[size_t(t)].close;
            p.targetTimeMs = bars[size_t(t + horizon)].timeUtcMs;
            p.value = blend.apply(network, p.baseClose);
            p.actual = bars[size_t(t + horizon)].close;
            p.actualTimeMs = p.targetTimeMs;
            const double volatility = fs->volatility[size_t(t)];
            if (const auto band
                = half80 ? interval.band(p.value, *half80, volatility) : std::nullopt) {
                p.lower80 = band->lower;
                p.upper80 = band->upper;
            }
            if (const auto band
                = half95 ? interval.band(p.value, *half95, volatility) : std::nullopt) {
                p.lower95 = band->lower;
                p.upper95 = band->upper;
            }
            result.forecasts.push_back(std::move(p));
        }
        if (progress)
            progress(int(result.forecasts.size()), count);
    }
    result.msPerForecast = count > 0 ? double(networkNs) / 1e6 / count : 0;
    return result;
}

} // namespace modeldeck
