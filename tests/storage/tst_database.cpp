// Workspace database: creation, PRAGMAs, migrations, refusal of newer/foreign/non-SQLite files,
// connection per thread, transactions, several openers of a new workspace at once.

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/TrainingRecordRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>
#include <latch>
#include <thread>
#include <vector>

using namespace modeldeck;

namespace {

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString text(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsWorkspaceLayout()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("nested/ws"));
        auto db = Database::open(dir);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QVERIFY(QFile::exists(dir + QStringLiteral("/modeldeck.sqlite")));
        QVERIFY(QFileInfo(dir + QStringLiteral("/models")).isDir());
        QCOMPARE((*db)->schemaVersion(),
                 Migrator(SqlDialect(SqlDialect::Kind::Sqlite)).latestVersion());
        QVERIFY((*db)->schemaVersion() >= 1);
    }

    void appliesPragmas()
    {
        QTemporaryDir tmp;
        auto db = Database::open(tmp.path());
        QVERIFY(db);
        auto c = (*db)->connection();
        QVERIFY(c);
        QCOMPARE(text(*c, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(*c, QStringLiteral("PRAGMA synchronous")), 1); // NORMAL
        QCOMPARE(scalar(*c, QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(scalar(*c, QStringLiteral("PRAGMA busy_timeout")), 5000);
        QCOMPARE(scalar(*c, QStringLiteral("PRAGMA application_id")),
                 qint64(Migrator::kApplicationId));
    }

    void firstMigrationHasTablesAndIndexes()
    {
        QTemporaryDir tmp;
        auto db = Database::open(tmp.path());
        QVERIFY(db);
        auto c = *(*db)->connection();
        for (const char *table : { "symbols", "bars", "import_log", "model_training_records" }) {
            QCOMPARE(
                scalar(
                    c,
                    QStringLiteral(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                        .arg(QLatin1StringView(table))),
                1);
        }
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(model_training_records)")));
        QStringList columns;
        while (q.next())
            columns << q.value(1).toString();
        const QStringList expected = { QStringLiteral("id"),
                                       QStringLiteral("symbol"),
                                       QStringLiteral("timeframe"),
                                       QStringLiteral("bot_name"),
                                       QStringLiteral("trained_at"),
                                       QStringLiteral("training_duration_seconds"),
                                       QStringLiteral("data_points"),
                                       QStringLiteral("training_period"),
                                       QStringLiteral("epochs"),
                                       QStringLiteral("final_train_loss"),
                                       QStringLiteral("final_val_loss"),
                                       QStringLiteral("test_rmse"),
                                       QStringLiteral("test_mae"),
                                       QStringLiteral("model_path"),
                                       QStringLiteral("model_size_mb"),
                                       QStringLiteral("status"),
                                       QStringLiteral("error_message"),
                                       QStringLiteral("config") };
        // Later migrations append: model_sha256 (0002), save_state (0005).
        QCOMPARE(
            columns,
            expected
                + (QStringList { QStringLiteral("model_sha256"), QStringLiteral("save_state") }));
        QStringList indexed;
        QVERIFY(
            q.exec(QStringLiteral("SELECT group_concat(ii.name, ',') FROM "
                                  "pragma_index_list('model_training_records') il, "
                                  "pragma_index_info(il.name) ii GROUP BY il.name ORDER BY 1")));
        while (q.next())
            indexed << q.value(0).toString();
        QCOMPARE(indexed,
                 (QStringList { QStringLiteral("bot_name"), QStringLiteral("save_state"),
                                QStringLiteral("status"), QStringLiteral("symbol,timeframe"),
                                QStringLiteral("trained_at") }));
        // Bars are unique per symbol, timeframe and time.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO symbols (name, timezone, created_at) VALUES ('X', 'UTC', 'now')")));
        const QString insertBar
            = QStringLiteral("INSERT INTO bars (symbol_id, timeframe, ts, open, high, low, close, "
                             "volume) VALUES (1, '5m', 0, 1, 1, 1, 1, 0)");
        QVERIFY(q.exec(insertBar));
        QVERIFY(!q.exec(insertBar));
    }

    void reopenIsIdempotent()
    {
        QTemporaryDir tmp;
        {
            auto db = Database::open(tmp.path());
            QVERIFY(db);
            auto c = *(*db)->connection();
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO symbols (name, timezone, created_at) VALUES ('KEEP', 'UTC', 'x')")));
        }
        auto again = Database::open(tmp.path());
        QVERIFY(again);
        QCOMPARE(scalar(*(*again)->connection(),
                        QStringLiteral("SELECT count(*) FROM symbols WHERE name = 'KEEP'")),
                 1);
    }

    void refusesNewerSchemaWithoutChangingIt()
    {
        QTemporaryDir tmp;
        {
            auto db = Database::open(tmp.path());
            QVERIFY(db);
            QSqlQuery q(*(*db)->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QByteArray before = [&] {
            QFile f(tmp.filePath(QStringLiteral("modeldeck.sqlite")));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        auto db = Database::open(tmp.path());
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QStringLiteral("newer ModelDeck")),
                 qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("99")));
        QFile f(tmp.filePath(QStringLiteral("modeldeck.sqlite")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void refusesNonSqliteFile()
    {
        QTemporaryDir tmp;
        QFile f(tmp.filePath(QStringLiteral("modeldeck.sqlite")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Date,Open,High,Low,Close\n2024-01-01,1,2,0.5,1.5\n");
        f.close();
        auto db = Database::open(tmp.path());
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QStringLiteral("not a ModelDeck workspace database")),
                 qPrintable(db.error().toString()));
    }

    void refusesCorruptSqliteHeader()
    {
        QTemporaryDir tmp;
        QFile f(tmp.filePath(QStringLiteral("modeldeck.sqlite")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk("SQLite format 3");
        junk.append('\0');
        junk.append(QByteArray(4096, '\x5a'));
        f.write(junk);
        f.close();
        auto db = Database::open(tmp.path());
        QVERIFY(!db);
        QVERIFY(!db.error().message.isEmpty());
    }

    void refusesForeignSqliteDatabase()
    {
        QTemporaryDir tmp;
        {
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(tmp.filePath(QStringLiteral("modeldeck.sqlite")));
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            q = QSqlQuery();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        auto db = Database::open(tmp.path());
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QStringLiteral("did not create")),
                 qPrintable(db.error().message));
    }

    void refusesFileInPlaceOfFolder()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("ws"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY(db.error().message.contains(QStringLiteral("is a file, not a folder")));
        auto below = Database::open(path + QStringLiteral("/sub"));
        QVERIFY(!below);
        QVERIFY(
            below.error().message.contains(QStringLiteral("Cannot create the workspace folder")));
    }

    void connectionPerThread()
    {
        QTemporaryDir tmp;
        auto db = Database::open(tmp.path());
        QVERIFY(db);
        const Database &database = **db;
        const QString mine = (*database.connection()).connectionName();
        const QString theirs = QtConcurrent::run([&database] {
                                   const QString name = (*database.connection()).connectionName();
                                   database.releaseThreadConnection();
                                   return name;
                               }).result();
        QVERIFY(!theirs.isEmpty());
        QVERIFY(mine != theirs);
        QVERIFY(!QSqlDatabase::contains(theirs)); // released
        QVERIFY(QSqlDatabase::contains(mine));
    }

    void concurrentOpenersOfANewWorkspaceAllSucceed()
    {
        // Two processes opening a new workspace used to race in the migrator: both read version
        // 0, and the second failed with "table symbols already exists". Threads with their own
        // connections take the same SQLite locks as processes and start closer together.
        QTemporaryDir tmp;
        constexpr int kRounds = 12;
        constexpr int kOpeners = 4;
        for (int round = 0; round < kRounds; ++round) {
            const QString dir = tmp.filePath(QStringLiteral("ws%1").arg(round));
            std::latch go(kOpeners);
            std::vector<QString> errors(kOpeners);
            std::vector<int> versions(kOpeners, -1);
            std::vector<std::thread> openers;
            for (int i = 0; i < kOpeners; ++i) {
                openers.emplace_back([&, i] {
                    go.arrive_and_wait();
                    auto db = Database::open(dir);
                    if (db)
                        versions[size_t(i)] = (*db)->schemaVersion();
                    else
                        errors[size_t(i)] = db.error().toString();
                });
            }
            for (auto &t : openers)
                t.join();
            const int latest = Migrator(SqlDialect(SqlDialect::Kind::Sqlite)).latestVersion();
            for (int i = 0; i < kOpeners; ++i) {
                QVERIFY2(errors[size_t(i)].isEmpty(),
                         qPrintable(QStringLiteral("round %1 opener %2: %3")
                                        .arg(round)
                                        .arg(i)
                                        .arg(errors[size_t(i)])));
                QCOMPARE(versions[size_t(i)], latest);
            }
        }
    }

    void writeTransactionRollsBackUnlessCommitted()
    {
        QTemporaryDir tmp;
        auto db = Database::open(tmp.path());
        QVERIFY(db);
        auto c = *(*db)->connection();
        {
            WriteTransaction tx(c);
            QVERIFY(tx.isActive());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO symbols (name, timezone, created_at) VALUES ('GONE', 'UTC', 'x')")));
        }
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM symbols")), 0);
        {
            WriteTransaction tx(c);
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO symbols (name, timezone, created_at) VALUES ('KEPT', 'UTC', 'x')")));
            QVERIFY(tx.commit());
        }
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM symbols")), 1);
    }

    void trainingRecordsRoundTrip()
    {
        QTemporaryDir tmp;
        auto db = Database::open(tmp.path());
        QVERIFY(db);
        TrainingRecordRepository repo(*(*db)->connection());
        TrainingRecord r;
        r.symbol = QStringLiteral("TCS.NS");
        r.timeframe = QStringLiteral("1h");
        r.bot = QStringLiteral("lstm_bot");
        r.trainedAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        r.dataPoints = 1725;
        r.trainingPeriod = QStringLiteral("2025-01-01 → 2025-01-31");
        r.epochs = 12;
        r.testRmse = 1.25;
        r.config = QJsonObject { { QStringLiteral("hidden"), 64 } };
        auto id = repo.insert(r);
        QVERIFY(id);
        r.bot = QStringLiteral("gru_bot");
        r.status = TrainingRecord::Status::Failed;
        r.errorMessage = QStringLiteral("NaN loss");
        r.trainedAt = r.trainedAt.addSecs(60);
        QVERIFY(repo.insert(r));

        auto all = repo.list();
        QVERIFY(all);
        QCOMPARE(all->size(), size_t(2));
        QCOMPARE(all->front().bot, QStringLiteral("gru_bot")); // newest first
        auto found = repo.find(*id);
        QVERIFY(found && found->has_value());
        const TrainingRecord &back = **found;
        QCOMPARE(back.trainingPeriod, QStringLiteral("2025-01-01 → 2025-01-31"));
        QCOMPARE(back.trainedAt, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
        QCOMPARE(back.testRmse.value_or(-1), 1.25);
        QVERIFY(!back.testMae.has_value());
        QCOMPARE(back.config.value(QStringLiteral("hidden")).toInt(), 64);

        auto failed = repo.list({ {}, {}, {}, TrainingRecord::Status::Failed, -1 });
        QVERIFY(failed);
        QCOMPARE(failed->size(), size_t(1));
        QCOMPARE(failed->front().errorMessage, QStringLiteral("NaN loss"));
        QVERIFY(repo.setStatus(*id, TrainingRecord::Status::Archived));
        QVERIFY(!repo.setStatus(999, TrainingRecord::Status::Archived));

        // The schema refuses a status outside the three known ones.
        QSqlQuery q(*(*db)->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE model_training_records SET status = 'bogus'")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
