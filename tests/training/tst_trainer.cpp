// Trainer and TrainingService: every bot learns a synthetic pattern better than persistence,
// cancellation stops within one batch and leaves no file, saved models load back to the same
// predictions, damaged files are refused, and the RELIANCE sample trains end to end.

#include "TestBars.h"
#include "TestFiles.h"
#include "features/FeatureSet.h"
#include "models/Forecaster.h"
#include "services/CsvImporter.h"
#include "services/TrainingService.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "training/CancellationToken.h"
#include "training/ModelFile.h"
#include "training/TorchRuntime.h"
#include "training/Trainer.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <random>

using namespace modeldeck;

namespace {

// A 5-minute series whose close follows a 24-bar sine plus a little noise: persistence lags
// the wave by one bar, a model that sees the recent shape can anticipate it.
std::vector<Bar> sineBars(int count, quint32 seed = 7)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 0.05);
    std::vector<Bar> bars;
    const qint64 start = 1'700'000'000'000;
    for (int i = 0; i < count; ++i) {
        const double close = 100.0 + 2.0 * std::sin(2 * M_PI * i / 24.0) + noise(rng);
        Bar b;
        b.timeUtcMs = start + qint64(i) * 300'000;
        b.open = close - 0.05;
        b.high = close + 0.1;
        b.low = close - 0.15;
        b.close = close;
        b.volume = 1000 + 100 * std::cos(2 * M_PI * i / 24.0);
        bars.push_back(b);
    }
    return bars;
}

ModelConfig smallConfig(const QString &bot)
{
    ModelConfig c = ModelConfig::defaults(bot);
    c.hiddenSize = bot == QLatin1StringView("transformer_bot") ? 16 : 24;
    c.layers = bot == QLatin1StringView("mlp_bot") ? 2 : 1;
    c.heads = 2;
    c.lookback = 16;
    c.batchSize = 32;
    c.epochs = 40;
    c.patience = 8;
    c.dropout = 0.0;
    c.learningRate = bot == QLatin1StringView("linear_bot") ? 1e-2 : 3e-3;
    return c;
}

FeatureConfig featuresFor(const ModelConfig &c)
{
    FeatureConfig f;
    f.lookback = c.lookback;
    return f;
}

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<Database> workspaceWithSine(const QString &name, int bars = 800)
    {
        auto db = Database::open(m_dir.filePath(name));
        if (!db)
            return nullptr;
        if (const QString error
            = test::storeBars(**db, QStringLiteral("SINE"), QStringLiteral("5m"), sineBars(bars));
            !error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return std::move(*db);
    }

private Q_SLOTS:
    void initTestCase() { TorchRuntime::initialize(1); }

    void everyBotBeatsNaive_data()
    {
        QTest::addColumn<QString>("bot");
        QTest::addColumn<double>("minimumSkill");
        // The sequence models must clearly learn the wave; the simple ones must at least help.
        QTest::newRow("lstm") << QStringLiteral("lstm_bot") << 0.3;
        QTest::newRow("transformer") << QStringLiteral("transformer_bot") << 0.3;
        QTest::newRow("gru") << QStringLiteral("gru_bot") << 0.1;
        QTest::newRow("mlp") << QStringLiteral("mlp_bot") << 0.1;
        QTest::newRow("linear") << QStringLiteral("linear_bot") << 0.1;
    }
    void everyBotBeatsNaive()
    {
        QFETCH(QString, bot);
        QFETCH(double, minimumSkill);
        const auto bars = sineBars(800);
        const ModelConfig config = smallConfig(bot);
        auto fs = FeatureSet::build(bars, featuresFor(config));
        QVERIFY2(fs, qPrintable(fs ? QString() : fs.error().toString()));
        Trainer trainer(config, *fs);
        auto trained = trainer.run();
        QVERIFY2(trained, qPrintable(trained ? QString() : trained.error().toString()));
        QVERIFY(trained->module);
        QCOMPARE(int(trained->testPredicted.size()), fs->test.size());
        QVERIFY2(trained->metrics.skill > minimumSkill,
                 qPrintable(QStringLiteral("skill %1, rmse %2, naive %3")
                                .arg(trained->metrics.skill)
                                .arg(trained->metrics.rmse)
                                .arg(trained->metrics.naiveRmse)));
        QVERIFY(!trained->epochs.empty());
        QVERIFY(trained->bestEpoch >= 1);
        // The kept weights are the best epoch's.
        QCOMPARE(trained->finalValLoss, trained->epochs[size_t(trained->bestEpoch - 1)].valLoss);
    }

    void naiveBaselineHasZeroSkill()
    {
        const auto bars = sineBars(800);
        const ModelConfig config = smallConfig(QStringLiteral("naive"));
        auto fs = FeatureSet::build(bars, featuresFor(config));
        QVERIFY(fs);
        auto trained = Trainer(config, *fs).run();
        QVERIFY(trained);
        QVERIFY(!trained->module);
        QCOMPARE(trained->metrics.skill, 0.0);
        QCOMPARE(trained->metrics.rmse, trained->metrics.naiveRmse);
    }

    void deterministicWithFixedSeed()
    {
        const auto bars = sineBars(600);
        ModelConfig config = smallConfig(QStringLiteral("lstm_bot"));
        config.epochs = 3;
        auto fs = FeatureSet::build(bars, featuresFor(config));
        QVERIFY(fs);
        auto a = Trainer(config, *fs).run();
        auto b = Trainer(config, *fs).run();
        QVERIFY(a && b);
        QCOMPARE(a->epochs.size(), b->epochs.size());
        for (size_t i = 0; i < a->epochs.size(); ++i)
            QCOMPARE(a->epochs[i].trainLoss, b->epochs[i].trainLoss);
        QCOMPARE(a->testPredicted, b->testPredicted);
    }

    void everyEpochReportsItsLosses()
    {
        // The live loss chart takes one point per epoch from the reports' lastEpoch.
        const auto bars = sineBars(600);
        ModelConfig config = smallConfig(QStringLiteral("linear_bot"));
        config.epochs = 4;
        config.patience = 100; // no early stop: all four epochs run
        auto fs = FeatureSet::build(bars, featuresFor(config));
        QVERIFY(fs);
        Trainer trainer(config, *fs);
        std::vector<EpochRecord> seen;
        trainer.setProgressCallback([&](const TrainingProgress &p) {
            if (p.lastEpoch.epoch > 0 && (seen.empty() || seen.back().epoch != p.lastEpoch.epoch))
                seen.push_back(p.lastEpoch);
        });
        auto result = trainer.run();
        QVERIFY(result);
        QCOMPARE(seen.size(), result->epochs.size());
        QCOMPARE(int(seen.size()), 4);
        for (size_t i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen[i].epoch, result->epochs[i].epoch);
            QCOMPARE(seen[i].trainLoss, result->epochs[i].trainLoss);
            QCOMPARE(seen[i].valLoss, result->epochs[i].valLoss);
        }
    }

    void nanLossFailsCleanly()
    {
        const auto bars = sineBars(600);
        ModelConfig config = smallConfig(QStringLiteral("mlp_bot"));
        auto fs = FeatureSet::build(bars, featuresFor(config));
        QVERIFY(fs);
        // A poisoned target stands in for any numerical blow-up inside torch.
        fs->targets[size_t(fs->train.begin + 5)] = std::numeric_limits<float>::quiet_NaN();
        config.batchSize = fs->train.size(); // every batch sees the poisoned sample
        auto result = Trainer(config, *fs).run();
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("diverged")),
                 qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QStringLiteral("epoch 1")));
    }

    void cancellationStopsWithinOneBatch()
    {
        const auto bars = sineBars(800);
        ModelConfig config = smallConfig(QStringLiteral("lstm_bot"));
        config.batchSize = 8;
        auto fs = FeatureSet::build(bars, featuresFor(config));
        QVERIFY(fs);
        CancellationToken token;
        Trainer trainer(config, *fs);
        trainer.setCancellationToken(&token);
        trainer.setProgressInterval(0); // a report after every batch
        int batchesAfterCancel = 0;
        trainer.setProgressCallback([&](const TrainingProgress &p) {
            if (token.isCancelled())
                ++batchesAfterCancel;
            else if (p.step == TrainingProgress::Step::Train && p.batch == 3)
                token.cancel(QStringLiteral("test"));
        });
        auto result = trainer.run();
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("Cancelled: test")),
                 qPrintable(result.error().message));
        QCOMPARE(batchesAfterCancel, 0);
    }

    void serviceSavesRecordsAndReloads()
    {
        auto db = workspaceWithSine(QStringLiteral("save"));
        QVERIFY(db);
        ModelConfig config = smallConfig(QStringLiteral("gru_bot"));
        config.epochs = 5;
        TrainingService service(*db);
        QList<TrainingProgress::Step> steps;
        double lastOverall = 0;
        bool monotonic = true;
        service.setProgressCallback([&](const TrainingProgress &p) {
            if (steps.isEmpty() || steps.back() != p.step)
                steps << p.step;
            monotonic = monotonic && p.overall() + 1e-9 >= lastOverall;
            lastOverall = p.overall();
        });
        const TrainingOutcome outcome = service.train(
            { QStringLiteral("SINE"), QStringLiteral("5m"), config, featuresFor(config) });
        QVERIFY2(outcome.ok, qPrintable(outcome.error.toString()));
        QCOMPARE(steps,
                 (QList<TrainingProgress::Step> {
                     TrainingProgress::Step::Data, TrainingProgress::Step::Train,
                     TrainingProgress::Step::Validate, TrainingProgress::Step::Save }));
        QVERIFY(monotonic);
        QCOMPARE(lastOverall, 1.0);

        const TrainingRecord &r = outcome.record;
        QCOMPARE(toString(r.status), QStringLiteral("active"));
        QCOMPARE(r.dataPoints, 800);
        QVERIFY(r.modelPath.startsWith(QStringLiteral("models/SINE/5m/gru_bot-")));
        QCOMPARE(r.modelSha256.size(), 64);
        QVERIFY(r.modelSizeMb > 0);
        QVERIFY(r.config.value(QStringLiteral("scalers"))
                    .toObject()
                    .contains(QStringLiteral("target")));
        QCOMPARE(r.config.value(QStringLiteral("model"))
                     .toObject()
                     .value(QStringLiteral("seed"))
                     .toInteger(),
                 42);
        QVERIFY(!r.config.value(QStringLiteral("versions"))
                     .toObject()
                     .value(QStringLiteral("libtorch"))
                     .toString()
                     .isEmpty());
        QSqlQuery q(*db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM training_epochs WHERE record_id = %1")
                           .arg(outcome.recordId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), r.epochs);

        // Load back, predict again: the same numbers.
        auto again = service.predictTestSplit(outcome.recordId);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again->size(), outcome.testPredicted.size());
        for (size_t i = 0; i < again->size(); ++i)
            QCOMPARE((*again)[i], outcome.testPredicted[i]);

        // A changed byte or a truncated file is refused, not loaded.
        const QString path = db->workspaceDir() + u'/' + r.modelPath;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        QByteArray damaged = bytes;
        damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x5a);
        f.seek(0);
        f.write(damaged);
        f.close();
        auto refused = service.predictTestSplit(outcome.recordId);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("SHA-256")),
                 qPrintable(refused.error().message));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes.left(bytes.size() / 3));
        f.close();
        QVERIFY(!service.predictTestSplit(outcome.recordId));
        // Even with a matching hash, garbage after the header is a clear error, not a crash.
        const QByteArray garbage = QByteArray("MODELDECK-MODEL 1\n") + QByteArray(4096, '\x17');
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(garbage);
        f.close();
        auto loaded = ModelFile::load(
            path,
            QString::fromLatin1(
                QCryptographicHash::hash(garbage, QCryptographicHash::Sha256).toHex()),
            config, int(r.config.value(QStringLiteral("feature_names")).toArray().size()));
        QVERIFY(!loaded);
        QVERIFY(loaded.error().message.contains(QStringLiteral("damaged")));
    }

    void cancelledRunLeavesNoFileAndAFailedRecord()
    {
        auto db = workspaceWithSine(QStringLiteral("cancel"));
        QVERIFY(db);
        ModelConfig config = smallConfig(QStringLiteral("lstm_bot"));
        CancellationToken token;
        TrainingService service(*db);
        service.setCancellationToken(&token);
        service.setProgressCallback([&](const TrainingProgress &p) {
            if (p.step == TrainingProgress::Step::Train && p.epoch == 2)
                token.cancel(QStringLiteral("user pressed Force Stop"));
        });
        const TrainingOutcome outcome = service.train(
            { QStringLiteral("SINE"), QStringLiteral("5m"), config, featuresFor(config) });
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.cancelled);
        QVERIFY(outcome.recordId > 0);
        QCOMPARE(test::filesUnder(db->modelsDir()).size(), 0);
        auto record = TrainingRecordRepository(*db->connection()).find(outcome.recordId);
        QVERIFY(record && record->has_value());
        QCOMPARE(toString((*record)->status), QStringLiteral("failed"));
        QVERIFY((*record)->errorMessage.contains(QStringLiteral("user pressed Force Stop")));
        QVERIFY((*record)->modelPath.isEmpty());
    }

    void tooShortSeriesIsRecordedAsFailure()
    {
        auto db = workspaceWithSine(QStringLiteral("short"), 60);
        QVERIFY(db);
        ModelConfig config = smallConfig(QStringLiteral("lstm_bot"));
        const TrainingOutcome outcome = TrainingService(*db).train(
            { QStringLiteral("SINE"), QStringLiteral("5m"), config, featuresFor(config) });
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("60")),
                 qPrintable(outcome.error.message));
        QCOMPARE(toString(outcome.record.status), QStringLiteral("failed"));
        const TrainingOutcome missing = TrainingService(*db).train(
            { QStringLiteral("NOPE"), QStringLiteral("5m"), config, featuresFor(config) });
        QVERIFY(!missing.ok);
        QVERIFY(missing.error.message.contains(QStringLiteral("NOPE")));
    }

    void relianceEndToEnd()
    {
        // The bundled sample: in every checkout, so this never skips.
        const QString csv = QStringLiteral(MODELDECK_SAMPLE_DATA_DIR "/RELIANCE_5min.csv");
        auto db = Database::open(m_dir.filePath(QStringLiteral("reliance")));
        QVERIFY(db);
        ImportRequest request;
        request.files = { csv };
        request.symbol = QStringLiteral("RELIANCE.NS");
        QVERIFY(CsvImporter(**db).run(request));
        ModelConfig config = smallConfig(QStringLiteral("lstm_bot"));
        config.epochs = 4;
        const TrainingOutcome outcome = TrainingService(**db).train(
            { QStringLiteral("RELIANCE.NS"), QStringLiteral("5m"), config, featuresFor(config) });
        QVERIFY2(outcome.ok, qPrintable(outcome.error.toString()));
        QCOMPARE(outcome.record.dataPoints, 1725);
        QCOMPARE(outcome.record.trainingPeriod, QStringLiteral("2025-01-01 → 2025-01-31"));
        QVERIFY(outcome.metrics.rmse > 0 && std::isfinite(outcome.metrics.rmse));
        QVERIFY(outcome.metrics.naiveRmse > 0);
        QVERIFY(QFile::exists((*db)->workspaceDir() + u'/' + outcome.record.modelPath));
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
