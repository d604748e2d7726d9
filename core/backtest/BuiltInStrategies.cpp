// The built-in strategies. Each reads bars only through IndicatorCache (causal indicators, and
// model_signal the causal forecast column) and, when it keeps state, walks the bars forward once,
// so signal t never depends on bar t+1.

#include "backtest/Strategy.h"

#include <QJsonDocument>
#include <cmath>

namespace modeldeck {

namespace {

SearchSpace spaceFrom(const char *json)
{
    // The spaces are constants below; a typo in one fails every strategy test at once.
    auto space = SearchSpace::fromJson(QJsonDocument::fromJson(json).object());
    return space ? *space : SearchSpace();
}

// ma_crossover: long while the fast simple moving average of closes is above the slow one,
// short (flat when long-only) while below, flat while either is warming up or they are equal.
class MaCrossover final : public Strategy
{
public:
    QString name() const override { return QStringLiteral("ma_crossover"); }
    QString description() const override
    {
        return Strategy::tr(
            "Long while the fast moving average of closes is above the slow one, short "
            "while below.");
    }
    SearchSpace space() const override
    {
        return spaceFrom(R"({"fast": {"type": "int", "low": 2, "high": 50},
                             "slow": {"type": "int", "low": 5, "high": 200}})");
    }
    QJsonObject defaults() const override
    {
        return { { QStringLiteral("fast"), 10 }, { QStringLiteral("slow"), 30 } };
    }
    void signals(const IndicatorCache &cache, const QJsonObject &params,
                 std::span<qint8> out) const override
    {
        const double *fast = cache.smaClose(intParam(params, QStringLiteral("fast"))).data();
        const double *slow = cache.smaClose(intParam(params, QStringLiteral("slow"))).data();
        for (size_t t = 0; t < out.size(); ++t) // NaN (warm-up) compares false both ways: 0
            out[t] = qint8((fast[t] > slow[t]) - (fast[t] < slow[t]));
    }
};

// rsi_reversion: Wilder's RSI of closes; long when it falls below `lower` (oversold), short
// (flat when long-only) when it rises above `upper`, the position held in between.
class RsiReversion final : public Strategy
{
public:
    QString name() const override { return QStringLiteral("rsi_reversion"); }
    QString description() const override
    {
        return Strategy::tr(
            "Long when the RSI falls below the lower level, short when it rises above "
            "the upper one; held in between.");
    }
    SearchSpace space() const override
    {
        return spaceFrom(R"({"period": {"type": "int", "low": 2, "high": 30},
                             "lower": {"type": "real", "low": 5, "high": 45},
                             "upper": {"type": "real", "low": 55, "high": 95}})");
    }
    QJsonObject defaults() const override
    {
        return { { QStringLiteral("period"), 14 },
                 { QStringLiteral("lower"), 30.0 },
                 { QStringLiteral("upper"), 70.0 } };
    }
    void signals(const IndicatorCache &cache, const QJsonObject &params,
                 std::span<qint8> out) const override
    {
        const auto &rsi = cache.rsiClose(intParam(params, QStringLiteral("period")));
        const double lower = realParam(params, QStringLiteral("lower"));
        const double upper = realParam(params, QStringLiteral("upper"));
        qint8 position = 0;
        for (size_t t = 0; t < out.size(); ++t) {
            if (rsi[t] < lower)
                position = 1;
            else if (rsi[t] > upper)
                position = -1;
            out[t] = position;
        }
    }
};

// bollinger_breakout: bands at the `period`-bar mean of closes ± `width` population standard
// deviations. A close above the upper band goes long, below the lower band short; the position
// ends (flat) when a close crosses back over the mean.
class BollingerBreakout final : public Strategy
{
public:
    QString name() const override { return QStringLiteral("bollinger_breakout"); }
    QString description() const override
    {
        return Strategy::tr(
            "Long on a close above the upper Bollinger band, short below the lower one; "
            "flat again when a close crosses the middle.");
    }
    SearchSpace space() const override
    {
        return spaceFrom(R"({"period": {"type": "int", "low": 5, "high": 100},
                             "width": {"type": "real", "low": 0.5, "high": 4}})");
    }
    QJsonObject defaults() const override
    {
        return { { QStringLiteral("period"), 20 }, { QStringLiteral("width"), 2.0 } };
    }
    void signals(const IndicatorCache &cache, const QJsonObject &params,
                 std::span<qint8> out) const override
    {
        const int period = intParam(params, QStringLiteral("period"));
        const double width = realParam(params, QStringLiteral("width"));
        const auto &mean = cache.smaClose(period);
        const auto &sd = cache.stdClose(period);
        const auto &close = cache.bars().close;
        qint8 position = 0;
        for (size_t t = 0; t < out.size(); ++t) {
            if (std::isnan(mean[t])) {
                out[t] = 0;
                continue;
            }
            if (close[t] > mean[t] + width * sd[t])
                position = 1;
            else if (close[t] < mean[t] - width * sd[t])
                position = -1;
            else if ((position > 0 && close[t] < mean[t]) || (position < 0 && close[t] > mean[t]))
                position = 0;
            out[t] = position;
        }
    }
};

// volume_spike_reversal: a stop run that fails. Over a fixed lookback of kLookback bars:
// - setup (long) at bar k: low[k] pierces the lowest low of bars k-20..k-1 by at least `pierce`
//   (a fraction of that low: low[k] < lowest · (1 - pierce)) on a volume spike,
//   volume[k] >= `spike` × the mean volume of bars k-20..k-1;
// - confirmation: the next `reversal` bars each close above their open (bullish candles); the
//   signal turns long at the last of them, k + reversal. A bar that is not bullish first cancels
//   the setup; a new setup replaces a pending one.
// - exit (flat): a close below low[k] (the reversal failed) or kHoldBars bars after entry.
// Mirrored for shorts: the high pierces the highest high, bearish candles confirm, exit on a
// close above high[k]. While a position is held, new setups are ignored.
class VolumeSpikeReversal final : public Strategy
{
public:
    static constexpr int kLookback = 20;
    static constexpr int kHoldBars = 20;

    QString name() const override { return QStringLiteral("volume_spike_reversal"); }
    QString description() const override
    {
        return Strategy::tr(
            "Trades the reversal after a high-volume bar pierces the 20-bar low (or high) "
            "and the next candles close the other way.");
    }
    SearchSpace space() const override
    {
        return spaceFrom(R"({"pierce": {"type": "real", "low": 0, "high": 0.05},
                             "spike": {"type": "real", "low": 1, "high": 6},
                             "reversal": {"type": "int", "low": 1, "high": 5}})");
    }
    QJsonObject defaults() const override
    {
        return { { QStringLiteral("pierce"), 0.005 },
                 { QStringLiteral("spike"), 2.5 },
                 { QStringLiteral("reversal"), 2 } };
    }
    void signals(const IndicatorCache &cache, const QJsonObject &params,
                 std::span<qint8> out) const override
    {
        const double pierce = realParam(params, QStringLiteral("pierce"));
        const double spike = realParam(params, QStringLiteral("spike"));
        const int reversal = intParam(params, QStringLiteral("reversal"));
        const BarColumns &b = cache.bars();
        const auto &lowest = cache.previousLowMin(kLookback);
        const auto &highest = cache.previousHighMax(kLookback);
        const auto &volumeMean = cache.previousVolumeMean(kLookback);
        qint8 position = 0;
        int held = 0;
        double stop = 0;
        int pending = 0; // direction of a setup waiting for its confirming candles
        int confirmed = 0;
        double level = 0;
        for (size_t t = 0; t < out.size(); ++t) {
            if (position != 0) {
                ++held;
                if ((position > 0 && b.close[t] < stop) || (position < 0 && b.close[t] > stop)
                    || held >= kHoldBars)
                    position = 0;
            } else if (pending != 0) {
                const bool withReversal
                    = pending > 0 ? b.close[t] > b.open[t] : b.close[t] < b.open[t];
                if (!withReversal) {
                    pending = 0;
                } else if (++confirmed >= reversal) {
                    position = qint8(pending);
                    stop = level;
                    held = 0;
                    pending = 0;
                }
            }
            if (position == 0) {
                const bool spiked = volumeMean[t] > 0 && b.volume[t] >= spike * volumeMean[t];
                if (spiked && b.low[t] < lowest[t] * (1 - pierce)) {
                    pending = 1;
                    confirmed = 0;
                    level = b.low[t];
                } else if (spiked && b.high[t] > highest[t] * (1 + pierce)) {
                    pending = -1;
                    confirmed = 0;
                    level = b.high[t];
                }
            }
            out[t] = position;
        }
    }
};

// model_signal: trades on a registered model's forecasts (the forecast column StrategyService
// attaches from the model named by `model`; see ModelSignalData). At bar t, with
// r = forecast[t] / close[t] - 1 (the return the model expects over its shortest horizon, one
// bar for the usual horizon-1 model) and, when `band` is 1, the forecast's 80 % band:
// - long when r > `threshold` (and, with band 1, the band's lower edge is above close[t]);
// - short when r < -`threshold` (and, with band 1, the band's upper edge is below close[t]);
//   flat instead when shorts are not allowed (the engine's rule for every strategy);
// - flat otherwise, and wherever there is no forecast: the model's warm-up, and every bar up to
//   the end of the data the model was trained on (the service leaves those NaN, so a backtest
//   never trades on forecasts the model fitted). A model without bands never passes band 1.
// `model` is fixed (never searched): a registered model's name (its active version, else its
// newest) or id, of the series' own symbol and timeframe.
class ModelSignal final : public Strategy
{
public:
    QString name() const override { return QStringLiteral("model_signal"); }
    QString description() const override
    {
        return Strategy::tr(
            "Long when a registered model (--param model=NAME) forecasts a return above the "
            "threshold, short below minus it; no signal on bars up to the end of the model's "
            "training data.");
    }
    SearchSpace space() const override
    {
        return spaceFrom(R"({"threshold": {"type": "real", "low": 0, "high": 0.05},
                             "band": {"type": "int", "low": 0, "high": 1}})");
    }
    QJsonObject defaults() const override
    {
        return { { QStringLiteral("threshold"), 0.001 }, { QStringLiteral("band"), 0 } };
    }
    QStringList fixedKeys() const override { return { QStringLiteral("model") }; }
    bool needsForecasts() const override { return true; }
    void signals(const IndicatorCache &cache, const QJsonObject &params,
                 std::span<qint8> out) const override
    {
        const double threshold = realParam(params, QStringLiteral("threshold"));
        const bool band = intParam(params, QStringLiteral("band")) != 0;
        const std::vector<double> &expected = cache.expectedReturn();
        const BarColumns &b = cache.bars();
        const bool hasBands = b.forecastLower.size() == out.size();
        for (size_t t = 0; t < out.size(); ++t) {
            qint8 signal = 0; // NaN (no forecast) compares false both ways: flat
            if (expected[t] > threshold)
                signal = 1;
            else if (expected[t] < -threshold)
                signal = -1;
            if (band && signal != 0) {
                const bool beyond = hasBands
                    && (signal > 0 ? b.forecastLower[t] > b.close[t]
                                   : b.forecastUpper[t] < b.close[t]);
                if (!beyond)
                    signal = 0;
            }
            out[t] = signal;
        }
    }
};

} // namespace

std::vector<const Strategy *> builtInStrategies()
{
    static const MaCrossover maCrossover;
    static const RsiReversion rsiReversion;
    static const BollingerBreakout bollingerBreakout;
    static const VolumeSpikeReversal volumeSpikeReversal;
    static const ModelSignal modelSignal;
    return { &maCrossover, &rsiReversion, &bollingerBreakout, &volumeSpikeReversal, &modelSignal };
}

const Strategy *findStrategy(const QString &name)
{
    for (const Strategy *s : builtInStrategies()) {
        if (s->name() == name)
            return s;
    }
    return nullptr;
}

} // namespace modeldeck
