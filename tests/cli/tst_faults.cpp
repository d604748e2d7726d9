// Faults from outside, through the command line as a user meets them: a full disk (a file-size
// limit, so writes fail with EFBIG) while a model file or the database grows, a models folder
// that became read-only, paths with spaces and non-ASCII characters, a corrupted database file
// and deleted model files. Each ends in a clear message and a normal exit, never a crash, and
// what was there before stays intact.

#include "TestFiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace modeldeck;

namespace {

struct Run
{
    int exitCode = -1; // -2: it crashed
    QByteArray out;
    QByteArray err;
};

// Runs modeldeck-cli; with fileSizeLimit > 0 every file it writes is capped at that many bytes
// (a full disk, as far as the writer can tell: write() fails with EFBIG).
Run cli(const QStringList &args, qint64 fileSizeLimit = 0, const QStringList &prefix = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MODELDECK_WORKSPACE"));
    p.setProcessEnvironment(env);
    if (fileSizeLimit > 0) {
        p.setChildProcessModifier([fileSizeLimit] {
            ::signal(SIGXFSZ, SIG_IGN); // report EFBIG instead of killing the process
            const rlimit limit { rlim_t(fileSizeLimit), rlim_t(fileSizeLimit) };
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    const QString program = QStringLiteral(MODELDECK_CLI_PATH);
    if (prefix.isEmpty())
        p.start(program, args);
    else
        p.start(prefix.first(), prefix.mid(1) + QStringList { program } + args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

// One value from the workspace database, read without ModelDeck.
QVariant scalar(const QString &workspace, const QString &sql)
{
    QVariant value;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(workspace + QStringLiteral("/modeldeck.sqlite"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return value;
}

QString integrity(const QString &workspace)
{
    return scalar(workspace, QStringLiteral("PRAGMA integrity_check")).toString();
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

    // A workspace with 600 five-minute SINE bars imported.
    QString workspaceWithBars(const QString &name = {})
    {
        const QString ws
            = m_dir.filePath(name.isEmpty() ? QStringLiteral("ws%1").arg(++m_count) : name);
        const QString csv
            = test::writeFile(m_dir, QStringLiteral("SINE.csv"), test::sineCsv(600, 5));
        const Run r = cli({ QStringLiteral("-w"), ws, QStringLiteral("import"), csv,
                            QStringLiteral("--tz"), QStringLiteral("UTC") });
        if (r.exitCode != 0)
            qWarning("import failed: %s", r.err.constData());
        return r.exitCode == 0 ? ws : QString();
    }
    static QStringList train(const QString &ws, const QString &bot = QStringLiteral("mlp_bot"))
    {
        return { QStringLiteral("-w"),
                 ws,
                 QStringLiteral("train"),
                 QStringLiteral("--symbol"),
                 QStringLiteral("SINE"),
                 QStringLiteral("--timeframe"),
                 QStringLiteral("5m"),
                 QStringLiteral("--bot"),
                 bot,
                 QStringLiteral("--params"),
                 QStringLiteral(R"({"epochs": 2, "hidden_size": 64})"),
                 QStringLiteral("--threads"),
                 QStringLiteral("1") };
    }

private Q_SLOTS:
    void modelFileOnAFullDiskFailsTheTrainingCleanly()
    {
        const QString ws = workspaceWithBars();
        QVERIFY(!ws.isEmpty());
        const qint64 bars = scalar(ws, QStringLiteral("SELECT count(*) FROM bars")).toLongLong();
        // Files are capped at 16 KB: the model file (about 35 KB) cannot be written, nor can
        // the database grow or its write-ahead log take more than a few pages.
        const Run r = cli(train(ws), 16 * 1024);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("model") || r.err.contains("Model"), r.err.constData());
        QVERIFY2(r.err.contains("large") || r.err.contains("space") || r.err.contains("write"),
                 r.err.constData());
        QCOMPARE(integrity(ws), QStringLiteral("ok"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM bars")).toLongLong(), bars);
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT count(*) FROM model_training_records WHERE "
                                       "status = 'active'"))
                     .toLongLong(),
                 0);
        QVERIFY(test::filesUnder(ws + QStringLiteral("/models"), { QStringLiteral("*.pt*") })
                    .isEmpty());
        // Space again: the same training works.
        QCOMPARE(cli(train(ws)).exitCode, 0);
    }

    void databaseOnAFullDiskRefusesTheImportAndKeepsEarlierBars()
    {
        const QString ws = workspaceWithBars();
        QVERIFY(!ws.isEmpty());
        const qint64 bars = scalar(ws, QStringLiteral("SELECT count(*) FROM bars")).toLongLong();
        const QString big
            = test::writeFile(m_dir, QStringLiteral("BIGGER.csv"), test::sineCsv(60000, 1));
        // The database cannot grow (nor its write-ahead log past a few pages).
        const qint64 limit = QFileInfo(ws + QStringLiteral("/modeldeck.sqlite")).size() + 16384;
        const Run r = cli({ QStringLiteral("-w"), ws, QStringLiteral("import"), big,
                            QStringLiteral("--tz"), QStringLiteral("UTC") },
                          limit);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.trimmed().isEmpty(), r.out.constData());
        QCOMPARE(integrity(ws), QStringLiteral("ok"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM bars")).toLongLong(), bars);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM symbols WHERE name = 'BIGGER'"))
                     .toLongLong(),
                 0);
    }

    void pathsWithSpacesAndNonAsciiCharacters()
    {
        const QString ws = workspaceWithBars(QStringLiteral("my workspace/données 株価 ü"));
        QVERIFY(!ws.isEmpty());
        Run r = cli(train(ws, QStringLiteral("linear_bot")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({ QStringLiteral("-w"), ws, QStringLiteral("models"), QStringLiteral("save"),
                  QStringLiteral("--record"), QStringLiteral("1"), QStringLiteral("--name"),
                  QStringLiteral("sine ü"), QStringLiteral("--activate") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({ QStringLiteral("-w"), ws, QStringLiteral("predict"), QStringLiteral("--model"),
                  QStringLiteral("sine ü"), QStringLiteral("--horizon"), QStringLiteral("1"),
                  QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).object().contains(QStringLiteral("predicted")));
    }

    void corruptedDatabaseIsAClearMessage()
    {
        const QString ws = workspaceWithBars();
        QVERIFY(!ws.isEmpty());
        QFile db(ws + QStringLiteral("/modeldeck.sqlite"));
        QVERIFY(db.open(QIODevice::ReadWrite));
        // Keep the header; overwrite the pages after the first with noise.
        QVERIFY(db.seek(4096));
        QByteArray noise(64 * 1024, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) % 251);
        db.write(noise);
        db.close();
        for (const QStringList &args :
             { QStringList { QStringLiteral("symbols") }, train(ws).mid(2) }) {
            const Run r = cli(QStringList { QStringLiteral("-w"), ws } + args);
            QVERIFY2(r.exitCode == 1, r.err.constData());
            QVERIFY2(r.err.contains("modeldeck.sqlite"), r.err.constData());
            QVERIFY2(r.err.contains("malformed") || r.err.contains("corrupt")
                         || r.err.contains("not a database"),
                     r.err.constData());
        }
    }

    void deletedModelFileIsAClearMessage()
    {
        const QString ws = workspaceWithBars();
        QVERIFY(!ws.isEmpty());
        QCOMPARE(cli(train(ws, QStringLiteral("linear_bot"))).exitCode, 0);
        const QStringList files
            = test::filesUnder(ws + QStringLiteral("/models"), { QStringLiteral("*.pt") });
        QCOMPARE(files.size(), 1);
        QVERIFY(QFile::remove(files.first()));
        Run r = cli({ QStringLiteral("-w"), ws, QStringLiteral("models"), QStringLiteral("save"),
                      QStringLiteral("--record"), QStringLiteral("1"), QStringLiteral("--name"),
                      QStringLiteral("gone") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("missing") || r.err.contains("not found")
                     || r.err.contains("does not exist"),
                 r.err.constData());
        // The queue's start-up clean-up marks the record failed with the reason.
        r = cli({ QStringLiteral("-w"), ws, QStringLiteral("queue"), QStringLiteral("run") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(
            scalar(ws, QStringLiteral("SELECT status FROM model_training_records WHERE id = 1"))
                .toString(),
            QStringLiteral("failed"));
    }

    void readOnlyModelsFolderFailsTheTrainingCleanly()
    {
        const QString ws = workspaceWithBars();
        QVERIFY(!ws.isEmpty());
        QStringList prefix;
        if (geteuid() == 0) {
            // Root ignores permission bits: run the CLI as nobody, owning all but models/.
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: cannot make a folder read-only");
            prefix = { setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                       QStringLiteral("--clear-groups") };
            QFile::setPermissions(m_dir.path(),
                                  QFile::permissions(m_dir.path()) | QFile::ExeOther
                                      | QFile::ReadOther);
            for (const QString &path :
                 QStringList { ws, ws + QStringLiteral("/modeldeck.sqlite"),
                               ws + QStringLiteral("/modeldeck.sqlite-wal"),
                               ws + QStringLiteral("/modeldeck.sqlite-shm") }) {
                if (QFile::exists(path)
                    && ::chown(QFile::encodeName(path).constData(), 65534, 65534) != 0)
                    QSKIP("cannot hand the workspace to nobody");
            }
        }
        const QString models = ws + QStringLiteral("/models");
        QFile::setPermissions(
            models, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        const Run r = cli(train(ws), 0, prefix);
        QFile::setPermissions(models, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (!prefix.isEmpty() && r.exitCode != 1 && r.err.contains("Permission denied")
            && !r.err.contains("models"))
            QSKIP("the unprivileged user cannot run the CLI from this build folder");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("models"), r.err.constData());
        QCOMPARE(integrity(ws), QStringLiteral("ok"));
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT count(*) FROM model_training_records WHERE "
                                       "status = 'active'"))
                     .toLongLong(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
