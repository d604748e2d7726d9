// Tests for SqlScript::split: statement boundaries with quotes, comments and trigger bodies, and
// that the bundled SQLite migration splits into statements SQLite accepts one at a time.

#include "storage/SqlScript.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace modeldeck;

namespace {

// An in-memory SQLite connection under a unique name, removed again when the scope ends.
class MemoryDb
{
public:
    explicit MemoryDb(const QString &name) : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        m_opened = db.open();
    }
    ~MemoryDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    MemoryDb(const MemoryDb &) = delete;
    MemoryDb &operator=(const MemoryDb &) = delete;

    bool isOpen() const { return m_opened; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs each statement; returns the first failure as text, or an empty string.
    QString execAll(const QStringList &statements) const
    {
        for (const QString &statement : statements) {
            QSqlQuery query(db());
            if (!query.exec(statement))
                return query.lastError().text() + QStringLiteral(" in: ") + statement;
        }
        return {};
    }

    QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery query(db());
        if (!query.exec(sql))
            return { QStringLiteral("error: ") + query.lastError().text() };
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

private:
    QString m_name;
    bool m_opened = false;
};

const QString kTrigger = QStringLiteral("CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN\n"
                                        "    UPDATE t SET b = new.a * 2 WHERE rowid = new.rowid;\n"
                                        "    INSERT INTO log (msg) VALUES ('inserted; ''ok''');\n"
                                        "END");

} // namespace

class TestSqlScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");

        QTest::newRow("simple statements")
            << QStringLiteral(
                   "CREATE TABLE t (a INTEGER);\nINSERT INTO t VALUES (1);\nSELECT a FROM t;\n")
            << QStringList { QStringLiteral("CREATE TABLE t (a INTEGER)"),
                             QStringLiteral("INSERT INTO t VALUES (1)"),
                             QStringLiteral("SELECT a FROM t") };
        QTest::newRow("empty script") << QString() << QStringList {};
        QTest::newRow("whitespace only") << QStringLiteral("  \n\t\n") << QStringList {};
        QTest::newRow("empty statements dropped")
            << QStringLiteral("  ;; SELECT 1 ;\n\n ; SELECT 2;  ")
            << QStringList { QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2") };
        QTest::newRow("trailing statement without semicolon")
            << QStringLiteral("SELECT 1;\nSELECT 2\n")
            << QStringList { QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2") };
        QTest::newRow("single statement without semicolon")
            << QStringLiteral("SELECT 1") << QStringList { QStringLiteral("SELECT 1") };
        QTest::newRow("semicolon in string")
            << QStringLiteral("INSERT INTO t VALUES ('a;b');SELECT 1;")
            << QStringList { QStringLiteral("INSERT INTO t VALUES ('a;b')"),
                             QStringLiteral("SELECT 1") };
        QTest::newRow("semicolon in identifier")
            << QStringLiteral(
                   "CREATE TABLE \"odd;name\" (\"x;y\" TEXT); SELECT \"x;y\" FROM \"odd;name\"")
            << QStringList { QStringLiteral("CREATE TABLE \"odd;name\" (\"x;y\" TEXT)"),
                             QStringLiteral("SELECT \"x;y\" FROM \"odd;name\"") };
        QTest::newRow("doubled single quote")
            << QStringLiteral("INSERT INTO t VALUES ('it''s; fine'); SELECT 2")
            << QStringList { QStringLiteral("INSERT INTO t VALUES ('it''s; fine')"),
                             QStringLiteral("SELECT 2") };
        QTest::newRow("string ending in doubled quote")
            << QStringLiteral("SELECT 'x'''; SELECT ''';'")
            << QStringList { QStringLiteral("SELECT 'x'''"), QStringLiteral("SELECT ''';'") };
        QTest::newRow("doubled double quote")
            << QStringLiteral("SELECT 1 AS \"a\"\";b\"; SELECT 2")
            << QStringList { QStringLiteral("SELECT 1 AS \"a\"\";b\""),
                             QStringLiteral("SELECT 2") };
        QTest::newRow("backtick and bracket identifiers")
            << QStringLiteral("SELECT `a;b`, [c;d] FROM t; SELECT 2")
            << QStringList { QStringLiteral("SELECT `a;b`, [c;d] FROM t"),
                             QStringLiteral("SELECT 2") };
        QTest::newRow("line comment with semicolon")
            << QStringLiteral("SELECT 1; -- first; second\nSELECT 2;")
            << QStringList { QStringLiteral("SELECT 1"),
                             QStringLiteral("-- first; second\nSELECT 2") };
        QTest::newRow("line comment inside a statement")
            << QStringLiteral("SELECT 1, -- one; two\n 2;")
            << QStringList { QStringLiteral("SELECT 1, -- one; two\n 2") };
        QTest::newRow("block comment with semicolon")
            << QStringLiteral("SELECT 1 /* a; b */ + 1; SELECT 2")
            << QStringList { QStringLiteral("SELECT 1 /* a; b */ + 1"),
                             QStringLiteral("SELECT 2") };
        QTest::newRow("multi-line block comment")
            << QStringLiteral("/* header;\n * more; */\nCREATE TABLE t (a);")
            << QStringList { QStringLiteral("/* header;\n * more; */\nCREATE TABLE t (a)") };
        QTest::newRow("comment-only pieces dropped")
            << QStringLiteral("SELECT 1;\n-- only a comment;\n/* and; another */;\n;\n-- trailing")
            << QStringList { QStringLiteral("SELECT 1") };
        QTest::newRow("comment markers inside strings")
            << QStringLiteral("SELECT '--;', '/*;*/'; SELECT 2")
            << QStringList { QStringLiteral("SELECT '--;', '/*;*/'"), QStringLiteral("SELECT 2") };
        QTest::newRow("quotes inside comments")
            << QStringLiteral("SELECT 1; -- don't\nSELECT 2; /* \"; */ SELECT 3")
            << QStringList { QStringLiteral("SELECT 1"), QStringLiteral("-- don't\nSELECT 2"),
                             QStringLiteral("/* \"; */ SELECT 3") };
        QTest::newRow("trigger kept whole")
            << QString(QStringLiteral("CREATE TABLE t (a INTEGER, b INTEGER);\n") + kTrigger
                       + QStringLiteral(";\nINSERT INTO t (a) VALUES (1);\n"))
            << QStringList { QStringLiteral("CREATE TABLE t (a INTEGER, b INTEGER)"), kTrigger,
                             QStringLiteral("INSERT INTO t (a) VALUES (1)") };
        QTest::newRow("lowercase temp trigger")
            << QStringLiteral("create temp trigger x after delete on t begin delete from u; delete "
                              "from v; end; select 1")
            << QStringList { QStringLiteral("create temp trigger x after delete on t begin delete "
                                            "from u; delete from v; end"),
                             QStringLiteral("select 1") };
        QTest::newRow("trigger after line comment")
            << QStringLiteral("-- keep b in sync\nCREATE TRIGGER x AFTER INSERT ON t BEGIN UPDATE "
                              "t SET b = 1; END;")
            << QStringList { QStringLiteral("-- keep b in sync\nCREATE TRIGGER x AFTER INSERT ON t "
                                            "BEGIN UPDATE t SET b = 1; END") };
        QTest::newRow("trigger after block comment")
            << QStringLiteral("/* keep b in sync */\nCREATE TRIGGER x AFTER INSERT ON t BEGIN "
                              "UPDATE t SET b = 1; END;")
            << QStringList { QStringLiteral("/* keep b in sync */\nCREATE TRIGGER x AFTER INSERT "
                                            "ON t BEGIN UPDATE t SET b = 1; END") };
        QTest::newRow("trigger with CASE … END in its body")
            << QStringLiteral("CREATE TRIGGER x AFTER UPDATE ON t BEGIN\n"
                              "    UPDATE t SET b = CASE WHEN new.a > 0 THEN 1 ELSE 0 END WHERE "
                              "rowid = new.rowid;\n"
                              "    DELETE FROM log;\n"
                              "END;\nSELECT 1;")
            << QStringList { QStringLiteral("CREATE TRIGGER x AFTER UPDATE ON t BEGIN\n"
                                            "    UPDATE t SET b = CASE WHEN new.a > 0 THEN 1 ELSE "
                                            "0 END WHERE rowid = new.rowid;\n"
                                            "    DELETE FROM log;\n"
                                            "END"),
                             QStringLiteral("SELECT 1") };
        QTest::newRow("BEGIN TRANSACTION is no block")
            << QStringLiteral("BEGIN TRANSACTION; INSERT INTO t VALUES (1); COMMIT;")
            << QStringList { QStringLiteral("BEGIN TRANSACTION"),
                             QStringLiteral("INSERT INTO t VALUES (1)"), QStringLiteral("COMMIT") };
        QTest::newRow("BEGIN and END outside triggers")
            << QStringLiteral("BEGIN; SELECT 1; END;")
            << QStringList { QStringLiteral("BEGIN"), QStringLiteral("SELECT 1"),
                             QStringLiteral("END") };
        QTest::newRow("keywords inside names")
            << QStringLiteral("CREATE TABLE begin_end (ending TEXT, xbegin TEXT); SELECT ending "
                              "FROM begin_end")
            << QStringList { QStringLiteral("CREATE TABLE begin_end (ending TEXT, xbegin TEXT)"),
                             QStringLiteral("SELECT ending FROM begin_end") };
    }

    void split()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);

        QCOMPARE(SqlScript::split(script), statements);
    }

    void triggerRunsInSqlite()
    {
        // The split trigger must be accepted by SQLite as one statement and behave as written.
        const QString script = QStringLiteral("CREATE TABLE t (a INTEGER, b INTEGER);\n"
                                              "CREATE TABLE log (msg TEXT);\n")
            + kTrigger + QStringLiteral(";\nINSERT INTO t (a) VALUES (21);\n");
        const QStringList statements = SqlScript::split(script);
        QCOMPARE(statements.size(), 4);

        MemoryDb memory(QStringLiteral("tst_sqlscript_trigger"));
        QVERIFY(memory.isOpen());
        const QString failure = memory.execAll(statements);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(memory.column(QStringLiteral("SELECT b FROM t")),
                 QStringList { QStringLiteral("42") });
        QCOMPARE(memory.column(QStringLiteral("SELECT msg FROM log")),
                 QStringList { QStringLiteral("inserted; 'ok'") });
    }

    void initialMigrationRunsInSqlite()
    {
        QFile file(QStringLiteral(":/migrations/sqlite/0001_initial.sql"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QString script = QString::fromUtf8(file.readAll());
        QVERIFY(script.contains(QStringLiteral("CREATE TABLE bars")));

        const QStringList statements = SqlScript::split(script);
        // 4 CREATE TABLE and 5 CREATE INDEX statements.
        QCOMPARE(statements.size(), 9);
        for (const QString &statement : statements) {
            QVERIFY2(!statement.endsWith(u';'), qPrintable(statement));
            QVERIFY2(statement.contains(QStringLiteral("CREATE TABLE"))
                         || statement.contains(QStringLiteral("CREATE INDEX")),
                     qPrintable(statement));
        }

        MemoryDb memory(QStringLiteral("tst_sqlscript_migration"));
        QVERIFY(memory.isOpen());
        const QString failure = memory.execAll(statements);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        QCOMPARE(
            memory.column(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")),
            (QStringList { QStringLiteral("bars"), QStringLiteral("import_log"),
                           QStringLiteral("model_training_records"), QStringLiteral("symbols") }));
        QCOMPARE(memory.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                              "AND name NOT LIKE 'sqlite_%' ORDER BY name")),
                 (QStringList { QStringLiteral("import_log_symbol"),
                                QStringLiteral("model_training_records_bot"),
                                QStringLiteral("model_training_records_status"),
                                QStringLiteral("model_training_records_symbol_timeframe"),
                                QStringLiteral("model_training_records_trained_at") }));

        // The schema works: the CHECK constraint and the default survive the split.
        QSqlQuery query(memory.db());
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO model_training_records (symbol, timeframe, bot_name, trained_at) "
                     "VALUES ('TCS.NS', '5m', 'lstm', '2024-01-04T10:00:00Z')")),
                 qPrintable(query.lastError().text()));
        QCOMPARE(memory.column(
                     QStringLiteral("SELECT status || ' ' || config FROM model_training_records")),
                 QStringList { QStringLiteral("active {}") });
        QVERIFY(!query.exec(QStringLiteral(
            "INSERT INTO model_training_records (symbol, timeframe, bot_name, trained_at, status) "
            "VALUES ('TCS.NS', '5m', 'lstm', '2024-01-04T10:00:00Z', 'bogus')")));
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
