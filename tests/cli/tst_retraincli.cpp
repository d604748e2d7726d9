// modeldeck-cli retrain (--json shape, duplicates, usage errors) and queue run --schedule
// (queues a scheduled retrain of a stale active model and keeps running until Ctrl+C).
#include "TestBars.h"
#include "TestRecords.h"
#include "monitoring/PerformanceDrift.h"
#include "queue/RetrainSettings.h"
#include "services/ModelRegistry.h"
#include "storage/Database.h"
#include "storage/PredictionRepository.h"
#include "storage/SqlValues.h"
#include "storage/TrainingRecordRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace modeldeck;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment environment(const QString &configHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MODELDECK_WORKSPACE"));
    // The CLI reads Settings ▸ Retraining from QSettings: the test's own, not the user's.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    return env;
}

Run cli(const QStringList &args, const QString &configHome)
{
    QProcess p;
    p.setProcessEnvironment(environment(configHome));
    p.start(QStringLiteral(MODELDECK_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

} // namespace

class TestRetrainCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A workspace with saved model `name` (linear_bot, SINE 1d, active) saved at `savedAt`.
    QString workspaceWithModel(const QString &folder, const QString &name, const QDateTime &savedAt)
    {
        const QString ws = m_dir.filePath(folder);
        auto db = Database::open(ws);
        if (!db)
            return {};
        auto connection = (*db)->connection();
        if (!connection)
            return {};
        TrainingRecord record
            = test::cardRecord(QStringLiteral("SINE"), QStringLiteral("1d"),
                               QStringLiteral("linear_bot"), TrainingRecord::Status::Active, 1);
        auto recordId = TrainingRecordRepository(*connection).insert(record);
        if (!recordId)
            return {};
        RegisteredModel m;
        m.name = name;
        m.bot = QStringLiteral("linear_bot");
        m.horizons = { 1 };
        m.symbol = QStringLiteral("SINE");
        m.timeframe = QStringLiteral("1d");
        m.modelConfig = QJsonObject { { QStringLiteral("epochs"), 1 } };
        m.trainingRecordId = *recordId;
        auto added
            = ModelRegistry(**db).add(m, QByteArray(64, 'x'), QStringLiteral("registry"), true);
        if (!added)
            return {};
        QSqlQuery q(*connection);
        q.prepare(QStringLiteral("UPDATE ml_models SET created_at = ? WHERE id = ?"));
        q.addBindValue(isoUtc(savedAt));
        q.addBindValue(added->id);
        return q.exec() ? ws : QString();
    }

private Q_SLOTS:
    void retrainPrintsJobDuplicateAndEta()
    {
        const QString config = m_dir.filePath(QStringLiteral("config-retrain"));
        const QString ws = workspaceWithModel(QStringLiteral("retrain"), QStringLiteral("alpha"),
                                              QDateTime::currentDateTimeUtc());
        QVERIFY(!ws.isEmpty());
        const QStringList retrain { QStringLiteral("-w"),      ws,
                                    QStringLiteral("retrain"), QStringLiteral("--model"),
                                    QStringLiteral("alpha"),   QStringLiteral("--json") };
        Run r = cli(retrain + QStringList { QStringLiteral("--reason"), QStringLiteral("Q3 data") },
                    config);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject first = QJsonDocument::fromJson(r.out).object();
        const qint64 jobId = first.value(QStringLiteral("job_id")).toInteger();
        QVERIFY(jobId > 0);
        QCOMPARE(first.value(QStringLiteral("duplicate")).toBool(true), false);
        QCOMPARE(first.value(QStringLiteral("model")).toString(), QStringLiteral("alpha"));
        QCOMPARE(first.value(QStringLiteral("symbol")).toString(), QStringLiteral("SINE"));
        QCOMPARE(first.value(QStringLiteral("timeframe")).toString(), QStringLiteral("1d"));
        QCOMPARE(first.value(QStringLiteral("bot")).toString(), QStringLiteral("linear_bot"));
        QCOMPARE(first.value(QStringLiteral("trigger")).toString(), QStringLiteral("manual"));
        QCOMPARE(first.value(QStringLiteral("reason")).toString(), QStringLiteral("Q3 data"));
        QVERIFY(first.value(QStringLiteral("retrain_of")).toInteger() > 0);
        // Nothing has finished in this workspace: no estimate, said as such.
        QVERIFY(first.contains(QStringLiteral("eta_seconds")));
        QVERIFY(first.value(QStringLiteral("eta_seconds")).isNull());
        QCOMPARE(first.value(QStringLiteral("eta")).toString(), QStringLiteral("unknown"));
        QCOMPARE(first.value(QStringLiteral("jobs_ahead")).toInt(-1), 0);

        r = cli(retrain, config);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject second = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(second.value(QStringLiteral("duplicate")).toBool(), true);
        QCOMPARE(second.value(QStringLiteral("job_id")).toInteger(), jobId);

        r = cli({ QStringLiteral("-w"), ws, QStringLiteral("retrain"), QStringLiteral("--model"),
                  QStringLiteral("alpha") },
                config);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray expected
            = QByteArray("Already queued as job ") + QByteArray::number(jobId) + QByteArray(" — ");
        QVERIFY2(r.out.startsWith(expected), r.out.constData());
    }

    void retrainUsageAndUnknownModels()
    {
        const QString config = m_dir.filePath(QStringLiteral("config-usage"));
        const QString ws = m_dir.filePath(QStringLiteral("usage"));
        Run r = cli({ QStringLiteral("-w"), ws, QStringLiteral("retrain") }, config);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--model"));
        r = cli({ QStringLiteral("-w"), ws, QStringLiteral("retrain"), QStringLiteral("--model"),
                  QStringLiteral("ghost") },
                config);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("“ghost”"), r.err.constData());
    }

    // With "retrain on drift" set, a fill that raises drift alerts queues one retrain of the
    // model (the second alert merges into it) and says so; without it, none.
    void predictionsFillRetrainsOnDrift_data()
    {
        QTest::addColumn<bool>("on");
        QTest::newRow("off") << false;
        QTest::newRow("on") << true;
    }

    void predictionsFillRetrainsOnDrift()
    {
        QFETCH(bool, on);
        const QString config = m_dir.filePath(QStringLiteral("config-drift-%1").arg(on));
        {
            RetrainSettings s;
            s.retrainOnDrift = on;
            QSettings settings(config + QStringLiteral("/ModelDeck/ModelDeck.conf"),
                               QSettings::IniFormat);
            s.save(settings);
        }
        const QString ws = m_dir.filePath(QStringLiteral("drift-%1").arg(on));
        {
            auto db = Database::open(ws);
            QVERIFY(db);
            const auto bars = test::waveBars(100, 3);
            QCOMPARE(test::storeBars(**db, QStringLiteral("WAVE"), QStringLiteral("5m"), bars),
                     QString());
            RegisteredModel m;
            m.name = QStringLiteral("wave");
            m.bot = QStringLiteral("linear_bot");
            m.horizons = { 1 };
            m.symbol = QStringLiteral("WAVE");
            m.timeframe = QStringLiteral("5m");
            m.modelConfig = QJsonObject { { QStringLiteral("epochs"), 1 } };
            m.metrics = QJsonObject { { QStringLiteral("rmse"), 1.0 } };
            auto added
                = ModelRegistry(**db).add(m, QByteArray(64, 'x'), QStringLiteral("registry"), true);
            QVERIFY(added);
            PredictionRepository predictions(*(*db)->connection());
            for (int i = 0; i < PerformanceDrift::kMinSamples; ++i) {
                Prediction p;
                p.predictedAt = QDateTime::currentDateTimeUtc();
                p.modelId = added->id;
                p.modelName = m.name;
                p.modelVersion = 1;
                p.symbol = m.symbol;
                p.timeframe = m.timeframe;
                p.baseTimeMs = bars[size_t(50 + i)].timeUtcMs;
                p.baseClose = bars[size_t(50 + i)].close;
                p.targetTimeMs = bars[size_t(51 + i)].timeUtcMs;
                p.value = bars[size_t(51 + i)].close + 5; // far off, and its band misses
                p.lower95 = p.value - 1;
                p.upper95 = p.value + 1;
                QVERIFY(predictions.insert(p));
            }
        }
        const Run r = cli({ QStringLiteral("-w"), ws, QStringLiteral("predictions"),
                            QStringLiteral("fill"), QStringLiteral("--json") },
                          config);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject fill = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(fill.value(QStringLiteral("filled")).toInt(), PerformanceDrift::kMinSamples);
        const QJsonArray actions = fill.value(QStringLiteral("drift_retrains")).toArray();
        if (!on) {
            QVERIFY(actions.isEmpty());
            return;
        }
        QCOMPARE(actions.size(), 2);
        QVERIFY2(actions.at(0).toString().contains(QStringLiteral("queued retrain job")),
                 qPrintable(actions.at(0).toString()));
        QVERIFY2(actions.at(1).toString().contains(QStringLiteral("already queued as job")),
                 qPrintable(actions.at(1).toString()));
    }

    void queueRunScheduleQueuesAStaleModel()
    {
        const QString config = m_dir.filePath(QStringLiteral("config-schedule"));
        {
            // Whole-day window (start == end), so the run is due whenever the test runs.
            RetrainSettings s;
            s.scheduleEnabled = false; // --schedule turns it on for the run
            s.ageHours = 24;
            s.windowStart = QTime(0, 0);
            s.windowEnd = QTime(0, 0);
            s.maxJobsPerRun = 3;
            s.refreshFirst = true; // an imported series: skipped with a note
            QSettings settings(config + QStringLiteral("/ModelDeck/ModelDeck.conf"),
                               QSettings::IniFormat);
            s.save(settings);
        }
        const QString ws = workspaceWithModel(QStringLiteral("schedule"), QStringLiteral("old"),
                                              QDateTime::currentDateTimeUtc().addDays(-3));
        QVERIFY(!ws.isEmpty());
        QProcess p;
        p.setProcessEnvironment(environment(config));
        p.start(QStringLiteral(MODELDECK_CLI_PATH),
                { QStringLiteral("-w"), ws, QStringLiteral("queue"), QStringLiteral("run"),
                  QStringLiteral("--schedule"), QStringLiteral("--json") });
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (!out.contains("\"type\":\"schedule\"") && !clock.hasExpired(60000)
               && p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
        }
        QJsonObject schedule;
        for (const QByteArray &line : out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("type")).toString() == QStringLiteral("schedule"))
                schedule = o;
        }
        QVERIFY2(!schedule.isEmpty(), out.constData());
        QCOMPARE(schedule.value(QStringLiteral("outcome")).toString(), QStringLiteral("due"));
        const QJsonArray queued = schedule.value(QStringLiteral("queued")).toArray();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.at(0).toObject().value(QStringLiteral("trigger")).toString(),
                 QStringLiteral("scheduled"));
        QVERIFY(!schedule.value(QStringLiteral("refresh")).toArray().isEmpty());
        // It keeps running after the queue drains (the job fails: SINE has no bars), until
        // Ctrl+C.
        QTest::qWait(500);
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 130);
    }
};

QTEST_GUILESS_MAIN(TestRetrainCli)
#include "tst_retraincli.moc"
