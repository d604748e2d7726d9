// Tree models across the Python boundary: ModelDeck's feature table goes to
// bench/reference/export_xgboost.py (Debian's python3-xgboost), the model it trains comes back
// through `models import` and predicts what Python predicted to 1e-6; a model trained on other
// columns is refused with both lists; a gbm_bot saved in the registry exports as .ubj and
// imports into another workspace with the same prediction.

#include "SyntheticSeries.h"
#include "TestBars.h"
#include "TestVerify.h"
#include "features/FeatureTable.h"
#include "services/ModelImporter.h"
#include "services/ModelRegistry.h"
#include "services/PredictionService.h"
#include "services/TrainingService.h"
#include "storage/Database.h"
#include "training/InferenceModel.h"
#include "training/ModelFile.h"
#include "training/TorchRuntime.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;
using namespace Qt::StringLiterals;

namespace {

const QString kScript = QStringLiteral(MODELDECK_SOURCE_DIR "/bench/reference/export_xgboost.py");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestTreeImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::vector<Bar> m_bars = test::syntheticSeries(test::Synthetic::Ar1Returns, 1200);

    std::unique_ptr<Database> workspace(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name));
        if (!db)
            return nullptr;
        if (!test::storeBars(**db, u"AR"_s, u"1d"_s, m_bars).isEmpty())
            return nullptr;
        return std::move(*db);
    }

    FeatureSet features(bool volume = true)
    {
        FeatureConfig config;
        config.lookback = 4;
        config.volumeFeatures = volume;
        return *FeatureSet::build(m_bars, config);
    }

    // Runs the exporter on `fs`'s table; the model lands in OUT.json.
    bool exportFromPython(const FeatureSet &fs, const QString &out, const QString &predictions)
    {
        const QString table = out + u".table.csv"_s;
        const QString meta = out + u".meta.json"_s;
        if (!writeFile(table, FeatureTable::csv(fs))
            || !writeFile(meta, QJsonDocument(FeatureTable::description(fs)).toJson()))
            return false;
        QProcess python;
        python.start(u"/usr/bin/python3"_s,
                     { kScript, table, meta, out, u"--rounds"_s, u"60"_s, u"--predictions"_s,
                       predictions, u"--symbol"_s, u"AR"_s, u"--timeframe"_s, u"1d"_s });
        if (!python.waitForFinished(120000) || python.exitCode() != 0) {
            qWarning("%s", python.readAllStandardError().constData());
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TorchRuntime::initialize(1);
        QProcess probe;
        probe.start(u"/usr/bin/python3"_s, { u"-c"_s, u"import xgboost, numpy"_s });
        if (!probe.waitForFinished(60000) || probe.exitCode() != 0)
            QSKIP("/usr/bin/python3 cannot import xgboost (install python3-xgboost, as "
                  "packaging/install-deps-debian.sh does)");
    }

    void pythonModelPredictsTheSame()
    {
        auto db = workspace(u"python"_s);
        QVERIFY(db);
        const FeatureSet fs = features();
        const QString out = m_dir.filePath(u"gbm.json"_s);
        const QString predictions = m_dir.filePath(u"python-predictions.txt"_s);
        QVERIFY(exportFromPython(fs, out, predictions));

        ModelImportRequest request;
        request.modelFile = out; // its sidecar: gbm.sidecar.json
        request.activate = true;
        auto imported = ModelImporter(*db).run(request, ImportTrust::Confirmed);
        QVERIFY2(imported, errorOf(imported).constData());
        QCOMPARE(imported->bot, u"gbm_bot"_s);
        QVERIFY2(imported->filePath.endsWith(u".ubj"_s), qPrintable(imported->filePath));

        // The stored model, run on every sample of the table, gives Python's numbers.
        auto bytes = ModelFile::readVerified(db->workspaceDir() + u'/' + imported->filePath,
                                             imported->fileSha256);
        QVERIFY(bytes);
        auto config = ModelConfig::fromJson(imported->bot, imported->modelConfig);
        QVERIFY(config);
        auto model = InferenceModel::fromModelFile(*bytes, *config, fs.featureCount);
        QVERIFY2(model, errorOf(model).constData());
        QFile expectedFile(predictions);
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> expected = expectedFile.readAll().trimmed().split('\n');
        int row = 0;
        for (SampleRange range : { fs.train, fs.validation, fs.test }) {
            const std::vector<float> windows = fs.windowTable(range);
            auto raw = (*model)->forward(windows, range.size());
            QVERIFY2(raw, errorOf(raw).constData());
            for (double v : *raw) {
                QVERIFY(row < expected.size());
                QVERIFY2(std::abs(v - expected[row].toDouble()) <= 1e-6,
                         qPrintable(u"row %1: %2 vs Python's %3"_s.arg(row).arg(v).arg(
                             QString::fromLatin1(expected[row]))));
                ++row;
            }
        }
        QCOMPARE(row, expected.size());
        auto p = PredictionService(*db).predict({ imported->name, 1, false });
        QVERIFY2(p, errorOf(p).constData());
        QVERIFY(std::isfinite(p->value));
    }

    void modelForOtherColumnsIsRefused()
    {
        auto db = workspace(u"mismatch"_s);
        QVERIFY(db);
        const QString out = m_dir.filePath(u"wide.json"_s);
        QVERIFY(exportFromPython(features(true), out, m_dir.filePath(u"p2.txt"_s)));
        // The same model described by a sidecar without the volume column.
        QJsonObject sidecar = FeatureTable::description(features(false));
        sidecar.insert(u"modeldeck_model"_s, 1);
        sidecar.insert(u"format"_s, u"xgboost"_s);
        sidecar.insert(u"name"_s, u"narrow"_s);
        sidecar.insert(u"symbol"_s, u"AR"_s);
        sidecar.insert(u"timeframe"_s, u"1d"_s);
        const QString sidecarPath = m_dir.filePath(u"narrow.sidecar.json"_s);
        QVERIFY(writeFile(sidecarPath, QJsonDocument(sidecar).toJson()));
        ModelImportRequest request;
        request.modelFile = out;
        request.sidecarFile = sidecarPath;
        auto refused = ModelImporter(*db).run(request, ImportTrust::Confirmed);
        QVERIFY(!refused);
        const QString message = refused.error().message;
        QVERIFY2(message.contains(u"The model reads: "_s)
                     && message.contains(u"volume_log_ratio_20"_s)
                     && message.contains(u"The sidecar's features give: "_s),
                 qPrintable(message));
        QVERIFY(ModelRegistry(*db).list().value().empty());
    }

    void savedGbmExportsAndImportsElsewhere()
    {
        auto db = workspace(u"origin"_s);
        QVERIFY(db);
        const TrainingOutcome trained = TrainingService(*db).train(
            { u"AR"_s, u"1d"_s, ModelConfig::defaults(u"gbm_bot"_s), FeatureConfig {} });
        QVERIFY2(trained.ok, qPrintable(trained.error.toString()));
        ModelRegistry registry(*db);
        SaveModelRequest save;
        save.recordId = trained.recordId;
        save.name = u"boosted"_s;
        save.activate = true;
        auto saved = registry.saveRecord(save);
        QVERIFY2(saved, errorOf(saved).constData());
        QVERIFY(saved->filePath.endsWith(u".ubj"_s));
        auto exported = registry.exportModel(u"boosted"_s, std::nullopt, m_dir.filePath(u"out"_s));
        QVERIFY2(exported, errorOf(exported).constData());
        QVERIFY(exported->modelFile.endsWith(u"boosted-v1.ubj"_s));

        auto other = workspace(u"elsewhere"_s);
        QVERIFY(other);
        ModelImportRequest request;
        request.modelFile = exported->modelFile;
        request.activate = true;
        auto imported = ModelImporter(*other).run(request, ImportTrust::Confirmed);
        QVERIFY2(imported, errorOf(imported).constData());
        auto here = PredictionService(*db).predict({ u"boosted"_s, 1, false });
        auto there = PredictionService(*other).predict({ u"boosted"_s, 1, false });
        QVERIFY(here && there);
        QCOMPARE(there->value, here->value);
    }
};

QTEST_GUILESS_MAIN(TestTreeImport)
#include "tst_treeimport.moc"
