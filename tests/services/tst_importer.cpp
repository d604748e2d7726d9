// CsvImporter + MarketDataRepository + MarketDataService against a real workspace database:
// all-or-nothing imports, merge counts, symbol/time-zone resolution, cancellation, resampling.

#include "TestFiles.h"
#include "TestYahooFlagged.h"
#include "services/CsvImporter.h"
#include "services/MarketDataService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;
using modeldeck::test::writeFile;

namespace {

qint64 count(const Database &db, const QString &sql)
{
    QSqlQuery q(*db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

const QByteArray kYahoo = "Date,Open,High,Low,Close,Adj Close,Volume\r\n"
                          "2024-01-02,100,110,95,105,104,1000\r\n"
                          "2024-01-03,105,112,101,110,109,1100\r\n"
                          "2024-01-04,null,null,null,null,null,null\r\n"
                          "2024-01-05,110,115,108,112,111,900\r\n"
                          "\r\n";

qint64 utcMs(int y, int m, int d, int h, int min, const char *zone)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(zone)).toMSecsSinceEpoch();
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QVERIFY(m_dir.isValid());
        const QString ws = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        auto db = Database::open(ws);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        m_db = std::move(*db);
    }

    void symbolFromFileName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("symbol");
        QTest::newRow("broker") << QStringLiteral("/x/RELIANCE_5min.csv")
                                << QStringLiteral("RELIANCE");
        QTest::newRow("suffix") << QStringLiteral("TCS.NS.csv") << QStringLiteral("TCS.NS");
        QTest::newRow("lower") << QStringLiteral("aapl.csv") << QStringLiteral("AAPL");
        QTest::newRow("dash-interval")
            << QStringLiteral("BTC-USD-1h.csv") << QStringLiteral("BTC-USD");
        QTest::newRow("hostile") << QStringLiteral("../../etc/pa$$wd.csv") << QString();
        QTest::newRow("spaces") << QStringLiteral("INFY daily.csv") << QStringLiteral("INFY");
    }
    void symbolFromFileName()
    {
        QFETCH(QString, path);
        QFETCH(QString, symbol);
        QCOMPARE(CsvImporter::symbolFromFileName(path), symbol);
    }

    void importsYahooDaily()
    {
        const QString path = writeFile(m_dir, QStringLiteral("MSFT.csv"), kYahoo);
        CsvImporter importer(*m_db);
        auto report
            = importer.run({ { path }, {}, {}, {}, DateOrder::Auto, InvalidRowPolicy::Reject });
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->files.size(), size_t(1));
        const FileImportReport &f = report->files.front();
        QCOMPARE(f.symbol, QStringLiteral("MSFT"));
        QCOMPARE(f.timeframe, QStringLiteral("1d"));
        QCOMPARE(f.timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(f.skippedMissing, 1);
        QCOMPARE(f.merge.added, 3);
        QCOMPARE(f.firstMs, utcMs(2024, 1, 2, 0, 0, "America/New_York"));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM bars")), 3);
        QCOMPARE(
            count(*m_db,
                  QStringLiteral(
                      "SELECT count(*) FROM import_log WHERE rows_new = 3 AND rows_skipped = 1")),
            1);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM bars WHERE adj_close IS NULL")),
                 0);
    }

    void reimportMergesByTimestamp()
    {
        const QString first = writeFile(m_dir, QStringLiteral("a.csv"), kYahoo);
        // Overlaps two days (one identical, one corrected) and adds one.
        const QString second = writeFile(m_dir, QStringLiteral("b.csv"),
                                         "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                         "2024-01-03,105,112,101,110,109,1100\n"
                                         "2024-01-05,110,116,108,113,112,950\n"
                                         "2024-01-08,113,118,111,117,116,1200\n");
        CsvImporter importer(*m_db);
        ImportRequest request { { first }, QStringLiteral("MSFT"), {},
                                {},        DateOrder::Auto,        InvalidRowPolicy::Reject };
        QVERIFY(importer.run(request));
        request.files = { second };
        auto report = importer.run(request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        const MergeStats m = report->files.front().merge;
        QCOMPARE(m.added, 1);
        QCOMPARE(m.updated, 1);
        QCOMPARE(m.unchanged, 1);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM bars")), 4);
        QCOMPARE(count(*m_db,
                       QStringLiteral("SELECT CAST(close AS INTEGER) FROM bars WHERE ts = %1")
                           .arg(utcMs(2024, 1, 5, 0, 0, "America/New_York"))),
                 113);
        // Importing the same file again changes nothing.
        report = importer.run(request);
        QVERIFY(report);
        QCOMPARE(report->files.front().merge.unchanged, 3);
        QCOMPARE(report->files.front().merge.added + report->files.front().merge.updated, 0);
    }

    void errorInAnyFileWritesNothing()
    {
        const QString good = writeFile(m_dir, QStringLiteral("GOOD.csv"), kYahoo);
        const QString bad = writeFile(m_dir, QStringLiteral("BAD.csv"),
                                      "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                      "2024-01-02,100,110,95,105,104,1000\n"
                                      "2024-01-03,105,11x2,101,110,109,1100\n");
        CsvImporter importer(*m_db);
        auto report = importer.run(
            { { good, bad }, {}, {}, {}, DateOrder::Auto, InvalidRowPolicy::Reject });
        QVERIFY(!report);
        QCOMPARE(report.error().file, bad);
        QCOMPARE(report.error().line, 3);
        QVERIFY2(report.error().toString().contains(QStringLiteral("11x2")),
                 qPrintable(report.error().toString()));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM symbols")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM bars")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM import_log")), 0);
    }

    // Yahoo's adjusted daily history (INFY.NS, HDFCBANK.NS) has old rows with the open outside
    // low–high. By default they are imported flagged, with a summary naming the count and the
    // first lines only; reject refuses the file at its first bad line and writes nothing.
    void openOutsideRangeImportsFlaggedByDefault()
    {
        const QString path = writeFile(m_dir, QStringLiteral("INFY.NS.csv"),
                                       test::yahooDailyWithOpenOutsideRange());
        CsvImporter importer(*m_db);
        ImportRequest request;
        request.files = { path };
        QVERIFY(request.invalidRows == InvalidRowPolicy::Keep);
        auto report = importer.run(request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        const FileImportReport &f = report->files.front();
        QCOMPARE(f.symbol, QStringLiteral("INFY.NS"));
        QCOMPARE(f.timeframe, QStringLiteral("1d"));
        QCOMPARE(f.merge.added, test::kYahooFlaggedRows);
        QCOMPARE(f.flagged.size(), size_t(test::kYahooFlaggedBad));
        for (size_t i = 0; i < f.flagged.size(); ++i)
            QCOMPARE(f.flagged[i].line, qint64(i) + 2); // the oldest rows, lines 2..26
        QVERIFY2(f.flagged[0].message.contains(
                     QStringLiteral("open 103.250000 is outside the low–high range")),
                 qPrintable(f.flagged[0].message));

        // Exactly those rows carry the flag: the 25 oldest bars, none after them.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM bars")),
                 test::kYahooFlaggedRows);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM bars WHERE flags & 1")),
                 test::kYahooFlaggedBad);
        QCOMPARE(count(*m_db,
                       QStringLiteral("SELECT count(*) FROM bars WHERE flags & 1 AND ts > "
                                      "(SELECT min(ts) FROM bars WHERE flags = 0)")),
                 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT rows_flagged FROM import_log")),
                 test::kYahooFlaggedBad);

        const QString summary = flaggedRowsSummary(f.flagged);
        QVERIFY2(summary.startsWith(
                     QStringLiteral("25 row(s) imported but flagged as invalid: line 2 (open ")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("), line 3 (open "))
                     && summary.contains(QStringLiteral("), line 4 (open ")),
                 qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("line 5")),
                 qPrintable(summary)); // a few, not one per row
        QVERIFY2(summary.endsWith(QStringLiteral(" and 22 more.")), qPrintable(summary));
    }

    void openOutsideRangeRejectedOnRequest()
    {
        const QString good = writeFile(m_dir, QStringLiteral("MSFT.csv"), kYahoo);
        const QString path = writeFile(m_dir, QStringLiteral("HDFCBANK.NS.csv"),
                                       test::yahooDailyWithOpenOutsideRange());
        CsvImporter importer(*m_db);
        ImportRequest request;
        request.files = { good, path };
        request.invalidRows = InvalidRowPolicy::Reject;
        auto report = importer.run(request);
        QVERIFY(!report);
        QCOMPARE(report.error().file, path);
        QCOMPARE(report.error().line, 2);
        const QString message = report.error().toString();
        QVERIFY2(message.contains(QStringLiteral("HDFCBANK.NS.csv:2")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("25 row(s) have impossible prices or volumes")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line 2: open 103.250000 is outside")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("22 more")), qPrintable(message));
        // All-or-nothing: the good file is not written either.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM symbols")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM bars")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM import_log")), 0);
    }

    // One mistyped year would become the newest bar (lastBarTime: incremental refresh and the
    // prediction base read it whatever the flag), so even the default "keep" policy refuses
    // the file, naming the line, and writes nothing. "Now" is fixed so the date never matters.
    void futureDatedRowRefusesTheFile()
    {
        const QString good = writeFile(m_dir, QStringLiteral("MSFT.csv"), kYahoo);
        const QString path = writeFile(m_dir, QStringLiteral("AAPL.csv"),
                                       "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                       "2024-01-02,100,110,95,105,104,1000\n"
                                       "2024-01-03,105,112,101,110,109,1100\n"
                                       "2094-01-04,110,115,108,112,111,900\n");
        CsvImporter importer(*m_db);
        ImportRequest request;
        request.files = { good };
        request.nowUtcMs = utcMs(2024, 1, 10, 12, 0, "UTC");
        QVERIFY(importer.run(request));
        QVERIFY(request.invalidRows == InvalidRowPolicy::Keep);
        request.files = { path };
        auto report = importer.run(request);
        QVERIFY(!report);
        QCOMPARE(report.error().file, path);
        QCOMPARE(report.error().line, 4);
        const QString message = report.error().toString();
        QVERIFY2(message.contains(QStringLiteral("line 4: 2094-01-04 05:00 UTC is in the future")),
                 qPrintable(message));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM symbols")), 1);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM import_log")), 1);
        auto newest = MarketDataRepository(*m_db->connection())
                          .lastBarTime(QStringLiteral("MSFT"), QStringLiteral("1d"));
        QVERIFY(newest && newest->has_value());
        QCOMPARE(**newest, utcMs(2024, 1, 5, 0, 0, "America/New_York"));

        // The preview judges dates as the import does.
        QVERIFY(!importer.preview(path, request));
        // Against the real clock, the same file is refused too (2094 is far ahead).
        request.nowUtcMs = 0;
        QVERIFY(!importer.run(request));
    }

    void cancelledImportWritesNothing()
    {
        const QString path = writeFile(m_dir, QStringLiteral("MSFT.csv"), kYahoo);
        std::atomic_bool cancel { true };
        CsvImporter importer(*m_db);
        importer.setCancelFlag(&cancel);
        auto report
            = importer.run({ { path }, {}, {}, {}, DateOrder::Auto, InvalidRowPolicy::Reject });
        QVERIFY(!report);
        QVERIFY(report.error().message.contains(QStringLiteral("cancelled")));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM bars")), 0);
    }

    void progressIsReported()
    {
        const QString path = writeFile(m_dir, QStringLiteral("MSFT.csv"), kYahoo);
        CsvImporter importer(*m_db);
        qint64 lastDone = -1, lastTotal = -1;
        importer.setProgressCallback([&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
        });
        QVERIFY(importer.run({ { path }, {}, {}, {}, DateOrder::Auto, InvalidRowPolicy::Reject }));
        QCOMPARE(lastTotal, qint64(kYahoo.size()));
        QCOMPARE(lastDone, lastTotal);
    }

    void yfinanceTickerNamesTheSymbol()
    {
        const QString path = writeFile(m_dir, QStringLiteral("download.csv"),
                                       "Price,Close,High,Low,Open,Volume\n"
                                       "Ticker,TCS.NS,TCS.NS,TCS.NS,TCS.NS,TCS.NS\n"
                                       "Datetime,,,,,\n"
                                       "2025-09-11 09:15:00+05:30,3050.5,3055,3048,3049,12345\n"
                                       "2025-09-11 09:20:00+05:30,3051.5,3056,3049,3050.5,2345\n"
                                       "2025-09-11 09:25:00+05:30,3052.5,3057,3050,3051.5,345\n");
        CsvImporter importer(*m_db);
        auto report
            = importer.run({ { path }, {}, {}, {}, DateOrder::Auto, InvalidRowPolicy::Reject });
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        const FileImportReport &f = report->files.front();
        QCOMPARE(f.symbol, QStringLiteral("TCS.NS"));
        QCOMPARE(f.timeZone, QStringLiteral("Asia/Kolkata"));
        QCOMPARE(f.timeframe, QStringLiteral("5m"));
        QCOMPARE(f.firstMs,
                 QDateTime(QDate(2025, 9, 11), QTime(3, 45), QTimeZone::utc()).toMSecsSinceEpoch());
    }

    void explicitTimeZoneAndTimeframe()
    {
        const QString path = writeFile(m_dir, QStringLiteral("X.csv"),
                                       "Date,Time,open,high,low,close,volume\n"
                                       "20250101,09:15,10,11,9,10.5,100\n");
        CsvImporter importer(*m_db);
        ImportRequest request { { path },
                                QStringLiteral("X"),
                                Timeframe::parse(QStringLiteral("5m")).value(),
                                QStringLiteral("Asia/Kolkata"),
                                DateOrder::Auto,
                                InvalidRowPolicy::Reject };
        auto report = importer.run(request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->files.front().firstMs, utcMs(2025, 1, 1, 9, 15, "Asia/Kolkata"));

        request.timeZone = QStringLiteral("Mars/Olympus_Mons");
        auto bad = importer.run(request);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("Mars/Olympus_Mons")));

        // One row cannot tell its timeframe.
        request.timeZone.clear();
        request.timeframe.reset();
        auto single = importer.run(request);
        QVERIFY(!single);
        QVERIFY(single.error().message.contains(QStringLiteral("timeframe")));
    }

    void previewResolvesLikeTheImportAndWritesNothing()
    {
        // yfinance file: the ticker row names the symbol and with it the zone, as in run().
        const QString yf = writeFile(m_dir, QStringLiteral("download.csv"),
                                     "Price,Close,High,Low,Open,Volume\n"
                                     "Ticker,TCS.NS,TCS.NS,TCS.NS,TCS.NS,TCS.NS\n"
                                     "Datetime,,,,,\n"
                                     "2025-09-11 09:15:00+05:30,3050.5,3055,3048,3049,12345\n"
                                     "2025-09-11 09:20:00+05:30,3051.5,3056,3049,3050.5,2345\n");
        CsvImporter importer(*m_db);
        ImportRequest request { { yf }, {}, {}, {}, DateOrder::Auto, InvalidRowPolicy::Reject };
        auto preview = importer.preview(yf, request);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().toString()));
        QCOMPARE(preview->symbol, QStringLiteral("TCS.NS"));
        QCOMPARE(preview->timeZone, QStringLiteral("Asia/Kolkata"));
        QCOMPARE(preview->timeframe.name(), QStringLiteral("5m"));
        QCOMPARE(preview->csv.barLines, (std::vector<qint64> { 4, 5 }));
        QVERIFY(!preview->csv.truncated);

        // A symbol already in the workspace keeps its stored zone; only the head is parsed.
        QByteArray csv = "Date,Time,open,high,low,close,volume\n";
        for (int i = 0; i < 500; ++i)
            csv += "20250101,"
                + QTime(0, 0).addSecs(i * 60).toString(QStringLiteral("HH:mm")).toLatin1()
                + ",10,11,9,10.5,100\n";
        const QString path = writeFile(m_dir, QStringLiteral("ZZZ_1min.csv"), csv);
        ImportRequest stored { { path },
                               {},
                               {},
                               QStringLiteral("Europe/Berlin"),
                               DateOrder::Auto,
                               InvalidRowPolicy::Reject };
        QVERIFY(importer.run(stored));
        const qint64 bars = count(*m_db, QStringLiteral("SELECT count(*) FROM bars"));
        request.files = { path };
        auto head = importer.preview(path, request, 50);
        QVERIFY2(head, qPrintable(head ? QString() : head.error().toString()));
        QCOMPARE(head->symbol, QStringLiteral("ZZZ"));
        QCOMPARE(head->timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(head->timeframe.name(), QStringLiteral("1m"));
        QCOMPARE(head->csv.bars.size(), size_t(50));
        QVERIFY(head->csv.truncated);
        QCOMPARE(head->csv.bars.front().timeUtcMs, utcMs(2025, 1, 1, 0, 0, "Europe/Berlin"));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM bars")), bars);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM import_log")), 1);

        // Errors carry the file and line like the import's.
        const QString bad = writeFile(m_dir, QStringLiteral("BAD.csv"),
                                      "Date,Open,High,Low,Close\n"
                                      "2024-01-02,1,2,1,x\n");
        auto failed = importer.preview(bad, request);
        QVERIFY(!failed);
        QCOMPARE(failed.error().file, bad);
        QCOMPARE(failed.error().line, 2);
    }

    void hostileSymbolIsRefused()
    {
        const QString path = writeFile(m_dir, QStringLiteral("x.csv"), kYahoo);
        CsvImporter importer(*m_db);
        auto report = importer.run({ { path },
                                     QStringLiteral("../../evil"),
                                     {},
                                     {},
                                     DateOrder::Auto,
                                     InvalidRowPolicy::Reject });
        QVERIFY(!report);
        QVERIFY(report.error().message.contains(QStringLiteral("not a valid symbol")));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM symbols")), 0);
    }

    void hugeBinaryFileFailsFast()
    {
        // A sparse 1 GiB file of NUL bytes: the importer must stop at the first chunk.
        const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(1) << 30));
        f.close();
        CsvImporter importer(*m_db);
        qint64 maxDone = 0;
        importer.setProgressCallback([&](qint64 done, qint64) { maxDone = done; });
        auto report = importer.run({ { path },
                                     QStringLiteral("HUGE"),
                                     {},
                                     {},
                                     DateOrder::Auto,
                                     InvalidRowPolicy::Reject });
        QVERIFY(!report);
        QCOMPARE(report.error().file, path);
        QVERIFY2(maxDone <= (qint64(4) << 20), qPrintable(QString::number(maxDone)));
    }

    void missingFileIsAClearError()
    {
        CsvImporter importer(*m_db);
        const QString path = m_dir.filePath(QStringLiteral("nope.csv"));
        auto report = importer.run({ { path },
                                     QStringLiteral("NOPE"),
                                     {},
                                     {},
                                     DateOrder::Auto,
                                     InvalidRowPolicy::Reject });
        QVERIFY(!report);
        QCOMPARE(report.error().file, path);
        QVERIFY(report.error().message.contains(QStringLiteral("Cannot open")));
    }

    void demoSeedAndResample()
    {
        MarketDataService service(*m_db);
        auto seeded = service.seedDemoData();
        QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().toString()));
        QVERIFY(*seeded);
        auto again = service.seedDemoData();
        QVERIFY(again && !*again); // only into an empty workspace
        auto symbols = service.symbols();
        QVERIFY(symbols);
        QCOMPARE(symbols->size(), size_t(1));
        const SymbolSummary &s = symbols->front();
        QCOMPARE(s.symbol.name, Workspace::sampleDataSymbol());
        QCOMPARE(s.symbol.timeZone, QStringLiteral("Asia/Kolkata"));
        QCOMPARE(s.symbol.exchange, QStringLiteral("NSE"));
        QCOMPARE(s.series.size(), size_t(3));
        QCOMPARE(s.series[0].timeframe, QStringLiteral("5m"));
        QCOMPARE(s.series[0].barCount, 1725);
        QCOMPARE(s.series[1].timeframe, QStringLiteral("1h"));
        QCOMPARE(s.series[2].timeframe, QStringLiteral("1d"));
        // January 2025 had 23 NSE sessions; each 09:15–15:30 session gives 7 clock hours.
        QCOMPARE(s.series[2].barCount, 23);
        QCOMPARE(s.series[1].barCount, 23 * 7);
        QCOMPARE(s.series[0].firstMs, utcMs(2025, 1, 1, 9, 15, "Asia/Kolkata"));
        QCOMPARE(s.series[1].firstMs, utcMs(2025, 1, 1, 9, 0, "Asia/Kolkata"));
        QCOMPARE(s.series[2].firstMs, utcMs(2025, 1, 1, 0, 0, "Asia/Kolkata"));

        // Daily bar = aggregate of the day's 5-minute bars.
        auto db = m_db->connection();
        QSqlQuery q(*db);
        QVERIFY(
            q.exec(QStringLiteral("SELECT d.high = (SELECT max(high) FROM bars WHERE timeframe = "
                                  "'5m' AND ts >= d.ts AND ts < d.ts + 86400000), "
                                  "       d.volume = (SELECT sum(volume) FROM bars WHERE timeframe "
                                  "= '5m' AND ts >= d.ts AND ts < d.ts + 86400000) "
                                  "FROM bars d WHERE d.timeframe = '1d' ORDER BY d.ts LIMIT 1")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        QVERIFY(q.value(1).toBool());

        // Resampling again is idempotent.
        auto report = service.resample(Workspace::sampleDataSymbol(),
                                       *Timeframe::parse(QStringLiteral("5m")),
                                       *Timeframe::parse(QStringLiteral("1h")));
        QVERIFY(report);
        QCOMPARE(report->merge.unchanged, 23 * 7);
        auto missing
            = service.resample(QStringLiteral("NOPE"), *Timeframe::parse(QStringLiteral("5m")),
                               *Timeframe::parse(QStringLiteral("1h")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("NOPE")));
    }

    void sharedSampleEndToEnd()
    {
        // The bundled copy of the shared sample: in every checkout, so this never skips.
        const QString path = QStringLiteral(MODELDECK_SAMPLE_DATA_DIR "/RELIANCE_5min.csv");
        CsvImporter importer(*m_db);
        auto report = importer.run({ { path },
                                     QStringLiteral("RELIANCE.NS"),
                                     {},
                                     {},
                                     DateOrder::Auto,
                                     InvalidRowPolicy::Reject });
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->files.front().merge.added, 1725);
        QCOMPARE(report->files.front().timeframe, QStringLiteral("5m"));
        QCOMPARE(report->files.front().lastMs, utcMs(2025, 1, 31, 15, 25, "Asia/Kolkata"));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
