// A small LSTM hyperparameter search on the bundled sample (RELIANCE 5m), run with 1 and with 2
// parallel trials. Prints one JSON object:
//  - trials per hour of each run (the optimize step only: first trial start to last trial end);
//  - the share of that wall time the trial threads spent outside training (sampling, pruning
//    bookkeeping, recording trials, idle tail): 1 - sum(trial seconds) / (wall x workers);
//    target < 5 %;
//  - the best trial's validation skill against the bot's default configuration's (trained once
//    through TrainingService on the same splits), and both test skills.
// Usage: search_throughput [--trials N] [--epochs E] [--seed S] [--method bayes|random|grid].
// Scores are deployed skills against the naive forecast (> 0: beats "next = last").

#include "TestBars.h"
#include "data/CsvParser.h"
#include "domain/TrainingJob.h"
#include "search/SearchSpec.h"
#include "services/SearchService.h"
#include "services/TrainingService.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "training/TorchRuntime.h"
#include "training/TrainingSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace modeldeck;

namespace {

const QString kSymbol = QStringLiteral("RELIANCE");
const QString kTimeframe = QStringLiteral("5m");
const QString kBot = QStringLiteral("lstm_bot");

struct Options
{
    int trials = 8;
    int epochs = 6;
    quint64 seed = 1;
    Method method = Method::Bayes;
};

JobSpec searchJob(const Options &o, int workers)
{
    JobSpec spec;
    spec.symbol = kSymbol;
    spec.timeframe = kTimeframe;
    spec.bot = kBot;
    spec.params = { { QStringLiteral("epochs"), o.epochs } };
    SearchSpec search;
    search.method = o.method;
    search.trials = o.trials;
    search.seed = o.seed;
    search.parallel = workers;
    spec.search = search.toJson();
    return spec;
}

// One search with `workers` trials at a time; the figures of its optimize step.
QJsonObject runSearch(const Database &database, const Options &o, int workers)
{
    JobRepository jobs(*database.connection());
    auto id = jobs.enqueue(searchJob(o, workers));
    if (!id)
        return { { QStringLiteral("error"), id.error().toString() } };
    auto claimed = jobs.claim(*id, QCoreApplication::applicationPid());
    if (!claimed || !*claimed)
        return { { QStringLiteral("error"), QStringLiteral("cannot claim the search job") } };
    SearchService service(database);
    QElapsedTimer clock;
    clock.start();
    double optimizeStart = -1, optimizeEnd = -1;
    service.setProgressCallback([&](const TrainingProgress &p) {
        const double now = clock.nsecsElapsed() / 1e9;
        if (p.step == TrainingProgress::Step::Train && optimizeStart < 0)
            optimizeStart = now;
        if (p.step != TrainingProgress::Step::Data && p.step != TrainingProgress::Step::Train
            && optimizeEnd < 0)
            optimizeEnd = now;
    });
    const SearchOutcome outcome = service.run(**claimed);
    const double total = clock.nsecsElapsed() / 1e9;
    if (!outcome.ok)
        return { { QStringLiteral("error"), outcome.error.toString() } };
    double trialSeconds = 0;
    int pruned = 0;
    for (const SearchTrial &t : outcome.trials) {
        trialSeconds += t.durationSeconds;
        pruned += t.state == SearchTrial::State::Pruned ? 1 : 0;
    }
    const double wall = optimizeEnd - optimizeStart;
    const QJsonObject best = outcome.best->details;
    return {
        { QStringLiteral("workers"), workers },
        { QStringLiteral("trials"), int(outcome.trials.size()) },
        { QStringLiteral("pruned"), pruned },
        { QStringLiteral("optimize_seconds"), wall },
        { QStringLiteral("search_seconds"), total },
        { QStringLiteral("trials_per_hour"), outcome.trials.size() * 3600.0 / wall },
        { QStringLiteral("outside_training_share"), 1.0 - trialSeconds / (wall * workers) },
        { QStringLiteral("best_trial"), outcome.best->number },
        { QStringLiteral("best_params"), outcome.best->params },
        { QStringLiteral("best_validation_skill"), best.value(QStringLiteral("validation_skill")) },
        { QStringLiteral("best_raw_validation_skill"),
          best.value(QStringLiteral("raw_validation_skill")) },
        { QStringLiteral("best_test_skill"), outcome.final.metrics.skill },
    };
}

// The bot's default configuration (only the epochs as the search's), trained once.
QJsonObject runDefault(const Database &database, const Options &o)
{
    auto settings
        = TrainingSettings::fromParams(kBot, { { QStringLiteral("epochs"), o.epochs } }, 1);
    if (!settings)
        return { { QStringLiteral("error"), settings.error().toString() } };
    TrainingService service(database);
    TrainingRequest request;
    request.symbol = kSymbol;
    request.timeframe = kTimeframe;
    request.model = settings->model;
    request.features = settings->features;
    const TrainingOutcome outcome = service.train(request);
    if (!outcome.ok)
        return { { QStringLiteral("error"), outcome.error.toString() } };
    const QJsonObject metrics = outcome.record.config.value(QStringLiteral("metrics")).toObject();
    return { { QStringLiteral("validation_skill"),
               metrics.value(QStringLiteral("validation_skill")) },
             { QStringLiteral("raw_validation_skill"),
               metrics.value(QStringLiteral("raw_validation_skill")) },
             { QStringLiteral("test_skill"), outcome.metrics.skill } };
}

} // namespace

int main(int argc, char *argv[])
{
    TorchRuntime::prepareEnvironment(argv);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption trialsOption(QStringLiteral("trials"),
                                          QStringLiteral("Trials per search."), QStringLiteral("n"),
                                          QStringLiteral("8"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"),
                                          QStringLiteral("Epochs per trial."), QStringLiteral("n"),
                                          QStringLiteral("6"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Sampler seed."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption methodOption(QStringLiteral("method"),
                                          QStringLiteral("grid, random or bayes."),
                                          QStringLiteral("name"), QStringLiteral("bayes"));
    parser.addOptions({ trialsOption, epochsOption, seedOption, methodOption });
    parser.process(app);
    Options o;
    o.trials = std::max(1, parser.value(trialsOption).toInt());
    o.epochs = std::max(1, parser.value(epochsOption).toInt());
    o.seed = parser.value(seedOption).toULongLong();
    auto method = parseMethod(parser.value(methodOption));
    if (!method) {
        std::fprintf(stderr, "%s\n", qPrintable(method.error().toString()));
        return 2;
    }
    o.method = *method;
    TorchRuntime::initialize(1); // one torch thread per trial, as the queue runs them

    QFile file(QStringLiteral(MODELDECK_SOURCE_DIR "/resources/sample-data/RELIANCE_5min.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the bundled sample: %s\n",
                     qPrintable(file.errorString()));
        return 1;
    }
    auto parsed = CsvParser::parse(file.readAll(), {});
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("ws")));
    if (!parsed || !opened) {
        std::fprintf(stderr, "cannot set up the workspace\n");
        return 1;
    }
    const Database &database = **opened;
    if (const QString stored = test::storeBars(database, kSymbol, kTimeframe, parsed->bars);
        !stored.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(stored));
        return 1;
    }

    const QJsonObject one = runSearch(database, o, 1);
    const QJsonObject two = runSearch(database, o, 2);
    const QJsonObject defaults = runDefault(database, o);
    for (const QJsonObject &part : { one, two, defaults }) {
        if (part.contains(QStringLiteral("error"))) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(part.value(QStringLiteral("error")).toString()));
            return 1;
        }
    }
    const double share = std::max(one.value(QStringLiteral("outside_training_share")).toDouble(),
                                  two.value(QStringLiteral("outside_training_share")).toDouble());
    const double bestSkill
        = std::max(one.value(QStringLiteral("best_validation_skill")).toDouble(),
                   two.value(QStringLiteral("best_validation_skill")).toDouble());
    const QJsonObject result {
        { QStringLiteral("benchmark"), QStringLiteral("search_throughput") },
        { QStringLiteral("series"), QStringLiteral("RELIANCE_5min (bundled sample)") },
        { QStringLiteral("bars"), qint64(parsed->bars.size()) },
        { QStringLiteral("bot"), kBot },
        { QStringLiteral("method"), methodName(o.method) },
        { QStringLiteral("epochs_per_trial"), o.epochs },
        { QStringLiteral("one_worker"), one },
        { QStringLiteral("two_workers"), two },
        { QStringLiteral("speedup_two_workers"),
          two.value(QStringLiteral("trials_per_hour")).toDouble()
              / one.value(QStringLiteral("trials_per_hour")).toDouble() },
        { QStringLiteral("default_config"), defaults },
        { QStringLiteral("best_minus_default_validation_skill"),
          bestSkill - defaults.value(QStringLiteral("validation_skill")).toDouble() },
        { QStringLiteral("outside_training_share_max"), share },
        { QStringLiteral("outside_training_target"), 0.05 },
        { QStringLiteral("outside_training_ratio_to_target"), share / 0.05 },
        { QStringLiteral("pass"), share < 0.05 },
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
