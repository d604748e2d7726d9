// modeldeck-cli end to end, as a user or a script runs it: exit codes (0 ok, 1 bad input,
// 2 usage), messages on stderr, JSON on stdout.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

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
        p.start(prefix.first(), prefix.mid(1) + QStringList{program} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

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

private Q_SLOTS:
    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({}).exitCode, 2);
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown command"));
        QCOMPARE(cli({QStringLiteral("import")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--bogus-option"), QStringLiteral("symbols")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("resample"), QStringLiteral("--symbol"), QStringLiteral("X")}).exitCode, 2);
        const Run badTf = cli({QStringLiteral("-w"), m_dir.filePath(QStringLiteral("ws0")), QStringLiteral("import"),
                               QStringLiteral("x.csv"), QStringLiteral("--timeframe"), QStringLiteral("7y")});
        QCOMPARE(badTf.exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--help")}).exitCode, 0);
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
        Run r = cli({QStringLiteral("--workspace"), ws, QStringLiteral("import"), csv, QStringLiteral("--symbol"),
                     QStringLiteral("infy.ns"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QJsonObject file = report.value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(file.value(QStringLiteral("symbol")).toString(), QStringLiteral("INFY.NS"));
        QCOMPARE(file.value(QStringLiteral("timeframe")).toString(), QStringLiteral("5m"));
        QCOMPARE(file.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Kolkata"));
        QCOMPARE(file.value(QStringLiteral("merge")).toObject().value(QStringLiteral("new")).toInt(), 4);
        QCOMPARE(file.value(QStringLiteral("first")).toString(), QStringLiteral("2025-01-02T03:45:00Z"));

        r = cli({QStringLiteral("-w"), ws, QStringLiteral("resample"), QStringLiteral("--symbol"),
                 QStringLiteral("INFY.NS"), QStringLiteral("--from"), QStringLiteral("5m"), QStringLiteral("--to"),
                 QStringLiteral("1h"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("bars")).toInt(), 2);

        r = cli({QStringLiteral("-w"), ws, QStringLiteral("symbols"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray symbols = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("symbols")).toArray();
        QCOMPARE(symbols.size(), 1);
        const QJsonArray series = symbols.at(0).toObject().value(QStringLiteral("series")).toArray();
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.at(0).toObject().value(QStringLiteral("bars")).toInt(), 4);

        r = cli({QStringLiteral("-w"), ws, QStringLiteral("symbols")});
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
        const Run r = cli({QStringLiteral("-w"), ws, QStringLiteral("import"), csv});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("BAD.csv:3"), r.err.constData());
        QVERIFY(r.err.contains("abc"));
        const Run s = cli({QStringLiteral("-w"), ws, QStringLiteral("symbols"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(s.out).object().value(QStringLiteral("symbols")).toArray().size(), 0);
    }

    void notADatabaseExitsOne()
    {
        const QString ws = m_dir.filePath(QStringLiteral("ws3"));
        QDir().mkpath(ws);
        write(QStringLiteral("ws3/modeldeck.sqlite"), QByteArray("this is not sqlite\n").repeated(100));
        const Run r = cli({QStringLiteral("-w"), ws, QStringLiteral("symbols")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not a ModelDeck workspace database"), r.err.constData());
    }

    void readOnlyWorkspaceExitsOne()
    {
        const QString ws = m_dir.filePath(QStringLiteral("ws4"));
        QVERIFY(cli({QStringLiteral("-w"), ws, QStringLiteral("symbols")}).exitCode == 0);
        QStringList prefix;
        if (geteuid() == 0) {
            // Root ignores permission bits; run the CLI as an unprivileged user instead.
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: cannot make a folder read-only for the CLI");
            prefix = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups")};
            QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther | QFile::ReadOther);
        }
        QFile::setPermissions(ws, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        const Run r = cli({QStringLiteral("-w"), ws, QStringLiteral("symbols")}, QStringLiteral(MODELDECK_CLI_PATH), prefix);
        QFile::setPermissions(ws, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (!prefix.isEmpty() && r.exitCode != 1 && r.err.contains("Permission denied"))
            QSKIP("the unprivileged user cannot run the CLI from this build folder");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("read-only"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
