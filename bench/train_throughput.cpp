// Training throughput against PyTorch: trains the same LSTM (features → 64, 2 layers,
// lookback 32, batch 64, Adam, MSE) on the same feature rows for the same epochs and thread
// count with ModelDeck's Trainer and with bench/reference/train_lstm.py under Debian's
// python3-torch, then measures cancel latency (p50/p99 over 20 cancels) of the largest
// default model. Usage: train_throughput [--bars N] [--epochs N] [--threads N]
// [--no-python] [--cancels N]. Prints one JSON object.

#include "BenchStats.h"
#include "features/FeatureSet.h"
#include "training/CancellationToken.h"
#include "training/TorchRuntime.h"
#include "training/Trainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <future>
#include <random>

using namespace modeldeck;
using modeldeck::bench::percentile;

namespace {

std::vector<Bar> syntheticBars(int count)
{
    std::mt19937 rng(1234);
    std::normal_distribution<double> noise(0.0, 0.3);
    std::vector<Bar> bars;
    bars.reserve(size_t(count));
    double trend = 0;
    for (int i = 0; i < count; ++i) {
        trend += noise(rng) * 0.2;
        const double close = 1000 + trend + 5 * std::sin(2 * M_PI * i / 75.0) + noise(rng);
        Bar b;
        b.timeUtcMs = 1'700'000'000'000 + qint64(i) * 300'000;
        b.open = close - 0.2;
        b.high = close + 0.5;
        b.low = close - 0.6;
        b.close = close;
        b.volume = 10000 + 1000 * std::abs(noise(rng));
        bars.push_back(b);
    }
    return bars;
}

bool writeRaw(const QString &path, const void *data, qint64 bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(static_cast<const char *>(data), bytes) == bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    TorchRuntime::prepareEnvironment(argv);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption barsOption(QStringLiteral("bars"), QStringLiteral("Bars of synthetic data."),
                                  QStringLiteral("n"), QStringLiteral("12000"));
    QCommandLineOption epochsOption(QStringLiteral("epochs"), QStringLiteral("Epochs."),
                                    QStringLiteral("n"), QStringLiteral("3"));
    QCommandLineOption threadsOption(QStringLiteral("threads"),
                                     QStringLiteral("Torch threads for both."), QStringLiteral("n"),
                                     QStringLiteral("1"));
    QCommandLineOption cancelsOption(QStringLiteral("cancels"),
                                     QStringLiteral("Cancel-latency samples."), QStringLiteral("n"),
                                     QStringLiteral("20"));
    QCommandLineOption noPython(QStringLiteral("no-python"),
                                QStringLiteral("Skip the PyTorch reference."));
    parser.addOptions({ barsOption, epochsOption, threadsOption, cancelsOption, noPython });
    parser.addHelpOption();
    parser.process(app);
    const int threads = parser.value(threadsOption).toInt();
    TorchRuntime::initialize(threads);

    ModelConfig config = ModelConfig::defaults(QStringLiteral("lstm_bot"));
    config.hiddenSize = 64;
    config.layers = 2;
    config.lookback = 32;
    config.batchSize = 64;
    config.dropout = 0;
    config.epochs = parser.value(epochsOption).toInt();
    config.patience = config.epochs + 1;
    config.lrPatience = config.epochs + 1;
    FeatureConfig features;
    features.lookback = config.lookback;
    const auto bars = syntheticBars(parser.value(barsOption).toInt());
    auto fs = FeatureSet::build(bars, features);
    if (!fs) {
        std::fprintf(stderr, "%s\n", qPrintable(fs.error().toString()));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    auto trained = Trainer(config, *fs).run();
    const double cppSeconds = timer.nsecsElapsed() / 1e9;
    if (!trained) {
        std::fprintf(stderr, "%s\n", qPrintable(trained.error().toString()));
        return 1;
    }
    const double samples = double(fs->train.size()) * config.epochs;
    QJsonObject result {
        { QStringLiteral("benchmark"), QStringLiteral("train_throughput") },
        { QStringLiteral("threads"), threads },
        { QStringLiteral("blas_core"), TorchRuntime::blasCoreName() },
        { QStringLiteral("features"), fs->featureCount },
        { QStringLiteral("train_samples"), fs->train.size() },
        { QStringLiteral("epochs"), config.epochs },
        { QStringLiteral("modeldeck_samples_per_s"), samples / cppSeconds },
        { QStringLiteral("modeldeck_seconds"), cppSeconds },
        { QStringLiteral("modeldeck_final_train_loss"), trained->epochs.back().trainLoss },
        { QStringLiteral("modeldeck_final_val_loss"), trained->epochs.back().valLoss },
    };

    if (!parser.isSet(noPython)) {
        QTemporaryDir dir;
        const QString rowsPath = dir.filePath(QStringLiteral("rows.f32"));
        const QString targetsPath = dir.filePath(QStringLiteral("targets.f32"));
        const QString metaPath = dir.filePath(QStringLiteral("meta.json"));
        writeRaw(rowsPath, fs->rows.data(), qint64(fs->rows.size() * sizeof(float)));
        writeRaw(targetsPath, fs->targets.data(), qint64(fs->targets.size() * sizeof(float)));
        const QJsonObject meta { { QStringLiteral("rows"), rowsPath },
                                 { QStringLiteral("targets"), targetsPath },
                                 { QStringLiteral("row_count"), fs->rowCount },
                                 { QStringLiteral("features"), fs->featureCount },
                                 { QStringLiteral("lookback"), config.lookback },
                                 { QStringLiteral("hidden"), config.hiddenSize },
                                 { QStringLiteral("layers"), config.layers },
                                 { QStringLiteral("batch_size"), config.batchSize },
                                 { QStringLiteral("epochs"), config.epochs },
                                 { QStringLiteral("learning_rate"), config.learningRate },
                                 { QStringLiteral("grad_clip"), config.gradClip },
                                 { QStringLiteral("seed"), qint64(config.seed) },
                                 { QStringLiteral("threads"), threads },
                                 { QStringLiteral("blas_core"), TorchRuntime::blasCoreName() },
                                 { QStringLiteral("train_begin"), fs->train.begin },
                                 { QStringLiteral("train_end"), fs->train.end },
                                 { QStringLiteral("val_begin"), fs->validation.begin },
                                 { QStringLiteral("val_end"), fs->validation.end } };
        QFile metaFile(metaPath);
        metaFile.open(QIODevice::WriteOnly);
        metaFile.write(QJsonDocument(meta).toJson());
        metaFile.close();
        QProcess python;
        python.start(
            QStringLiteral("/usr/bin/python3"),
            { QStringLiteral(MODELDECK_SOURCE_DIR "/bench/reference/train_lstm.py"), metaPath });
        python.waitForFinished(-1);
        const QJsonObject reference
            = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        if (reference.isEmpty()) {
            result.insert(QStringLiteral("python_error"),
                          QString::fromUtf8(python.readAllStandardError()).right(400));
        } else {
            const double pySamples = reference.value(QStringLiteral("samples_per_s")).toDouble();
            result.insert(QStringLiteral("python_samples_per_s"), pySamples);
            result.insert(QStringLiteral("python_final_train_loss"),
                          reference.value(QStringLiteral("final_train_loss")));
            result.insert(QStringLiteral("python_final_val_loss"),
                          reference.value(QStringLiteral("final_val_loss")));
            result.insert(QStringLiteral("python_torch"), reference.value(QStringLiteral("torch")));
            result.insert(QStringLiteral("ratio_modeldeck_to_python"),
                          samples / cppSeconds / pySamples);
            result.insert(QStringLiteral("ratio_target"), 1.0);
        }
    }

    // Cancel latency: cancel at a random point of the run, measure until run() returns.
    const QString largest = QStringLiteral("transformer_bot");
    ModelConfig big = ModelConfig::defaults(largest);
    big.lookback = config.lookback;
    big.epochs = 1000;
    std::vector<double> latenciesMs;
    std::mt19937 rng(99);
    std::uniform_int_distribution<int> delayMs(50, 400);
    for (int i = 0; i < parser.value(cancelsOption).toInt(); ++i) {
        CancellationToken token;
        Trainer trainer(big, *fs);
        trainer.setCancellationToken(&token);
        QElapsedTimer cancelClock;
        auto running = std::async(std::launch::async, [&trainer] { return trainer.run(); });
        QThread::msleep(ulong(delayMs(rng)));
        cancelClock.start();
        token.cancel(QStringLiteral("benchmark"));
        auto outcome = running.get();
        latenciesMs.push_back(cancelClock.nsecsElapsed() / 1e6);
        Q_UNUSED(outcome);
    }
    result.insert(QStringLiteral("cancel_model"), largest);
    result.insert(QStringLiteral("cancel_p50_ms"), percentile(latenciesMs, 0.5));
    result.insert(QStringLiteral("cancel_p99_ms"), percentile(latenciesMs, 0.99));
    result.insert(QStringLiteral("cancel_target_p99_ms"), 200);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
