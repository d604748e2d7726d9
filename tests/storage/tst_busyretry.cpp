// Waiting out a locked workspace database (storage/BusyRetry): a second connection holds the
// write lock (BEGIN IMMEDIATE) for a while, as `sqlite3` with an open transaction would.

#include "TestLockHolder.h"
#include "storage/BusyRetry.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;

namespace {

// A short SQLite wait per try keeps the suite fast; the holders below outlast it many times.
BusyRetryPolicy quickPolicy(int budgetMs)
{
    BusyRetryPolicy p;
    p.busyTimeoutMs = 50;
    p.budgetMs = budgetMs;
    p.noticeAfterMs = 100;
    p.firstPauseMs = 20;
    p.maxPauseMs = 100;
    return p;
}

Status insertNote(const Database &database, const QString &text)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    auto written = writeStatement(*db, QStringLiteral("INSERT INTO notes (text) VALUES (?)"),
                                  { text }, QStringLiteral("Writing a note"));
    return written ? Status() : Status(written.error());
}

} // namespace

class TestBusyRetry : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    BusyRetryPolicy m_saved;

    std::unique_ptr<Database> newWorkspace()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter)));
        if (!db)
            return nullptr;
        QSqlQuery q(*(*db)->connection());
        if (!q.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")))
            return nullptr;
        return std::move(*db);
    }

private Q_SLOTS:
    void init()
    {
        m_saved = BusyRetryPolicy::current();
        BusyRetryPolicy::setCurrent(quickPolicy(30000));
    }
    void cleanup() { BusyRetryPolicy::setCurrent(m_saved); }

    void busyIsTheNativeCodeNotTheText()
    {
        const auto error = [](const char *code, const char *text) {
            return QSqlError(QStringLiteral("driver"), QString::fromLatin1(text),
                             QSqlError::StatementError, QString::fromLatin1(code));
        };
        QVERIFY(isBusyError(error("5", "whatever")));
        QVERIFY(isBusyError(error("6", "database table is locked")));
        QVERIFY(isBusyError(error("517", ""))); // SQLITE_BUSY_SNAPSHOT, an extended code
        QVERIFY(!isBusyError(error("1", "database is locked")));
        QVERIFY(!isBusyError(error("", "database is locked")));
    }

    void aLockedWriteGoesThroughOnceTheLockIsReleased()
    {
        auto database = newWorkspace();
        QVERIFY(database);
        // Without a retry the write fails once SQLite's own short wait is over.
        {
            test::DatabaseLockHolder holder(database->databasePath(), 10000);
            QVERIFY(holder.waitHeld());
            QVERIFY(!insertNote(*database, QStringLiteral("alone")));
            QVERIFY(lastErrorWasBusy());
        }
        test::DatabaseLockHolder holder(database->databasePath(), 1500);
        QVERIFY(holder.waitHeld());
        QList<BusyWait> waits;
        BusyRetryOptions options;
        options.what = QStringLiteral("Writing a note");
        options.onWait = [&waits](const BusyWait &w) { waits << w; };
        int tries = 0;
        const Status written = withBusyRetry(
            *database->connection(),
            [&] {
                ++tries;
                return insertNote(*database, QStringLiteral("retried"));
            },
            options);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QVERIFY(tries > 1);
        QVERIFY(!waits.isEmpty());
        QVERIFY(!waits.first().ended);
        QVERIFY2(waits.first().message().contains(QStringLiteral("keeps retrying")),
                 qPrintable(waits.first().message()));
        QVERIFY(waits.last().ended); // the wait is over, so a status line can be cleared
        QSqlQuery q(*database->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM notes WHERE text = 'retried'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void aLockThatLastsIsGivenUpWithAMessage()
    {
        BusyRetryPolicy::setCurrent(quickPolicy(300));
        auto database = newWorkspace();
        QVERIFY(database);
        test::DatabaseLockHolder holder(database->databasePath(), 10000);
        QVERIFY(holder.waitHeld());
        BusyRetryOptions options;
        options.what = QStringLiteral("Writing a note");
        const Status written = withBusyRetry(
            *database->connection(), [&] { return insertNote(*database, QStringLiteral("x")); },
            options);
        QVERIFY(!written);
        QVERIFY(lastErrorWasBusy());
        QVERIFY2(written.error().message.contains(QStringLiteral("stayed locked")),
                 qPrintable(written.error().message));
        QVERIFY(written.error().message.startsWith(QStringLiteral("Writing a note failed")));
    }

    void otherFailuresAreNotRetried()
    {
        auto database = newWorkspace();
        QVERIFY(database);
        int tries = 0;
        const Status written = withBusyRetry(*database->connection(), [&] {
            ++tries;
            auto db = database->connection();
            auto r = writeStatement(*db, QStringLiteral("INSERT INTO no_such_table VALUES (1)"), {},
                                    QStringLiteral("Writing nowhere"));
            return r ? Status() : Status(r.error());
        });
        QVERIFY(!written);
        QCOMPARE(tries, 1);
        QVERIFY(!lastErrorWasBusy());
    }

    void aCancelledWaitEndsEarly()
    {
        auto database = newWorkspace();
        QVERIFY(database);
        test::DatabaseLockHolder holder(database->databasePath(), 10000);
        QVERIFY(holder.waitHeld());
        int tries = 0;
        BusyRetryOptions options;
        options.budgetMs = 0; // forever, but for the cancellation
        options.cancelled = [&tries] { return tries >= 2; };
        const Status written = withBusyRetry(
            *database->connection(),
            [&] {
                ++tries;
                return insertNote(*database, QStringLiteral("x"));
            },
            options);
        QVERIFY(!written);
        QCOMPARE(tries, 2);
    }
};

QTEST_GUILESS_MAIN(TestBusyRetry)
#include "tst_busyretry.moc"
