// gbm_bot (and forest_bot) against the same model trained by Python's XGBoost on the same
// features: ModelDeck's TreeTrainer runs on a seeded synthetic daily series (AR(1) returns),
// the feature table goes to bench/reference/export_xgboost.py (/usr/bin/python3 with
// python3-xgboost) with the same parameters, and the seconds are compared. Both sides run every
// round (no early stopping) on one thread; ModelDeck's time includes building the table, the
// validation and test predictions and the importance, Python's only the DMatrix objects and
// xgb.train. Target: ratio ≤ 1.1 (the same library underneath: the wrapper must add nothing).
// Usage: tree_reference [--bars N] [--rounds N] [--repeats N] [--bot gbm_bot|forest_bot]
// Prints one JSON object.

#include "BenchStats.h"
#include "SyntheticSeries.h"
#include "features/FeatureTable.h"
#include "training/TorchRuntime.h"
#include "training/TreeTrainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace modeldeck;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Python's seconds for one run, or a negative number when it could not run.
double pythonSeconds(const QStringList &arguments, QString *error)
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s, arguments);
    if (!python.waitForFinished(600000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError()).trimmed().section(u'\n', -1);
        return -1;
    }
    const QByteArray out = python.readAllStandardOutput().trimmed().split('\n').last();
    return QJsonDocument::fromJson(out).object().value(u"seconds"_s).toDouble(-1);
}

} // namespace

int main(int argc, char **argv)
{
    TorchRuntime::prepareEnvironment(argv);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { u"bars"_s, u"Bars of the series."_s, u"N"_s, u"20000"_s },
                        { u"rounds"_s, u"Boosting rounds."_s, u"N"_s, u"300"_s },
                        { u"repeats"_s, u"Runs per side (the median counts)."_s, u"N"_s, u"3"_s },
                        { u"bot"_s, u"gbm_bot or forest_bot."_s, u"B"_s, u"gbm_bot"_s } });
    parser.process(app);
    TorchRuntime::initialize(1);
    const QString bot = parser.value(u"bot"_s);
    const int rounds = parser.value(u"rounds"_s).toInt();
    const int repeats = std::max(1, parser.value(u"repeats"_s).toInt());

    ModelConfig model = ModelConfig::defaults(bot);
    model.epochs = rounds;
    model.patience = rounds; // every round on both sides
    FeatureConfig config;
    config.lookback = model.lookback;
    const auto bars
        = test::syntheticSeries(test::Synthetic::Ar1Returns, parser.value(u"bars"_s).toInt());
    auto fs = FeatureSet::build(bars, config);
    if (!fs) {
        std::fprintf(stderr, "%s\n", qPrintable(fs.error().toString()));
        return 1;
    }

    QTemporaryDir dir;
    const QString table = dir.filePath(u"table.csv"_s);
    const QString meta = dir.filePath(u"meta.json"_s);
    if (!writeFile(table, FeatureTable::csv(*fs))
        || !writeFile(meta, QJsonDocument(FeatureTable::description(*fs)).toJson())) {
        std::fprintf(stderr, "cannot write the feature table\n");
        return 1;
    }
    const auto number = [](double v) { return QString::number(v, 'g', 17); };
    const QStringList arguments {
        QStringLiteral(MODELDECK_SOURCE_DIR "/bench/reference/export_xgboost.py"),
        table,
        meta,
        dir.filePath(u"model.json"_s),
        u"--timing"_s,
        u"--model-type"_s,
        bot,
        u"--rounds"_s,
        QString::number(rounds),
        u"--patience"_s,
        QString::number(rounds),
        u"--eta"_s,
        number(model.learningRate),
        u"--max-depth"_s,
        QString::number(model.maxDepth),
        u"--min-child-weight"_s,
        number(model.minChildWeight),
        u"--subsample"_s,
        number(model.subsample),
        u"--colsample"_s,
        number(model.colsample),
        u"--trees"_s,
        QString::number(model.trees),
        u"--threads"_s,
        u"1"_s,
        u"--seed"_s,
        QString::number(model.seed),
    };

    std::vector<double> ours, theirs;
    QJsonArray skills;
    QString error;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer clock;
        clock.start();
        auto trained = TreeTrainer(model, *fs).run();
        ours.push_back(clock.nsecsElapsed() / 1e9);
        if (!trained) {
            std::fprintf(stderr, "%s\n", qPrintable(trained.error().toString()));
            return 1;
        }
        skills.append(trained->rawMetrics.skill);
        const double python = pythonSeconds(arguments, &error);
        if (python >= 0)
            theirs.push_back(python);
    }
    const double modeldeck = bench::percentile(ours, 0.5);
    QJsonObject out { { u"benchmark"_s, u"tree_reference"_s },
                      { u"bot"_s, bot },
                      { u"bars"_s, int(bars.size()) },
                      { u"train_samples"_s, fs->train.size() },
                      { u"columns"_s, fs->featureCount * fs->config.lookback },
                      { u"rounds"_s, rounds },
                      { u"threads"_s, 1 },
                      { u"modeldeck_seconds"_s, modeldeck },
                      { u"modeldeck_samples"_s,
                        QJsonArray::fromVariantList(QVariantList(ours.begin(), ours.end())) },
                      { u"modeldeck_test_skill"_s, skills.first() },
                      { u"target"_s, QJsonObject { { u"max_ratio"_s, 1.1 } } } };
    if (theirs.empty()) {
        out.insert(u"python_error"_s,
                   error.isEmpty() ? u"/usr/bin/python3 gave no timing"_s : error);
    } else {
        const double python = bench::percentile(theirs, 0.5);
        out.insert(u"python_seconds"_s, python);
        out.insert(u"python_samples"_s,
                   QJsonArray::fromVariantList(QVariantList(theirs.begin(), theirs.end())));
        out.insert(u"ratio"_s, modeldeck / python);
        out.insert(u"pass"_s, modeldeck / python <= 1.1);
    }
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
