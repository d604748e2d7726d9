// Prediction latency: one PredictionService::predict call per model type on the latest stored
// bars (default architectures, lookback 32), p50/p99 over N calls each:
//   warm  — one service, the loaded network reused (the file is stat'ed, not re-read);
//   cold  — a new service per call: the file is read, hash-checked and deserialised each time;
//   saved — warm, with the prediction written to the database;
//   forward_only — the network alone on one window, without database and features.
// The weights come from one training epoch: latency does not depend on them. Target: LSTM
// warm p50 < 5 ms. Usage: predict_latency [--calls N] [--bars N] [--threads N] [--bots a,b].
// Prints one JSON object.

#include "BenchSeries.h"
#include "BenchStats.h"
#include "services/ModelRegistry.h"
#include "services/PredictionService.h"
#include "services/TrainingService.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"
#include "training/InferenceModel.h"
#include "training/ModelFile.h"
#include "training/TorchRuntime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>

using namespace modeldeck;
using modeldeck::bench::percentile;
using modeldeck::bench::storeBars;
using modeldeck::bench::syntheticBars;

namespace {

constexpr double kTargetLstmP50Ms = 5.0;

// Milliseconds per call of `call`, which returns false on failure.
std::vector<double> timeCalls(int calls, const std::function<bool()> &call)
{
    std::vector<double> ms;
    ms.reserve(size_t(calls));
    for (int i = 0; i < calls; ++i) {
        QElapsedTimer t;
        t.start();
        if (!call())
            return {};
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    return ms;
}

QJsonObject stats(const std::vector<double> &ms)
{
    return { { QStringLiteral("p50_ms"), percentile(ms, 0.50) },
             { QStringLiteral("p99_ms"), percentile(ms, 0.99) } };
}

} // namespace

int main(int argc, char *argv[])
{
    TorchRuntime::prepareEnvironment(argv);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption callsOption(QStringLiteral("calls"),
                                   QStringLiteral("Calls per model and mode."), QStringLiteral("n"),
                                   QStringLiteral("300"));
    QCommandLineOption barsOption(QStringLiteral("bars"), QStringLiteral("Bars stored."),
                                  QStringLiteral("n"), QStringLiteral("3000"));
    QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("Torch threads."),
                                     QStringLiteral("n"), QStringLiteral("1"));
    QCommandLineOption botsOption(
        QStringLiteral("bots"), QStringLiteral("Comma-separated model types."),
        QStringLiteral("list"),
        QStringLiteral("lstm_bot,gru_bot,transformer_bot,mlp_bot,linear_bot"));
    parser.addOptions({ callsOption, barsOption, threadsOption, botsOption });
    parser.addHelpOption();
    parser.process(app);
    const int calls = std::max(1, parser.value(callsOption).toInt());
    TorchRuntime::initialize(parser.value(threadsOption).toInt());

    QTemporaryDir dir;
    auto database = Database::open(dir.path());
    if (!database || !storeBars(**database, syntheticBars(parser.value(barsOption).toInt()))) {
        std::fprintf(stderr, "cannot create the benchmark workspace\n");
        return 1;
    }
    const Database &db = **database;

    QJsonArray models;
    double lstmWarmP50 = 0;
    const QStringList bots = parser.value(botsOption).split(u',', Qt::SkipEmptyParts);
    for (const QString &bot : bots) {
        ModelConfig config = ModelConfig::defaults(bot);
        config.lookback = 32;
        config.epochs = 1;
        FeatureConfig features;
        features.lookback = config.lookback;
        const TrainingOutcome trained = TrainingService(db).train(
            { QStringLiteral("SYN"), QStringLiteral("5m"), config, features });
        if (!trained.ok) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(bot), qPrintable(trained.error.toString()));
            return 1;
        }
        auto saved = ModelRegistry(db).saveRecord({ trained.recordId, bot, QString(), {}, true });
        if (!saved) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(bot), qPrintable(saved.error().toString()));
            return 1;
        }
        const PredictRequest request { bot, 1, false };
        PredictionService warmService(db);
        if (auto first = warmService.predict(request); !first) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(bot), qPrintable(first.error().toString()));
            return 1;
        }
        const auto warm = timeCalls(calls, [&] { return warmService.predict(request).ok(); });
        const auto cold
            = timeCalls(calls, [&] { return PredictionService(db).predict(request).ok(); });
        const auto savedCalls = timeCalls(calls, [&] {
            return warmService.predict({ bot, 1, true }).ok();
        });
        // The network alone, to see how much of a warm call is torch.
        const int featureCount
            = int(trained.record.config.value(QStringLiteral("feature_names")).toArray().size());
        auto bytes = ModelFile::readVerified(db.workspaceDir() + u'/' + saved->filePath,
                                             saved->fileSha256);
        auto network
            = InferenceModel::fromModelFile(bytes ? *bytes : QByteArray(), config, featureCount);
        const std::vector<float> window(size_t(config.lookback) * size_t(featureCount), 0.5f);
        const auto forward = network
            ? timeCalls(calls, [&] { return (*network)->forward(window, 1).ok(); })
            : std::vector<double>();
        if (warm.empty() || cold.empty() || savedCalls.empty() || forward.empty()) {
            std::fprintf(stderr, "%s: a prediction failed\n", qPrintable(bot));
            return 1;
        }
        if (bot == QLatin1StringView("lstm_bot"))
            lstmWarmP50 = percentile(warm, 0.5);
        models.append(QJsonObject { { QStringLiteral("bot"), bot },
                                    { QStringLiteral("hidden_size"), config.hiddenSize },
                                    { QStringLiteral("layers"), config.layers },
                                    { QStringLiteral("file_kb"), saved->fileSize / 1024.0 },
                                    { QStringLiteral("forward_only"), stats(forward) },
                                    { QStringLiteral("warm"), stats(warm) },
                                    { QStringLiteral("cold"), stats(cold) },
                                    { QStringLiteral("saved"), stats(savedCalls) } });
    }
    const QJsonObject result { { QStringLiteral("benchmark"), QStringLiteral("predict_latency") },
                               { QStringLiteral("calls"), calls },
                               { QStringLiteral("lookback"), 32 },
                               { QStringLiteral("threads"), TorchRuntime::intraOpThreads() },
                               { QStringLiteral("blas_core"), TorchRuntime::blasCoreName() },
                               { QStringLiteral("models"), models },
                               { QStringLiteral("lstm_warm_p50_target_ms"), kTargetLstmP50Ms },
                               { QStringLiteral("lstm_warm_p50_ratio_to_target"),
                                 lstmWarmP50 / kTargetLstmP50Ms } };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
