// The backtest engine against hand-computed values, the causal indicators, the built-in
// strategies and the causality check.

#include "StrategyTestSeries.h"
#include "backtest/BacktestEngine.h"
#include "backtest/Indicators.h"
#include "backtest/Strategy.h"
#include "backtest/StrategyBacktest.h"

#include <QTest>
#include <cmath>

using namespace modeldeck;
using namespace modeldeck::test;

namespace {

BarColumns columns(const std::vector<std::pair<double, double>> &openClose)
{
    std::vector<Bar> bars;
    for (size_t i = 0; i < openClose.size(); ++i)
        bars.push_back(testBar(int(i), openClose[i].first, openClose[i].second));
    return BarColumns::fromBars(bars);
}

bool near(double a, double b, double tolerance = 1e-12)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

// Reads bar t+1's close for signal t: exactly what a strategy must not do.
class PeekingStrategy final : public Strategy
{
public:
    QString name() const override { return QStringLiteral("peeking"); }
    QString description() const override { return {}; }
    SearchSpace space() const override { return {}; }
    QJsonObject defaults() const override { return {}; }
    void signals(const IndicatorCache &cache, const QJsonObject &,
                 std::span<qint8> out) const override
    {
        const auto &close = cache.bars().close;
        for (size_t t = 0; t < out.size(); ++t)
            out[t] = t + 1 < close.size() && close[t + 1] > close[t] ? 1 : 0;
    }
};

} // namespace

class TestBacktest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One long trade: in at bar 1's open (signal 0), out at bar 3's open (signal 2 flat).
    void oneLongTradeWithCommission()
    {
        const BarColumns bars
            = columns({ { 10, 10 }, { 10.5, 11 }, { 11.5, 12 }, { 11.5, 11 }, { 12, 13 } });
        const std::vector<qint8> signals { 1, 1, 0, 0, 0 };
        BacktestOptions options;
        options.commission = 0.001;
        const BacktestResult r = runBacktest(bars, signals, options);
        const double expected = 0.999 * 0.999 * (11 / 10.5) * (12.0 / 11) * (11.5 / 12) - 1;
        QVERIFY(near(r.scores.totalReturn, expected));
        QCOMPARE(r.scores.trades, 1);
        QCOMPARE(r.trades.size(), size_t(1));
        QCOMPARE(r.trades[0].entryPrice, 10.5);
        QCOMPARE(r.trades[0].exitPrice, 11.5);
        QCOMPARE(r.trades[0].entryTimeMs, kTestStartMs + kTestDayMs);
        QCOMPARE(r.trades[0].exitTimeMs, kTestStartMs + 3 * kTestDayMs);
        QCOMPARE(r.trades[0].bars, 2);
        QVERIFY(near(r.trades[0].returnFraction, (11.5 / 10.5) * 0.999 * 0.999 - 1));
        QCOMPARE(r.scores.winRate, 1.0);
        QVERIFY(std::isinf(r.scores.profitFactor)); // a win and no loss
        QCOMPARE(r.scores.exposure, 2.0 / 5);
        QVERIFY(near(r.scores.buyAndHoldReturn, 13 / 10.5 - 1));
        // Equity per bar; the peak is after bar 2, the fall to bar 3 the only drawdown.
        QCOMPARE(r.equity.size(), size_t(5));
        QCOMPARE(r.equity[0], 1.0);
        const double peak = 0.999 * (11 / 10.5) * (12.0 / 11);
        QVERIFY(near(r.equity[2], peak));
        QVERIFY(near(r.scores.maxDrawdown, 1 - (1 + expected) / peak));
        QVERIFY(near(r.drawdown[3], r.scores.maxDrawdown));
    }

    void zeroTrades()
    {
        const BarColumns bars = columns({ { 10, 10 }, { 10, 11 }, { 11, 9 }, { 9, 12 } });
        const std::vector<qint8> signals(4, 0);
        BacktestOptions options;
        options.commission = 0.01;
        const BacktestResult r = runBacktest(bars, signals, options);
        QCOMPARE(r.scores.totalReturn, 0.0);
        QCOMPARE(r.scores.cagr, 0.0);
        QCOMPARE(r.scores.sharpe, 0.0);
        QCOMPARE(r.scores.sortino, 0.0);
        QCOMPARE(r.scores.maxDrawdown, 0.0);
        QCOMPARE(r.scores.calmar, 0.0);
        QCOMPARE(r.scores.profitFactor, 0.0);
        QCOMPARE(r.scores.winRate, 0.0);
        QCOMPARE(r.scores.trades, 0);
        QCOMPARE(r.scores.exposure, 0.0);
        QVERIFY(r.trades.empty());
        QVERIFY(near(r.scores.buyAndHoldReturn, 12.0 / 10 - 1)); // from bar 1's open
    }

    // Two long trades into a falling market, no costs: per-bar returns -0.1, 0, -0.125, 0.
    void allLosses()
    {
        const BarColumns bars = columns({ { 10, 10 }, { 10, 9 }, { 9, 8 }, { 8, 7 }, { 7, 6 } });
        const std::vector<qint8> signals { 1, 0, 1, 0, 0 };
        const BacktestResult r = runBacktest(bars, signals, BacktestOptions {});
        QVERIFY(near(r.scores.totalReturn, 0.9 * 0.875 - 1));
        QCOMPARE(r.scores.trades, 2);
        QCOMPARE(r.scores.winRate, 0.0);
        QCOMPARE(r.scores.profitFactor, 0.0);
        QVERIFY(near(r.trades[0].returnFraction, -0.1));
        QVERIFY(near(r.trades[1].returnFraction, -0.125));
        QVERIFY(near(r.scores.maxDrawdown, 1 - 0.9 * 0.875));
        QCOMPARE(r.scores.exposure, 0.4);
        // mean -0.05625, sample stdev 0.0657489…, downside deviation √(0.025625 / 4); 252 bars
        // a year (the default): values from a hand calculation.
        QVERIFY(near(r.scores.sharpe, -13.581081810096356, 1e-9));
        QVERIFY(near(r.scores.sortino, -11.156317252308055, 1e-9));
        QVERIFY(r.scores.calmar < 0);
    }

    void shortsAndReversals()
    {
        const BarColumns bars = columns({ { 10, 10 }, { 10, 8 }, { 8, 10 }, { 10, 10 } });
        // Short from bar 1, reversed to long at bar 2's open.
        const std::vector<qint8> signals { -1, 1, 1, 1 };
        BacktestOptions options;
        options.commission = 0.001;
        options.slippage = 0.001;
        options.allowShort = true;
        const BacktestResult r = runBacktest(bars, signals, options);
        const double bar1 = 0.998 * (1 + 0.2); // short 10 → 8
        const double bar2 = (1 - 0.0) * (1 - 2 * 0.002) * (10.0 / 8); // two sides, then long
        QVERIFY(near(r.scores.totalReturn, bar1 * bar2 - 1));
        QCOMPARE(r.scores.trades, 2);
        QCOMPARE(r.trades[0].direction, -1);
        QVERIFY(r.trades[1].open);
        // Long-only: the -1 signal is flat, the long enters at bar 2 paying one side.
        options.allowShort = false;
        const BacktestResult longOnly = runBacktest(bars, signals, options);
        QVERIFY(near(longOnly.scores.totalReturn, 0.998 * (10.0 / 8) - 1));
        QCOMPARE(longOnly.scores.trades, 1);
    }

    // A window starts flat: the position signalled before it is entered at its first open.
    void windowStartsFlat()
    {
        const BarColumns bars = columns({ { 10, 10 }, { 10, 11 }, { 12, 13 }, { 13, 14 } });
        const std::vector<qint8> signals(4, 1);
        BacktestOptions options;
        options.commission = 0.01;
        const BacktestResult r = runBacktest(bars, signals, options, 2, 4);
        QVERIFY(near(r.scores.totalReturn, 0.99 * (13.0 / 12) * (14.0 / 13) - 1));
        QCOMPARE(r.scores.bars, 2);
        QCOMPARE(r.trades.front().entryPrice, 12.0);
        QVERIFY(near(r.scores.buyAndHoldReturn, 14.0 / 12 - 1));
    }

    void cagrAndBarsPerYear()
    {
        std::vector<Bar> bars { testBar(0, 10, 10), testBar(1, 10, 10), testBar(2, 10, 21) };
        const qint64 year = qint64(365.25 * 86400 * 1000);
        bars[1].timeUtcMs = bars[0].timeUtcMs + year / 2;
        bars[2].timeUtcMs = bars[0].timeUtcMs + year;
        const BarColumns c = BarColumns::fromBars(bars);
        QVERIFY(near(barsPerYear(c.time, 86400), 2.0));
        QVERIFY(near(barsPerYear(std::span<const qint64>(), 86400), 365.25));
        const BacktestResult r = runBacktest(c, std::vector<qint8> { 1, 1, 1 }, {});
        QVERIFY(near(r.scores.totalReturn, 1.1));
        QVERIFY(near(r.scores.cagr, 1.1)); // exactly one year
        QVERIFY(near(r.scores.calmar, 0.0));
    }

    void indicators()
    {
        const std::vector<double> x { 1, 2, 3, 4, 2 };
        const auto sma = indicators::sma(indicators::prefixSums(x), 2);
        QVERIFY(std::isnan(sma[0]));
        QCOMPARE(sma[1], 1.5);
        QCOMPARE(sma[4], 3.0);
        const auto sd = indicators::rollingStd(x, 2);
        QVERIFY(near(sd[1], 0.5));
        QVERIFY(near(sd[4], 1.0));
        const auto lowest = indicators::previousMin(x, 2);
        QVERIFY(std::isnan(lowest[1]));
        QCOMPARE(lowest[2], 1.0); // bars 0, 1
        QCOMPARE(lowest[4], 3.0); // bars 2, 3: the current bar's 2 is not included
        QCOMPARE(indicators::previousMax(x, 2)[4], 4.0);
        QCOMPARE(indicators::previousMean(x, 2)[3], 2.5);
        // RSI(2) over changes +1, +1, +1, -2: first value 100 (no loss), then Wilder's average
        // gain (1·1 + 0) / 2 = 0.5 and loss (0·1 + 2) / 2 = 1: 100 - 100 / 1.5.
        const auto rsi = indicators::rsi(x, 2);
        QVERIFY(std::isnan(rsi[1]));
        QCOMPARE(rsi[2], 100.0);
        QVERIFY(near(rsi[4], 100 - 100 / 1.5));
    }

    void builtInsAreCausalAndTrade()
    {
        BarColumns bars = BarColumns::fromBars(randomWalkBars(600));
        // model_signal reads a forecast column (a model's, in the service): here a causal stand-in
        // made from bar t alone, NaN over the first 50 bars as a model's warm-up would be.
        bars.forecast.assign(bars.size(), NAN);
        for (size_t t = 50; t < bars.size(); ++t)
            bars.forecast[t] = bars.close[t] * (1 + 0.01 * std::sin(double(t) / 7));
        QCOMPARE(builtInStrategies().size(), size_t(5));
        for (const Strategy *s : builtInStrategies()) {
            QVERIFY2(!s->space().isEmpty(), qPrintable(s->name()));
            QVERIFY2(s->space().contains(s->defaults()), qPrintable(s->name()));
            const Status causal = checkCausality(*s, bars, s->defaults());
            QVERIFY2(causal.ok(), qPrintable(causal.error().message));
            const IndicatorCache cache(bars);
            BacktestOptions options;
            options.allowShort = true;
            auto r = backtestStrategy(*s, cache, s->defaults(), options);
            QVERIFY(r);
            QVERIFY2(r->scores.trades > 0, qPrintable(s->name()));
        }
    }

    void peekingStrategyIsCaught()
    {
        const BarColumns bars = BarColumns::fromBars(randomWalkBars(200));
        const Status causal = checkCausality(PeekingStrategy(), bars, {});
        QVERIFY(!causal.ok());
        QVERIFY(causal.error().message.contains(QStringLiteral("looks ahead")));
    }

    void paramsAreChecked()
    {
        const Strategy *ma = findStrategy(QStringLiteral("ma_crossover"));
        QVERIFY(ma);
        auto resolved = ma->resolve({ { QStringLiteral("fast"), 5.0 } });
        QVERIFY(resolved);
        QCOMPARE(resolved->value(QStringLiteral("fast")).toInt(), 5);
        QCOMPARE(resolved->value(QStringLiteral("slow")).toInt(), 30); // the default
        auto unknown = ma->resolve({ { QStringLiteral("fats"), 5 } });
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("fats")));
        QVERIFY(!ma->resolve({ { QStringLiteral("fast"), 5.5 } }));
        QVERIFY(!ma->resolve({ { QStringLiteral("slow"), 1000 } }));
        QVERIFY(!strategyNamed(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestBacktest)
#include "tst_backtest.moc"
