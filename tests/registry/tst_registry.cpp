// Model registry and predictions: names, versions and activation; predictions with the
// model's stored scalers (never refit) and split-conformal intervals; every prediction error;
// back-filling actuals; importing TorchScript files (the committed fixture and, when Debian's
// python3-torch is there, a file exported by bench/reference/export_torchscript.py); export,
// delete and reconcile.

#include "TestBars.h"
#include "TestFiles.h"
#include "TestVerify.h"
#include "features/FeatureSet.h"
#include "monitoring/PerformanceDrift.h"
#include "services/ModelImporter.h"
#include "services/ModelRegistry.h"
#include "services/ModelSidecar.h"
#include "services/ModelStore.h"
#include "services/PredictionService.h"
#include "services/TrainingService.h"
#include "storage/AlertRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/ModelRegistryRepository.h"
#include "storage/PredictionRepository.h"
#include "training/ConformalInterval.h"
#include "training/TorchRuntime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <random>
#include <sys/stat.h>

using namespace modeldeck;

namespace {

const QString kSymbol = QStringLiteral("SINE");
const QString kTimeframe = QStringLiteral("5m");
const QString kFixture = QStringLiteral(MODELDECK_SOURCE_DIR "/tests/fixtures/tiny_lstm.pt");

// A 24-bar sine plus Gaussian noise of `noise`, 5-minute bars from a fixed start.
std::vector<Bar> sineBars(int count, double noise = 0.05, quint32 seed = 7)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> n(0.0, noise);
    std::vector<Bar> bars;
    for (int i = 0; i < count; ++i) {
        const double close = 100.0 + 2.0 * std::sin(2 * M_PI * i / 24.0) + n(rng);
        bars.push_back({ 1'700'000'000'000 + qint64(i) * 300'000, close - 0.05, close + 0.1,
                         close - 0.15, close, NAN, 1000 + 100 * std::cos(2 * M_PI * i / 24.0), 0 });
    }
    return bars;
}

ModelConfig tinyConfig(const QString &bot)
{
    ModelConfig c = ModelConfig::defaults(bot);
    c.hiddenSize = 8;
    c.layers = 1;
    c.lookback = 8;
    c.epochs = 3;
    c.batchSize = 32;
    c.dropout = 0;
    return c;
}

int rowCount(const Database &db, const QString &sql)
{
    QSqlQuery q(*db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool exec(const Database &db, const QString &sql)
{
    QSqlQuery q(*db.connection());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;

    std::unique_ptr<Database> workspace(const std::vector<Bar> &bars,
                                        const QString &symbol = kSymbol)
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_workspaces)));
        if (!db)
            return nullptr;
        if (const QString error = test::storeBars(**db, symbol, kTimeframe, bars);
            !error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return std::move(*db);
    }

    // Trains `bot` on the workspace's series; the outcome (ok checked by the caller).
    static TrainingOutcome train(const Database &db,
                                 const QString &bot = QStringLiteral("lstm_bot"),
                                 const QString &symbol = kSymbol, int epochs = 3)
    {
        ModelConfig config = tinyConfig(bot);
        config.epochs = epochs;
        FeatureConfig features;
        features.lookback = config.lookback;
        return TrainingService(db).train({ symbol, kTimeframe, config, features });
    }

    // A workspace with a trained LSTM saved as `name` (version 1), active.
    std::unique_ptr<Database> savedModel(const QString &name, TrainingOutcome *outcome = nullptr,
                                         int bars = 600)
    {
        auto db = workspace(sineBars(bars));
        if (!db)
            return nullptr;
        TrainingOutcome trained = train(*db);
        if (!trained.ok) {
            qWarning("%s", qPrintable(trained.error.toString()));
            return nullptr;
        }
        auto saved = ModelRegistry(*db).saveRecord({ trained.recordId, name, QString(), {}, true });
        if (!saved) {
            qWarning("%s", qPrintable(saved.error().toString()));
            return nullptr;
        }
        if (outcome)
            *outcome = std::move(trained);
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TorchRuntime::initialize(1);
    }

    void upgradesAVersion3Workspace()
    {
        // A workspace written before the registry existed: scripts 1–3 only, with a record.
        const QString scripts = m_dir.filePath(QStringLiteral("v3-scripts"));
        QVERIFY(QDir().mkpath(scripts));
        for (const char *name :
             { "0001_initial.sql", "0002_training_epochs.sql", "0003_training_jobs.sql" })
            QVERIFY(QFile::copy(QStringLiteral(":/migrations/sqlite/") + QLatin1StringView(name),
                                scripts + u'/' + QLatin1StringView(name)));
        const QString ws = m_dir.filePath(QStringLiteral("v3"));
        QVERIFY(QDir().mkpath(ws));
        {
            QSqlDatabase old
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            old.setDatabaseName(ws + QStringLiteral("/modeldeck.sqlite"));
            QVERIFY(old.open());
            auto version = Migrator(SqlDialect(SqlDialect::Kind::Sqlite), scripts).migrate(old);
            QVERIFY2(version && *version == 3, errorOf(version));
            QVERIFY(QSqlQuery(old).exec(QStringLiteral(
                "INSERT INTO model_training_records (symbol, timeframe, bot_name, trained_at) "
                "VALUES ('SINE', '5m', 'lstm_bot', '2024-01-01T00:00:00.000Z')")));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
        auto db = Database::open(ws);
        QVERIFY2(db, errorOf(db));
        QCOMPARE((*db)->schemaVersion(),
                 Migrator(SqlDialect(SqlDialect::Kind::Sqlite)).latestVersion()); // 4 and later
        QCOMPARE(rowCount(**db, QStringLiteral("SELECT count(*) FROM model_training_records")), 1);
        QCOMPARE(rowCount(**db, QStringLiteral("SELECT count(*) FROM ml_models")), 0);
        QCOMPARE(rowCount(**db, QStringLiteral("SELECT count(*) FROM predictions")), 0);
        QVERIFY(ModelRegistry(**db).list());
    }

    void nameValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::newRow("plain") << QStringLiteral("Reliance LSTM (5m)") << QString();
        QTest::newRow("unicode") << QStringLiteral("निफ्टी मॉडल") << QString();
        QTest::newRow("zero-width joiner")
            << QStringLiteral("क्‍ष मॉडल") << QString();
        QTest::newRow("zero-width space")
            << QStringLiteral("a​b") << QStringLiteral("control characters");
        QTest::newRow("100 chars") << QString(100, u'x') << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("needs a name");
        QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("needs a name");
        QTest::newRow("101 chars") << QString(101, u'x') << QStringLiteral("longer than 100");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("control characters");
        QTest::newRow("nul") << QStringLiteral("a") + QChar(0)
                             << QStringLiteral("control characters");
        QTest::newRow("bidi override")
            << QStringLiteral("abc\u202Edef") << QStringLiteral("control characters");
        QTest::newRow("trailing space") << QStringLiteral("model ") << QStringLiteral("spaces");
    }
    void nameValidation()
    {
        QFETCH(QString, name);
        QFETCH(QString, error);
        const Status status = ModelRegistry::validateName(name);
        QCOMPARE(status.ok(), error.isEmpty());
        if (!status)
            QVERIFY2(status.error().message.contains(error), qPrintable(status.error().message));
    }

    void conformalQuantileUsesFiniteSampleRank()
    {
        std::vector<double> nine;
        for (int i = 9; i >= 1; --i)
            nine.push_back(i);
        // ⌈(9 + 1) · 0.8⌉ = 8th smallest; ⌈10 · 0.95⌉ = 10 > 9: no finite interval.
        QCOMPARE(ConformalInterval::quantile(nine, 0.80), std::optional<double>(8.0));
        QVERIFY(!ConformalInterval::quantile(nine, 0.95));
        std::vector<double> nineteen;
        for (int i = 1; i <= 19; ++i)
            nineteen.push_back(-i); // absolute values count
        nineteen.push_back(NAN); // ignored
        QCOMPARE(ConformalInterval::quantile(nineteen, 0.80), std::optional<double>(16.0));
        QCOMPARE(ConformalInterval::quantile(nineteen, 0.95), std::optional<double>(19.0));
        QVERIFY(!ConformalInterval::quantile({}, 0.8));
    }

    void conformalCoverageIsNearNominal()
    {
        std::mt19937 rng(11);
        std::student_t_distribution<double> heavy(3.0); // not Gaussian: conformal needs no shape
        std::vector<double> zeros(4000, 0.0), calibration, test;
        for (int i = 0; i < 1000; ++i)
            calibration.push_back(heavy(rng));
        for (int i = 0; i < 4000; ++i)
            test.push_back(heavy(rng));
        ConformalInterval interval
            = ConformalInterval::calibrate(std::span(zeros).first(1000), calibration);
        interval.measure(zeros, test);
        QCOMPARE(interval.calibrationSamples, 1000);
        QCOMPARE(interval.testSamples, 4000);
        QVERIFY2(std::abs(*interval.coverage80 - 0.80) < 0.03,
                 qPrintable(QString::number(*interval.coverage80)));
        QVERIFY2(std::abs(*interval.coverage95 - 0.95) < 0.02,
                 qPrintable(QString::number(*interval.coverage95)));
        const ConformalInterval back = ConformalInterval::fromJson(interval.toJson());
        QCOMPARE(back.halfWidth80, interval.halfWidth80);
        QCOMPARE(back.coverage95, interval.coverage95);
        QVERIFY(!ConformalInterval::fromJson(QJsonObject { { QStringLiteral("half_width_80"), 3 } })
                     .halfWidth80);
    }

    void trainedIntervalsCoverTheTestSplit()
    {
        // Noise large against what a linear model can explain, so residuals are close to iid.
        auto db = workspace(sineBars(3000, 0.4, 3));
        QVERIFY(db);
        const TrainingOutcome outcome = train(*db, QStringLiteral("linear_bot"), kSymbol, 20);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.toString()));
        const ConformalInterval &ci = outcome.interval;
        QVERIFY(ci.calibrationSamples > 300);
        QVERIFY(ci.testSamples > 300);
        QVERIFY(ci.halfWidth80 && ci.halfWidth95 && *ci.halfWidth80 < *ci.halfWidth95);
        QVERIFY2(std::abs(*ci.coverage80 - 0.80) < 0.07,
                 qPrintable(QString::number(*ci.coverage80)));
        QVERIFY2(std::abs(*ci.coverage95 - 0.95) < 0.04,
                 qPrintable(QString::number(*ci.coverage95)));
        const QJsonObject metrics
            = outcome.record.config.value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.value(QStringLiteral("coverage_80")).toDouble(), *ci.coverage80);
        QCOMPARE(outcome.record.config.value(QStringLiteral("interval"))
                     .toObject()
                     .value(QStringLiteral("half_width_95"))
                     .toDouble(),
                 *ci.halfWidth95);
    }

    void savingAddsVersionsAndKeepsOlderOnes()
    {
        auto db = workspace(sineBars(600));
        QVERIFY(db);
        QVERIFY(test::storeBars(*db, QStringLiteral("OTHER"), kTimeframe, sineBars(600)).isEmpty());
        const TrainingOutcome first = train(*db);
        const TrainingOutcome second = train(*db, QStringLiteral("gru_bot"));
        const TrainingOutcome other
            = train(*db, QStringLiteral("lstm_bot"), QStringLiteral("OTHER"));
        QVERIFY(first.ok && second.ok && other.ok);
        ModelRegistry registry(*db);
        const QString name = QStringLiteral("sine model");
        auto v1 = registry.saveRecord(
            { first.recordId,
              name,
              QStringLiteral("first try"),
              { QStringLiteral("a"), QStringLiteral(" b "), QStringLiteral("a") },
              false });
        QVERIFY2(v1, errorOf(v1));
        QCOMPARE(v1->version, 1);
        QVERIFY(!v1->active);
        QCOMPARE(v1->tags, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(v1->horizons, QList<int> { 1 });
        QCOMPARE(v1->trainingRecordId, std::optional<qint64>(first.recordId));
        // A copy of the record's file: same bytes, own path.
        QVERIFY(v1->filePath.startsWith(QStringLiteral("models/registry/sine_model/v1-")));
        QCOMPARE(v1->fileSha256, first.record.modelSha256);
        QVERIFY(QFile::exists(db->workspaceDir() + u'/' + v1->filePath));
        QVERIFY(v1->featureConfig.value(QStringLiteral("scalers"))
                    .toObject()
                    .contains(QStringLiteral("features")));
        QVERIFY(v1->intervals.value(QStringLiteral("1"))
                    .toObject()
                    .value(QStringLiteral("half_width_80"))
                    .isDouble());

        auto v2 = registry.saveRecord({ second.recordId, name, QString(), {}, false });
        QVERIFY2(v2, errorOf(v2));
        QCOMPARE(v2->version, 2);
        QCOMPARE(v2->bot, QStringLiteral("gru_bot"));
        QVERIFY(v2->filePath != v1->filePath);
        auto versions = registry.versions(name);
        QVERIFY(versions);
        QCOMPARE(versions->size(), size_t(2));
        QVERIFY(QFile::exists(db->workspaceDir() + u'/' + v1->filePath));
        QCOMPARE(registry.find(name)->version, 2);
        QCOMPARE(registry.find(name, 1)->bot, QStringLiteral("lstm_bot"));
        auto missing = registry.find(name, 7);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("no version 7 (it has 1, 2)")),
                 errorOf(missing));

        // The database refuses a taken name + version (two saves racing), naming both.
        auto taken = ModelRegistryRepository(*db->connection()).insert(*v1);
        QVERIFY(!taken);
        QVERIFY2(
            taken.error().message.contains(QStringLiteral("“sine model” already has a version 1")),
            errorOf(taken));

        // One name, one series: another symbol under this name is refused, naming both.
        auto clash = registry.saveRecord({ other.recordId, name, QString(), {}, false });
        QVERIFY(!clash);
        QVERIFY2(clash.error().message.contains(QStringLiteral("“sine model”"))
                     && clash.error().message.contains(QStringLiteral("OTHER")),
                 errorOf(clash));
        // Unknown, failed and fileless records; a bad name.
        QVERIFY(registry.saveRecord({ 9999, QStringLiteral("x"), {}, {}, false })
                    .error()
                    .message.contains(QStringLiteral("9999")));
        QVERIFY(
            !registry.saveRecord({ first.recordId, QStringLiteral("bad\tname"), {}, {}, false }));
        const TrainingOutcome naive = train(*db, QStringLiteral("naive"));
        QVERIFY(naive.ok);
        auto fileless
            = registry.saveRecord({ naive.recordId, QStringLiteral("naive"), {}, {}, false });
        QVERIFY2(!fileless && fileless.error().message.contains(QStringLiteral("no model file")),
                 errorOf(fileless));
        QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM ml_models")), 2);
    }

    void hostileRecordPathIsRefused()
    {
        auto db = workspace(sineBars(600));
        QVERIFY(db);
        const TrainingOutcome trained = train(*db);
        QVERIFY(trained.ok);
        QVERIFY(exec(*db,
                     QStringLiteral(
                         "UPDATE model_training_records SET model_path = '../../../etc/passwd'")));
        auto saved = ModelRegistry(*db).saveRecord(
            { trained.recordId, QStringLiteral("evil"), {}, {}, false });
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(QStringLiteral("outside the workspace")),
                 errorOf(saved));
        QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM ml_models")), 0);
    }

    void oneActiveModelPerSeries()
    {
        auto db = workspace(sineBars(600));
        QVERIFY(db);
        const TrainingOutcome a = train(*db);
        const TrainingOutcome b = train(*db, QStringLiteral("mlp_bot"));
        QVERIFY(a.ok && b.ok);
        ModelRegistry registry(*db);
        QVERIFY(registry.saveRecord({ a.recordId, QStringLiteral("A"), {}, {}, false }));
        QVERIFY(registry.saveRecord({ b.recordId, QStringLiteral("B"), {}, {}, false }));
        auto first = registry.activate(QStringLiteral("A"));
        QVERIFY2(first, errorOf(first));
        QVERIFY(!first->replaced);
        auto second = registry.activate(QStringLiteral("B"));
        QVERIFY2(second, errorOf(second));
        QVERIFY(second->replaced && second->replaced->name == QLatin1StringView("A"));
        QCOMPARE(
            rowCount(*db, QStringLiteral("SELECT count(*) FROM ml_models WHERE is_active = 1")), 1);
        QVERIFY(registry.find(QStringLiteral("B"))->active);
        QVERIFY(!registry.find(QStringLiteral("A"))->active);
        // The database itself refuses a second active model for the series.
        QVERIFY(!QSqlQuery(*db->connection())
                     .exec(QStringLiteral("UPDATE ml_models SET is_active = 1")));

        // A name in use moves on to its new version; activating the old one rolls back.
        auto v2 = registry.saveRecord({ a.recordId, QStringLiteral("B"), {}, {}, false });
        QVERIFY2(v2, errorOf(v2));
        QVERIFY(v2->active);
        QVERIFY(!registry.find(QStringLiteral("B"), 1)->active);
        QVERIFY(registry.activate(QStringLiteral("B"), 1));
        QVERIFY(registry.find(QStringLiteral("B"), 1)->active);
        QVERIFY(!registry.find(QStringLiteral("B"), 2)->active);
        QCOMPARE(
            rowCount(*db, QStringLiteral("SELECT count(*) FROM ml_models WHERE is_active = 1")), 1);
        QVERIFY(registry.activate(QStringLiteral("nobody"))
                    .error()
                    .message.contains(QStringLiteral("“nobody”")));
    }

    void latestFeaturesMatchTheFullBuild()
    {
        const auto bars = sineBars(400);
        FeatureConfig config;
        config.lookback = 8;
        auto full = FeatureSet::build(bars, config);
        QVERIFY(full);
        const qint64 needed = FeatureSet::latestBarsNeeded(config);
        QCOMPARE(needed, qint64(50 + 8 - 1)); // close_sma_50 reads 50 bars
        const auto tail = std::span(bars).last(size_t(needed));
        auto latest
            = FeatureSet::buildLatest(tail, config, full->featureScaler, full->targetScaler);
        QVERIFY2(latest, errorOf(latest));
        // The last window of the tail equals the last window of the whole series, value for value.
        const size_t width = size_t(full->featureCount);
        for (size_t i = 0; i < size_t(config.lookback) * width; ++i)
            QCOMPARE(latest->rows[latest->rows.size() - 1 - i],
                     full->rows[full->rows.size() - 1 - i]);
        auto short1 = FeatureSet::buildLatest(tail.last(size_t(needed - 1)), config,
                                              full->featureScaler, full->targetScaler);
        QVERIFY(!short1);
        QVERIFY2(short1.error().message.contains(QStringLiteral("latest 57 bars"))
                     && short1.error().message.contains(QStringLiteral("has 56")),
                 errorOf(short1));
        Scaler wrong;
        QVERIFY(!FeatureSet::buildLatest(tail, config, wrong, full->targetScaler));
    }

    void predictsWithTheStoredScalers()
    {
        TrainingOutcome trained;
        auto db = savedModel(QStringLiteral("m"), &trained);
        QVERIFY(db);
        // Rebuild the training features to find a test row and its bar.
        auto fs = FeatureSet::build(sineBars(600), [] {
            FeatureConfig c;
            c.lookback = 8;
            return c;
        }());
        QVERIFY(fs);
        const int row = fs->test.begin + 5;
        // Keep the bars up to that row: predicting now must give what training predicted for it.
        QVERIFY(exec(*db,
                     QStringLiteral("DELETE FROM bars WHERE ts > %1").arg(fs->times[size_t(row)])));
        PredictionService service(*db);
        auto p = service.predict({ QStringLiteral("m"), 1, false });
        QVERIFY2(p, errorOf(p));
        QCOMPARE(p->baseTimeMs, fs->times[size_t(row)]);
        QCOMPARE(p->targetTimeMs, fs->times[size_t(row)] + 300'000);
        QVERIFY2(std::abs(p->value - trained.testPredicted[size_t(row - fs->test.begin)]) < 1e-4,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(p->value)
                                .arg(trained.testPredicted[size_t(row - fs->test.begin)])));
        QCOMPARE(p->id, qint64(0)); // not saved
        QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM predictions")), 0);
        // Intervals are the stored half-widths in units of the volatility at the base bar,
        // around the value in log terms: value · exp(±q · σ).
        QVERIFY(p->lower80 && p->upper80 && p->lower95 && p->upper95);
        QCOMPARE(trained.interval.scale, ConformalInterval::Scale::Volatility);
        const double sigma = fs->volatility[size_t(row)];
        QVERIFY(sigma > 0);
        QVERIFY(std::abs(std::log(*p->upper80 / p->value) - *trained.interval.halfWidth80 * sigma)
                < 1e-9);
        QVERIFY(std::abs(std::log(p->value / *p->lower80) - *trained.interval.halfWidth80 * sigma)
                < 1e-9);
        QVERIFY(*p->lower95 < *p->lower80 && *p->upper80 < *p->upper95);
        // Cached: predicting again gives the same number.
        QCOMPARE(service.predict({ QStringLiteral("m"), 1, false })->value, p->value);
    }

    void modelsSavedBeforeScaleFreeFeaturesPredictAsBefore()
    {
        // A record as ModelDeck wrote it before feature contract version 2: price-level
        // features without a version, no blend weight, intervals without a scale.
        auto db = workspace(sineBars(600));
        QVERIFY(db);
        ModelConfig config = tinyConfig(QStringLiteral("lstm_bot"));
        FeatureConfig features;
        features.version = FeatureConfig::kLegacyVersion;
        features.logReturnTarget = false;
        features.lookback = config.lookback;
        const TrainingOutcome trained
            = TrainingService(*db).train({ kSymbol, kTimeframe, config, features });
        QVERIFY2(trained.ok, qPrintable(trained.error.toString()));
        QCOMPARE(trained.interval.scale, ConformalInterval::Scale::Price);
        QVERIFY(
            exec(*db,
                 QStringLiteral(
                     "UPDATE model_training_records SET config = json_remove(config, "
                     "'$.model_weight', '$.interval.scale', '$.features.version') WHERE id = %1")
                     .arg(trained.recordId)));
        // Without a weight the network's own forecast is the model's forecast, as before.
        auto network = TrainingService(*db).predictTestSplit(trained.recordId);
        QVERIFY2(network, errorOf(network));
        auto saved = ModelRegistry(*db).saveRecord(
            { trained.recordId, QStringLiteral("old"), QString(), {}, true });
        QVERIFY2(saved, errorOf(saved));
        auto fs = FeatureSet::build(sineBars(600), features);
        QVERIFY(fs);
        const int row = fs->test.begin + 3;
        QVERIFY(exec(*db,
                     QStringLiteral("DELETE FROM bars WHERE ts > %1").arg(fs->times[size_t(row)])));
        auto p = PredictionService(*db).predict({ QStringLiteral("old"), 1, false });
        QVERIFY2(p, errorOf(p));
        QVERIFY2(std::abs(p->value - (*network)[size_t(row - fs->test.begin)]) < 1e-4,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(p->value)
                                .arg((*network)[size_t(row - fs->test.begin)])));
        // Price-unit intervals: the stored half-widths on either side.
        QVERIFY(p->upper80 && p->lower80);
        QVERIFY(std::abs(*p->upper80 - p->value - *trained.interval.halfWidth80) < 1e-9);
        QVERIFY(std::abs(p->value - *p->lower80 - *trained.interval.halfWidth80) < 1e-9);
    }

    void predictionErrors()
    {
        auto db = savedModel(QStringLiteral("m"));
        QVERIFY(db);
        PredictionService service(*db);
        QVERIFY(service.predict({ QStringLiteral("m"), 1, false }));
        const auto error = [&service](const QString &name, int horizon) {
            auto p = service.predict({ name, horizon, false });
            return p ? QString() : p.error().message;
        };
        QVERIFY(error(QStringLiteral("nope"), 1).contains(QStringLiteral("no model named “nope”")));
        QVERIFY2(
            error(QStringLiteral("m"), 3)
                .contains(QStringLiteral("does not predict 3 bars ahead; it supports horizons 1")),
            qPrintable(error(QStringLiteral("m"), 3)));

        ModelRegistry registry(*db);
        auto model = registry.find(QStringLiteral("m"));
        QVERIFY(model);
        const QString path = db->workspaceDir() + u'/' + model->filePath;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();

        // Changed file: refused, although an unchanged copy sits in the cache.
        QByteArray changed = original;
        changed[changed.size() - 10] = char(changed[changed.size() - 10] ^ 0x01);
        test::writeFile(m_dir, QDir(m_dir.path()).relativeFilePath(path), changed);
        QVERIFY2(error(QStringLiteral("m"), 1).contains(QStringLiteral("SHA-256")),
                 qPrintable(error(QStringLiteral("m"), 1)));
        QVERIFY(QFile::remove(path));
        QVERIFY2(error(QStringLiteral("m"), 1).contains(QStringLiteral("is missing")),
                 qPrintable(error(QStringLiteral("m"), 1)));
        test::writeFile(m_dir, QDir(m_dir.path()).relativeFilePath(path), original);
        QVERIFY(service.predict({ QStringLiteral("m"), 1, false }));

        // Not enough history: says how many bars are needed and how many there are.
        QVERIFY(exec(*db,
                     QStringLiteral("DELETE FROM bars WHERE ts >= %1")
                         .arg(1'700'000'000'000 + qint64(20) * 300'000)));
        const QString history = error(QStringLiteral("m"), 1);
        QVERIFY2(history.contains(QStringLiteral("needs the latest 57 SINE 5m bars"))
                     && history.contains(QStringLiteral("has 20")),
                 qPrintable(history));

        QVERIFY(exec(*db, QStringLiteral("UPDATE ml_models SET is_active = 0")));
        QVERIFY2(error(QStringLiteral("m"), 1).contains(QStringLiteral("not active (versions 1)")),
                 qPrintable(error(QStringLiteral("m"), 1)));
        // Hostile rows: a path leading outside, damaged scalers.
        QVERIFY(exec(
            *db,
            QStringLiteral("UPDATE ml_models SET is_active = 1, file_path = '../outside.pt'")));
        QVERIFY(error(QStringLiteral("m"), 1).contains(QStringLiteral("outside the workspace")));
        QVERIFY(exec(*db,
                     QStringLiteral("UPDATE ml_models SET feature_config = '{\"features\": {}}'")));
        QVERIFY2(error(QStringLiteral("m"), 1).contains(QStringLiteral("damaged")),
                 qPrintable(error(QStringLiteral("m"), 1)));
    }

    void intervalsAdaptAsActualsArrive()
    {
        TrainingOutcome trained;
        auto db = savedModel(QStringLiteral("m"), &trained);
        QVERIFY(db);
        const auto bars = sineBars(600);
        auto versions = ModelRegistryRepository(*db->connection()).versions(QStringLiteral("m"));
        QVERIFY(versions && versions->size() == 1);
        const qint64 modelId = versions->front().id;
        const auto stored = [&] {
            auto json = ModelRegistryRepository(*db->connection()).intervals(modelId);
            return json && *json
                ? ConformalInterval::fromJson((*json)->value(QStringLiteral("1")).toObject())
                : ConformalInterval {};
        };
        QCOMPARE(stored().adaptive80, 1.0);
        // Saved predictions of bars 500…509 whose bands missed (above every price), then of
        // bars 510…519 whose bands held them; one of a deleted model; one without bands.
        PredictionRepository repo(*db->connection());
        const auto save = [&](int base, double lower, double upper, qint64 model) {
            Prediction p;
            p.predictedAt = QDateTime::currentDateTimeUtc();
            p.modelId = model;
            p.modelName = QStringLiteral("m");
            p.modelVersion = 1;
            p.symbol = kSymbol;
            p.timeframe = kTimeframe;
            p.horizon = 1;
            p.baseTimeMs = bars[size_t(base)].timeUtcMs;
            p.baseClose = bars[size_t(base)].close;
            p.targetTimeMs = bars[size_t(base + 1)].timeUtcMs;
            p.value = p.baseClose;
            if (lower < upper) {
                p.lower80 = p.lower95 = lower;
                p.upper80 = p.upper95 = upper;
            }
            return repo.insert(p).ok();
        };
        for (int i = 0; i < 10; ++i)
            QVERIFY(save(499 + i, 1000, 2000, modelId));
        for (int i = 10; i < 20; ++i)
            QVERIFY(save(499 + i, 0, 1000, modelId));
        QVERIFY(save(530, 1000, 2000, 0));
        QVERIFY(save(531, 0, 0, modelId));
        PredictionService service(*db);
        QCOMPARE(service.fillActuals().value(), 22);
        const ConformalInterval adapted = stored();
        QCOMPARE(adapted.adaptiveUpdates, 20);
        // Ten misses then ten hits: exp(γ(10 · 0.8 − 10 · 0.2)) at 80 %, exp(γ(10 · 0.95 − 10 ·
        // 0.05)) at 95 %.
        QVERIFY(std::abs(adapted.adaptive80 - std::exp(0.05 * 6.0)) < 1e-12);
        QVERIFY(std::abs(adapted.adaptive95 - std::exp(0.05 * 9.0)) < 1e-12);
        // The calibration itself is kept; the next prediction's band uses the adapted width.
        QCOMPARE(adapted.halfWidth80, trained.interval.halfWidth80);
        auto p = service.predict({ QStringLiteral("m"), 1, false });
        QVERIFY2(p, errorOf(p));
        auto fs = FeatureSet::build(bars, [] {
            FeatureConfig c;
            c.lookback = 8;
            return c;
        }());
        QVERIFY(fs);
        const double sigma = fs->volatility.back();
        QVERIFY(std::abs(std::log(*p->upper80 / p->value)
                         - *adapted.halfWidth80 * adapted.adaptive80 * sigma)
                < 1e-9);
        QVERIFY(std::abs(std::log(*p->upper95 / p->value)
                         - *adapted.halfWidth95 * adapted.adaptive95 * sigma)
                < 1e-9);
        // A damaged factor reads as 1, never as a band of any width.
        QJsonObject json = adapted.toJson();
        json.insert(QStringLiteral("adaptive_80"), 1e9);
        QCOMPARE(ConformalInterval::fromJson(json).adaptive80, 1.0);
    }

    // Predictions far worse than the model's test error, whose bands all miss: one fill records
    // both drift checks and raises one alert of each kind; the next fill adds checks, not alerts.
    void driftRaisesOneAlertWhileItIsOpen()
    {
        TrainingOutcome trained;
        auto db = savedModel(QStringLiteral("drifting"), &trained);
        QVERIFY(db);
        const auto bars = sineBars(600);
        auto versions
            = ModelRegistryRepository(*db->connection()).versions(QStringLiteral("drifting"));
        QVERIFY(versions && versions->size() == 1);
        const double testRmse = versions->front().metrics.value(QStringLiteral("rmse")).toDouble();
        QVERIFY(testRmse > 0);
        PredictionRepository repo(*db->connection());
        const auto save = [&](int base) {
            Prediction p;
            p.predictedAt = QDateTime::currentDateTimeUtc();
            p.modelId = versions->front().id;
            p.modelName = QStringLiteral("drifting");
            p.modelVersion = 1;
            p.symbol = kSymbol;
            p.timeframe = kTimeframe;
            p.horizon = 1;
            p.baseTimeMs = bars[size_t(base)].timeUtcMs;
            p.baseClose = bars[size_t(base)].close;
            p.targetTimeMs = bars[size_t(base + 1)].timeUtcMs;
            p.value = bars[size_t(base + 1)].close + 5 * testRmse;
            p.lower95 = p.value - testRmse;
            p.upper95 = p.value + testRmse;
            return repo.insert(p).ok();
        };
        const int n = PerformanceDrift::kMinSamples + 5;
        for (int i = 0; i < n; ++i)
            QVERIFY(save(400 + i));
        PredictionService service(*db);
        QCOMPARE(service.fillActuals().value(), n);
        auto alerts = AlertRepository(*db->connection()).list(AlertFilter {});
        QVERIFY(alerts);
        QCOMPARE(alerts->size(), size_t(2));
        QStringList kinds;
        for (const Alert &a : *alerts) {
            kinds << a.kind;
            QVERIFY2(a.message.contains(QStringLiteral("drifting")), qPrintable(a.message));
        }
        kinds.sort();
        QCOMPARE(kinds,
                 (QStringList { QStringLiteral("coverage_drift"),
                                QStringLiteral("performance_drift") }));
        // More of the same: checked again, but the open alerts are not repeated.
        for (int i = 0; i < 5; ++i)
            QVERIFY(save(450 + i));
        QCOMPARE(service.fillActuals().value(), 5);
        QCOMPARE(AlertRepository(*db->connection()).list(AlertFilter {})->size(), size_t(2));
        QSqlQuery q(*db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(drift_detected) FROM drift_checks "
                                      "WHERE model_name = 'drifting'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QCOMPARE(q.value(1).toInt(), 4);
    }

    void savedPredictionsGetTheirActuals()
    {
        auto db = savedModel(QStringLiteral("m"));
        QVERIFY(db);
        const auto bars = sineBars(600);
        // Predict from bar 499, then let bars 500… arrive.
        QVERIFY(
            exec(*db, QStringLiteral("DELETE FROM bars WHERE ts > %1").arg(bars[499].timeUtcMs)));
        PredictionService service(*db);
        auto p = service.predict({ QStringLiteral("m"), 1, true });
        QVERIFY2(p, errorOf(p));
        QVERIFY(p->id > 0);
        QCOMPARE(service.fillActuals().value(), 0); // the bar is not there yet
        QVERIFY(test::storeBars(*db, kSymbol, kTimeframe, std::span(bars).subspan(500)).isEmpty());
        QCOMPARE(service.fillActuals().value(), 1);
        QCOMPARE(service.fillActuals().value(), 0); // filled once
        auto listed = service.list({ QStringLiteral("m"), 1, kSymbol, QString(), 10 });
        QVERIFY(listed);
        QCOMPARE(listed->size(), size_t(1));
        const Prediction &row = listed->front();
        QCOMPARE(row.id, p->id);
        QCOMPARE(row.actual, std::optional<double>(bars[500].close));
        QCOMPARE(row.actualTimeMs, std::optional<qint64>(bars[500].timeUtcMs));
        QCOMPARE(row.value, p->value);
        QCOMPARE(row.lower95, p->lower95);
        QCOMPARE(row.modelVersion, 1);
        // The fill recorded the model's live accuracy once, from this one prediction.
        auto history = service.performanceHistory(QStringLiteral("m"), 1, 0);
        QVERIFY2(history, errorOf(history));
        QCOMPARE(history->size(), size_t(1));
        const PerformanceSnapshot &recorded = history->front();
        QCOMPARE(recorded.live.metrics.count, 1);
        QCOMPARE(recorded.window, PredictionService::kPerformanceWindow);
        QVERIFY(std::abs(recorded.live.metrics.rmse - std::abs(p->value - bars[500].close)) < 1e-9);
        QCOMPARE(recorded.live.lastTargetMs, row.targetTimeMs);
        QVERIFY(recorded.computedAt.isValid());
        // Filters.
        QCOMPARE(service.list({ QStringLiteral("other"), 0, QString(), QString(), 10 })->size(),
                 size_t(0));
        QCOMPARE(service.list({ QString(), 3, QString(), QString(), 10 })->size(), size_t(0));
        QCOMPARE(service.list({ QString(), 0, QStringLiteral("TCS.NS"), QString(), 10 })->size(),
                 size_t(0));
        QVERIFY(service.predict({ QStringLiteral("m"), 1, true }));
        QCOMPARE(service.list({ QString(), 0, QString(), QString(), 1 })->size(), size_t(1));
        QCOMPARE(service.list({ QString(), 0, QString(), QString(), -1 })->size(), size_t(2));
    }

    void importsTheTorchScriptFixture()
    {
        auto db = workspace(sineBars(200));
        QVERIFY(db);
        ModelImportRequest request;
        request.modelFile = kFixture;
        request.name = QStringLiteral("python lstm");
        request.symbol = QStringLiteral("sine");
        request.timeframe = QStringLiteral("5min");
        auto imported = ModelImporter(*db).run(request, ImportTrust::Confirmed);
        QVERIFY2(imported, errorOf(imported));
        QVERIFY(imported->format == RegisteredModel::Format::TorchScript);
        QCOMPARE(imported->horizons, (QList<int> { 1, 3 }));
        QCOMPARE(imported->symbol, kSymbol);
        QCOMPARE(imported->timeframe, kTimeframe);
        QCOMPARE(imported->tags, QStringList { QStringLiteral("example") });
        QVERIFY(imported->filePath.startsWith(QStringLiteral("models/imported/python_lstm/v1-")));
        QFile fixture(kFixture);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QCOMPARE(
            imported->fileSha256,
            QString::fromLatin1(
                QCryptographicHash::hash(fixture.readAll(), QCryptographicHash::Sha256).toHex()));

        QVERIFY(ModelRegistry(*db).activate(QStringLiteral("python lstm")));
        PredictionService service(*db);
        auto h3 = service.predict({ QStringLiteral("python lstm"), 3, true });
        QVERIFY2(h3, errorOf(h3));
        QVERIFY(std::isfinite(h3->value));
        QVERIFY(!h3->lower80); // the fixture carries no intervals
        auto h1 = service.predict({ QStringLiteral("python lstm"), 1, false });
        QVERIFY(h1 && h1->value != h3->value); // two outputs, two answers
        auto h2 = service.predict({ QStringLiteral("python lstm"), 2, false });
        QVERIFY2(!h2 && h2.error().message.contains(QStringLiteral("supports horizons 1, 3")),
                 errorOf(h2));
        // Survives a reconcile: the registry's files are not orphans.
        QVERIFY(ModelStore(*db).reconcile());
        QVERIFY(QFile::exists(db->workspaceDir() + u'/' + imported->filePath));
    }

    // Loading a .pt runs code from it: the core refuses unless the caller says the user
    // confirmed, and reads nothing before that.
    void importNeedsConfirmedTrust()
    {
        auto db = workspace(sineBars(200));
        QVERIFY(db);
        ModelImportRequest request;
        request.modelFile = kFixture;
        request.name = QStringLiteral("untrusted");
        auto refused = ModelImporter(*db).run(request, ImportTrust::NotConfirmed);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("trust")), errorOf(refused));
        QCOMPARE(refused.error().file, kFixture);
        QCOMPARE(rowCount(*db, QStringLiteral("SELECT COUNT(*) FROM ml_models")), 0);
        QVERIFY(test::filesUnder(db->modelsDir()).isEmpty());
    }

    // Regression: a model file or sidecar that is a device or a pipe was read until memory
    // ran out (or blocked); both are refused with the file named.
    void importRefusesDevicesAndPipes()
    {
        auto db = workspace(sineBars(200));
        QVERIFY(db);
        const QString dir = m_dir.filePath(QStringLiteral("devices"));
        QVERIFY(QDir().mkpath(dir));
        const QString zero = dir + QStringLiteral("/zero.pt");
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        QVERIFY(QFile::copy(ModelImporter::defaultSidecar(kFixture),
                            dir + QStringLiteral("/zero.json")));
        ModelImportRequest request;
        request.modelFile = zero;
        request.name = QStringLiteral("zero");
        request.symbol = kSymbol;
        request.timeframe = kTimeframe;
        auto refused = ModelImporter(*db).run(request, ImportTrust::Confirmed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().file, zero);
        QVERIFY2(refused.error().message.contains(QStringLiteral("not a regular file")),
                 errorOf(refused));

        const QString pipe = dir + QStringLiteral("/pipe.json");
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        request.modelFile = kFixture;
        request.sidecarFile = pipe;
        refused = ModelImporter(*db).run(request, ImportTrust::Confirmed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().file, pipe);
        QCOMPARE(rowCount(*db, QStringLiteral("SELECT COUNT(*) FROM ml_models")), 0);
    }

    void importRefusesFilesThatDoNotFit()
    {
        auto db = workspace(sineBars(200));
        QVERIFY(db);
        QFile sidecarFile(ModelImporter::defaultSidecar(kFixture));
        QVERIFY(sidecarFile.open(QIODevice::ReadOnly));
        const QJsonObject sidecar = QJsonDocument::fromJson(sidecarFile.readAll()).object();
        QFile modelFile(kFixture);
        QVERIFY(modelFile.open(QIODevice::ReadOnly));
        const QByteArray model = modelFile.readAll();
        const auto attempt = [&](const QByteArray &bytes, const QJsonObject &json) {
            static int n = 0;
            ++n;
            ModelImportRequest request;
            request.modelFile = test::writeFile(m_dir, QStringLiteral("bad%1.pt").arg(n), bytes);
            request.sidecarFile = test::writeFile(m_dir, QStringLiteral("bad%1.json").arg(n),
                                                  QJsonDocument(json).toJson());
            request.name = QStringLiteral("bad");
            request.symbol = kSymbol;
            request.timeframe = kTimeframe;
            auto r = ModelImporter(*db).run(request, ImportTrust::Confirmed);
            return r ? QString() : r.error().message;
        };
        QJsonObject noHash = sidecar;
        noHash.remove(QStringLiteral("sha256"));

        QString e = attempt(QByteArray(4000, 'x'), noHash);
        QVERIFY2(e.contains(QStringLiteral("not a TorchScript model")), qPrintable(e));
        e = attempt(QByteArray(4000, 'x'), sidecar);
        QVERIFY2(e.contains(QStringLiteral("not the one its sidecar describes")), qPrintable(e));
        // Without volume features the sidecar promises 7 inputs; the network takes 9.
        QJsonObject fewer = noHash;
        QJsonObject features = fewer.value(QStringLiteral("features")).toObject();
        features.insert(QStringLiteral("volume_features"), false);
        fewer.insert(QStringLiteral("features"), features);
        QJsonArray names = fewer.value(QStringLiteral("feature_names")).toArray();
        names.removeAt(5);
        names.removeAt(5);
        fewer.insert(QStringLiteral("feature_names"), names);
        QJsonObject scalers = fewer.value(QStringLiteral("scalers")).toObject();
        QJsonArray ones;
        for (int i = 0; i < 7; ++i)
            ones.append(1.0);
        scalers.insert(
            QStringLiteral("features"),
            QJsonObject { { QStringLiteral("mean"), ones }, { QStringLiteral("std"), ones } });
        fewer.insert(QStringLiteral("scalers"), scalers);
        e = attempt(model, fewer);
        QVERIFY2(e.contains(QStringLiteral("[1, 8, 7]")), qPrintable(e));
        // Three horizons promised, two outputs given.
        QJsonObject moreHorizons = noHash;
        moreHorizons.insert(QStringLiteral("horizons"), QJsonArray { 1, 3, 6 });
        QJsonObject sharedTarget = sidecar.value(QStringLiteral("scalers")).toObject();
        sharedTarget.insert(QStringLiteral("target"),
                            QJsonObject { { QStringLiteral("mean"), QJsonArray { 100 } },
                                          { QStringLiteral("std"), QJsonArray { 2 } } });
        moreHorizons.insert(QStringLiteral("scalers"), sharedTarget);
        e = attempt(model, moreHorizons);
        QVERIFY2(e.contains(QStringLiteral("[1, 3]")), qPrintable(e));
        QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM ml_models")), 0);
        QCOMPARE(test::filesUnder(db->modelsDir()).size(), 0);
    }

    void sidecarErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("not valid JSON");
        QTest::newRow("no marker") << QByteArray("{}") << QStringLiteral("modeldeck_model");
        QTest::newRow("format") << QByteArray(R"({"modeldeck_model": 1, "format": "onnx"})")
                                << QStringLiteral("\"format\"");
        QTest::newRow("horizon 0")
            << QByteArray(R"({"modeldeck_model": 1, "format": "torchscript", "horizons": [0]})")
            << QStringLiteral("\"horizons\"");
        QTest::newRow("duplicate horizons")
            << QByteArray(R"({"modeldeck_model": 1, "format": "torchscript", "horizons": [1, 1]})")
            << QStringLiteral("\"horizons\"");
        QTest::newRow("unsorted") << QByteArray(
            R"({"modeldeck_model": 1, "format": "torchscript", "horizons": [3, 1]})")
                                  << QStringLiteral("ascending");
        QTest::newRow("text horizon")
            << QByteArray(R"({"modeldeck_model": 1, "format": "torchscript", "horizons": ["1"]})")
            << QStringLiteral("\"horizons\"");
        QTest::newRow("no features")
            << QByteArray(R"({"modeldeck_model": 1, "format": "torchscript", "horizons": [1]})")
            << QStringLiteral("feature settings are missing");
        QTest::newRow("wrong names") << QByteArray(
            R"({"modeldeck_model": 1, "format": "torchscript", "horizons": [1], "features": {"lookback": 4},
                              "feature_names": ["lag_1"]})")
                                     << QStringLiteral("are not the ones");
    }
    void sidecarErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        auto parsed = ModelSidecar::parse(json);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(error), errorOf(parsed));
    }

    void sidecarScalerAndSymbolChecks()
    {
        QFile file(ModelImporter::defaultSidecar(kFixture));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject good = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(ModelSidecar::parse(QJsonDocument(good).toJson()));
        QJsonObject json = good;
        json.insert(QStringLiteral("symbol"), QStringLiteral("../etc"));
        QVERIFY(ModelSidecar::parse(QJsonDocument(json).toJson())
                    .error()
                    .message.contains(QStringLiteral("not a valid symbol")));
        json = good;
        QJsonObject scalers = json.value(QStringLiteral("scalers")).toObject();
        scalers.insert(QStringLiteral("target"),
                       QJsonObject { { QStringLiteral("mean"), QJsonArray { 1, 2, 3 } },
                                     { QStringLiteral("std"), QJsonArray { 1, 1, 1 } } });
        json.insert(QStringLiteral("scalers"), scalers);
        QVERIFY(ModelSidecar::parse(QJsonDocument(json).toJson())
                    .error()
                    .message.contains(QStringLiteral("one per horizon")));
        scalers.insert(QStringLiteral("features"),
                       QJsonObject { { QStringLiteral("mean"), QJsonArray { 1 } },
                                     { QStringLiteral("std"), QJsonArray { 0 } } });
        json.insert(QStringLiteral("scalers"), scalers);
        QVERIFY(ModelSidecar::parse(QJsonDocument(json).toJson())
                    .error()
                    .message.contains(QStringLiteral("feature scaler")));
    }

    void importsWhatPythonExports()
    {
        QProcess probe;
        probe.start(QStringLiteral("/usr/bin/python3"),
                    { QStringLiteral("-c"), QStringLiteral("import torch") });
        if (!probe.waitForFinished(60000) || probe.exitStatus() != QProcess::NormalExit
            || probe.exitCode() != 0)
            QSKIP("/usr/bin/python3 cannot import torch (install python3-torch); the committed "
                  "fixture covers import");
        const QString out = m_dir.filePath(QStringLiteral("exported/gru_like.pt"));
        QDir().mkpath(QFileInfo(out).absolutePath());
        QProcess exporter;
        exporter.start(
            QStringLiteral("/usr/bin/python3"),
            { QStringLiteral(MODELDECK_SOURCE_DIR "/bench/reference/export_torchscript.py"), out,
              QStringLiteral("--lookback"), QStringLiteral("12"), QStringLiteral("--horizons"),
              QStringLiteral("24,1"), QStringLiteral("--no-range"), QStringLiteral("--symbol"),
              kSymbol, QStringLiteral("--timeframe"), kTimeframe });
        QVERIFY(exporter.waitForFinished(120000));
        QVERIFY2(exporter.exitCode() == 0, exporter.readAllStandardError().constData());
        auto db = workspace(sineBars(200));
        QVERIFY(db);
        ModelImportRequest request;
        request.modelFile = out;
        request.name = QStringLiteral("exported");
        request.activate = true;
        auto imported = ModelImporter(*db).run(request, ImportTrust::Confirmed);
        QVERIFY2(imported, errorOf(imported));
        QCOMPARE(imported->horizons, (QList<int> { 1, 24 }));
        QVERIFY(imported->active);
        // Horizon 24 adds the longer-range features: 48 bars of history + 12 − 1.
        auto p = PredictionService(*db).predict({ QStringLiteral("exported"), 24, false });
        QVERIFY2(p, errorOf(p));
        QVERIFY(std::isfinite(p->value));
    }

    void exportImportRoundTrip()
    {
        auto db = savedModel(QStringLiteral("round trip"));
        QVERIFY(db);
        ModelRegistry registry(*db);
        const QString dir = m_dir.filePath(QStringLiteral("export"));
        auto exported = registry.exportModel(QStringLiteral("round trip"), std::nullopt, dir);
        QVERIFY2(exported, errorOf(exported));
        QVERIFY(exported->modelFile.endsWith(QStringLiteral("round_trip-v1.pt")));
        QVERIFY(!registry.exportModel(QStringLiteral("round trip"), std::nullopt, dir)); // exists
        QVERIFY(registry.exportModel(QStringLiteral("round trip"), 1, dir, true));
        QFile sidecar(exported->sidecarFile);
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        auto parsed = ModelSidecar::parse(sidecar.readAll());
        QVERIFY2(parsed, errorOf(parsed));
        QVERIFY(parsed->format == RegisteredModel::Format::ModelDeck);
        QCOMPARE(parsed->name, QStringLiteral("round trip"));

        auto other = workspace(sineBars(600));
        QVERIFY(other);
        ModelImportRequest request;
        request.modelFile = exported->modelFile;
        request.activate = true;
        auto imported = ModelImporter(*other).run(request, ImportTrust::Confirmed);
        QVERIFY2(imported, errorOf(imported));
        QCOMPARE(imported->name, QStringLiteral("round trip"));
        QCOMPARE(imported->symbol, kSymbol);
        auto here = PredictionService(*db).predict({ QStringLiteral("round trip"), 1, false });
        auto there = PredictionService(*other).predict({ QStringLiteral("round trip"), 1, false });
        QVERIFY(here && there);
        QCOMPARE(there->value, here->value);
        QCOMPARE(there->upper95, here->upper95);
    }

    void deleteRemovesRowsAndFiles()
    {
        TrainingOutcome trained;
        auto db = savedModel(QStringLiteral("gone"), &trained);
        QVERIFY(db);
        ModelRegistry registry(*db);
        auto v2 = registry.saveRecord({ trained.recordId, QStringLiteral("gone"), {}, {}, false });
        QVERIFY(v2);
        QVERIFY(PredictionService(*db).predict({ QStringLiteral("gone"), 1, true }));
        const QString v1File
            = db->workspaceDir() + u'/' + registry.find(QStringLiteral("gone"), 1)->filePath;
        auto one = registry.remove(QStringLiteral("gone"), 1);
        QVERIFY2(one, errorOf(one));
        QCOMPARE(one->versions, 1);
        QVERIFY(!one->wasActive);
        QVERIFY(one->bytes > 0);
        QVERIFY(!QFile::exists(v1File));
        QVERIFY(QFile::exists(db->workspaceDir() + u'/' + v2->filePath));
        QVERIFY(!registry.remove(QStringLiteral("gone"), 1));
        auto all = registry.remove(QStringLiteral("gone"));
        QVERIFY(all);
        QCOMPARE(all->versions, 1);
        QVERIFY(all->wasActive);
        QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM ml_models")), 0);
        QVERIFY(!QFile::exists(db->workspaceDir() + u'/' + v2->filePath));
        // The prediction outlives its model, which it still names.
        QCOMPARE(rowCount(*db,
                          QStringLiteral("SELECT count(*) FROM predictions WHERE model_name = "
                                         "'gone' AND model_id IS NULL")),
                 1);
        // The training record's own file was never touched.
        QVERIFY(QFile::exists(db->workspaceDir() + u'/' + trained.record.modelPath));

        // A hostile row naming the database as its file deletes the row, not the database.
        auto again
            = registry.saveRecord({ trained.recordId, QStringLiteral("hostile"), {}, {}, false });
        QVERIFY(again);
        QVERIFY(exec(*db, QStringLiteral("UPDATE ml_models SET file_path = 'modeldeck.sqlite'")));
        auto hostile = registry.remove(QStringLiteral("hostile"));
        QVERIFY2(hostile, errorOf(hostile));
        QCOMPARE(hostile->bytes, qint64(0));
        QVERIFY(QFile::exists(db->databasePath()));
        QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM model_training_records")), 1);
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
