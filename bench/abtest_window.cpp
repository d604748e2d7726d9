// What an A/B test's window costs per forecast, per bot: ModelBacktest over the newest N bars
// (windows batched, as the A/B test and comparison run; network time per forecast and the whole
// run's wall time with features, copies, blend and bands) against the same windows through the
// network one per call (as if the model were asked bar by bar). Weights from a short training: the
// cost does not depend on them. Usage: abtest_window [--window N] [--bars N] [--bots a,b]. Prints
// one JSON object.

#include "BenchSeries.h"
#include "features/FeatureSet.h"
#include "services/ModelBacktest.h"
#include "services/ModelRegistry.h"
#include "services/TrainingService.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"
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
#include <random>

using namespace modeldeck;

using bench::storeBars;
using bench::syntheticBars;

int main(int argc, char *argv[])
{
    TorchRuntime::prepareEnvironment(argv);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption windowOption(QStringLiteral("window"), QStringLiteral("Forecasts."),
                                    QStringLiteral("n"), QStringLiteral("250"));
    QCommandLineOption barsOption(QStringLiteral("bars"), QStringLiteral("Bars stored."),
                                  QStringLiteral("n"), QStringLiteral("2000"));
    QCommandLineOption botsOption(QStringLiteral("bots"),
                                  QStringLiteral("Comma-separated model types."),
                                  QStringLiteral("list"), QStringLiteral("lstm_bot,gbm_bot"));
    parser.addOptions({ windowOption, barsOption, botsOption });
    parser.addHelpOption();
    parser.process(app);
    const int window = std::max(10, parser.value(windowOption).toInt());
    TorchRuntime::initialize(1);

    QTemporaryDir dir;
    const std::vector<Bar> bars = syntheticBars(parser.value(barsOption).toInt());
    auto database = Database::open(dir.path());
    if (!database || !storeBars(**database, bars)) {
        std::fprintf(stderr, "cannot create the benchmark workspace\n");
        return 1;
    }
    const Database &db = **database;
    QJsonArray models;
    for (const QString &bot : parser.value(botsOption).split(u',', Qt::SkipEmptyParts)) {
        ModelConfig config = ModelConfig::defaults(bot);
        config.epochs = ModelConfig::isTreeModel(bot) ? config.epochs : 1;
        FeatureConfig features;
        features.lookback = config.lookback;
        const TrainingOutcome trained = TrainingService(db).train(
            { QStringLiteral("SYN"), QStringLiteral("5m"), config, features });
        auto saved = trained.ok
            ? ModelRegistry(db).saveRecord({ trained.recordId, bot, QString(), {}, false })
            : Result<RegisteredModel>(trained.error);
        auto loaded = saved ? RegisteredModelLoader::load(*saved, db.workspaceDir())
                            : Result<LoadedModel>(saved.error());
        if (!loaded) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(bot),
                         qPrintable(loaded.error().toString()));
            return 1;
        }
        QJsonObject row { { QStringLiteral("bot"), bot },
                          { QStringLiteral("lookback"), config.lookback } };
        // Batched: what the A/B test runs.
        QElapsedTimer wall;
        wall.start();
        auto run = ModelBacktest::run(*loaded, bars, 1, window);
        const double wallMs = wall.nsecsElapsed() / 1e6;
        if (!run) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(bot), qPrintable(run.error().toString()));
            return 1;
        }
        row.insert(QStringLiteral("batched"),
                   QJsonObject { { QStringLiteral("batch"), ModelBacktest::kBatch },
                                 { QStringLiteral("network_ms_per_forecast"), run->msPerForecast },
                                 { QStringLiteral("wall_ms"), wallMs } });
        // One window per call, the same windows: as if the model were asked bar by bar.
        auto fs
            = FeatureSet::buildLatest(bars, loaded->features.config, loaded->features.featureScaler,
                                      loaded->features.targetScaler);
        if (!fs) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(bot), qPrintable(fs.error().toString()));
            return 1;
        }
        const int lookback = loaded->features.config.lookback;
        const qsizetype width = qsizetype(lookback) * fs->featureCount;
        const int last = int(bars.size()) - 2;
        qint64 ns = 0;
        double checksum = 0;
        for (int t = last - window + 1; t <= last; ++t) {
            const auto from = fs->rows.begin() + qsizetype(t - lookback + 1) * fs->featureCount;
            const std::vector<float> one(from, from + width);
            QElapsedTimer timer;
            timer.start();
            auto out = loaded->network->forward(one, 1);
            ns += timer.nsecsElapsed();
            if (!out)
                return 1;
            checksum += out->front();
        }
        row.insert(QStringLiteral("one_by_one"),
                   QJsonObject { { QStringLiteral("batch"), 1 },
                                 { QStringLiteral("network_ms_per_forecast"), ns / 1e6 / window },
                                 { QStringLiteral("checksum"), checksum } });
        row.insert(QStringLiteral("speedup"),
                   run->msPerForecast > 0 ? ns / 1e6 / window / run->msPerForecast : 0.0);
        models.append(row);
    }
    const QJsonObject result { { QStringLiteral("benchmark"), QStringLiteral("abtest_window") },
                               { QStringLiteral("window"), window },
                               { QStringLiteral("bars"), qint64(bars.size()) },
                               { QStringLiteral("models"), models } };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
