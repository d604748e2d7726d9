// modeldeck-cli end to end, as a user or a script runs it: exit codes (0 ok, 1 bad input,
// 2 usage), messages on stderr, JSON on stdout.

#include "TestFiles.h"
#include "TestLockHolder.h"
#include "TestYahooFlagged.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cmath>
#include <csignal>
#include <unistd.h>

using namespace modeldeck;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QString &program = QStringLiteral(MODELDECK_CLI_PATH),
        const QStringList &prefix = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MODELDECK_WORKSPACE"));
    p.setProcessEnvironment(env);
    if (prefix.isEmpty())
        p.start(program, args);
    else
        p.start(prefix.first(), prefix.mid(1) + QStringList { program } + args);
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

// A CLI run started in the background with short database waits, so a lock held by the test is
// met many times.
void startWithShortWaits(QProcess &p, const QStringList &args, int retryBudgetMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MODELDECK_WORKSPACE"));
    env.insert(QStringLiteral("MODELDECK_BUSY_TIMEOUT_MS"), QStringLiteral("100"));
    env.insert(QStringLiteral("MODELDECK_BUSY_NOTICE_MS"), QStringLiteral("300"));
    env.insert(QStringLiteral("MODELDECK_BUSY_RETRY_MS"), QString::number(retryBudgetMs));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MODELDECK_CLI_PATH), args);
}

// Reads until `text` appears on the channel (true), or the process ends or time runs out.
bool waitForOutput(QProcess &p, QProcess::ProcessChannel channel, QByteArray &seen,
                   const QByteArray &text, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    while (!seen.contains(text)) {
        if (clock.hasExpired(timeoutMs))
            return false;
        const bool running = p.state() != QProcess::NotRunning;
        p.waitForReadyRead(50); // reads both pipes into their buffers
        seen += channel == QProcess::StandardError ? p.readAllStandardError()
                                                   : p.readAllStandardOutput();
        if (!running && !seen.contains(text))
            return false;
    }
    return true;
}

const QString kSlowParams
    = QStringLiteral(R"({"epochs": 4, "hidden_size": 16, "layers": 1, "lookback": 16})");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        return test::writeFile(m_dir, name, content);
    }

    // A workspace with 800 five-minute bars of a sine wave, imported through the CLI.
    QString sineWorkspace(const QString &name)
    {
        QByteArray csv = "Date,Time,open,high,low,close,volume\n";
        QDateTime t(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
        for (int i = 0; i < 800; ++i, t = t.addSecs(300)) {
            const double c = 100 + 2 * std::sin(2 * M_PI * i / 24.0);
            csv += t.toString(QStringLiteral("yyyyMMdd,HH:mm")).toLatin1()
                + QStringLiteral(",%1,%2,%3,%4,1000\n")
                      .arg(c - 0.05)
                      .arg(c + 0.1)
                      .arg(c - 0.15)
                      .arg(c)
                      .toLatin1();
        }
        const QString ws = m_dir.filePath(name);
        const Run r
            = cli({ QStringLiteral("-w"), ws, QStringLiteral("import"),
                    write(name + QStringLiteral(".csv"), csv), QStringLiteral("--symbol"),
                    QStringLiteral("SINE"), QStringLiteral("--tz"), QStringLiteral("UTC") });
        return r.exitCode == 0 ? ws : QString();
    }

private Q_SLOTS:
    void trainPrintsProgressAndMetrics()
    {
        const QString ws = sineWorkspace(QStringLiteral("train"));
        QVERIFY(!ws.isEmpty());
        const Run r = cli(
            { QStringLiteral("-w"), ws, QStringLiteral("train"), QStringLiteral("--symbol"),
              QStringLiteral("SINE"), QStringLiteral("--timeframe"), QStringLiteral("5m"),
              QStringLiteral("--bot"), QStringLiteral("gru_bot"), QStringLiteral("--params"),
              QStringLiteral(R"({"epochs": 3, "hidden_size": 16, "layers": 1, "lookback": 16})"),
              QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 3);
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("progress"));
        const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(last.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QVERIFY(last.value(QStringLiteral("ok")).toBool());
        QVERIFY(last.value(QStringLiteral("metrics"))
                    .toObject()
                    .value(QStringLiteral("rmse"))
                    .toDouble()
                > 0);
        QVERIFY(last.value(QStringLiteral("model_path"))
                    .toString()
                    .startsWith(QStringLiteral("models/SINE/5m/gru_bot-")));
        QCOMPARE(test::filesUnder(ws + QStringLiteral("/models")).size(), 1);

        // A direct run queues no job, yet it is in the audit log.
        const Run audit
            = cli({ QStringLiteral("-w"), ws, QStringLiteral("audit"), QStringLiteral("--action"),
                    QStringLiteral("train"), QStringLiteral("--json") });
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
        const QJsonArray entries = QJsonDocument::fromJson(audit.out)
                                       .object()
                                       .value(QStringLiteral("entries"))
                                       .toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("subject")).toString(), QStringLiteral("SINE 5m"));
        QCOMPARE(entry.value(QStringLiteral("source")).toString(), QStringLiteral("cli"));
    }

    // A tree bot through the CLI: its importance in --json and in the text, and the feature
    // table a Python model would train on.
    void treeBotImportanceAndFeatureExport()
    {
        const QString ws = sineWorkspace(QStringLiteral("trees"));
        QVERIFY(!ws.isEmpty());
        const QStringList train { QStringLiteral("-w"),     ws,
                                  QStringLiteral("train"),  QStringLiteral("--symbol"),
                                  QStringLiteral("SINE"),   QStringLiteral("--timeframe"),
                                  QStringLiteral("5m"),     QStringLiteral("--bot"),
                                  QStringLiteral("gbm_bot") };
        const Run json = cli(train + QStringList { QStringLiteral("--json") });
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject last
            = QJsonDocument::fromJson(json.out.trimmed().split('\n').last()).object();
        const QJsonArray importance = last.value(QStringLiteral("feature_importance")).toArray();
        QVERIFY(!importance.isEmpty());
        QVERIFY(importance.first().toObject().value(QStringLiteral("gain")).toDouble() > 0);
        QVERIFY(
            last.value(QStringLiteral("model_path")).toString().endsWith(QStringLiteral(".ubj")));
        const Run text = cli(train);
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("Trees alone: ") && text.out.contains("Most important inputs"),
                 text.out.constData());

        const QString out = m_dir.filePath(QStringLiteral("table"));
        const QStringList exportArgs { QStringLiteral("-w"),          ws,
                                       QStringLiteral("features"),    QStringLiteral("export"),
                                       QStringLiteral("--symbol"),    QStringLiteral("SINE"),
                                       QStringLiteral("--timeframe"), QStringLiteral("5m"),
                                       QStringLiteral("--out"),       out };
        const Run exported = cli(exportArgs);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile table(out + QStringLiteral("/SINE-5m-h1.csv"));
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QList<QByteArray> header = table.readLine().trimmed().split(',');
        QCOMPARE(header.last(), QByteArray("split"));
        QVERIFY(header.contains("log_return_1@t-3"));
        QVERIFY(QFile::exists(out + QStringLiteral("/SINE-5m-h1.meta.json")));
        // Not over an existing export without --yes; with it, yes.
        QCOMPARE(cli(exportArgs).exitCode, 1);
        QCOMPARE(cli(exportArgs + QStringList { QStringLiteral("--yes") }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("-w"), ws, QStringLiteral("features") }).exitCode, 2);
    }

    // While the model trains another program takes the database's write lock: the save waits,
    // says so on stderr, and lands once the lock is released.
    void trainWaitsOutALockedDatabase()
    {
        const QString ws = sineWorkspace(QStringLiteral("trainbusy"));
        QVERIFY(!ws.isEmpty());
        QProcess p;
        startWithShortWaits(p,
                            { QStringLiteral("-w"), ws, QStringLiteral("train"),
                              QStringLiteral("--symbol"), QStringLiteral("SINE"),
                              QStringLiteral("--timeframe"), QStringLiteral("5m"),
                              QStringLiteral("--bot"), QStringLiteral("gru_bot"),
                              QStringLiteral("--params"), kSlowParams, QStringLiteral("--threads"),
                              QStringLiteral("1"), QStringLiteral("--json") },
                            60000);
        QByteArray out, err;
        QVERIFY(waitForOutput(p, QProcess::StandardOutput, out, "\"progress\""));
        test::DatabaseLockHolder holder(ws + QStringLiteral("/modeldeck.sqlite"), 120000);
        QVERIFY(holder.waitHeld());
        QVERIFY2(waitForOutput(p, QProcess::StandardError, err, "keeps retrying"), err.constData());
        QVERIFY(err.contains("locked"));
        holder.release();
        QVERIFY(p.waitForFinished(60000));
        err += p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        QCOMPARE(test::filesUnder(ws + QStringLiteral("/models")).size(), 1);
    }

    // The lock outlasts the retry budget: the run fails, but the trained model is kept outside
    // models/ (where start-up clean-up would remove it) and the message says where.
    void trainKeepsTheModelWhenTheLockLasts()
    {
        const QString ws = sineWorkspace(QStringLiteral("trainlocked"));
        QVERIFY(!ws.isEmpty());
        QProcess p;
        startWithShortWaits(p,
                            { QStringLiteral("-w"), ws, QStringLiteral("train"),
                              QStringLiteral("--symbol"), QStringLiteral("SINE"),
                              QStringLiteral("--timeframe"), QStringLiteral("5m"),
                              QStringLiteral("--bot"), QStringLiteral("gru_bot"),
                              QStringLiteral("--params"), kSlowParams, QStringLiteral("--threads"),
                              QStringLiteral("1"), QStringLiteral("--json") },
                            600);
        QByteArray out;
        QVERIFY(waitForOutput(p, QProcess::StandardOutput, out, "\"progress\""));
        test::DatabaseLockHolder holder(ws + QStringLiteral("/modeldeck.sqlite"), 120000);
        QVERIFY(holder.waitHeld());
        QVERIFY(p.waitForFinished(60000));
        holder.release();
        out += p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("stayed locked"), err.constData());
        QVERIFY2(err.contains("unrecorded-models"), err.constData());
        const QJsonObject result
            = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
        const QString kept = result.value(QStringLiteral("model_kept")).toString();
        QVERIFY2(QFile::exists(kept), qPrintable(kept));
        QVERIFY(kept.startsWith(ws + QStringLiteral("/unrecorded-models/SINE-5m-gru_bot-")));
        QVERIFY(QFile::exists(kept.chopped(2) + QStringLiteral("json")));
        QCOMPARE(test::filesUnder(ws + QStringLiteral("/models")).size(), 0);
    }

    // queue run meets a lock in the middle of a job: it waits (stderr says so), cancels
    // nothing, and both jobs complete once the lock is released.
    void queueRunWaitsOutALockedDatabase()
    {
        const QString ws = sineWorkspace(QStringLiteral("queuebusy"));
        QVERIFY(!ws.isEmpty());
        for (const char *bot : { "gru_bot", "lstm_bot" }) {
            const Run added = cli(
                { QStringLiteral("-w"), ws, QStringLiteral("queue"), QStringLiteral("add"),
                  QStringLiteral("--symbol"), QStringLiteral("SINE"), QStringLiteral("--timeframe"),
                  QStringLiteral("5m"), QStringLiteral("--bot"), QString::fromLatin1(bot),
                  QStringLiteral("--params"), kSlowParams });
            QVERIFY2(added.exitCode == 0, added.err.constData());
        }
        QProcess p;
        startWithShortWaits(p,
                            { QStringLiteral("-w"), ws, QStringLiteral("queue"),
                              QStringLiteral("run"), QStringLiteral("--workers"),
                              QStringLiteral("1"), QStringLiteral("--threads"),
                              QStringLiteral("1") },
                            60000);
        QByteArray out, err;
        QVERIFY(waitForOutput(p, QProcess::StandardOutput, out, "started #"));
        {
            test::DatabaseLockHolder holder(ws + QStringLiteral("/modeldeck.sqlite"), 120000);
            QVERIFY(holder.waitHeld());
            QVERIFY2(waitForOutput(p, QProcess::StandardError, err, "keeps retrying"),
                     err.constData());
        }
        QVERIFY(p.waitForFinished(60000));
        out += p.readAllStandardOutput();
        err += p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        QVERIFY2(out.contains("2 completed, 0 failed, 0 cancelled"), out.constData());
    }

    void trainRejectsBadParameters()
    {
        const QString ws = m_dir.filePath(QStringLiteral("badparams"));
        Run r = cli({ QStringLiteral("-w"), ws, QStringLiteral("train"), QStringLiteral("--symbol"),
                      QStringLiteral("X"), QStringLiteral("--timeframe"), QStringLiteral("5m"),
                      QStringLiteral("--bot"), QStringLiteral("lstm_bot"),
                      QStringLiteral("--params"), QStringLiteral(R"({"hiden_size": 32})") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("hiden_size"), r.err.constData());
        r = cli({ QStringLiteral("-w"), ws, QStringLiteral("train"), QStringLiteral("--symbol"),
                  QStringLiteral("X"), QStringLiteral("--timeframe"), QStringLiteral("5m"),
                  QStringLiteral("--bot"), QStringLiteral("svm_bot") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("svm_bot"));
        r = cli({ QStringLiteral("-w"), ws, QStringLiteral("train"), QStringLiteral("--symbol"),
                  QStringLiteral("X"), QStringLiteral("--timeframe"), QStringLiteral("5m"),
                  QStringLiteral("--bot"), QStringLiteral("lstm_bot"), QStringLiteral("--params"),
                  QStringLiteral("{not json") });
        QCOMPARE(r.exitCode, 2);
        // Regression: a device or folder given as the params file is refused at once instead
        // of being read until memory runs out; an oversized file names the limit.
        const QString big = test::writeFile(m_dir, QStringLiteral("big-params.json"),
                                            QByteArray((1 << 20) + 1, ' '));
        for (const QString &file : { QStringLiteral("/dev/zero"), m_dir.path(), big }) {
            r = cli({ QStringLiteral("-w"), ws, QStringLiteral("train"), QStringLiteral("--symbol"),
                      QStringLiteral("X"), QStringLiteral("--timeframe"), QStringLiteral("5m"),
                      QStringLiteral("--bot"), QStringLiteral("lstm_bot"),
                      QStringLiteral("--params"), file });
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QFile::encodeName(file)) && r.err.contains("--params file"),
                     r.err.constData());
        }
        QVERIFY(r.err.contains("1 MiB"));
        r = cli({ QStringLiteral("-w"), ws, QStringLiteral("train"), QStringLiteral("--symbol"),
                  QStringLiteral("X"), QStringLiteral("--timeframe"), QStringLiteral("5m"),
                  QStringLiteral("--bot"), QStringLiteral("lstm_bot") });
        QCOMPARE(r.exitCode, 1); // well-formed, but the workspace has no such symbol
        QVERIFY(r.err.contains("no symbol"));
    }

    void ctrlCCancelsCleanly()
    {
        const QString ws = sineWorkspace(QStringLiteral("interrupt"));
        QVERIFY(!ws.isEmpty());
        QProcess p;
        p.start(QStringLiteral(MODELDECK_CLI_PATH),
                { QStringLiteral("-w"), ws, QStringLiteral("train"), QStringLiteral("--symbol"),
                  QStringLiteral("SINE"), QStringLiteral("--timeframe"), QStringLiteral("5m"),
                  QStringLiteral("--bot"), QStringLiteral("lstm_bot"), QStringLiteral("--params"),
                  QStringLiteral(R"({"epochs": 5000, "patience": 100000})"),
                  QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--json") });
        QVERIFY(p.waitForStarted());
        // Wait until training is under way, then press Ctrl+C.
        bool training = false;
        while (!training && p.waitForReadyRead(30000)) {
            while (p.canReadLine()) {
                const QJsonObject line = QJsonDocument::fromJson(p.readLine()).object();
                training = training || line.value(QStringLiteral("epoch")).toInt() >= 1;
            }
        }
        QVERIFY(training);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(p.readAllStandardError().contains("Cancelled"));
        QCOMPARE(test::filesUnder(ws + QStringLiteral("/models")).size(), 0);
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(ws + QStringLiteral("/modeldeck.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("SELECT status, error_message FROM model_training_records")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("failed"));
            QVERIFY(q.value(1).toString().contains(QStringLiteral("Ctrl+C")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    // A search records its trials, validates walk-forward and saves the best; asked again by
    // job, a finished search says where its model is; bad settings name what is wrong.
    void searchRecordsTrialsAndSavesTheBest()
    {
        const QString ws = sineWorkspace(QStringLiteral("search"));
        QVERIFY(!ws.isEmpty());
        const QStringList base { QStringLiteral("-w"),        ws,
                                 QStringLiteral("search"),    QStringLiteral("--symbol"),
                                 QStringLiteral("SINE"),      QStringLiteral("--timeframe"),
                                 QStringLiteral("5m"),        QStringLiteral("--bot"),
                                 QStringLiteral("linear_bot") };
        const Run r
            = cli(base
                  + QStringList { QStringLiteral("--method"), QStringLiteral("random"),
                                  QStringLiteral("--trials"), QStringLiteral("3"),
                                  QStringLiteral("--seed"), QStringLiteral("7"),
                                  QStringLiteral("--params"), QStringLiteral(R"({"epochs": 3})"),
                                  QStringLiteral("--walk-forward"), QStringLiteral("400,100,100"),
                                  QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject last
            = QJsonDocument::fromJson(r.out.trimmed().split('\n').last()).object();
        QCOMPARE(last.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QVERIFY(last.value(QStringLiteral("ok")).toBool());
        QCOMPARE(last.value(QStringLiteral("trials")).toArray().size(), 3);
        const qint64 recordId = last.value(QStringLiteral("record_id")).toInteger();
        QVERIFY(recordId > 0);
        const QJsonObject walk = last.value(QStringLiteral("walk_forward")).toObject();
        QCOMPARE(walk.value(QStringLiteral("folds")).toArray().size(),
                 4); // tests from 400, 500, 600, 700
        QVERIFY(walk.value(QStringLiteral("naive_rmse")).toDouble() > 0);

        const Run again = cli({ QStringLiteral("-w"), ws, QStringLiteral("search"),
                                QStringLiteral("--job"), QStringLiteral("1") });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("has completed")
                     && again.err.contains(QByteArray::number(recordId)),
                 again.err.constData());

        const Run method
            = cli(base + QStringList { QStringLiteral("--method"), QStringLiteral("annealing") });
        QVERIFY(method.exitCode != 0);
        QVERIFY2(method.err.contains("annealing"), method.err.constData());
        const Run space
            = cli(base
                  + QStringList {
                      QStringLiteral("--space"),
                      QStringLiteral(R"({"bogus_key": {"type": "int", "low": 1, "high": 2}})") });
        QVERIFY(space.exitCode != 0);
        QVERIFY2(space.err.contains("bogus_key"), space.err.constData());
        const Run walkForward = cli(
            base + QStringList { QStringLiteral("--walk-forward"), QStringLiteral("400,0,100") });
        QVERIFY(walkForward.exitCode != 0);
        QVERIFY2(walkForward.err.contains("Walk-forward"), walkForward.err.constData());
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({}).exitCode, 2);
        const Run unknown = cli({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown command"));
        QCOMPARE(cli({ QStringLiteral("import") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("--bogus-option"), QStringLiteral("symbols") }).exitCode, 2);
        QCOMPARE(
            cli({ QStringLiteral("resample"), QStringLiteral("--symbol"), QStringLiteral("X") })
                .exitCode,
            2);
        const Run badTf = cli({ QStringLiteral("-w"), m_dir.filePath(QStringLiteral("ws0")),
                                QStringLiteral("import"), QStringLiteral("x.csv"),
                                QStringLiteral("--timeframe"), QStringLiteral("7y") });
        QCOMPARE(badTf.exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("--help") }).exitCode, 0);
    }

    void importSymbolsResample()
    {
        const QString ws = m_dir.filePath(QStringLiteral("ws1"));
        const QString csv = write(QStringLiteral("INFY_5min.csv"),
                                  "Date;Time;open;high;low;close;volume\n"
                                  "20250102;09:15;10;11;9;10.5;100\n"
                                  "20250102;09:20;10.5;11.5;10;11;200\n"
                                  "20250102;09:25;11;12;10.5;11.5;300\n"
                                  "20250102;10:05;11;12;10.5;11.5;300\n");
        Run r = cli({ QStringLiteral("--workspace"), ws, QStringLiteral("import"), csv,
                      QStringLiteral("--symbol"), QStringLiteral("infy.ns"),
                      QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QJsonObject file = report.value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(file.value(QStringLiteral("symbol")).toString(), QStringLiteral("INFY.NS"));
        QCOMPARE(file.value(QStringLiteral("timeframe")).toString(), QStringLiteral("5m"));
        QCOMPARE(file.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Kolkata"));
        QCOMPARE(
            file.value(QStringLiteral("merge")).toObject().value(QStringLiteral("new")).toInt(), 4);
        QCOMPARE(file.value(QStringLiteral("first")).toString(),
                 QStringLiteral("2025-01-02T03:45:00Z"));

        r = cli({ QStringLiteral("-w"), ws, QStringLiteral("resample"), QStringLiteral("--symbol"),
                  QStringLiteral("INFY.NS"), QStringLiteral("--from"), QStringLiteral("5m"),
                  QStringLiteral("--to"), QStringLiteral("1h"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("bars")).toInt(), 2);

        r = cli({ QStringLiteral("-w"), ws, QStringLiteral("symbols"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray symbols
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("symbols")).toArray();
        QCOMPARE(symbols.size(), 1);
        const QJsonArray series
            = symbols.at(0).toObject().value(QStringLiteral("series")).toArray();
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.at(0).toObject().value(QStringLiteral("bars")).toInt(), 4);

        r = cli({ QStringLiteral("-w"), ws, QStringLiteral("symbols") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("INFY.NS\tAsia/Kolkata\t5m 4 bars"));
    }

    void badInputExitsOneWithLocation()
    {
        const QString ws = m_dir.filePath(QStringLiteral("ws2"));
        const QString csv = write(QStringLiteral("BAD.csv"),
                                  "Date,Open,High,Low,Close,Volume\n"
                                  "2024-01-02,1,2,0.5,1.5,10\n"
                                  "2024-01-03,1,abc,0.5,1.5,10\n");
        const Run r = cli({ QStringLiteral("-w"), ws, QStringLiteral("import"), csv });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("BAD.csv:3"), r.err.constData());
        QVERIFY(r.err.contains("abc"));
        const Run s = cli(
            { QStringLiteral("-w"), ws, QStringLiteral("symbols"), QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(s.out)
                     .object()
                     .value(QStringLiteral("symbols"))
                     .toArray()
                     .size(),
                 0);
    }

    // File content quoted in a message reaches the terminal: an escape sequence in a CSV field
    // (here one that would clear the screen and recolour it) is printed as visible text, and a
    // kilobyte-long field only as an excerpt.
    void terminalEscapesInMessagesAreMadeVisible()
    {
        const QString ws = m_dir.filePath(QStringLiteral("ws-escapes"));
        const QString csv = write(QStringLiteral("ESC.csv"),
                                  "Date,Open,High,Low,Close,Volume\n"
                                  "2024-01-02,1,2,0.5,1.5,10\n"
                                  "2024-01-03,1,\x1b[2J\x1b[31m\x9b\xc2\x9b"
                                  "1\x07"
                                      + QByteArray(4000, 'x') + ",0.5,1.5,10\n");
        const Run r = cli({ QStringLiteral("-w"), ws, QStringLiteral("import"), csv });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("ESC.csv:3"), r.err.constData());
        QVERIFY2(r.err.contains("\\x1b[2J\\x1b[31m"), r.err.constData());
        QVERIFY2(r.err.contains("\\u009b1\\x07"), r.err.constData()); // C1 CSI, BEL
        for (char c : r.err)
            QVERIFY2(c == '\n' || c == '\t' || uchar(c) >= 0x20, r.err.toHex().constData());
        QVERIFY(!r.err.contains("\xc2\x9b"));
        QVERIFY2(r.err.size() < 1000, r.err.constData()); // an excerpt, not the 4 KB field
    }

    // A Yahoo daily file whose 25 oldest rows have the open outside low–high: imported flagged by
    // default with a short summary (human and JSON), refused with --invalid-rows reject.
    void openOutsideRangeImportsFlaggedByDefault()
    {
        const QString csv
            = write(QStringLiteral("INFY.NS.csv"), test::yahooDailyWithOpenOutsideRange());
        const QString ws = m_dir.filePath(QStringLiteral("ws-flagged"));
        Run r = cli({ QStringLiteral("-w"), ws, QStringLiteral("import"), csv });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY2(lines.size() == 2,
                 r.out.constData()); // the file's line and one summary line, not one per row
        QVERIFY2(lines[0].contains("INFY.NS 1d") && lines[0].contains("60 new"), r.out.constData());
        QVERIFY2(
            lines[1].startsWith(
                "  25 rows imported but flagged as invalid: line 2 (open 103.250000 is outside"),
            r.out.constData());
        QVERIFY2(lines[1].contains("line 3 (") && lines[1].contains("line 4 (")
                     && !lines[1].contains("line 5"),
                 r.out.constData());
        QVERIFY2(lines[1].endsWith(" and 22 more."), r.out.constData());

        // Again as JSON, into a fresh workspace: the count, the first three lines and the summary.
        r = cli({ QStringLiteral("-w"), m_dir.filePath(QStringLiteral("ws-flagged-json")),
                  QStringLiteral("import"), csv, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("invalid_rows")).toString(), QStringLiteral("keep"));
        const QJsonObject file = report.value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(file.value(QStringLiteral("flagged")).toInt(), 25);
        const QJsonArray first = file.value(QStringLiteral("flagged_first")).toArray();
        QCOMPARE(first.size(), 3);
        QCOMPARE(first.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(first.at(2).toObject().value(QStringLiteral("line")).toInt(), 4);
        QCOMPARE(
            first.at(1).toObject().value(QStringLiteral("reason")).toString(),
            QStringLiteral("open 97.750000 is outside the low–high range 98.500000–102.500000"));
        QVERIFY(file.value(QStringLiteral("flagged_summary"))
                    .toString()
                    .endsWith(QStringLiteral(" and 22 more.")));
        QCOMPARE(
            file.value(QStringLiteral("merge")).toObject().value(QStringLiteral("new")).toInt(),
            60);
    }

    void openOutsideRangeRejectedOnRequest()
    {
        const QString csv
            = write(QStringLiteral("HDFCBANK.NS.csv"), test::yahooDailyWithOpenOutsideRange());
        const QString ws = m_dir.filePath(QStringLiteral("ws-reject"));
        const Run r = cli({ QStringLiteral("-w"), ws, QStringLiteral("import"), csv,
                            QStringLiteral("--invalid-rows"), QStringLiteral("reject") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("HDFCBANK.NS.csv:2: 25 rows have impossible prices or volumes"),
                 r.err.constData());
        QVERIFY2(r.err.contains("line 2: open 103.250000 is outside"), r.err.constData());
        const Run s = cli(
            { QStringLiteral("-w"), ws, QStringLiteral("symbols"), QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(s.out)
                     .object()
                     .value(QStringLiteral("symbols"))
                     .toArray()
                     .size(),
                 0);

        const Run bad = cli({ QStringLiteral("-w"), ws, QStringLiteral("import"), csv,
                              QStringLiteral("--invalid-rows"), QStringLiteral("drop") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--invalid-rows must be keep or reject"), bad.err.constData());
        const Run help = cli({ QStringLiteral("--help") });
        // Wrapped to the terminal's width: compare with the line breaks folded away.
        QVERIFY2(QString::fromUtf8(help.out).simplified().contains(
                     QStringLiteral("reject refuses the file (default: keep)")),
                 help.out.constData());
    }

    void notADatabaseExitsOne()
    {
        const QString ws = m_dir.filePath(QStringLiteral("ws3"));
        QDir().mkpath(ws);
        write(QStringLiteral("ws3/modeldeck.sqlite"),
              QByteArray("this is not sqlite\n").repeated(100));
        const Run r = cli({ QStringLiteral("-w"), ws, QStringLiteral("symbols") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not a ModelDeck workspace database"), r.err.constData());
    }

    void auditListsWhatImportAndSaveDid()
    {
        const QString ws = sineWorkspace(QStringLiteral("audit")); // an `import`
        QVERIFY(!ws.isEmpty());
        const QStringList w { QStringLiteral("-w"), ws };
        Run r = cli(w
                    + QStringList { QStringLiteral("train"), QStringLiteral("--symbol"),
                                    QStringLiteral("SINE"), QStringLiteral("--timeframe"),
                                    QStringLiteral("5m"), QStringLiteral("--bot"),
                                    QStringLiteral("linear_bot"), QStringLiteral("--params"),
                                    QStringLiteral(R"({"epochs": 2, "lookback": 8})"),
                                    QStringLiteral("--threads"), QStringLiteral("1"),
                                    QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString record
            = QString::number(QJsonDocument::fromJson(r.out.trimmed().split('\n').last())
                                  .object()
                                  .value(QStringLiteral("record_id"))
                                  .toInteger());
        r = cli(w
                + QStringList { QStringLiteral("models"), QStringLiteral("save"),
                                QStringLiteral("--record"), record, QStringLiteral("--name"),
                                QStringLiteral("audited, \"sine\"") });
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = cli(w + QStringList { QStringLiteral("audit"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray entries
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3); // newest first: save, the direct train, import
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("train"));
        const QJsonObject save = entries.at(0).toObject();
        QCOMPARE(save.value(QStringLiteral("action")).toString(), QStringLiteral("save"));
        QCOMPARE(save.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("audited, \"sine\""));
        QCOMPARE(save.value(QStringLiteral("source")).toString(), QStringLiteral("cli"));
        QCOMPARE(QString::number(save.value(QStringLiteral("details"))
                                     .toObject()
                                     .value(QStringLiteral("record"))
                                     .toInteger()),
                 record);
        const QJsonObject import = entries.at(2).toObject();
        QCOMPARE(import.value(QStringLiteral("action")).toString(), QStringLiteral("import"));
        QCOMPARE(import.value(QStringLiteral("subject")).toString(), QStringLiteral("SINE 5m"));
        QCOMPARE(import.value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("rows"))
                     .toInt(),
                 800);
        QVERIFY(
            QDateTime::fromString(import.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
                .isValid());

        r = cli(w
                + QStringList { QStringLiteral("audit"), QStringLiteral("--action"),
                                QStringLiteral("import"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("entries"))
                     .toArray()
                     .size(),
                 1);
        r = cli(w
                + QStringList { QStringLiteral("audit"), QStringLiteral("--from"),
                                QStringLiteral("2999-01-01"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out)
                    .object()
                    .value(QStringLiteral("entries"))
                    .toArray()
                    .isEmpty());

        const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
        r = cli(w + QStringList { QStringLiteral("audit"), QStringLiteral("--csv"), csv });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("time_utc,action,subject,details,source\r\n"));
        QVERIFY2(text.contains(",save,\"audited, \"\"sine\"\"\","), text.constData());

        QCOMPARE(cli(w
                     + QStringList { QStringLiteral("audit"), QStringLiteral("--action"),
                                     QStringLiteral("erase") })
                     .exitCode,
                 2);
        QCOMPARE(cli(w
                     + QStringList { QStringLiteral("audit"), QStringLiteral("--to"),
                                     QStringLiteral("yesterday") })
                     .exitCode,
                 2);
    }

    void modelsSaveActivatePredictExportDelete()
    {
        const QString ws = sineWorkspace(QStringLiteral("models"));
        QVERIFY(!ws.isEmpty());
        Run r = cli(
            { QStringLiteral("-w"), ws, QStringLiteral("train"), QStringLiteral("--symbol"),
              QStringLiteral("SINE"), QStringLiteral("--timeframe"), QStringLiteral("5m"),
              QStringLiteral("--bot"), QStringLiteral("lstm_bot"), QStringLiteral("--params"),
              QStringLiteral(R"({"epochs": 2, "hidden_size": 8, "layers": 1, "lookback": 8})"),
              QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject result
            = QJsonDocument::fromJson(r.out.trimmed().split('\n').last()).object();
        QVERIFY(result.value(QStringLiteral("interval"))
                    .toObject()
                    .value(QStringLiteral("half_width_80"))
                    .toDouble()
                > 0);
        const QString record
            = QString::number(result.value(QStringLiteral("record_id")).toInteger());
        const QStringList w { QStringLiteral("-w"), ws };
        const QString name = QStringLiteral("sine lstm");

        r = cli(w
                + QStringList { QStringLiteral("models"), QStringLiteral("save"),
                                QStringLiteral("--record"), record, QStringLiteral("--name"), name,
                                QStringLiteral("--tags"), QStringLiteral("demo, 5m"),
                                QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject saved = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(saved.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(saved.value(QStringLiteral("tags")).toArray().size(), 2);
        QVERIFY(!saved.value(QStringLiteral("active")).toBool());

        const QStringList predict = w
            + QStringList { QStringLiteral("predict"), QStringLiteral("--model"), name,
                            QStringLiteral("--horizon"), QStringLiteral("1") };
        r = cli(predict);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not active"), r.err.constData());
        r = cli(w
                + QStringList { QStringLiteral("models"), QStringLiteral("activate"),
                                QStringLiteral("--name"), name, QStringLiteral("--model-version"),
                                QStringLiteral("1") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("is now the active model of SINE 5m"));
        r = cli(predict + QStringList { QStringLiteral("--save"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject p = QJsonDocument::fromJson(r.out).object();
        QVERIFY(p.value(QStringLiteral("id")).toInteger() > 0);
        const double value = p.value(QStringLiteral("predicted")).toDouble();
        QVERIFY(value > 90 && value < 110);
        QVERIFY(p.value(QStringLiteral("lower_95")).toDouble()
                < p.value(QStringLiteral("lower_80")).toDouble());

        r = cli(w
                + QStringList { QStringLiteral("predictions"), QStringLiteral("list"),
                                QStringLiteral("--model"), name, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("predictions"))
                     .toArray()
                     .size(),
                 1);
        r = cli(w + QStringList { QStringLiteral("models"), QStringLiteral("list") });
        QVERIFY(r.out.startsWith("sine lstm  v1  ACTIVE  lstm_bot  SINE 5m"));

        const QString out = m_dir.filePath(QStringLiteral("exported"));
        r = cli(w
                + QStringList { QStringLiteral("models"), QStringLiteral("export"),
                                QStringLiteral("--name"), name, QStringLiteral("--out"), out });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(out + QStringLiteral("/sine_lstm-v1.pt")));
        QVERIFY(QFile::exists(out + QStringLiteral("/sine_lstm-v1.json")));

        // Deleting asks first: without --yes (and no terminal) nothing happens.
        const QStringList remove = w
            + QStringList { QStringLiteral("models"), QStringLiteral("delete"),
                            QStringLiteral("--name"), name };
        r = cli(remove);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("including the active one") && r.err.contains("--yes"),
                 r.err.constData());
        r = cli(remove + QStringList { QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Deleted 1 version of “sine lstm”"), r.out.constData());

        // Importing runs the file's code: only with --yes.
        const QStringList import = w
            + QStringList { QStringLiteral("models"), QStringLiteral("import"),
                            out + QStringLiteral("/sine_lstm-v1.pt"),
                            QStringLiteral("--activate") };
        r = cli(import);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("runs code"), r.err.constData());
        r = cli(import + QStringList { QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("Imported as sine lstm  v1  ACTIVE"), r.out.constData());
        r = cli(predict + QStringList { QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("predicted")).toDouble(),
            value);

        // The predicted bar arrives: the prediction gets its actual, and metrics measures it.
        r = cli(w + QStringList { QStringLiteral("metrics"), QStringLiteral("--model"), name });
        QVERIFY2(r.exitCode == 0 && r.out.contains("none of its 1 saved prediction"),
                 r.out.constData());
        const QDateTime next
            = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(300 * 800);
        const QString nextBar
            = write(QStringLiteral("next.csv"),
                    "Date,Time,open,high,low,close,volume\n"
                        + next.toString(QStringLiteral("yyyyMMdd,HH:mm")).toLatin1()
                        + ",100,100.2,99.8,100.1,1000\n");
        r = cli(w
                + QStringList { QStringLiteral("import"), nextBar, QStringLiteral("--symbol"),
                                QStringLiteral("SINE"), QStringLiteral("--timeframe"),
                                QStringLiteral("5m"), QStringLiteral("--tz"),
                                QStringLiteral("UTC") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(
            cli(w + QStringList { QStringLiteral("predictions"), QStringLiteral("fill") }).exitCode
            == 0);
        r = cli(w
                + QStringList { QStringLiteral("metrics"), QStringLiteral("--model"), name,
                                QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject live = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(live.value(QStringLiteral("count")).toInt(), 1);
        QVERIFY(live.value(QStringLiteral("rmse")).toDouble() >= 0);
        QVERIFY(!live.value(QStringLiteral("coverage_95")).isNull());
        // The fill recorded the model's accuracy once (performance_metrics).
        r = cli(w
                + QStringList { QStringLiteral("metrics"), QStringLiteral("--model"), name,
                                QStringLiteral("--history"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray history
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(history.first().toObject().value(QStringLiteral("rmse")).toDouble(),
                 live.value(QStringLiteral("rmse")).toDouble());
        QCOMPARE(cli(w + QStringList { QStringLiteral("metrics") }).exitCode, 2);

        // The imported model is active; with a tiny threshold it is stale: one alert, once.
        const QStringList alerts = w + QStringList { QStringLiteral("alerts") };
        const auto listed = [&](const QStringList &extra) {
            const Run run = cli(alerts + extra + QStringList { QStringLiteral("--json") });
            return QJsonDocument::fromJson(run.out)
                .object()
                .value(QStringLiteral("alerts"))
                .toArray();
        };
        QTest::qWait(50);
        QJsonArray open = listed({ QStringLiteral("--stale-hours"), QStringLiteral("0.00001") });
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("stale_model"));
        QCOMPARE(open.first().toObject().value(QStringLiteral("model")).toString(), name);
        QCOMPARE(listed({ QStringLiteral("--stale-hours"), QStringLiteral("0.00001") }).size(), 1);
        r = cli(alerts
                + QStringList { QStringLiteral("--ack"), QStringLiteral("all"),
                                QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("acknowledged")).toInt(),
            1);
        QVERIFY(listed({}).isEmpty());
        const QJsonArray all = listed({ QStringLiteral("--history") });
        QCOMPARE(all.size(), 1);
        QVERIFY(!all.first().toObject().value(QStringLiteral("acknowledged_at")).isNull());
        QCOMPARE(
            cli(alerts + QStringList { QStringLiteral("--ack"), QStringLiteral("x") }).exitCode, 2);
        QCOMPARE(cli(alerts + QStringList { QStringLiteral("--stale-hours"), QStringLiteral("-1") })
                     .exitCode,
                 2);

        // drift --check: an imported model has no training record to date its training data,
        // so its inputs cannot be checked yet; that is said, not an error.
        r = cli(w
                + QStringList { QStringLiteral("drift"), QStringLiteral("--model"), name,
                                QStringLiteral("--check"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject drift = QJsonDocument::fromJson(r.out).object();
        QVERIFY(drift.value(QStringLiteral("input")).isNull());
        QVERIFY(drift.value(QStringLiteral("checks")).isArray());
        r = cli(w
                + QStringList { QStringLiteral("drift"), QStringLiteral("--model"), name,
                                QStringLiteral("--check") });
        QVERIFY2(r.exitCode == 0 && r.out.contains("cannot be checked yet"), r.out.constData());
        QCOMPARE(cli(w + QStringList { QStringLiteral("drift") }).exitCode, 2);
        r = cli(w
                + QStringList { QStringLiteral("drift"), QStringLiteral("--model"),
                                QStringLiteral("nope"), QStringLiteral("--check") });
        QVERIFY2(r.exitCode == 1 && r.err.contains("no model named"), r.err.constData());
    }

    void readOnlyWorkspaceExitsOne()
    {
        const QString ws = m_dir.filePath(QStringLiteral("ws4"));
        QVERIFY(cli({ QStringLiteral("-w"), ws, QStringLiteral("symbols") }).exitCode == 0);
        QStringList prefix;
        if (geteuid() == 0) {
            // Root ignores permission bits; run the CLI as an unprivileged user instead.
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP(
                    "running as root without setpriv: cannot make a folder read-only for the CLI");
            prefix = { setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                       QStringLiteral("--clear-groups") };
            QFile::setPermissions(m_dir.path(),
                                  QFile::permissions(m_dir.path()) | QFile::ExeOther
                                      | QFile::ReadOther);
        }
        QFile::setPermissions(
            ws, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        const Run r = cli({ QStringLiteral("-w"), ws, QStringLiteral("symbols") },
                          QStringLiteral(MODELDECK_CLI_PATH), prefix);
        QFile::setPermissions(ws, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (!prefix.isEmpty() && r.exitCode != 1 && r.err.contains("Permission denied"))
            QSKIP("the unprivileged user cannot run the CLI from this build folder");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("read-only"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
