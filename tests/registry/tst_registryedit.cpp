// Editing registered models without training: rename (every version, atomically, with name
// validation and uniqueness), description and tags on every version, and the file check that
// the saved-models page calls "ready" (refusing devices and links out of the workspace), and an
// export that fails halfway. Rows come from ModelRegistry::add with small bytes.

#include "services/ModelRegistry.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace modeldeck;

namespace {

RegisteredModel draft(const QString &name, const QString &symbol = QStringLiteral("BTCUSDT"))
{
    RegisteredModel m;
    m.name = name;
    m.bot = QStringLiteral("lstm_bot");
    m.horizons = { 1 };
    m.symbol = symbol;
    m.timeframe = QStringLiteral("1h");
    m.description = QStringLiteral("first");
    m.tags = { QStringLiteral("a") };
    return m;
}

int count(const Database &db, const QString &sql)
{
    QSqlQuery q(*db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestRegistryEdit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;

    std::unique_ptr<Database> workspace()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_workspaces)));
        return db ? std::move(*db) : nullptr;
    }

private Q_SLOTS:
    void renameMovesEveryVersion()
    {
        auto db = workspace();
        QVERIFY(db);
        ModelRegistry registry(*db);
        QVERIFY(
            registry.add(draft(QStringLiteral("alpha")), "one", QStringLiteral("registry"), true));
        QVERIFY(
            registry.add(draft(QStringLiteral("alpha")), "two", QStringLiteral("registry"), false));
        QVERIFY(registry.add(draft(QStringLiteral("beta"), QStringLiteral("ETHUSDT")), "b",
                             QStringLiteral("registry"), false));

        const Status renamed = registry.rename(QStringLiteral("alpha"), QStringLiteral("gamma"));
        QVERIFY2(renamed, qPrintable(renamed.error().toString()));
        auto versions = registry.versions(QStringLiteral("gamma"));
        QVERIFY(versions);
        QCOMPARE(int(versions->size()), 2);
        QCOMPARE(versions->at(0).version, 1);
        QCOMPARE(versions->at(1).version, 2);
        // The newest stays active (it moved on when v2 was added), and the files still verify.
        QVERIFY(versions->at(1).active);
        QVERIFY(registry.checkFile(versions->at(0)));
        QCOMPARE(
            count(*db, QStringLiteral("SELECT COUNT(*) FROM ml_models WHERE model_name = 'alpha'")),
            0);
        QVERIFY(!registry.versions(QStringLiteral("alpha")));
    }

    void renameRefusesTakenAndInvalidNames()
    {
        auto db = workspace();
        QVERIFY(db);
        ModelRegistry registry(*db);
        QVERIFY(
            registry.add(draft(QStringLiteral("alpha")), "one", QStringLiteral("registry"), false));
        QVERIFY(
            registry.add(draft(QStringLiteral("beta")), "two", QStringLiteral("registry"), false));

        const Status taken = registry.rename(QStringLiteral("alpha"), QStringLiteral("beta"));
        QVERIFY(!taken);
        QVERIFY2(taken.error().message.contains(QStringLiteral("beta")),
                 qPrintable(taken.error().message));
        QVERIFY(!registry.rename(QStringLiteral("alpha"), QStringLiteral(" spaced")));
        QVERIFY(!registry.rename(QStringLiteral("alpha"), QString()));
        const Status missing = registry.rename(QStringLiteral("nobody"), QStringLiteral("delta"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("nobody")));
        // Nothing changed.
        QCOMPARE(
            count(*db, QStringLiteral("SELECT COUNT(*) FROM ml_models WHERE model_name = 'alpha'")),
            1);
        QCOMPARE(
            count(*db, QStringLiteral("SELECT COUNT(*) FROM ml_models WHERE model_name = 'beta'")),
            1);
        // Renaming to the same name is harmless.
        QVERIFY(registry.rename(QStringLiteral("alpha"), QStringLiteral("alpha")));
    }

    void setDetailsUpdatesEveryVersion()
    {
        auto db = workspace();
        QVERIFY(db);
        ModelRegistry registry(*db);
        QVERIFY(
            registry.add(draft(QStringLiteral("alpha")), "one", QStringLiteral("registry"), false));
        QVERIFY(
            registry.add(draft(QStringLiteral("alpha")), "two", QStringLiteral("registry"), false));

        const Status set = registry.setDetails(
            QStringLiteral("alpha"), QStringLiteral("Hourly BTC, tuned"),
            { QStringLiteral(" prod "), QStringLiteral("prod"), QString(), QStringLiteral("btc") });
        QVERIFY2(set, qPrintable(set.error().toString()));
        auto versions = registry.versions(QStringLiteral("alpha"));
        QVERIFY(versions);
        for (const RegisteredModel &m : *versions) {
            QCOMPARE(m.description, QStringLiteral("Hourly BTC, tuned"));
            QCOMPARE(m.tags, QStringList({ QStringLiteral("prod"), QStringLiteral("btc") }));
        }
        QVERIFY(registry.setDetails(QStringLiteral("alpha"), QString(), {}));
        QCOMPARE(registry.find(QStringLiteral("alpha"))->description, QString());
        QVERIFY(!registry.setDetails(QStringLiteral("alpha"), QString(3000, u'x'), {}));
        QVERIFY(!registry.setDetails(QStringLiteral("nobody"), QString(), {}));
    }

    void checkFileNoticesChangedAndMissingFiles()
    {
        auto db = workspace();
        QVERIFY(db);
        ModelRegistry registry(*db);
        auto added = registry.add(draft(QStringLiteral("alpha")), "bytes",
                                  QStringLiteral("registry"), false);
        QVERIFY(added);
        QVERIFY(registry.checkFile(*added));
        const QString path = db->workspaceDir() + u'/' + added->filePath;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("changed");
        }
        QVERIFY(!registry.checkFile(*added));
        QVERIFY(QFile::remove(path));
        QVERIFY(!registry.checkFile(*added));
        RegisteredModel hostile = *added;
        hostile.filePath = QStringLiteral("../../etc/passwd");
        QVERIFY(!registry.checkFile(hostile));
    }

    // Regression: a model file replaced by a pipe or a symlink to /dev/zero made the check
    // block or read until memory ran out.
    void checkFileRefusesDevicesAndLinksOutOfTheWorkspace()
    {
        auto db = workspace();
        QVERIFY(db);
        ModelRegistry registry(*db);
        auto added = registry.add(draft(QStringLiteral("alpha")), "bytes",
                                  QStringLiteral("registry"), false);
        QVERIFY(added);
        const QString path = db->workspaceDir() + u'/' + added->filePath;
        QVERIFY(QFile::remove(path));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0); // reading would block
        const Status fifo = registry.checkFile(*added);
        QVERIFY(!fifo);
        QVERIFY2(fifo.error().message.contains(QStringLiteral("not a regular file")),
                 qPrintable(fifo.error().toString()));
        QVERIFY(!registry.exportModel(QStringLiteral("alpha"), std::nullopt,
                                      m_dir.filePath(QStringLiteral("fifo-export"))));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path)); // reading would never end
        QVERIFY(!registry.checkFile(*added));

        // The model's folder linked to a copy outside the workspace: refused, even though the
        // copy has the right hash.
        QVERIFY(QFile::remove(path));
        const QString folder = QFileInfo(path).absolutePath();
        const QString outside = m_dir.filePath(QStringLiteral("outside-%1").arg(m_workspaces));
        QVERIFY(QDir().rename(folder, outside));
        QVERIFY(QFile::link(outside, folder));
        {
            QFile f(outside + u'/' + QFileInfo(path).fileName());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("bytes");
        }
        const Status linked = registry.checkFile(*added);
        QVERIFY(!linked);
        QVERIFY2(linked.error().message.contains(QStringLiteral("outside the workspace")),
                 qPrintable(linked.error().toString()));
    }

    // Regression: when the sidecar could not be written, export removed the model file it had
    // just written over the user's earlier export.
    void failedExportLeavesEarlierFilesAlone()
    {
        auto db = workspace();
        QVERIFY(db);
        ModelRegistry registry(*db);
        auto added = registry.add(draft(QStringLiteral("alpha")), "bytes",
                                  QStringLiteral("registry"), false);
        QVERIFY(added);
        const QString dir = m_dir.filePath(QStringLiteral("export-%1").arg(m_workspaces));
        const ExportedModel paths = ModelRegistry::exportPaths(*added, dir);
        QVERIFY(QDir().mkpath(dir));
        {
            QFile earlier(paths.modelFile);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("the user's earlier export");
        }
        QVERIFY(QDir().mkpath(paths.sidecarFile)); // the sidecar cannot be written
        auto failed = registry.exportModel(QStringLiteral("alpha"), std::nullopt, dir, true);
        QVERIFY(!failed);
        QFile earlier(paths.modelFile);
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), QByteArray("the user's earlier export"));
        earlier.close();

        // Once the way is clear, both files are replaced.
        QVERIFY(QDir(paths.sidecarFile).removeRecursively());
        auto exported = registry.exportModel(QStringLiteral("alpha"), std::nullopt, dir, true);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), QByteArray("bytes"));
        QVERIFY(QFileInfo(paths.sidecarFile).isFile());
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRegistryEdit)
#include "tst_registryedit.moc"
