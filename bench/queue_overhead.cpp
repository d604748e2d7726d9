// Queue overhead: N no-op jobs (default 10,000) through TrainingQueue with persistence on
// (enqueue, claim, progress/heartbeat, finish are all real SQLite writes), then force-stop
// latency with a real model training (p50/p99 over 20 runs, from forceStop() to the
// jobFinished signal). Usage: queue_overhead [--jobs N] [--stops N]. Prints one JSON object.

#include "BenchStats.h"
#include "queue/TrainingQueue.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"
#include "training/CancellationToken.h"
#include "training/TorchRuntime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace modeldeck;
using modeldeck::bench::percentile;

namespace {

JobSpec noopSpec(int i)
{
    return { QStringLiteral("S%1").arg(i),
             QStringLiteral("5m"),
             QStringLiteral("naive"),
             QJsonObject(),
             1,
             0,
             0,
             0 };
}

} // namespace

int main(int argc, char *argv[])
{
    TorchRuntime::prepareEnvironment(argv);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("No-op jobs."),
                                  QStringLiteral("n"), QStringLiteral("10000"));
    QCommandLineOption stopsOption(QStringLiteral("stops"), QStringLiteral("Force-stop samples."),
                                   QStringLiteral("n"), QStringLiteral("20"));
    parser.addOptions({ jobsOption, stopsOption });
    parser.process(app);
    TorchRuntime::initialize(1);
    const int jobs = parser.value(jobsOption).toInt();

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("ws")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    std::shared_ptr<Database> db(std::move(*opened));

    QJsonObject result { { QStringLiteral("benchmark"), QStringLiteral("queue_overhead") },
                         { QStringLiteral("jobs"), jobs } };
    {
        TrainingQueue queue(db);
        queue.setExecutor(
            [](const TrainingJob &, const CancellationToken &, const ProgressCallback &progress) {
                TrainingProgress p;
                p.step = TrainingProgress::Step::Save;
                p.stepFraction = 1.0;
                progress(p);
                return JobResult {};
            });
        if (auto acquired = queue.acquire(); !acquired)
            return 1;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < jobs; ++i) {
            if (!queue.enqueue(noopSpec(i)))
                return 1;
        }
        const double enqueueSeconds = timer.nsecsElapsed() / 1e9;
        timer.restart();
        QEventLoop loop;
        QObject::connect(&queue, &TrainingQueue::drained, &loop, &QEventLoop::quit);
        queue.start();
        if (queue.counts().pending > 0)
            loop.exec();
        const double runSeconds = timer.nsecsElapsed() / 1e9;
        if (queue.counts().completed != jobs) {
            std::fprintf(stderr, "only %d of %d jobs completed\n", queue.counts().completed, jobs);
            return 1;
        }
        const double perJobMs = (enqueueSeconds + runSeconds) * 1000 / jobs;
        result.insert(QStringLiteral("enqueue_ms_per_job"), enqueueSeconds * 1000 / jobs);
        result.insert(QStringLiteral("run_ms_per_job"), runSeconds * 1000 / jobs);
        result.insert(QStringLiteral("overhead_ms_per_job"), perJobMs);
        result.insert(QStringLiteral("overhead_target_ms"), 1.0);
        result.insert(QStringLiteral("overhead_ratio_to_target"), perJobMs / 1.0);
    }

    // Force-stop latency with a real LSTM training.
    {
        auto c = db->connection();
        MarketDataRepository repo(*c);
        WriteTransaction tx(*c);
        const qint64 sym = *repo.ensureSymbol(
            { 0, QStringLiteral("SINE"), QString(), QString(), QStringLiteral("UTC") });
        std::vector<Bar> bars;
        for (int i = 0; i < 4000; ++i) {
            const double close = 100 + 2 * std::sin(i / 4.0) + 0.01 * i;
            bars.push_back({ 1'700'000'000'000 + qint64(i) * 300'000, close, close + 0.1,
                             close - 0.1, close, NAN, 10, 0 });
        }
        if (!repo.mergeBars(sym, QStringLiteral("5m"), bars) || !tx.commit()) {
            std::fprintf(stderr, "cannot write the benchmark bars\n");
            return 1;
        }
    }
    std::vector<double> latencies;
    std::mt19937 rng(5);
    std::uniform_int_distribution<int> delay(300, 900);
    for (int i = 0; i < parser.value(stopsOption).toInt(); ++i) {
        TrainingQueue queue(db);
        if (!queue.acquire())
            return 1;
        JobSpec spec { QStringLiteral("SINE"),
                       QStringLiteral("5m"),
                       QStringLiteral("lstm_bot"),
                       QJsonObject { { QStringLiteral("epochs"), 1000 },
                                     { QStringLiteral("seed"), i } },
                       1,
                       0,
                       0,
                       0 };
        if (!queue.enqueue(spec))
            return 1;
        QEventLoop loop;
        QElapsedTimer stopClock;
        QObject::connect(&queue, &TrainingQueue::jobFinished, &loop, [&] {
            latencies.push_back(stopClock.nsecsElapsed() / 1e6);
            loop.quit();
        });
        QTimer::singleShot(delay(rng), &loop, [&] {
            stopClock.start();
            queue.forceStop(QStringLiteral("benchmark"));
        });
        queue.start();
        loop.exec();
    }
    result.insert(QStringLiteral("force_stop_p50_ms"), percentile(latencies, 0.5));
    result.insert(QStringLiteral("force_stop_p99_ms"), percentile(latencies, 0.99));
    result.insert(QStringLiteral("force_stop_target_p99_ms"), 200);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
