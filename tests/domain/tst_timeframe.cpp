// Tests for Timeframe: parsing of the accepted spellings, canonical names and detection of the
// bar spacing from real-looking timestamp series (session gaps, weekends, DST, irregular data).

#include "domain/Timeframe.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTest>
#include <QTime>
#include <QTimeZone>
#include <span>

using namespace modeldeck;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinuteMs = 60 * kSecond;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

template<typename T>
QString errorText(const Result<T> &result)
{
    return result.ok() ? QStringLiteral("(no error)") : result.error().toString();
}

qint64 localMs(QDate date, QTime time, const char *ianaId)
{
    const QDateTime dt(date, time, QTimeZone(QByteArray(ianaId)));
    Q_ASSERT(dt.isValid());
    return dt.toMSecsSinceEpoch();
}

Result<Timeframe> detectIn(const QList<qint64> &times)
{
    return Timeframe::detect(std::span<const qint64>(times.constData(), size_t(times.size())));
}

// NSE cash session: 5-minute bars 09:15 … 15:25 India time (75 bars), on the given days.
QList<qint64> nseFiveMinuteSession(const QList<QDate> &days)
{
    QList<qint64> times;
    for (const QDate &day : days) {
        const qint64 open = localMs(day, QTime(9, 15), "Asia/Kolkata");
        for (int i = 0; i < 75; ++i)
            times << open + i * 5 * kMinuteMs;
    }
    return times;
}

// Evenly spaced series: `count` timestamps `stepMs` apart.
QList<qint64> evenlySpaced(qint64 stepMs, int count)
{
    QList<qint64> times;
    const qint64 start
        = QDateTime(QDate(2024, 1, 2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int i = 0; i < count; ++i)
        times << start + i * stepMs;
    return times;
}

// Timestamps from a list of gaps in minutes, starting 2024-01-02 10:00Z.
QList<qint64> fromGapsInMinutes(const QList<int> &gaps)
{
    qint64 t = QDateTime(QDate(2024, 1, 2), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QList<qint64> times { t };
    for (int gap : gaps) {
        t += gap * kMinuteMs;
        times << t;
    }
    return times;
}

} // namespace

class TestTimeframe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("canonical");

        QTest::newRow("1m") << QStringLiteral("1m") << qint64(60) << QStringLiteral("1m");
        QTest::newRow("5m") << QStringLiteral("5m") << qint64(300) << QStringLiteral("5m");
        QTest::newRow("5min") << QStringLiteral("5min") << qint64(300) << QStringLiteral("5m");
        QTest::newRow("5MIN") << QStringLiteral("5MIN") << qint64(300) << QStringLiteral("5m");
        QTest::newRow("15m") << QStringLiteral("15m") << qint64(900) << QStringLiteral("15m");
        QTest::newRow("15 m") << QStringLiteral("15 m") << qint64(900) << QStringLiteral("15m");
        QTest::newRow("30m padded")
            << QStringLiteral("  30m ") << qint64(1800) << QStringLiteral("30m");
        QTest::newRow("90m") << QStringLiteral("90m") << qint64(5400) << QStringLiteral("90m");
        QTest::newRow("1h") << QStringLiteral("1h") << qint64(3600) << QStringLiteral("1h");
        QTest::newRow("1H") << QStringLiteral("1H") << qint64(3600) << QStringLiteral("1h");
        QTest::newRow("60m") << QStringLiteral("60m") << qint64(3600) << QStringLiteral("1h");
        QTest::newRow("4h") << QStringLiteral("4h") << qint64(14400) << QStringLiteral("4h");
        QTest::newRow("1d") << QStringLiteral("1d") << qint64(86400) << QStringLiteral("1d");
        QTest::newRow("1D") << QStringLiteral("1D") << qint64(86400) << QStringLiteral("1d");
        QTest::newRow("24h") << QStringLiteral("24h") << qint64(86400) << QStringLiteral("1d");
        QTest::newRow("1440m") << QStringLiteral("1440m") << qint64(86400) << QStringLiteral("1d");
        QTest::newRow("1w") << QStringLiteral("1w") << qint64(604800) << QStringLiteral("1w");
        QTest::newRow("1W") << QStringLiteral("1W") << qint64(604800) << QStringLiteral("1w");
        QTest::newRow("7d") << QStringLiteral("7d") << qint64(604800) << QStringLiteral("1w");
        QTest::newRow("168h") << QStringLiteral("168h") << qint64(604800) << QStringLiteral("1w");
    }

    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QFETCH(QString, canonical);

        const Result<Timeframe> parsed = Timeframe::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(errorText(parsed)));
        QVERIFY(parsed->isValid());
        QCOMPARE(parsed->seconds(), seconds);
        QCOMPARE(parsed->milliseconds(), seconds * 1000);
        QCOMPARE(parsed->name(), canonical);
        QVERIFY(*parsed == Timeframe::fromSeconds(seconds));

        // The canonical name parses back to the same timeframe.
        const Result<Timeframe> again = Timeframe::parse(parsed->name());
        QVERIFY2(again.ok(), qPrintable(errorText(again)));
        QCOMPARE(again->seconds(), seconds);
    }

    void parseAliasesAreEqual()
    {
        const Result<Timeframe> sixtyMinutes = Timeframe::parse(QStringLiteral("60m"));
        const Result<Timeframe> oneHour = Timeframe::parse(QStringLiteral("1h"));
        const Result<Timeframe> twentyFourHours = Timeframe::parse(QStringLiteral("24h"));
        const Result<Timeframe> oneDay = Timeframe::parse(QStringLiteral("1d"));
        QVERIFY(sixtyMinutes.ok() && oneHour.ok() && twentyFourHours.ok() && oneDay.ok());
        QVERIFY(*sixtyMinutes == *oneHour);
        QVERIFY(*twentyFourHours == *oneDay);
        QVERIFY(!(*oneHour == *oneDay));
        QVERIFY(*oneHour < *oneDay);
        QVERIFY(!(*oneDay < *oneHour));
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");

        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("0m") << QStringLiteral("0m");
        QTest::newRow("0h") << QStringLiteral("0h");
        QTest::newRow("5x") << QStringLiteral("5x");
        QTest::newRow("2w out of range") << QStringLiteral("2w");
        QTest::newRow("8d out of range") << QStringLiteral("8d");
        QTest::newRow("169h out of range") << QStringLiteral("169h");
        QTest::newRow("10081m out of range") << QStringLiteral("10081m");
        QTest::newRow("abc") << QStringLiteral("abc");
        QTest::newRow("unit only") << QStringLiteral("m");
        QTest::newRow("number only") << QStringLiteral("5");
        QTest::newRow("negative") << QStringLiteral("-5m");
        QTest::newRow("fraction") << QStringLiteral("1.5h");
        QTest::newRow("two units") << QStringLiteral("1h30m");
    }

    void parseInvalid()
    {
        QFETCH(QString, text);

        const Result<Timeframe> parsed = Timeframe::parse(text);
        QVERIFY2(
            !parsed.ok(),
            qPrintable(QStringLiteral("parsed as %1").arg(parsed ? parsed->name() : QString())));
        QVERIFY(!parsed.error().message.trimmed().isEmpty());
    }

    void canonicalName_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("canonical");

        QTest::newRow("1m") << qint64(60) << QStringLiteral("1m");
        QTest::newRow("7m") << qint64(420) << QStringLiteral("7m");
        QTest::newRow("15m") << qint64(900) << QStringLiteral("15m");
        QTest::newRow("90m") << qint64(5400) << QStringLiteral("90m");
        QTest::newRow("1h") << qint64(3600) << QStringLiteral("1h");
        QTest::newRow("2h") << qint64(7200) << QStringLiteral("2h");
        QTest::newRow("23h") << qint64(82800) << QStringLiteral("23h");
        QTest::newRow("1d") << qint64(86400) << QStringLiteral("1d");
        QTest::newRow("2d") << qint64(172800) << QStringLiteral("2d");
        QTest::newRow("1w") << qint64(604800) << QStringLiteral("1w");
    }

    void canonicalName()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, canonical);

        QCOMPARE(Timeframe::fromSeconds(seconds).name(), canonical);
    }

    void defaultIsInvalid()
    {
        const Timeframe none;
        QVERIFY(!none.isValid());
        QCOMPARE(none.seconds(), qint64(0));
        QVERIFY(Timeframe::fromSeconds(300).isValid());
    }

    void isIntraday()
    {
        QVERIFY(Timeframe::fromSeconds(60).isIntraday());
        QVERIFY(Timeframe::fromSeconds(4 * 3600).isIntraday());
        QVERIFY(Timeframe::fromSeconds(23 * 3600).isIntraday());
        QVERIFY(!Timeframe::fromSeconds(86400).isIntraday());
        QVERIFY(!Timeframe::fromSeconds(604800).isIntraday());
    }

    void detect_data()
    {
        QTest::addColumn<QList<qint64>>("times");
        QTest::addColumn<qint64>("seconds");

        // Thu, Fri and (after the weekend) Mon: overnight breaks of 17h50m and a weekend gap.
        const QList<QDate> nseDays { QDate(2024, 1, 4), QDate(2024, 1, 5), QDate(2024, 1, 8) };
        QTest::newRow("5m NSE sessions with overnight and weekend gaps")
            << nseFiveMinuteSession(nseDays) << qint64(300);

        QList<qint64> withHoles = nseFiveMinuteSession(nseDays);
        withHoles.remove(100, 3); // a few missing bars make one 20-minute gap
        withHoles.remove(10, 1);
        QTest::newRow("5m NSE sessions with missing bars") << withHoles << qint64(300);

        // Weekdays at New York midnight over five weeks, across the 2024-03-10 DST change:
        // 1-day steps, 3-day weekend steps and one 71-hour weekend.
        QList<qint64> daily;
        for (QDate d(2024, 2, 26); d <= QDate(2024, 3, 29); d = d.addDays(1)) {
            if (d.dayOfWeek() <= 5)
                daily << localMs(d, QTime(0, 0), "America/New_York");
        }
        QTest::newRow("1d weekdays with weekends and DST") << daily << qint64(86400);

        // Hourly New York session bars 10:00 … 15:00 local; in UTC the session moves an hour
        // earlier after 2024-03-10, so the overnight gaps differ but the hourly steps do not.
        QList<qint64> hourly;
        for (QDate d(2024, 3, 4); d <= QDate(2024, 3, 15); d = d.addDays(1)) {
            if (d.dayOfWeek() > 5)
                continue;
            for (int h = 10; h <= 15; ++h)
                hourly << localMs(d, QTime(h, 0), "America/New_York");
        }
        QTest::newRow("1h session across a DST change") << hourly << qint64(3600);

        QTest::newRow("irregular 7-minute spacing")
            << fromGapsInMinutes({ 7, 7, 8, 7, 6, 7, 14, 7, 7, 21, 7, 9 }) << qint64(420);

        // 5m and 10m occur equally often: the shorter one wins, whichever comes first.
        QTest::newRow("tie, short steps first")
            << fromGapsInMinutes({ 5, 5, 10, 10 }) << qint64(300);
        QTest::newRow("tie, long steps first")
            << fromGapsInMinutes({ 10, 10, 5, 5 }) << qint64(300);

        const qint64 t0
            = QDateTime(QDate(2024, 1, 2), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("duplicates ignored")
            << QList<qint64> { t0, t0, t0, t0 + 15 * kMinuteMs, t0 + 15 * kMinuteMs }
            << qint64(900);
        QTest::newRow("two timestamps") << QList<qint64> { t0, t0 + kHourMs } << qint64(3600);

        // Uniform spacing, with snapping to standard timeframes within 2 %.
        QTest::newRow("exact 1m") << evenlySpaced(kMinuteMs, 20) << qint64(60);
        QTest::newRow("61s snaps to 1m") << evenlySpaced(61 * kSecond, 20) << qint64(60);
        QTest::newRow("294s snaps to 5m") << evenlySpaced(294 * kSecond, 20) << qint64(300);
        QTest::newRow("306s snaps to 5m") << evenlySpaced(306 * kSecond, 20) << qint64(300);
        QTest::newRow("59m snaps to 1h") << evenlySpaced(59 * kMinuteMs, 20) << qint64(3600);
        QTest::newRow("2m not snapped") << evenlySpaced(2 * kMinuteMs, 20) << qint64(120);
        QTest::newRow("90m not snapped") << evenlySpaced(90 * kMinuteMs, 20) << qint64(5400);
        QTest::newRow("121m snaps to 2h, which no picker offers")
            << evenlySpaced(121 * kMinuteMs, 20) << qint64(7200);
        QTest::newRow("4h") << evenlySpaced(4 * kHourMs, 20) << qint64(14400);
        QTest::newRow("1w") << evenlySpaced(7 * kDayMs, 20) << qint64(604800);
        QTest::newRow("1w plus 1h snaps to 1w")
            << evenlySpaced(7 * kDayMs + kHourMs, 20) << qint64(604800);
    }

    void detect()
    {
        QFETCH(QList<qint64>, times);
        QFETCH(qint64, seconds);

        const Result<Timeframe> detected = detectIn(times);
        QVERIFY2(detected.ok(), qPrintable(errorText(detected)));
        QCOMPARE(detected->seconds(), seconds);
    }

    // The list the import and auto-train pickers offer, shortest first.
    void standardList()
    {
        QStringList names;
        for (const Timeframe &tf : Timeframe::standard())
            names << tf.name();
        QCOMPARE(names,
                 QStringList({ QStringLiteral("1m"), QStringLiteral("5m"), QStringLiteral("15m"),
                               QStringLiteral("30m"), QStringLiteral("1h"), QStringLiteral("4h"),
                               QStringLiteral("1d"), QStringLiteral("1w") }));
    }

    void detectNames()
    {
        const Result<Timeframe> seven = detectIn(fromGapsInMinutes({ 7, 7, 7, 21, 7, 7 }));
        QVERIFY2(seven.ok(), qPrintable(errorText(seven)));
        QCOMPARE(seven->name(), QStringLiteral("7m"));

        const Result<Timeframe> nse
            = detectIn(nseFiveMinuteSession({ QDate(2024, 1, 4), QDate(2024, 1, 5) }));
        QVERIFY2(nse.ok(), qPrintable(errorText(nse)));
        QCOMPARE(nse->name(), QStringLiteral("5m"));
    }

    void detectFails_data()
    {
        QTest::addColumn<QList<qint64>>("times");

        const qint64 t0
            = QDateTime(QDate(2024, 1, 2), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("empty") << QList<qint64> {};
        QTest::newRow("single timestamp") << QList<qint64> { t0 };
        QTest::newRow("duplicated timestamps only") << QList<qint64> { t0, t0, t0, t0 };
        QTest::newRow("30s below 1m") << evenlySpaced(30 * kSecond, 20);
        QTest::newRow("307s not whole minutes") << evenlySpaced(307 * kSecond, 20);
        QTest::newRow("62s not whole minutes") << evenlySpaced(62 * kSecond, 20);
        QTest::newRow("8 days above 1w") << evenlySpaced(8 * kDayMs, 20);
        QTest::newRow("30 days above 1w") << evenlySpaced(30 * kDayMs, 20);
    }

    void detectFails()
    {
        QFETCH(QList<qint64>, times);

        const Result<Timeframe> detected = detectIn(times);
        QVERIFY2(
            !detected.ok(),
            qPrintable(QStringLiteral("detected %1").arg(detected ? detected->name() : QString())));
        QVERIFY(!detected.error().message.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimeframe)
#include "tst_timeframe.moc"
