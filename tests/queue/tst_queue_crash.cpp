// Crash safety: `modeldeck-cli queue run` is killed with SIGKILL in the middle of training;
// afterwards the database is intact, finished work is kept, the killed job is queued again at
// the next run (and fails as poison when it is killed three times in a row), no orphan model
// file remains and nothing is trained twice.

#include "TestFiles.h"
#include "queue/QueueLock.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "storage/TrainingRecordRepository.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cmath>
#include <csignal>

using namespace modeldeck;

namespace {

int runCli(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(MODELDECK_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitCode();
}

} // namespace

class TestQueueCrash : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void sigkillMidTrainingLosesNothing()
    {
        const QString ws = m_dir.filePath(QStringLiteral("ws"));
        QByteArray csv = "Date,Time,open,high,low,close,volume\n";
        QDateTime t(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
        for (int i = 0; i < 900; ++i, t = t.addSecs(300)) {
            const double c = 100 + 2 * std::sin(i / 4.0);
            csv += t.toString(QStringLiteral("yyyyMMdd,HH:mm")).toLatin1()
                + QStringLiteral(",%1,%2,%3,%4,1000\n")
                      .arg(c)
                      .arg(c + 0.1)
                      .arg(c - 0.1)
                      .arg(c)
                      .toLatin1();
        }
        const QString file = test::writeFile(m_dir, QStringLiteral("SINE.csv"), csv);
        QByteArray output;
        QCOMPARE(runCli({ QStringLiteral("-w"), ws, QStringLiteral("import"), file,
                          QStringLiteral("--tz"), QStringLiteral("UTC") },
                        &output),
                 0);
        const auto add = [&](const QString &bot, const QString &params) {
            return runCli({ QStringLiteral("-w"), ws, QStringLiteral("queue"),
                            QStringLiteral("add"), QStringLiteral("--symbol"),
                            QStringLiteral("SINE"), QStringLiteral("--timeframe"),
                            QStringLiteral("5m"), QStringLiteral("--bot"), bot,
                            QStringLiteral("--params"), params });
        };
        QCOMPARE(add(QStringLiteral("linear_bot"), QStringLiteral(R"({"epochs": 2})")),
                 0); // finishes
        QCOMPARE(add(QStringLiteral("lstm_bot"),
                     QStringLiteral(R"({"epochs": 5000, "patience": 100000})")),
                 0); // killed
        QCOMPARE(add(QStringLiteral("mlp_bot"), QStringLiteral(R"({"epochs": 2})")), 0); // waits

        // Runs the queue until job 2 has been training for a moment, then kills it. Returns the
        // number of jobs the run said it queued again.
        const auto runAndKillDuringJob2 = [&]() -> int {
            QProcess runner;
            runner.start(QStringLiteral(MODELDECK_CLI_PATH),
                         { QStringLiteral("-w"), ws, QStringLiteral("queue"), QStringLiteral("run"),
                           QStringLiteral("--threads"), QStringLiteral("1"),
                           QStringLiteral("--workers"), QStringLiteral("1"),
                           QStringLiteral("--json") });
            if (!runner.waitForStarted())
                return -1;
            bool secondStarted = false;
            int requeued = 0;
            while (!secondStarted && runner.waitForReadyRead(60000)) {
                while (runner.canReadLine()) {
                    const QJsonObject line = QJsonDocument::fromJson(runner.readLine()).object();
                    const QString type = line.value(QStringLiteral("type")).toString();
                    if (type == QStringLiteral("recovered"))
                        requeued = line.value(QStringLiteral("requeued")).toInt();
                    secondStarted = secondStarted
                        || (type == QStringLiteral("started")
                            && line.value(QStringLiteral("job")).toInteger() == 2);
                }
            }
            if (!secondStarted)
                return -1;
            QTest::qWait(1500);
            ::kill(pid_t(runner.processId()), SIGKILL);
            if (!runner.waitForFinished(10000) || runner.exitStatus() != QProcess::CrashExit)
                return -1;
            return requeued;
        };
        QCOMPARE(runAndKillDuringJob2(), 0);

        {
            auto db = Database::open(ws);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
            QSqlQuery q(*(*db)->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            JobRepository jobs(*(*db)->connection());
            QVERIFY((*jobs.find(1))->status == JobStatus::Completed);
            QVERIFY((*jobs.find(2))->status == JobStatus::Running); // nobody has recovered it yet
            QVERIFY((*jobs.find(3))->status == JobStatus::Pending);
            QVERIFY(!QueueLock::isOwnedElsewhere(ws)); // the dead owner's lock is stale
        }

        // The next runs queue the killed job again, in its place at the head of the queue; it
        // is killed again each time, and the first job is not trained again.
        QCOMPARE(runAndKillDuringJob2(), 1);
        QCOMPARE(runAndKillDuringJob2(), 1);
        // Interrupted three times in a row: a poison job. The next run fails it and goes on.
        QCOMPARE(runCli({ QStringLiteral("-w"), ws, QStringLiteral("queue"), QStringLiteral("run"),
                          QStringLiteral("--threads"), QStringLiteral("1"),
                          QStringLiteral("--workers"), QStringLiteral("1") },
                        &output),
                 0);
        QVERIFY2(output.contains("failed: interrupted 3 times in a row"), output.constData());
        auto db = Database::open(ws);
        QVERIFY(db);
        JobRepository jobs(*(*db)->connection());
        QVERIFY((*jobs.find(1))->status == JobStatus::Completed);
        QCOMPARE((*jobs.find(1))->attempts, 1);
        const TrainingJob poison = **jobs.find(2);
        QVERIFY(poison.status == JobStatus::Failed);
        QCOMPARE(poison.attempts, 3);
        QVERIFY(poison.errorMessage.contains(QStringLiteral("3 times in a row")));
        QVERIFY((*jobs.find(3))->status == JobStatus::Completed);
        QCOMPARE((*jobs.find(3))->attempts, 1);
        auto records = TrainingRecordRepository(*(*db)->connection()).list();
        QVERIFY(records);
        QCOMPARE(records->size(),
                 size_t(2)); // linear and mlp once each, nothing for the killed LSTM
        const QStringList files = test::filesUnder((*db)->modelsDir(), { QStringLiteral("*.pt") });
        QCOMPARE(files.size(), 2);
        for (const TrainingRecord &r : *records)
            QVERIFY(QFile::exists((*db)->workspaceDir() + u'/' + r.modelPath));
        // The poison job can still be retried by hand.
        QCOMPARE(runCli({ QStringLiteral("-w"), ws, QStringLiteral("queue"),
                          QStringLiteral("retry"), QStringLiteral("--job"), QStringLiteral("2") },
                        &output),
                 0);
        QVERIFY((*jobs.find(2))->status == JobStatus::Pending);
    }
};

QTEST_GUILESS_MAIN(TestQueueCrash)
#include "tst_queue_crash.moc"
