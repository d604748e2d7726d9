// Resampled series stay current: MarketDataService::resample records where a series came
// from, a download into the source series rebuilds what was resampled from it (bar counts and
// OHLCV checked against values computed here), a failed download writes to neither, and the
// refresh plan refreshes a resampled series through its source. Never the internet.

#include "DownloadTestSupport.h"
#include "FixtureServer.h"
#include "SyntheticKlines.h"
#include "net/RefreshPlan.h"
#include "services/MarketDataService.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;
using namespace modeldeck::test;

namespace {

constexpr qint64 kHourMs = 3'600'000;

// The 1h bucket holding 5m bars [first, last].
Bar hourOf(int first, int last)
{
    Bar b;
    b.timeUtcMs = kStartMs + first * kStepMs;
    b.open = openOf(first);
    b.high = highOf(last);
    b.low = lowOf(first);
    b.close = closeOf(last);
    for (int i = first; i <= last; ++i)
        b.volume += volumeOf(i);
    return b;
}

QString ohlcv(const Bar &b)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(b.timeUtcMs)
        .arg(b.open)
        .arg(b.high)
        .arg(b.low)
        .arg(b.close)
        .arg(b.volume);
}

SymbolSummary summary(qint64 id, const QString &name, const QStringList &timeframes)
{
    SymbolSummary s;
    s.symbol.id = id;
    s.symbol.name = name;
    for (const QString &tf : timeframes)
        s.series.push_back({ tf, 10, 0, 0 });
    return s;
}

LatestImport logRow(qint64 id, const QString &tf, const QString &source, QLatin1StringView format)
{
    return { id, tf, QDateTime::currentDateTimeUtc(), source, format.toString() };
}

} // namespace

class TestDerivedSeries : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<FixtureServer> m_server;
    int m_available = 0; // synthetic bars the server has
    bool m_broken = false; // answer with truncated JSON

    qint64 count(const QString &sql) const { return test::count(*m_db, sql); }

    std::vector<Bar> stored(const QString &timeframe) const
    {
        MarketDataRepository repo(*m_db->connection());
        auto symbol = repo.findSymbol(QStringLiteral("BTCUSDT"));
        if (!symbol || !symbol->has_value())
            return {};
        auto bars = repo.loadBars((*symbol)->id, timeframe);
        return bars ? *bars : std::vector<Bar> {};
    }

    Result<DownloadReport> refresh(DownloadService &service,
                                   std::optional<qint64> fromMs = std::nullopt)
    {
        return runDownload(service,
                           { QStringLiteral("binance"),
                             { QStringLiteral("BTCUSDT") },
                             Timeframe::fromSeconds(300),
                             fromMs,
                             kStartMs + 48 * kHourMs });
    }

    // BTCUSDT 5m downloaded (30 bars: 00:00–02:25), then 1h resampled from it and 1d from 1h.
    void downloadAndResample(DownloadService &service)
    {
        m_available = 30;
        auto first = refresh(service, kStartMs);
        QVERIFY2(first && first->failures() == 0, qPrintable(describe(first)));
        MarketDataService data(*m_db);
        auto hourly = data.resample(QStringLiteral("BTCUSDT"), Timeframe::fromSeconds(300),
                                    Timeframe::fromSeconds(3600));
        QVERIFY2(hourly, qPrintable(hourly ? QString() : hourly.error().toString()));
        QCOMPARE(hourly->resultBars, 3);
        auto daily = data.resample(QStringLiteral("BTCUSDT"), Timeframe::fromSeconds(3600),
                                   Timeframe::fromSeconds(86400));
        QVERIFY(daily);
        QCOMPARE(daily->resultBars, 1);
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QVERIFY(m_dir.isValid());
        m_db = openDatabase(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_server = std::make_unique<FixtureServer>();
        QVERIFY(m_server->listen());
        m_broken = false;
        m_server->setHandler([this](const ServedRequest &r) {
            return m_broken ? CannedReply { 200, "[[1709251200000,\"1", {}, 0, false }
                            : klines(r, m_available);
        });
    }

    void resampleRecordsItsDerivation()
    {
        DownloadService service(m_db, fastSettings(m_server->url()));
        downloadAndResample(service);
        QSqlQuery q(*m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT timeframe, source, format, rows_read, rows_new, first_ts, last_ts "
            "FROM import_log WHERE format = 'resample' ORDER BY id")));
        QStringList rows;
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < 7; ++c)
                row << q.value(c).toString();
            rows << row.join(u' ');
        }
        QCOMPARE(rows,
                 (QStringList { QStringLiteral("1h 5m resample 30 3 %1 %2")
                                    .arg(kStartMs)
                                    .arg(kStartMs + 2 * kHourMs),
                                QStringLiteral("1d 1h resample 3 1 %1 %1").arg(kStartMs) }));

        MarketDataRepository repo(*m_db->connection());
        const qint64 id = (*repo.findSymbol(QStringLiteral("BTCUSDT")))->id;
        QCOMPARE(*repo.derivedTimeframes(id, QStringLiteral("5m")),
                 QStringList { QStringLiteral("1h") });
        QCOMPARE(*repo.derivedTimeframes(id, QStringLiteral("1h")),
                 QStringList { QStringLiteral("1d") });
        // A later import of 1h makes it a series of its own: no longer rebuilt from 5m.
        QVERIFY(repo.logImport({ QStringLiteral("BTC.csv"),
                                 QString(),
                                 QStringLiteral("yahoo-csv"),
                                 id,
                                 QStringLiteral("1h"),
                                 1,
                                 {},
                                 0,
                                 0,
                                 0,
                                 0,
                                 0 }));
        QVERIFY(repo.derivedTimeframes(id, QStringLiteral("5m"))->isEmpty());
    }

    void refreshOfTheSourceRebuildsDerivedSeries()
    {
        DownloadService service(m_db, fastSettings(m_server->url()));
        downloadAndResample(service);
        QCOMPARE(ohlcv(stored(QStringLiteral("1h")).back()),
                 ohlcv(hourOf(24, 29))); // 02:00, half full

        m_available = 40; // 10 more bars: 02:30–03:15
        auto second = refresh(service);
        QVERIFY2(second && second->failures() == 0, qPrintable(describe(second)));
        const SymbolDownloadReport &report = second->symbols.front();
        QVERIFY(report.incremental);
        QCOMPARE(report.merge.added, 10);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bars WHERE timeframe = '5m'")), 40);

        const std::vector<Bar> hourly = stored(QStringLiteral("1h"));
        QCOMPARE(hourly.size(), size_t(4));
        QCOMPARE(ohlcv(hourly[0]), ohlcv(hourOf(0, 11))); // untouched
        QCOMPARE(ohlcv(hourly[2]), ohlcv(hourOf(24, 35))); // completed
        QCOMPARE(ohlcv(hourly[3]), ohlcv(hourOf(36, 39))); // new
        // 1d was resampled from 1h: rebuilt in turn, from the rebuilt hours.
        const std::vector<Bar> daily = stored(QStringLiteral("1d"));
        QCOMPARE(daily.size(), size_t(1));
        QCOMPARE(ohlcv(daily[0]), ohlcv([] {
                     Bar d = hourOf(0, 39);
                     d.timeUtcMs = kStartMs;
                     return d;
                 }()));

        QCOMPARE(report.derived.size(), size_t(2));
        QCOMPARE(report.derived[0].timeframe, QStringLiteral("1h"));
        QVERIFY(report.derived[0].report);
        QCOMPARE(report.derived[0].report->merge.added, 1); // 03:00
        QCOMPARE(report.derived[0].report->merge.updated, 1); // 02:00
        QCOMPARE(report.derived[0].report->sourceBars, 16); // from 02:00 on, not all 40
        QCOMPARE(report.derived[1].timeframe, QStringLiteral("1d"));
        QVERIFY(report.derived[1].report);
        QCOMPARE(report.derived[1].report->merge.updated, 1);
        QVERIFY2(report.notes.join(u'\n').contains(
                     QStringLiteral("BTCUSDT 1h rebuilt from 5m: 1 new, 1 updated bars.")),
                 qPrintable(report.notes.join(u'\n')));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_log WHERE format = 'resample'")),
                 4);
    }

    void failedRefreshWritesNothingToEither()
    {
        DownloadService service(m_db, fastSettings(m_server->url()));
        downloadAndResample(service);
        const qint64 bars = count(QStringLiteral("SELECT count(*) FROM bars"));
        const qint64 logRows = count(QStringLiteral("SELECT count(*) FROM import_log"));
        const QString lastHour = ohlcv(stored(QStringLiteral("1h")).back());

        m_available = 40;
        m_broken = true;
        auto failed = refresh(service);
        QVERIFY(failed);
        QCOMPARE(failed->failures(), 1);
        QVERIFY(failed->symbols.front().derived.empty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bars")), bars);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_log")), logRows);
        QCOMPARE(ohlcv(stored(QStringLiteral("1h")).back()), lastHour);
    }

    // The derivation in the log is hostile input too: a link to a series that is gone, a
    // cycle, and a source that was never downloaded are skipped with the reason.
    void refreshPlanRefreshesResampledSeriesThroughTheirSource()
    {
        const std::vector<SymbolSummary> symbols {
            summary(1, QStringLiteral("BTCUSDT"),
                    { QStringLiteral("5m"), QStringLiteral("1h"), QStringLiteral("1d") }),
            summary(2, QStringLiteral("TCS.NS"),
                    { QStringLiteral("5m"), QStringLiteral("1h"), QStringLiteral("4h") }),
            summary(3, QStringLiteral("ODD"), { QStringLiteral("1h"), QStringLiteral("1d") })
        };
        const std::vector<LatestImport> downloads {
            logRow(1, QStringLiteral("5m"), QStringLiteral("binance"), kDownloadLogFormat),
            logRow(1, QStringLiteral("1h"), QStringLiteral("binance"), kDownloadLogFormat)
        }; // before the resample
        const std::vector<LatestImport> imports {
            logRow(1, QStringLiteral("5m"), QStringLiteral("binance"), kDownloadLogFormat),
            logRow(1, QStringLiteral("1h"), QStringLiteral("5m"), kResampleLogFormat),
            logRow(1, QStringLiteral("1d"), QStringLiteral("1h"), kResampleLogFormat),
            logRow(2, QStringLiteral("5m"), QStringLiteral("TCS.csv"),
                   QLatin1StringView("yahoo-csv")),
            logRow(2, QStringLiteral("1h"), QStringLiteral("5m"), kResampleLogFormat),
            logRow(2, QStringLiteral("4h"), QStringLiteral("15m"), kResampleLogFormat),
            logRow(3, QStringLiteral("1h"), QStringLiteral("1d"), kResampleLogFormat),
            logRow(3, QStringLiteral("1d"), QStringLiteral("1h"), kResampleLogFormat)
        };

        const RefreshPlan plan = planRefresh({ { QStringLiteral("BTCUSDT"), QStringLiteral("1h") },
                                               { QStringLiteral("BTCUSDT"), QStringLiteral("1d") },
                                               { QStringLiteral("TCS.NS"), QStringLiteral("1h") },
                                               { QStringLiteral("TCS.NS"), QStringLiteral("4h") },
                                               { QStringLiteral("ODD"), QStringLiteral("1d") } },
                                             symbols, downloads, imports);
        QCOMPARE(plan.requests.size(), size_t(1));
        QCOMPARE(plan.requests[0].provider, QStringLiteral("binance"));
        QCOMPARE(plan.requests[0].timeframe.name(), QStringLiteral("5m"));
        QCOMPARE(plan.requests[0].symbols, QStringList { QStringLiteral("BTCUSDT") });
        QVERIFY(!plan.requests[0].fromMs);
        QCOMPARE(plan.seriesCount(), 1);

        QStringList skipped;
        for (const SkippedSeries &s : plan.skipped)
            skipped << s.series.symbol + u' ' + s.series.timeframe + QStringLiteral(": ")
                    + s.reason;
        QCOMPARE(skipped.size(), 3);
        QVERIFY2(skipped[0].startsWith(
                     QStringLiteral("TCS.NS 1h: Resampled from 5m: Imported from TCS.csv")),
                 qPrintable(skipped[0]));
        QVERIFY2(skipped[1].startsWith(QStringLiteral(
                     "TCS.NS 4h: Resampled from 15m, which this workspace no longer has")),
                 qPrintable(skipped[1]));
        QVERIFY2(skipped[2].startsWith(QStringLiteral(
                     "ODD 1d: Its import log says it was resampled in a circle (1d ← 1h ← 1d)")),
                 qPrintable(skipped[2]));

        // Refresh All: the resampled series add nothing beyond their source.
        const RefreshPlan all = planRefresh(symbols, downloads, imports);
        QCOMPARE(all.seriesCount(), 1);
    }

    // Rebuilding from the first affected bucket gives the same bars as rebuilding everything;
    // prints both times on the bundled 5m sample (the figure the incremental path is for).
    void incrementalRebuildMatchesAFullOneOnTheSample()
    {
        MarketDataService data(*m_db);
        auto seeded = data.seedDemoData();
        QVERIFY2(seeded && *seeded, qPrintable(seeded ? QString() : seeded.error().toString()));
        const QString symbol = QStringLiteral("RELIANCE.NS");
        MarketDataRepository repo(*m_db->connection());
        auto last = repo.lastBarTime(symbol, QStringLiteral("5m"));
        QVERIFY(last && last->has_value());
        const Timeframe from = Timeframe::fromSeconds(300);
        const Timeframe to = Timeframe::fromSeconds(3600);

        QElapsedTimer timer;
        qint64 fullNs = 0;
        qint64 incrementalNs = 0;
        constexpr int kRounds = 5;
        for (int round = 0; round < kRounds; ++round) {
            timer.start();
            auto full = data.resample(symbol, from, to);
            fullNs += timer.nsecsElapsed();
            QVERIFY(full);
            QCOMPARE(full->merge.unchanged, full->resultBars);
            timer.start();
            auto incremental = data.resample(symbol, from, to, **last);
            incrementalNs += timer.nsecsElapsed();
            QVERIFY(incremental);
            QCOMPARE(incremental->resultBars, 1); // the last hour only
            QCOMPARE(incremental->merge.unchanged, 1);
            if (round == 0) {
                qInfo("5m -> 1h on the sample: %lld source bars, %lld hours",
                      qlonglong(full->sourceBars), qlonglong(full->resultBars));
            }
        }
        qInfo("rebuild 1h from 5m: full %.2f ms, incremental %.2f ms (mean of %d, with transaction "
              "and log row)",
              fullNs / 1e6 / kRounds, incrementalNs / 1e6 / kRounds, kRounds);
    }
};

QTEST_MAIN(TestDerivedSeries)
#include "tst_derivedseries.moc"
