// Backtest throughput: bar-evaluations per second of ma_crossover over a seeded 1,000,000-bar
// series × 100 parameter sets (fast 2..47 step 5 × slow 20..200 step 20), long and short, with
// commission and slippage — against bench/reference/ma_crossover.py, NumPy's vectorised version of
// exactly the same strategy and cost model (/usr/bin/python3, Debian's python3-numpy). Both sides
// compute each distinct moving average once (inside the timing) and report every set's total
// return; they must agree (relative difference ≤ 1e-9). ModelDeck's loop also computes every
// other score (Sharpe, Sortino, drawdown, trades…); NumPy's only the total return. One thread
// on each side by default (the target's terms); --threads N spreads ModelDeck's parameter sets
// over N threads as StrategyOptimizer does (backtestMany). The fastest of --repeats runs counts.
// Target: ratio ≥ 2 with one thread.
// Usage: backtest_throughput [--bars N] [--repeats N] [--threads N]. Prints one JSON object.

#include "backtest/BacktestEngine.h"
#include "backtest/ParallelBacktest.h"
#include "backtest/Strategy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>
#include <random>

using namespace modeldeck;
using namespace Qt::StringLiterals;

namespace {

constexpr double kCommission = 0.0005;
constexpr double kSlippage = 0.0002;

// A seeded 5-minute random walk with small opening gaps.
BarColumns series(int n)
{
    std::mt19937_64 rng(20);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<Bar> bars(static_cast<size_t>(n));
    double close = 100;
    for (int i = 0; i < n; ++i) {
        Bar &b = bars[size_t(i)];
        b.timeUtcMs = 1704067200000LL + qint64(i) * 300000;
        b.open = close * (1 + 0.0002 * normal(rng));
        close = b.open * (1 + 0.002 * normal(rng));
        b.close = close;
        b.high = std::max(b.open, b.close);
        b.low = std::min(b.open, b.close);
        b.volume = 1000;
    }
    return BarColumns::fromBars(bars);
}

bool writeDoubles(const QString &path, const std::vector<double> &values)
{
    QFile f(path);
    const auto bytes = qint64(values.size() * sizeof(double));
    return f.open(QIODevice::WriteOnly)
        && f.write(reinterpret_cast<const char *>(values.data()), bytes) == bytes;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        { { u"bars"_s, u"Bars of the series."_s, u"N"_s, u"1000000"_s },
          { u"repeats"_s, u"Runs per side (the fastest counts)."_s, u"N"_s, u"3"_s },
          { u"threads"_s, u"ModelDeck's threads over the parameter sets."_s, u"N"_s, u"1"_s } });
    parser.process(app);
    const int n = std::max(1000, parser.value(u"bars"_s).toInt());
    const int repeats = std::max(1, parser.value(u"repeats"_s).toInt());
    const int threads = std::max(1, parser.value(u"threads"_s).toInt());
    const BarColumns bars = series(n);
    std::vector<std::pair<int, int>> pairs;
    QStringList pairText;
    for (int f = 0; f < 10; ++f) {
        for (int s = 0; s < 10; ++s) {
            pairs.emplace_back(2 + 5 * f, 20 + 20 * s);
            pairText << u"%1:%2"_s.arg(pairs.back().first).arg(pairs.back().second);
        }
    }
    const Strategy *strategy = findStrategy(u"ma_crossover"_s);
    BacktestOptions options;
    options.commission = kCommission;
    options.slippage = kSlippage;
    options.allowShort = true;
    options.details = false;
    options.barsPerYear = barsPerYear(bars.time, 300);

    std::vector<double> ours;
    double best = 0;
    std::vector<qint8> signals(bars.size());
    for (int r = 0; r < repeats; ++r) {
        ours.clear();
        QElapsedTimer clock;
        clock.start();
        const IndicatorCache cache(bars); // moving averages computed afresh each repeat
        if (threads == 1) {
            for (const auto &[fast, slow] : pairs) {
                strategy->signals(cache, { { u"fast"_s, fast }, { u"slow"_s, slow } }, signals);
                ours.push_back(runBacktest(bars, signals, options).scores.totalReturn);
            }
        } else {
            std::vector<QJsonObject> sets;
            for (const auto &[fast, slow] : pairs)
                sets.push_back({ { u"fast"_s, fast }, { u"slow"_s, slow } });
            for (const auto &run :
                 backtestMany(*strategy, cache, sets, options, 0, size_t(-1), threads))
                ours.push_back(run ? run->scores.totalReturn : NAN);
        }
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        best = r == 0 ? seconds : std::min(best, seconds);
    }
    const double evaluations = double(bars.size()) * double(pairs.size());
    QJsonObject out { { u"benchmark"_s, u"backtest_throughput"_s },
                      { u"strategy"_s, u"ma_crossover"_s },
                      { u"bars"_s, qint64(bars.size()) },
                      { u"parameter_sets"_s, int(pairs.size()) },
                      { u"threads"_s, threads },
                      { u"modeldeck_seconds"_s, best },
                      { u"modeldeck_bar_evaluations_per_second"_s, evaluations / best },
                      { u"target"_s, QJsonObject { { u"min_ratio"_s, 2.0 } } } };

    QTemporaryDir dir;
    const QString openPath = dir.filePath(u"open.f64"_s);
    const QString closePath = dir.filePath(u"close.f64"_s);
    QString error;
    if (!writeDoubles(openPath, bars.open) || !writeDoubles(closePath, bars.close)) {
        error = u"cannot write the series for Python"_s;
    } else {
        QProcess python;
        python.start(u"/usr/bin/python3"_s,
                     { QStringLiteral(MODELDECK_SOURCE_DIR "/bench/reference/ma_crossover.py"),
                       openPath, closePath, u"--pairs"_s, pairText.join(u','), u"--cost"_s,
                       QString::number(kCommission + kSlippage, 'g', 17), u"--short"_s,
                       u"--repeats"_s, QString::number(repeats) });
        if (!python.waitForFinished(1800000) || python.exitCode() != 0) {
            error = QString::fromUtf8(python.readAllStandardError()).trimmed().section(u'\n', -1);
            if (error.isEmpty())
                error = u"/usr/bin/python3 did not finish"_s;
        } else {
            const QJsonObject reference
                = QJsonDocument::fromJson(python.readAllStandardOutput().trimmed()).object();
            const double seconds = reference.value(u"seconds"_s).toDouble(-1);
            const QJsonArray totals = reference.value(u"total_returns"_s).toArray();
            double worst = 0;
            for (size_t i = 0; i < ours.size() && i < size_t(totals.size()); ++i) {
                const double theirs = totals[qsizetype(i)].toDouble();
                worst
                    = std::max(worst, std::abs(ours[i] - theirs) / std::max(1.0, std::abs(theirs)));
            }
            const bool same = totals.size() == qsizetype(ours.size()) && worst <= 1e-9;
            out.insert(u"numpy_version"_s, reference.value(u"numpy"_s));
            out.insert(u"numpy_seconds"_s, seconds);
            out.insert(u"numpy_bar_evaluations_per_second"_s, evaluations / seconds);
            out.insert(u"ratio"_s, seconds / best);
            out.insert(u"total_returns_match"_s, same);
            out.insert(u"max_relative_difference"_s, worst);
            out.insert(u"pass"_s, same && seconds / best >= 2.0);
        }
    }
    if (!error.isEmpty())
        out.insert(u"python_error"_s, error);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return error.isEmpty() && out.value(u"total_returns_match"_s).toBool() ? 0 : 1;
}
