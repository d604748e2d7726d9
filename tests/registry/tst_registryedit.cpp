// Editing registered models without training: rename (every version, atomically, with name
// validation and uniqueness), description and tags on every version, and the file check that
// the saved-models page calls "ready". Rows come from ModelRegistry::add with small bytes.

#include "services/ModelRegistry.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestRegistryEdit)
#include "tst_registryedit.moc"
