// Market-data downloads end to end against a local HTTP server replaying provider answers
// (tests/net/fixtures, in Yahoo's and Binance's documented shapes): merging and logging,
// paging, retries, Retry-After, time-outs, offline, hostile JSON, incremental refresh,
// cancellation and the rate limit; plus the parsers as pure functions and `modeldeck-cli fetch`.
// Nothing here reaches the internet.

#include "DownloadTestSupport.h"
#include "FixtureServer.h"
#include "net/BinanceKlineParser.h"
#include "net/DownloadService.h"
#include "net/HttpFetcher.h"
#include "net/RateLimiter.h"
#include "net/YahooChartParser.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"
#include "training/CancellationToken.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <csignal>
#include <unistd.h>

using namespace modeldeck;
using namespace std::chrono_literals;
using modeldeck::test::CannedReply;
using modeldeck::test::count;
using modeldeck::test::describe;
using modeldeck::test::fastSettings;
using modeldeck::test::FixtureServer;
using modeldeck::test::runDownload;
using modeldeck::test::ServedRequest;

namespace {

constexpr qint64 kStepMs = 300'000; // 5 minutes
constexpr qint64 kBinanceStartMs = 1709251200000; // 2024-03-01T00:00Z, the fixture's first kline

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(MODELDECK_NET_FIXTURES) + u'/' + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

CannedReply ok(const QByteArray &body)
{
    return CannedReply { 200, body, {}, 0, false };
}

qint64 utcMs(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// Binance's klines endpoint over `bars` 5-minute klines from kBinanceStartMs, honouring
// startTime, endTime and limit, with each row copied from the stored sample and re-timed.
CannedReply binanceKlines(const ServedRequest &request, int bars)
{
    const QJsonArray sample
        = QJsonDocument::fromJson(fixture("binance_klines_btcusdt_5m.json")).array();
    const qint64 start = request.query.queryItemValue(QStringLiteral("startTime")).toLongLong();
    const qint64 end = request.query.queryItemValue(QStringLiteral("endTime")).toLongLong();
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
    QJsonArray page;
    for (qint64 i = std::max<qint64>(0, (start - kBinanceStartMs + kStepMs - 1) / kStepMs);
         i < bars && page.size() < limit; ++i) {
        const qint64 open = kBinanceStartMs + i * kStepMs;
        if (open > end)
            break;
        QJsonArray row = sample.at(i % sample.size()).toArray();
        row[0] = double(open);
        row[6] = double(open + kStepMs - 1);
        page.append(row);
    }
    return ok(QJsonDocument(page).toJson(QJsonDocument::Compact));
}

DownloadRequest yahooDaily(const QStringList &symbols)
{
    return { QStringLiteral("yahoo"), symbols, Timeframe::fromSeconds(86400), utcMs(2024, 1, 1),
             utcMs(2024, 1, 10) };
}

} // namespace

class TestDownload : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<FixtureServer> m_server;

    // Answers Yahoo chart requests by symbol from the stored fixtures.
    void serveYahoo()
    {
        m_server->setHandler([](const ServedRequest &r) {
            if (r.path.endsWith(QLatin1StringView("/AAPL")))
                return ok(fixture("yahoo_chart_aapl_1d.json"));
            if (r.path.endsWith(QLatin1StringView("/RELIANCE.NS")))
                return ok(fixture("yahoo_chart_reliance_5m.json"));
            return CannedReply { 404, fixture("yahoo_not_found.json"), {}, 0, false };
        });
    }

    // timezone, currency, exchange of a stored symbol. The query ends before returning: an
    // unfinished SELECT would pin this connection's snapshot and hide later writes.
    QStringList symbolColumns(const QString &name) const
    {
        QSqlQuery q(*m_db->connection());
        q.prepare(
            QStringLiteral("SELECT timezone, currency, exchange FROM symbols WHERE name = ?"));
        q.addBindValue(name);
        if (!q.exec() || !q.next())
            return {};
        return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
    }

    qint64 bars() const { return count(*m_db, QStringLiteral("SELECT count(*) FROM bars")); }
    qint64 symbols() const { return count(*m_db, QStringLiteral("SELECT count(*) FROM symbols")); }
    qint64 logRows() const
    {
        return count(*m_db, QStringLiteral("SELECT count(*) FROM import_log"));
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QVERIFY(m_dir.isValid());
        m_db
            = test::openDatabase(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_server = std::make_unique<FixtureServer>();
        QVERIFY(m_server->listen());
    }

    // --- parsers and helpers, as pure functions -------------------------------------------

    void yahooParserSkipsNullsAndStartsDaysAtLocalMidnight()
    {
        const qint64 now = utcMs(2024, 2, 1);
        auto chart
            = YahooChartParser::parse(fixture("yahoo_chart_aapl_1d.json"), 200,
                                      QStringLiteral("AAPL"), Timeframe::fromSeconds(86400), now);
        QVERIFY2(chart, qPrintable(chart ? QString() : chart.error().toString()));
        QCOMPARE(chart->rows, 6);
        QCOMPARE(chart->skipped, 1); // the null row of 2024-01-05
        QCOMPARE(chart->bars.size(), size_t(5));
        QCOMPARE(chart->timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(chart->currency, QStringLiteral("USD"));
        QCOMPARE(chart->exchange, QStringLiteral("NMS"));
        const QTimeZone ny("America/New_York");
        QCOMPARE(chart->bars.front().timeUtcMs,
                 QDateTime(QDate(2024, 1, 2), QTime(0, 0), ny).toMSecsSinceEpoch());
        QCOMPARE(chart->bars.back().timeUtcMs,
                 QDateTime(QDate(2024, 1, 9), QTime(0, 0), ny).toMSecsSinceEpoch());
        QVERIFY(chart->bars.front().hasAdjClose());
        QCOMPARE(chart->bars.front().close, 185.63999938964844);

        // Intraday bars keep Yahoo's own times.
        auto intraday = YahooChartParser::parse(
            fixture("yahoo_chart_reliance_5m.json"), 200, QStringLiteral("RELIANCE.NS"),
            Timeframe::fromSeconds(300), now + 400 * 86'400'000LL);
        QVERIFY(intraday);
        QCOMPARE(intraday->bars.front().timeUtcMs, 1735789500000);
        QCOMPARE(intraday->timeZone, QStringLiteral("Asia/Kolkata"));
        QVERIFY(!intraday->bars.front().hasAdjClose());
    }

    void yahooParserTreatsJsonAsHostile_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error"); // expected part of the message; empty: parses
        QTest::addColumn<int>("bars");
        QTest::addColumn<int>("skipped");
        const QByteArray head
            = R"({"chart":{"result":[{"meta":{"exchangeTimezoneName":"Nowhere/Void","gmtoffset":0},)";
        const auto chart
            = [&](const char *rest) -> QByteArray { return head + rest + "}],\"error\":null}}"; };
        QTest::newRow("mismatched lengths") << chart(
            R"("timestamp":[1704205800,1704292200],"indicators":{"quote":[{"open":[1],"high":[2,2],"low":[1,1],"close":[1,1],"volume":[1,1]}]})")
                                            << QStringLiteral("2 timestamps but 1 “open” values")
                                            << 0 << 0;
        QTest::newRow("truncated") << chart(R"("timestamp":[1704205800)").left(80)
                                   << QStringLiteral("malformed") << 0 << 0;
        QTest::newRow("not an object")
            << QByteArray("[1,2,3]") << QStringLiteral("no “chart” object") << 0 << 0;
        QTest::newRow("timestamps not a list") << chart(R"("timestamp":"soon","indicators":{})")
                                               << QStringLiteral("is not a list") << 0 << 0;
        QTest::newRow("quote missing") << chart(R"("timestamp":[1704205800],"indicators":{})")
                                       << QStringLiteral("values are missing") << 0 << 0;
        // Qt's JSON reader refuses numbers beyond a double's range outright.
        QTest::newRow("overflowing number") << chart(
            R"("timestamp":[1704205800],"indicators":{"quote":[{"open":[1e999],"high":[2],"low":[1],"close":[1],"volume":[1]}]})")
                                            << QStringLiteral("malformed") << 0 << 0;
        // Strings, booleans, fractional and absurd times drop single bars, not the answer.
        QTest::newRow("hostile values") << chart(
            R"("timestamp":[1704205800,1704292200,1704378600,99999999999,-9999999999,1704465000.5,1704724200],)"
            R"("indicators":{"quote":[{"open":[1,"1",1,1,1,1,1],"high":[2,2,true,2,2,2,2],"low":[1,1,1,1,1,1,3],)"
            R"("close":[1.5,1,1,1,1,1,1],"volume":[null,1,1,1,1,1,-5]}]})")
                                        << QString() << 2 << 5;
    }
    void yahooParserTreatsJsonAsHostile()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(int, bars);
        QFETCH(int, skipped);
        auto chart = YahooChartParser::parse(body, 200, QStringLiteral("X"),
                                             Timeframe::fromSeconds(300), utcMs(2024, 2, 1));
        if (!error.isEmpty()) {
            QVERIFY(!chart);
            QVERIFY2(chart.error().message.contains(error), qPrintable(chart.error().message));
            return;
        }
        QVERIFY2(chart, qPrintable(chart ? QString() : chart.error().toString()));
        QCOMPARE(int(chart->bars.size()), bars);
        QCOMPARE(int(chart->skipped), skipped);
        QVERIFY(chart->timeZone.isEmpty()); // an unknown zone is not passed on
        QCOMPARE(chart->bars.front().volume, 0.0); // null volume on a complete bar
        QCOMPARE(chart->flagged, 1); // low above high, negative volume: kept, flagged
        QVERIFY(chart->bars.back().flags & BarFlagInvalid);
    }

    // An error answer's text is quoted in the message, but only its start: a server cannot
    // flood a dialog or a terminal with megabytes of "description".
    void yahooErrorTextIsCapped()
    {
        // Built as JSON, not a raw string: moc misreads a raw string ending in a quote.
        const QJsonObject error { { QStringLiteral("code"), QString(5000, u'c') },
                                  { QStringLiteral("description"), QString(100000, u'd') } };
        const QJsonObject chartObject { { QStringLiteral("result"), QJsonValue::Null },
                                        { QStringLiteral("error"), error } };
        const QByteArray body
            = QJsonDocument(QJsonObject { { QStringLiteral("chart"), chartObject } }).toJson();
        for (int status : { 400, 404 }) {
            auto chart = YahooChartParser::parse(body, status, QStringLiteral("X"),
                                                 Timeframe::fromSeconds(300), utcMs(2024, 2, 1));
            QVERIFY(!chart);
            QVERIFY2(chart.error().message.size() < 600, qPrintable(chart.error().message));
            QVERIFY(chart.error().message.contains(QString(300, u'd')));
        }
    }

    void binanceParserTreatsJsonAsHostile()
    {
        const qint64 now = utcMs(2024, 4, 1);
        auto page
            = BinanceKlineParser::parse(fixture("binance_klines_btcusdt_5m.json"), 200,
                                        QStringLiteral("Binance"), QStringLiteral("BTCUSDT"), now);
        QVERIFY(page);
        QCOMPARE(page->rows, 3);
        QCOMPARE(page->bars.size(), size_t(3));
        QCOMPARE(page->firstOpenMs, kBinanceStartMs);
        QCOMPARE(page->lastOpenMs, kBinanceStartMs + 2 * kStepMs);
        QCOMPARE(page->bars.front().open, 61130.98);

        auto hostile = BinanceKlineParser::parse(
            R"([[1709251200000,"NaN","2","1","1.5","3"],[1709251500000,"1","inf","1","1","3"],)"
            R"([1709251800000,"1","2","1","1.5","abc"],[1709251800000.5,"1","2","1","1.5","3"],)"
            R"([1709252100000,1,2,1,1.5,3],[1709252400000,"1","2","1","1.5","3"]])",
            200, QStringLiteral("Binance"), QStringLiteral("BTCUSDT"), now);
        QVERIFY(hostile);
        QCOMPARE(hostile->rows, 6);
        QCOMPARE(hostile->bars.size(), size_t(2));
        QCOMPARE(hostile->skipped, 4);

        auto shortRow
            = BinanceKlineParser::parse("[[1709251200000,\"1\",\"2\"]]", 200,
                                        QStringLiteral("Binance"), QStringLiteral("BTCUSDT"), now);
        QVERIFY(!shortRow);
        QVERIFY(shortRow.error().message.contains(QLatin1StringView("3 fields")));
        auto notList = BinanceKlineParser::parse("{\"klines\":[]}", 200, QStringLiteral("Binance"),
                                                 QStringLiteral("BTCUSDT"), now);
        QVERIFY(!notList);
        QVERIFY(notList.error().message.contains(QLatin1StringView("not a list of klines")));
        auto unknown = BinanceKlineParser::parse(fixture("binance_invalid_symbol.json"), 400,
                                                 QStringLiteral("Binance.US"),
                                                 QStringLiteral("FOOBAR"), now);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(
                     QStringLiteral("Binance.US does not list the symbol “FOOBAR”")),
                 qPrintable(unknown.error().message));
    }

    void retryAfterAndBackoff()
    {
        const QDateTime now(QDate(2024, 1, 1), QTime(12, 0), QTimeZone::utc());
        QCOMPARE(HttpFetcher::parseRetryAfter("120", now).value_or(-1ms), 120'000ms);
        QCOMPARE(HttpFetcher::parseRetryAfter(" 5 ", now).value_or(-1ms), 5'000ms);
        QVERIFY(!HttpFetcher::parseRetryAfter("-3", now));
        QVERIFY(!HttpFetcher::parseRetryAfter("soon", now));
        QVERIFY(!HttpFetcher::parseRetryAfter("", now));
        QCOMPARE(HttpFetcher::parseRetryAfter("Mon, 01 Jan 2024 12:00:30 GMT", now).value_or(-1ms),
                 30'000ms);

        HttpPolicy policy;
        policy.backoffBase = 1000ms;
        policy.backoffMax = 8000ms;
        QCOMPARE(HttpFetcher::backoffDelay(1, policy, 0.0), 500ms);
        QCOMPARE(HttpFetcher::backoffDelay(1, policy, 1.0), 1000ms);
        QCOMPARE(HttpFetcher::backoffDelay(3, policy, 1.0), 4000ms);
        QCOMPARE(HttpFetcher::backoffDelay(30, policy, 1.0), 8000ms);
    }

    void rateLimiterHandsOutSpacedSlots()
    {
        RateLimiter limiter(100ms);
        QCOMPARE(limiter.reserve(), 0ms);
        const auto second = limiter.reserve();
        const auto third = limiter.reserve();
        QVERIFY2(second > 50ms && second <= 100ms, qPrintable(QString::number(second.count())));
        QVERIFY2(third > 150ms && third <= 200ms, qPrintable(QString::number(third.count())));
        limiter.holdUntil(RateLimiter::Clock::now() + 1s);
        QVERIFY(limiter.reserve() > 900ms);
    }

    void settingsNameTheBaseUrls()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QLatin1StringView(DownloadSettings::kYahooBaseUrlKey),
                          QStringLiteral("http://mirror.test:8080/yf"));
        settings.setValue(QLatin1StringView(DownloadSettings::kBinanceBaseUrlKey),
                          QStringLiteral("not a url"));
        settings.setValue(QLatin1StringView(DownloadSettings::kTimeoutSecondsKey), 7);
        const DownloadSettings s = DownloadSettings::load(settings);
        QCOMPARE(s.baseUrl(QStringLiteral("yahoo")),
                 QUrl(QStringLiteral("http://mirror.test:8080/yf")));
        QCOMPARE(s.baseUrl(QStringLiteral("binance")), DownloadSettings().binanceBaseUrl);
        QCOMPARE(s.http.timeout, 7000ms);
        QCOMPARE(s.http.totalTimeout, 120s); // the default
        settings.setValue(QLatin1StringView(DownloadSettings::kTotalTimeoutSecondsKey), 45);
        QCOMPARE(DownloadSettings::load(settings).http.totalTimeout, 45s);
    }

    // --- downloads against the local server ---------------------------------------------------

    void yahooHappyPathMergesAndLogs()
    {
        serveYahoo();
        DownloadService service(m_db, fastSettings(m_server->url()));
        auto report = runDownload(service, yahooDaily({ QStringLiteral("aapl") }));
        QVERIFY2(report && report->failures() == 0, qPrintable(describe(report)));
        const SymbolDownloadReport &s = report->symbols.front();
        QCOMPARE(s.symbol, QStringLiteral("AAPL"));
        QCOMPARE(s.rows, 6);
        QCOMPARE(s.skipped, 1);
        QCOMPARE(s.merge.added, 5);
        QCOMPARE(bars(), 5);

        QCOMPARE(m_server->requests().size(), size_t(1));
        const ServedRequest &r = m_server->requests().front();
        QCOMPARE(r.path, QStringLiteral("/v8/finance/chart/AAPL"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("interval")), QStringLiteral("1d"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("period1")).toLongLong(),
                 utcMs(2024, 1, 1) / 1000);
        QCOMPARE(r.query.queryItemValue(QStringLiteral("period2")).toLongLong(),
                 utcMs(2024, 1, 10) / 1000);

        // The symbol takes its zone, currency and exchange from Yahoo's meta.
        QCOMPARE(symbolColumns(QStringLiteral("AAPL")),
                 (QStringList { QStringLiteral("America/New_York"), QStringLiteral("USD"),
                                QStringLiteral("NMS") }));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM bars WHERE adj_close IS NULL")),
                 0);
        QCOMPARE(
            count(
                *m_db,
                QStringLiteral(
                    "SELECT count(*) FROM import_log WHERE source = 'yahoo' AND "
                    "format = 'download' AND rows_read = 6 AND rows_new = 5 AND rows_skipped = 1")),
            1);
        auto latest = MarketDataRepository(*m_db->connection()).latestImports();
        QVERIFY(latest && latest->size() == 1);
        QCOMPARE(latest->front().format, QStringLiteral("download"));
        QVERIFY(qAbs(latest->front().importedAtUtc.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        // The same answer again changes nothing and says so.
        auto again = runDownload(service, yahooDaily({ QStringLiteral("AAPL") }));
        QVERIFY2(again && again->failures() == 0, qPrintable(describe(again)));
        QCOMPARE(again->symbols.front().merge.added, 0);
        QCOMPARE(again->symbols.front().merge.unchanged, 5);
        QCOMPARE(bars(), 5);
        QCOMPARE(logRows(), 2);
    }

    void yahooIntradayRangeIsClampedWithANote()
    {
        serveYahoo();
        DownloadService service(m_db, fastSettings(m_server->url()));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        DownloadRequest request { QStringLiteral("yahoo"),
                                  { QStringLiteral("RELIANCE.NS") },
                                  Timeframe::fromSeconds(300),
                                  now - 200 * 86'400'000LL,
                                  std::nullopt };
        auto report = runDownload(service, request);
        QVERIFY2(report && report->failures() == 0, qPrintable(describe(report)));
        const SymbolDownloadReport &s = report->symbols.front();
        QVERIFY2(s.notes.join(u' ').contains(QLatin1StringView("last 60 days")),
                 qPrintable(s.notes.join(u' ')));
        const qint64 period1 = m_server->requests()
                                   .front()
                                   .query.queryItemValue(QStringLiteral("period1"))
                                   .toLongLong();
        QVERIFY(period1 * 1000 >= now - 60 * 86'400'000LL);
        QCOMPARE(s.merge.added, 4);
        QCOMPARE(symbolColumns(QStringLiteral("RELIANCE.NS")).value(0),
                 QStringLiteral("Asia/Kolkata"));
    }

    void binancePagesByStartTime()
    {
        m_server->setHandler([](const ServedRequest &r) { return binanceKlines(r, 2500); });
        DownloadService service(m_db, fastSettings(m_server->url()));
        std::vector<int> pagesSeen;
        connect(&service, &DownloadService::progress, this, [&](const DownloadProgress &p) {
            if (p.stage == DownloadProgress::Stage::Fetching && p.pages > 0)
                pagesSeen.push_back(p.pages);
        });
        DownloadRequest request { QStringLiteral("binance"),
                                  { QStringLiteral("btc-usdt") },
                                  Timeframe::fromSeconds(300),
                                  kBinanceStartMs,
                                  kBinanceStartMs + 3000 * kStepMs };
        auto report = runDownload(service, request);
        QVERIFY2(report && report->failures() == 0, qPrintable(describe(report)));
        QCOMPARE(report->symbols.front().symbol, QStringLiteral("BTCUSDT"));
        QCOMPARE(report->symbols.front().pages, 3);
        QCOMPARE(report->symbols.front().merge.added, 2500);
        QCOMPARE(bars(), 2500);
        QCOMPARE(pagesSeen, (std::vector<int> { 1, 2, 3 }));

        const auto &requests = m_server->requests();
        QCOMPARE(requests.size(), size_t(3));
        for (size_t i = 0; i < requests.size(); ++i) {
            QCOMPARE(requests[i].path, QStringLiteral("/api/v3/klines"));
            QCOMPARE(requests[i].query.queryItemValue(QStringLiteral("symbol")),
                     QStringLiteral("BTCUSDT"));
            QCOMPARE(requests[i].query.queryItemValue(QStringLiteral("interval")),
                     QStringLiteral("5m"));
            QCOMPARE(requests[i].query.queryItemValue(QStringLiteral("limit")),
                     QStringLiteral("1000"));
            QCOMPARE(requests[i].query.queryItemValue(QStringLiteral("startTime")).toLongLong(),
                     kBinanceStartMs + qint64(i) * 1000 * kStepMs);
        }
        QCOMPARE(symbolColumns(QStringLiteral("BTCUSDT")),
                 (QStringList { QStringLiteral("UTC"), QStringLiteral("USDT"),
                                QStringLiteral("Binance") }));
    }

    void retriesAfter429HonouringRetryAfter()
    {
        int served = 0;
        m_server->setHandler([&served](const ServedRequest &) {
            if (served++ == 0)
                return CannedReply { 429, "{}", { { "Retry-After", "1" } }, 0, false };
            return ok(fixture("yahoo_chart_aapl_1d.json"));
        });
        DownloadService service(m_db, fastSettings(m_server->url()));
        int ticks = 0;
        auto report = runDownload(service, yahooDaily({ QStringLiteral("AAPL") }), nullptr, &ticks);
        QVERIFY2(report && report->failures() == 0, qPrintable(describe(report)));
        const auto &requests = m_server->requests();
        QCOMPARE(requests.size(), size_t(2));
        // The back-off alone would be ≤ 100 ms here; the second request waited for Retry-After.
        QVERIFY2(requests[1].atMs - requests[0].atMs >= 900,
                 qPrintable(QString::number(requests[1].atMs - requests[0].atMs)));
        QVERIFY2(ticks >= 5, "the event loop was blocked while waiting"); // ~50 when idle
        QCOMPARE(bars(), 5);
    }

    void retriesServerErrorsThenGivesUp()
    {
        int served = 0;
        m_server->setHandler([&served](const ServedRequest &) {
            if (served++ == 0)
                return CannedReply { 500, "oops", {}, 0, false };
            return ok(fixture("yahoo_chart_aapl_1d.json"));
        });
        DownloadService service(m_db, fastSettings(m_server->url()));
        auto report = runDownload(service, yahooDaily({ QStringLiteral("AAPL") }));
        QVERIFY2(report && report->failures() == 0, qPrintable(describe(report)));
        QCOMPARE(m_server->requests().size(), size_t(2));
        QCOMPARE(bars(), 5);

        m_server->setHandler([](const ServedRequest &) {
            return CannedReply { 503, "busy", {}, 0, false };
        });
        auto failing = runDownload(service, yahooDaily({ QStringLiteral("MSFT") }));
        QVERIFY(failing && failing->failures() == 1);
        const QString message = failing->symbols.front().error.message;
        QVERIFY2(message.contains(QLatin1StringView("HTTP 503"))
                     && message.contains(QLatin1StringView("after 3 attempt")),
                 qPrintable(message));
        QCOMPARE(m_server->requests().size(), size_t(2 + 3));
    }

    void truncatedJsonWritesNothing()
    {
        const QByteArray whole = fixture("yahoo_chart_aapl_1d.json");
        m_server->setHandler(
            [whole](const ServedRequest &) { return ok(whole.left(whole.size() / 2)); });
        DownloadService service(m_db, fastSettings(m_server->url()));
        auto report = runDownload(service, yahooDaily({ QStringLiteral("AAPL") }));
        QVERIFY(report && report->failures() == 1);
        QVERIFY2(report->symbols.front().error.message.contains(
                     QLatin1StringView("incomplete or malformed")),
                 qPrintable(report->symbols.front().error.message));
        QCOMPARE(bars(), 0);
        QCOMPARE(symbols(), 0);
        QCOMPARE(logRows(), 0);
    }

    void unknownSymbolsAreExplained()
    {
        serveYahoo();
        DownloadService service(m_db, fastSettings(m_server->url()));
        auto report
            = runDownload(service, yahooDaily({ QStringLiteral("NOPE"), QStringLiteral("AAPL") }));
        QVERIFY(report);
        QCOMPARE(report->failures(), 1);
        const SymbolDownloadReport &nope = report->symbols.at(0);
        QVERIFY(!nope.ok && !nope.cancelled);
        QVERIFY2(nope.error.message.contains(QStringLiteral("no data for “NOPE”"))
                     && nope.error.message.contains(QLatin1StringView("delisted")),
                 qPrintable(nope.error.message));
        QVERIFY(report->symbols.at(1).ok); // one bad symbol does not stop the others
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM symbols WHERE name = 'NOPE'")),
                 0);

        m_server->setHandler([](const ServedRequest &) {
            return CannedReply { 400, fixture("binance_invalid_symbol.json"), {}, 0, false };
        });
        DownloadRequest binance { QStringLiteral("binance-us"),
                                  { QStringLiteral("FOOBAR") },
                                  Timeframe::fromSeconds(3600),
                                  kBinanceStartMs,
                                  kBinanceStartMs + 86'400'000 };
        auto rejected = runDownload(service, binance);
        QVERIFY(rejected && rejected->failures() == 1);
        QVERIFY2(rejected->symbols.front().error.message.contains(
                     QStringLiteral("does not list the symbol “FOOBAR”")),
                 qPrintable(rejected->symbols.front().error.message));
        QCOMPARE(symbols(), 1);
    }

    void emptyRangeIsNotAnError()
    {
        m_server->setHandler(
            [](const ServedRequest &) { return ok(fixture("yahoo_empty_range.json")); });
        DownloadService service(m_db, fastSettings(m_server->url()));
        auto report = runDownload(service, yahooDaily({ QStringLiteral("AAPL") }));
        QVERIFY2(report && report->failures() == 0, qPrintable(describe(report)));
        QCOMPARE(report->symbols.front().bars, 0);
        QVERIFY(
            report->symbols.front().notes.join(u' ').contains(QLatin1StringView("has no 1d bars")));
        QCOMPARE(symbols(), 0); // no empty symbol rows

        // For a symbol the workspace has, an empty refresh is still a refresh, and it is logged.
        serveYahoo();
        QVERIFY(runDownload(service, yahooDaily({ QStringLiteral("AAPL") })));
        m_server->setHandler(
            [](const ServedRequest &) { return ok(fixture("yahoo_empty_range.json")); });
        QVERIFY(runDownload(service, yahooDaily({ QStringLiteral("AAPL") })));
        QCOMPARE(bars(), 5);
        QCOMPARE(
            count(*m_db,
                  QStringLiteral(
                      "SELECT count(*) FROM import_log WHERE rows_read = 0 AND first_ts IS NULL")),
            1);
    }

    void slowServerTimesOut()
    {
        m_server->setHandler([](const ServedRequest &) {
            return CannedReply { 200, "[]", {}, 0, true };
        });
        DownloadSettings settings = fastSettings(m_server->url());
        settings.http.timeout = 300ms;
        DownloadService service(m_db, settings);
        auto report = runDownload(service, yahooDaily({ QStringLiteral("AAPL") }));
        QVERIFY(report && report->failures() == 1);
        QVERIFY2(report->symbols.front().error.message.contains(
                     QLatin1StringView("did not answer within 0.3 s")),
                 qPrintable(report->symbols.front().error.message));
        QCOMPARE(m_server->requests().size(),
                 size_t(1)); // a silent server is not asked again and again
        QCOMPARE(bars(), 0);
    }

    // A byte every 50 ms never trips the 2 s inactivity time-out, yet the answer would take
    // 100 s: the total deadline ends the request, once, with a message naming the setting.
    void tricklingServerHitsTheTotalDeadline()
    {
        m_server->setHandler([](const ServedRequest &) {
            CannedReply reply { 200, QByteArray(2000, ' '), {}, 0, false };
            reply.trickleMs = 50;
            return reply;
        });
        DownloadSettings settings = fastSettings(m_server->url());
        settings.http.timeout = 2s;
        settings.http.totalTimeout = 600ms;
        DownloadService service(m_db, settings);
        auto report = runDownload(service, yahooDaily({ QStringLiteral("AAPL") }));
        QVERIFY2(report && report->failures() == 1, qPrintable(describe(report)));
        const QString message = report->symbols.front().error.message;
        QVERIFY2(message.contains(QLatin1StringView("was still sending its answer after 0.6 s"))
                     && message.contains(QLatin1StringView("download/totalTimeoutSeconds")),
                 qPrintable(message));
        QCOMPARE(m_server->requests().size(), size_t(1));
        QCOMPARE(bars(), 0);
    }

    // The body is capped while it arrives, not after it was buffered.
    void oversizeAnswerIsRefused()
    {
        m_server->setHandler([](const ServedRequest &) {
            return CannedReply { 200, QByteArray(256 * 1024, ' '), {}, 0, false };
        });
        DownloadSettings settings = fastSettings(m_server->url());
        settings.http.maxBodyBytes = 16 * 1024;
        DownloadService service(m_db, settings);
        auto report = runDownload(service, yahooDaily({ QStringLiteral("AAPL") }));
        QVERIFY2(report && report->failures() == 1, qPrintable(describe(report)));
        const QString message = report->symbols.front().error.message;
        QVERIFY2(message.contains(QLatin1StringView("sent more than 0.0156 MiB")),
                 qPrintable(message));
        QCOMPARE(bars(), 0);
    }

    void connectionRefusedSaysOffline()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        DownloadService service(m_db, fastSettings(url));
        auto report = runDownload(service, yahooDaily({ QStringLiteral("AAPL") }));
        QVERIFY(report && report->failures() == 1);
        QVERIFY2(report->symbols.front().error.message.contains(
                     QLatin1StringView("appears to be offline")),
                 qPrintable(report->symbols.front().error.message));
        QCOMPARE(symbols(), 0);
    }

    void incrementalRefreshStartsAtNewestBar()
    {
        int available = 1200;
        m_server->setHandler(
            [&available](const ServedRequest &r) { return binanceKlines(r, available); });
        DownloadService service(m_db, fastSettings(m_server->url()));
        DownloadRequest request { QStringLiteral("binance"),
                                  { QStringLiteral("BTCUSDT") },
                                  Timeframe::fromSeconds(300),
                                  kBinanceStartMs,
                                  kBinanceStartMs + 2000 * kStepMs };
        auto first = runDownload(service, request);
        QVERIFY2(first && first->failures() == 0, qPrintable(describe(first)));
        QCOMPARE(first->symbols.front().merge.added, 1200);

        available = 1500;
        const size_t before = m_server->requests().size();
        request.fromMs.reset();
        auto second = runDownload(service, request);
        QVERIFY2(second && second->failures() == 0, qPrintable(describe(second)));
        const SymbolDownloadReport &s = second->symbols.front();
        QVERIFY(s.incremental);
        // From the newest stored bar (which may have been incomplete), not from the start.
        const qint64 newest = kBinanceStartMs + 1199 * kStepMs;
        QCOMPARE(m_server->requests()
                     .at(before)
                     .query.queryItemValue(QStringLiteral("startTime"))
                     .toLongLong(),
                 newest);
        QCOMPARE(s.fromMs, newest);
        QCOMPARE(s.merge.unchanged, 1);
        QCOMPARE(s.merge.added, 300);
        QCOMPARE(bars(), 1500);
    }

    void cancellingMidDownloadLeavesNoPartialData()
    {
        m_server->setHandler([](const ServedRequest &r) { return binanceKlines(r, 2500); });
        DownloadService service(m_db, fastSettings(m_server->url()));
        CancellationToken token;
        connect(&service, &DownloadService::progress, this, [&token](const DownloadProgress &p) {
            if (p.stage == DownloadProgress::Stage::Fetching && p.pages == 1)
                token.cancel(QStringLiteral("user pressed Cancel"));
        });
        DownloadRequest request { QStringLiteral("binance"),
                                  { QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT") },
                                  Timeframe::fromSeconds(300),
                                  kBinanceStartMs,
                                  kBinanceStartMs + 3000 * kStepMs };
        auto report = runDownload(service, request, &token);
        QVERIFY(report);
        QVERIFY(report->cancelled);
        QCOMPARE(report->failures(), 2);
        for (const auto &s : report->symbols) {
            QVERIFY(s.cancelled);
            QVERIFY2(s.error.message.contains(QLatin1StringView("nothing was written"))
                         || s.error.message.contains(QLatin1StringView("Nothing was written")),
                     qPrintable(s.error.message));
        }
        QVERIFY2(report->symbols.front().error.message.contains(
                     QLatin1StringView("user pressed Cancel")),
                 qPrintable(report->symbols.front().error.message));
        QCOMPARE(m_server->requests().size(), size_t(1)); // page 2 was never asked for
        QCOMPARE(bars(), 0);
        QCOMPARE(symbols(), 0);
        QCOMPARE(logRows(), 0);
    }

    void rateLimitIsSharedAcrossConcurrentSymbols()
    {
        serveYahoo();
        m_server->setHandler(
            [](const ServedRequest &) { return ok(fixture("yahoo_chart_aapl_1d.json")); });
        DownloadSettings settings = fastSettings(m_server->url());
        settings.concurrentSymbols = 3;
        settings.yahooMinInterval = 250ms;
        DownloadService service(m_db, settings);
        auto report = runDownload(service,
                                  yahooDaily({ QStringLiteral("AAPL"), QStringLiteral("MSFT"),
                                               QStringLiteral("IBM"), QStringLiteral("TSLA") }));
        QVERIFY2(report && report->failures() == 0, qPrintable(describe(report)));
        const auto &requests = m_server->requests();
        QCOMPARE(requests.size(), size_t(4));
        // Requests leave ≥ 250 ms apart (750 ms first to last); arrivals can only bunch up by as
        // much as the first one was late, which a loaded machine may stretch, hence the slack.
        QVERIFY2(requests.back().atMs - requests.front().atMs >= 500,
                 qPrintable(QString::number(requests.back().atMs - requests.front().atMs)));
    }

    void requestErrorsComeBeforeAnyRequest()
    {
        serveYahoo();
        DownloadService service(m_db, fastSettings(m_server->url()));
        DownloadRequest fourHours = yahooDaily({ QStringLiteral("AAPL") });
        fourHours.timeframe = Timeframe::fromSeconds(4 * 3600);
        auto refused = runDownload(service, fourHours);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1StringView("5m, 15m, 30m, 1h, 1d, 1w")),
                 qPrintable(refused.error().message));
        DownloadRequest unknown = yahooDaily({ QStringLiteral("AAPL") });
        unknown.provider = QStringLiteral("bloomberg");
        QVERIFY(!runDownload(service, unknown));
        DownloadRequest reversed = yahooDaily({ QStringLiteral("AAPL") });
        std::swap(reversed.fromMs, reversed.toMs);
        QVERIFY(!runDownload(service, reversed));
        QCOMPARE(m_server->requests().size(), size_t(0));
    }

    void cliFetchReportsPerSymbol()
    {
        serveYahoo();
        const QString ws = m_dir.filePath(QStringLiteral("cli-ws"));
        const auto cli = [&](const QStringList &symbols, QByteArray *out) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_dir.filePath(QStringLiteral("cli-config")));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(MODELDECK_CLI_PATH),
                    { QStringLiteral("-w"), ws, QStringLiteral("fetch"),
                      QStringLiteral("--provider"), QStringLiteral("yahoo"),
                      QStringLiteral("--symbols"), symbols.join(u','),
                      QStringLiteral("--timeframe"), QStringLiteral("1d"), QStringLiteral("--from"),
                      QStringLiteral("2024-01-01"), QStringLiteral("--to"),
                      QStringLiteral("2024-01-10"), QStringLiteral("--base-url"),
                      m_server->url().toString(), QStringLiteral("--json") });
            if (!p.waitForStarted())
                return -1;
            // Not waitForFinished(): the server answering the CLI runs on this event loop.
            QElapsedTimer waited;
            waited.start();
            while (p.state() != QProcess::NotRunning && waited.elapsed() < 60'000)
                QTest::qWait(20);
            *out = p.readAllStandardOutput();
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        };
        QByteArray out;
        QCOMPARE(cli({ QStringLiteral("AAPL"), QStringLiteral("NOPE") }, &out), 1);
        QJsonObject report = QJsonDocument::fromJson(out).object();
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 1);
        QJsonArray symbols = report.value(QStringLiteral("symbols")).toArray();
        QCOMPARE(symbols.size(), 2);
        QCOMPARE(symbols.at(0)
                     .toObject()
                     .value(QStringLiteral("merge"))
                     .toObject()
                     .value(QStringLiteral("new"))
                     .toInt(),
                 5);
        QVERIFY(!symbols.at(1).toObject().value(QStringLiteral("ok")).toBool());
        QVERIFY(symbols.at(1)
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1StringView("delisted")));

        QCOMPARE(cli({ QStringLiteral("AAPL") }, &out), 0);
        symbols = QJsonDocument::fromJson(out).object().value(QStringLiteral("symbols")).toArray();
        QCOMPARE(symbols.at(0)
                     .toObject()
                     .value(QStringLiteral("merge"))
                     .toObject()
                     .value(QStringLiteral("unchanged"))
                     .toInt(),
                 5);
    }

    // A server's error text reaches the terminal in the CLI's messages: its escape sequences
    // (set the window title, clear the screen) are printed as visible text, never emitted.
    void cliFetchPrintsServerTextSafely()
    {
        const QString esc(QChar(0x1b));
        const QString hostile = esc + QStringLiteral("]0;pwned") + QChar(0x07) + esc
            + QStringLiteral("[2J") + QChar(0x9b) + QStringLiteral("31m bad");
        const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("code"), -1100 },
                                                            { QStringLiteral("msg"), hostile } })
                                    .toJson(QJsonDocument::Compact);
        m_server->setHandler([body](const ServedRequest &) {
            return CannedReply { 400, body, {}, 0, false };
        });
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("cli-config")));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(MODELDECK_CLI_PATH),
                { QStringLiteral("-w"), m_dir.filePath(QStringLiteral("cli-escapes")),
                  QStringLiteral("fetch"), QStringLiteral("--provider"), QStringLiteral("binance"),
                  QStringLiteral("--symbols"), QStringLiteral("BTCUSDT"),
                  QStringLiteral("--timeframe"), QStringLiteral("5m"), QStringLiteral("--from"),
                  QStringLiteral("2024-03-01"), QStringLiteral("--to"),
                  QStringLiteral("2024-03-02"), QStringLiteral("--base-url"),
                  m_server->url().toString() });
        QVERIFY(p.waitForStarted());
        // Not waitForFinished(): the server answering the CLI runs on this event loop.
        QElapsedTimer waited;
        waited.start();
        while (p.state() != QProcess::NotRunning && waited.elapsed() < 60'000)
            QTest::qWait(20);
        const QByteArray out = p.readAll();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(out.contains("\\x1b]0;pwned\\x07\\x1b[2J\\u009b31m bad"), out.constData());
        for (char c : out)
            QVERIFY2(c == '\n' || c == '\t' || uchar(c) >= 0x20, out.toHex().constData());
        QVERIFY(!out.contains("\xc2\x9b"));
    }

    void cliFetchCancelsOnCtrlC()
    {
        m_server->setHandler([](const ServedRequest &) {
            return CannedReply { 200, "[]", {}, 0, true };
        });
        const QString ws = m_dir.filePath(QStringLiteral("cli-interrupt"));
        QProcess p;
        p.start(QStringLiteral(MODELDECK_CLI_PATH),
                { QStringLiteral("-w"), ws, QStringLiteral("fetch"), QStringLiteral("--provider"),
                  QStringLiteral("binance"), QStringLiteral("--symbols"),
                  QStringLiteral("BTCUSDT,ETHUSDT"), QStringLiteral("--timeframe"),
                  QStringLiteral("1h"), QStringLiteral("--base-url"), m_server->url().toString() });
        QVERIFY(p.waitForStarted());
        // Ctrl+C once the CLI is waiting on the (silent) server.
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests().empty(), 60'000);
        ::kill(pid_t(p.processId()), SIGINT);
        QElapsedTimer waited;
        waited.start();
        while (p.state() != QProcess::NotRunning && waited.elapsed() < 60'000)
            QTest::qWait(20);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(p.readAllStandardError().contains("Ctrl+C"));
        QCOMPARE(m_server->requests().size(), size_t(1)); // ETHUSDT was never started
        auto db = Database::open(ws);
        QVERIFY(db);
        QCOMPARE(count(**db, QStringLiteral("SELECT count(*) FROM symbols")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDownload)
#include "tst_download.moc"
