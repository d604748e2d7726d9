// The tree-ensemble bots (forest_bot, gbm_bot) through XGBoost: training on a FeatureSet's
// window table, early stopping that keeps the best round, cancellation between rounds, feature
// importance under the window's column names, model files that load back (and hostile ones
// that do not), and a TrainingService run that saves a .ubj file and predicts the same numbers
// again from it.

#include "SyntheticSeries.h"
#include "TestBars.h"
#include "features/FeatureSet.h"
#include "models/TreeBooster.h"
#include "services/TrainingService.h"
#include "storage/Database.h"
#include "training/CancellationToken.h"
#include "training/InferenceModel.h"
#include "training/TorchRuntime.h"
#include "training/TrainingSettings.h"
#include "training/TreeTrainer.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;
using namespace Qt::StringLiterals;

namespace {

Result<FeatureSet> featuresOf(const std::vector<Bar> &bars, const ModelConfig &model)
{
    FeatureConfig config;
    config.lookback = model.lookback;
    return FeatureSet::build(bars, config);
}

QString errorOf(const Error &e)
{
    return e.toString();
}

} // namespace

class TestTreeTrainer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::vector<Bar> m_bars = test::syntheticSeries(test::Synthetic::Ar1Returns, 1500);

private Q_SLOTS:
    void initTestCase() { TorchRuntime::initialize(1); }

    void windowTableIsTheWindowsFlattened()
    {
        const ModelConfig model = ModelConfig::defaults(u"gbm_bot"_s);
        auto fs = featuresOf(m_bars, model);
        QVERIFY(fs);
        const int width = fs->config.lookback * fs->featureCount;
        const std::vector<float> table = fs->windowTable(fs->test);
        QCOMPARE(table.size(), size_t(fs->test.size()) * size_t(width));
        // The last column block of a sample is its own row; the first, lookback − 1 rows back.
        const int t = fs->test.begin + 5;
        for (int f = 0; f < fs->featureCount; ++f) {
            QCOMPARE(table[size_t(5 * width + width - fs->featureCount + f)],
                     fs->rows[size_t(t * fs->featureCount + f)]);
            QCOMPARE(table[size_t(5 * width + f)],
                     fs->rows[size_t((t - fs->config.lookback + 1) * fs->featureCount + f)]);
        }
        const QStringList names = FeatureSet::windowColumnNames({ u"a"_s, u"b"_s }, 3);
        QCOMPARE(names,
                 (QStringList { u"a@t-2"_s, u"b@t-2"_s, u"a@t-1"_s, u"b@t-1"_s, u"a"_s, u"b"_s }));
    }

    void editorsShowOnlyTheKeysABotReads()
    {
        const QJsonObject forest = TrainingSettings::defaultParams(u"forest_bot"_s);
        QCOMPARE(forest.value(u"trees"_s).toInt(), 200);
        for (const char *key : { "hidden_size", "layers", "batch_size", "epochs", "learning_rate" })
            QVERIFY2(!forest.contains(QLatin1StringView(key)), key);
        const QJsonObject gbm = TrainingSettings::defaultParams(u"gbm_bot"_s);
        for (const char *key : { "learning_rate", "epochs", "patience", "max_depth", "lookback" })
            QVERIFY2(gbm.contains(QLatin1StringView(key)), key);
        QVERIFY(!gbm.contains(u"trees"_s));
        const QJsonObject lstm = TrainingSettings::defaultParams(u"lstm_bot"_s);
        QVERIFY(lstm.contains(u"hidden_size"_s) && !lstm.contains(u"heads"_s));
        QVERIFY(!lstm.contains(u"max_depth"_s) && !lstm.contains(u"trees"_s));
        QVERIFY(TrainingSettings::defaultParams(u"transformer_bot"_s).contains(u"heads"_s));
        // What the editors show parses back to the defaults.
        for (const QString &bot : ModelConfig::bots()) {
            auto parsed = TrainingSettings::fromParams(bot, TrainingSettings::defaultParams(bot));
            QVERIFY2(parsed, qPrintable(bot));
            QCOMPARE(parsed->model.toJson(), ModelConfig::defaults(bot).toJson());
        }
    }

    void gbmStopsEarlyAndKeepsTheBestRound()
    {
        ModelConfig model = ModelConfig::defaults(u"gbm_bot"_s);
        model.learningRate = 0.3; // overfits quickly, so early stopping must act
        model.maxDepth = 8;
        model.minChildWeight = 1;
        model.patience = 5;
        auto fs = featuresOf(m_bars, model);
        QVERIFY(fs);
        TreeTrainer trainer(model, *fs);
        QList<int> rounds;
        trainer.setProgressInterval(0);
        trainer.setProgressCallback([&](const TrainingProgress &p) {
            if (p.step == TrainingProgress::Step::Train && p.lastEpoch.epoch > 0)
                rounds << p.lastEpoch.epoch;
        });
        auto trained = trainer.run();
        QVERIFY2(trained, qPrintable(trained ? QString() : errorOf(trained.error())));
        QVERIFY2(int(trained->epochs.size()) < model.epochs, "early stopping never acted");
        QCOMPARE(int(trained->epochs.size()), trained->bestEpoch + model.patience);
        QCOMPARE(rounds.size(), int(trained->epochs.size())); // one report per round at 0 ms
        QVERIFY(trained->trees);
        QCOMPARE(*trained->trees->rounds(), trained->bestEpoch);
        double best = 1e300;
        for (const EpochRecord &e : trained->epochs)
            best = std::min(best, e.valLoss);
        QCOMPARE(trained->finalValLoss, best);
        QVERIFY(trained->validationSkill >= 0);
    }

    void forestGrowsItsTreesInOneRound()
    {
        ModelConfig model = ModelConfig::defaults(u"forest_bot"_s);
        model.trees = 40;
        const auto sine = test::syntheticSeries(test::Synthetic::SineWithNoise, 1500);
        auto fs = featuresOf(sine, model);
        QVERIFY(fs);
        auto trained = TreeTrainer(model, *fs).run();
        QVERIFY2(trained, qPrintable(trained ? QString() : errorOf(trained.error())));
        QCOMPARE(trained->epochs.size(), size_t(1));
        QCOMPARE(*trained->trees->rounds(), 1);
        // A sine under noise: the forest sees the wave's phase and beats persistence on its own.
        QVERIFY2(trained->rawMetrics.skill > 0.2,
                 qPrintable(QString::number(trained->rawMetrics.skill)));
        // Importance under the window's column names, highest first.
        QVERIFY(!trained->importance.isEmpty());
        const QStringList columns = FeatureSet::windowColumnNames(fs->names, fs->config.lookback);
        for (qsizetype i = 0; i < trained->importance.size(); ++i) {
            QVERIFY2(columns.contains(trained->importance[i].feature),
                     qPrintable(trained->importance[i].feature));
            if (i > 0)
                QVERIFY(trained->importance[i - 1].score >= trained->importance[i].score);
        }
        QCOMPARE(trained->importanceJson().size(), trained->importance.size());
    }

    void sameSeedSameModel()
    {
        const ModelConfig model = ModelConfig::defaults(u"forest_bot"_s);
        auto fs = featuresOf(m_bars, model);
        QVERIFY(fs);
        auto a = TreeTrainer(model, *fs).run();
        auto b = TreeTrainer(model, *fs).run();
        QVERIFY(a && b);
        QCOMPARE(a->testPredicted, b->testPredicted);
        QCOMPARE(*a->trees->serialize(), *b->trees->serialize());
    }

    void cancellationStopsBetweenRounds()
    {
        ModelConfig model = ModelConfig::defaults(u"gbm_bot"_s);
        model.patience = 1000;
        auto fs = featuresOf(m_bars, model);
        QVERIFY(fs);
        CancellationToken token;
        TreeTrainer trainer(model, *fs);
        trainer.setCancellationToken(&token);
        trainer.setProgressInterval(0);
        int lastRound = 0;
        trainer.setProgressCallback([&](const TrainingProgress &p) {
            lastRound = std::max(lastRound, p.lastEpoch.epoch);
            if (p.lastEpoch.epoch == 3)
                token.cancel(u"test"_s);
        });
        auto trained = trainer.run();
        QVERIFY(!trained);
        QVERIFY2(trained.error().message.contains(u"Cancelled"_s),
                 qPrintable(trained.error().message));
        QCOMPARE(lastRound, 3);
    }

    void savedModelPredictsTheSame()
    {
        const ModelConfig model = ModelConfig::defaults(u"gbm_bot"_s);
        auto fs = featuresOf(m_bars, model);
        QVERIFY(fs);
        auto trained = TreeTrainer(model, *fs).run();
        QVERIFY(trained);
        auto bytes = trained->serialize();
        QVERIFY(bytes && !bytes->isEmpty());
        auto loaded = InferenceModel::fromModelFile(*bytes, model, fs->featureCount);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : errorOf(loaded.error())));
        auto prices = (*loaded)->predictPrices(*fs, fs->test);
        QVERIFY(prices);
        auto direct = TreeTrainer::predict(*trained->trees, *fs, fs->test);
        QVERIFY(direct);
        QCOMPARE(*prices, *direct);
        // JSON, as Python saves it, loads to the same model.
        auto json = trained->trees->serialize(u"json"_s);
        QVERIFY(json && json->startsWith('{'));
        auto fromJson = InferenceModel::fromModelFile(*json, model, fs->featureCount);
        QVERIFY(fromJson);
        QCOMPARE(*(*fromJson)->predictPrices(*fs, fs->test), *direct);
    }

    void hostileModelFilesAreRefused()
    {
        const ModelConfig model = ModelConfig::defaults(u"gbm_bot"_s);
        for (const QByteArray &garbage :
             { QByteArray(), QByteArray("not a model"), QByteArray("{\"learner\": 7}"),
               QByteArray(4096, '\xff') }) {
            auto loaded = InferenceModel::fromModelFile(garbage, model, 11);
            QVERIFY(!loaded);
        }
        // A model for other inputs: the column count names both.
        auto fs = featuresOf(m_bars, model);
        QVERIFY(fs);
        auto trained = TreeTrainer(model, *fs).run();
        QVERIFY(trained);
        auto wrong
            = InferenceModel::fromModelFile(*trained->serialize(), model, fs->featureCount + 1);
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(QString::number(fs->featureCount * model.lookback)),
                 qPrintable(wrong.error().message));
        // A classifier is not a forecaster.
        const std::vector<float> rows { 0, 1, 1, 0, 0.5f, 0.5f, 1, 1 };
        const std::vector<float> labels { 0, 1, 0, 1 };
        auto matrix = TreeMatrix::create(rows, 4, 2, labels, {});
        QVERIFY(matrix);
        auto booster = TreeBooster::create({ &*matrix });
        QVERIFY(booster);
        QVERIFY(booster->setParam(u"objective"_s, u"binary:logistic"_s));
        QVERIFY(booster->updateOneIter(0, *matrix));
        auto classifier = TreeBooster::fromBytes(*booster->serialize());
        QVERIFY(!classifier);
        QVERIFY2(classifier.error().message.contains(u"binary:logistic"_s),
                 qPrintable(classifier.error().message));
        // XGBoost's own errors come back as messages, not exceptions or aborts.
        QVERIFY(!booster->setParam(u"objective"_s, u"reg:nonsense"_s)
                || !booster->updateOneIter(1, *matrix));
    }

    // Damaged files (cut short, bytes changed) must come back as errors or as a model, never
    // abort the process: XGBoost's parser reports through its C API's return codes.
    void damagedModelFilesDoNotCrash()
    {
        ModelConfig model = ModelConfig::defaults(u"gbm_bot"_s);
        model.epochs = 20;
        auto fs = featuresOf(m_bars, model);
        QVERIFY(fs);
        auto trained = TreeTrainer(model, *fs).run();
        QVERIFY(trained);
        for (const QString &format : { u"ubj"_s, u"json"_s }) {
            const QByteArray bytes = *trained->trees->serialize(format);
            int refused = 0;
            for (int i = 1; i < 64; ++i) {
                const qsizetype cut = bytes.size() * i / 64;
                refused += TreeBooster::fromBytes(bytes.left(cut)).ok() ? 0 : 1;
                QByteArray flipped = bytes;
                flipped[cut] = char(flipped[cut] ^ 0x5a);
                (void)TreeBooster::fromBytes(flipped);
            }
            QCOMPARE(refused, 63); // every truncation is refused
        }
    }

    void serviceSavesAUbjFileWithImportance()
    {
        auto db = Database::open(m_dir.filePath(u"ws"_s));
        QVERIFY(db);
        QCOMPARE(test::storeBars(**db, u"AR"_s, u"1d"_s, m_bars), QString());
        for (const QString &bot : { u"forest_bot"_s, u"gbm_bot"_s }) {
            ModelConfig model = ModelConfig::defaults(bot);
            model.trees = std::min(model.trees, 30);
            FeatureConfig features;
            TrainingService service(**db);
            const TrainingOutcome outcome = service.train({ u"AR"_s, u"1d"_s, model, features });
            QVERIFY2(outcome.ok, qPrintable(outcome.error.toString()));
            const TrainingRecord &r = outcome.record;
            QVERIFY2(r.modelPath.startsWith(u"models/AR/1d/"_s + bot + u'-')
                         && r.modelPath.endsWith(u".ubj"_s),
                     qPrintable(r.modelPath));
            QCOMPARE(r.modelSha256.size(), 64);
            QVERIFY(!r.config.value(u"feature_importance"_s).toArray().isEmpty());
            QVERIFY(
                !r.config.value(u"versions"_s).toObject().value(u"xgboost"_s).toString().isEmpty());
            auto again = service.predictTestSplit(outcome.recordId);
            QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
            QCOMPARE(*again, outcome.testPredicted);
        }
    }
};

QTEST_GUILESS_MAIN(TestTreeTrainer)
#include "tst_treetrainer.moc"
