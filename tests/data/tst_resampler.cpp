// Tests for Resampler: OHLCV aggregation, bucket alignment to the exchange's local clock
// (half-hour offsets, DST changes, Monday weeks), gaps, and refusal of invalid input.

#include "data/Resampler.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTest>
#include <QTime>
#include <QTimeZone>
#include <cmath>
#include <span>
#include <vector>

using namespace modeldeck;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;

const Timeframe k5m = Timeframe::fromSeconds(5 * 60);
const Timeframe k1h = Timeframe::fromSeconds(3600);
const Timeframe k1d = Timeframe::fromSeconds(86400);
const Timeframe k1w = Timeframe::fromSeconds(7 * 86400);

template<typename T>
QString errorText(const Result<T> &result)
{
    return result.ok() ? QStringLiteral("(no error)") : result.error().toString();
}

QTimeZone zone(const char *ianaId)
{
    const QTimeZone tz { QByteArray(ianaId) };
    Q_ASSERT(tz.isValid());
    return tz;
}

qint64 localMs(QDate date, QTime time, const char *ianaId)
{
    const QDateTime dt(date, time, zone(ianaId));
    Q_ASSERT(dt.isValid());
    return dt.toMSecsSinceEpoch();
}

qint64 utcMs(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate); // "…Z"
}

Bar bar(qint64 time, double open, double high, double low, double close, double volume,
        quint32 flags = 0)
{
    Bar b;
    b.timeUtcMs = time;
    b.open = open;
    b.high = high;
    b.low = low;
    b.close = close;
    b.volume = volume;
    b.flags = flags;
    return b;
}

// A bar whose prices all equal `index` and whose volume is 1, so an aggregated bar tells which
// source bars it holds: open = first index, close = last index, volume = count.
Bar indexBar(qint64 time, int index)
{
    return bar(time, index, index + 0.5, index - 0.5, index, 1);
}

// Consecutive bars `stepMs` apart from `firstMs` (inclusive) to `endMs` (exclusive).
std::vector<Bar> series(qint64 firstMs, qint64 endMs, qint64 stepMs)
{
    std::vector<Bar> bars;
    int index = 0;
    for (qint64 t = firstMs; t < endMs; t += stepMs)
        bars.push_back(indexBar(t, index++));
    return bars;
}

Result<std::vector<Bar>> resample(const std::vector<Bar> &bars, Timeframe from, Timeframe to,
                                  const QTimeZone &tz)
{
    return Resampler::resample(std::span<const Bar>(bars), from, to, tz);
}

// Bucket start times (ISO, UTC) and the number of source bars in each (from the volume).
struct Buckets
{
    QStringList starts;
    QList<int> counts;
};

Buckets buckets(const std::vector<Bar> &bars)
{
    Buckets out;
    for (const Bar &b : bars) {
        out.starts << iso(b.timeUtcMs);
        out.counts << int(b.volume);
    }
    return out;
}

} // namespace

class TestResampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aggregatesOhlcv()
    {
        const QDate day(2024, 1, 4);
        std::vector<Bar> in {
            bar(utcMs(day, QTime(10, 0)), 100.0, 101.0, 99.5, 100.5, 1000),
            bar(utcMs(day, QTime(10, 5)), 100.5, 103.0, 100.0, 102.0, 500, BarFlagInvalid),
            bar(utcMs(day, QTime(10, 10)), 102.0, 102.5, 98.0, 99.0, 250),
            bar(utcMs(day, QTime(10, 55)), 99.0, 100.0, 98.5, 99.75, 125, 1u << 5),
            bar(utcMs(day, QTime(11, 0)), 99.75, 100.25, 99.5, 100.0, 10),
        };
        in[0].adjClose = 100.4;
        in[2].adjClose = 98.9;
        in[3].adjClose = 99.7;
        in[4].adjClose = 99.9;

        const Result<std::vector<Bar>> out = resample(in, k5m, k1h, QTimeZone::utc());
        QVERIFY2(out.ok(), qPrintable(errorText(out)));
        QCOMPARE(out->size(), size_t(2));

        const Bar &first = out->at(0);
        QCOMPARE(first.timeUtcMs, utcMs(day, QTime(10, 0)));
        QCOMPARE(first.open, 100.0); // first
        QCOMPARE(first.high, 103.0); // max
        QCOMPARE(first.low, 98.0); // min
        QCOMPARE(first.close, 99.75); // last
        QCOMPARE(first.adjClose, 99.7); // last, like close
        QCOMPARE(first.volume, 1875.0); // 1000 + 500 + 250 + 125
        QCOMPARE(first.flags, quint32(BarFlagInvalid) | (1u << 5));

        const Bar &second = out->at(1);
        QCOMPARE(second.timeUtcMs, utcMs(day, QTime(11, 0)));
        QCOMPARE(second.open, 99.75);
        QCOMPARE(second.high, 100.25);
        QCOMPARE(second.low, 99.5);
        QCOMPARE(second.close, 100.0);
        QCOMPARE(second.adjClose, 99.9);
        QCOMPARE(second.volume, 10.0);
        QCOMPARE(second.flags, quint32(0));
    }

    void hourlyBucketsFollowKolkataClock()
    {
        // NSE 5m bars 09:15 … 15:25 IST (+05:30) = 03:45Z … 09:55Z.
        const QDate day(2024, 1, 4);
        const qint64 open = localMs(day, QTime(9, 15), "Asia/Kolkata");
        QCOMPARE(open, utcMs(day, QTime(3, 45)));
        const std::vector<Bar> in
            = series(open, localMs(day, QTime(15, 30), "Asia/Kolkata"), 5 * kMinuteMs);
        QCOMPARE(in.size(), size_t(75));

        const Result<std::vector<Bar>> out = resample(in, k5m, k1h, zone("Asia/Kolkata"));
        QVERIFY2(out.ok(), qPrintable(errorText(out)));
        const Buckets got = buckets(*out);

        // Local hours 09:00 … 15:00 start at xx:30Z; the first holds 09:15 … 09:55 (9 bars).
        const QStringList starts {
            QStringLiteral("2024-01-04T03:30:00Z"), QStringLiteral("2024-01-04T04:30:00Z"),
            QStringLiteral("2024-01-04T05:30:00Z"), QStringLiteral("2024-01-04T06:30:00Z"),
            QStringLiteral("2024-01-04T07:30:00Z"), QStringLiteral("2024-01-04T08:30:00Z"),
            QStringLiteral("2024-01-04T09:30:00Z")
        };
        QCOMPARE(got.starts, starts);
        QCOMPARE(got.counts, (QList<int> { 9, 12, 12, 12, 12, 12, 6 }));
        QCOMPARE(out->front().timeUtcMs, localMs(day, QTime(9, 0), "Asia/Kolkata"));

        const Bar &first = out->front();
        QCOMPARE(first.open, 0.0); // the 09:15 bar
        QCOMPARE(first.close, 8.0); // the 09:55 bar
        QCOMPARE(first.high, 8.5);
        QCOMPARE(first.low, -0.5);
        const Bar &last = out->back();
        QCOMPARE(last.timeUtcMs, localMs(day, QTime(15, 0), "Asia/Kolkata"));
        QCOMPARE(last.open, 69.0); // 15:00
        QCOMPARE(last.close, 74.0); // 15:25
    }

    void dailyBucketsFollowKolkataMidnight()
    {
        // Friday and Monday sessions: two daily bars starting at local midnight (18:30Z the day
        // before), and none for the weekend.
        std::vector<Bar> in;
        int index = 0;
        for (const QDate day : { QDate(2024, 1, 5), QDate(2024, 1, 8) }) {
            const qint64 open = localMs(day, QTime(9, 15), "Asia/Kolkata");
            for (int i = 0; i < 75; ++i)
                in.push_back(indexBar(open + i * 5 * kMinuteMs, index++));
        }

        const Result<std::vector<Bar>> out = resample(in, k5m, k1d, zone("Asia/Kolkata"));
        QVERIFY2(out.ok(), qPrintable(errorText(out)));
        const Buckets got = buckets(*out);
        QCOMPARE(got.starts,
                 (QStringList { QStringLiteral("2024-01-04T18:30:00Z"),
                                QStringLiteral("2024-01-07T18:30:00Z") }));
        QCOMPARE(got.counts, (QList<int> { 75, 75 }));
        QCOMPARE(out->at(0).open, 0.0);
        QCOMPARE(out->at(0).close, 74.0);
        QCOMPARE(out->at(1).open, 75.0);
        QCOMPARE(out->at(1).close, 149.0);
    }

    void dailyBucketsAcrossNewYorkDst_data()
    {
        QTest::addColumn<QDate>("firstDay");
        QTest::addColumn<QStringList>("starts");
        QTest::addColumn<QList<int>>("counts");

        // 2024-03-10 02:00 EST → 03:00 EDT: that day has 23 hours.
        QTest::newRow("spring forward") << QDate(2024, 3, 9)
                                        << QStringList { QStringLiteral("2024-03-09T05:00:00Z"),
                                                         QStringLiteral("2024-03-10T05:00:00Z"),
                                                         QStringLiteral("2024-03-11T04:00:00Z") }
                                        << QList<int> { 24, 23, 24 };
        // 2024-11-03 02:00 EDT → 01:00 EST: that day has 25 hours.
        QTest::newRow("fall back") << QDate(2024, 11, 2)
                                   << QStringList { QStringLiteral("2024-11-02T04:00:00Z"),
                                                    QStringLiteral("2024-11-03T04:00:00Z"),
                                                    QStringLiteral("2024-11-04T05:00:00Z") }
                                   << QList<int> { 24, 25, 24 };
    }

    void dailyBucketsAcrossNewYorkDst()
    {
        QFETCH(QDate, firstDay);
        QFETCH(QStringList, starts);
        QFETCH(QList<int>, counts);

        // Round-the-clock hourly bars over three New York days.
        const std::vector<Bar> in
            = series(localMs(firstDay, QTime(0, 0), "America/New_York"),
                     localMs(firstDay.addDays(3), QTime(0, 0), "America/New_York"), kHourMs);
        QCOMPARE(int(in.size()), counts[0] + counts[1] + counts[2]);

        const Result<std::vector<Bar>> out = resample(in, k1h, k1d, zone("America/New_York"));
        QVERIFY2(out.ok(), qPrintable(errorText(out)));
        const Buckets got = buckets(*out);
        QCOMPARE(got.starts, starts);
        QCOMPARE(got.counts, counts);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(out->at(size_t(i)).timeUtcMs,
                     localMs(firstDay.addDays(i), QTime(0, 0), "America/New_York"));
        }
        QCOMPARE(out->at(1).open, double(counts[0]));
        QCOMPARE(out->at(1).close, double(counts[0] + counts[1] - 1));
        QCOMPARE(out->at(2).close, double(counts[0] + counts[1] + counts[2] - 1));
    }

    void dailyBucketStartsAtLocalMidnightWhenDataStartsAfterDstChange()
    {
        // A Sunday-evening open (as futures and FX trade): hourly bars 18:00 EDT Sun 2024-03-10
        // … 16:00 EDT Mon 2024-03-11. Sunday's bar starts at Sunday's local midnight, which was
        // still EST: 2024-03-10T05:00Z.
        const std::vector<Bar> in
            = series(localMs(QDate(2024, 3, 10), QTime(18, 0), "America/New_York"),
                     localMs(QDate(2024, 3, 11), QTime(17, 0), "America/New_York"), kHourMs);
        QCOMPARE(in.size(), size_t(6 + 17));

        const Result<std::vector<Bar>> out = resample(in, k1h, k1d, zone("America/New_York"));
        QVERIFY2(out.ok(), qPrintable(errorText(out)));
        const Buckets got = buckets(*out);
        QCOMPARE(got.counts, (QList<int> { 6, 17 }));
        QCOMPARE(got.starts,
                 (QStringList { QStringLiteral("2024-03-10T05:00:00Z"),
                                QStringLiteral("2024-03-11T04:00:00Z") }));
    }

    void hourlyBucketsAcrossNewYorkDst_data()
    {
        QTest::addColumn<QDateTime>("firstUtc");
        QTest::addColumn<QStringList>("starts");

        // 06:00Z = 01:00 EST, 07:00Z = 03:00 EDT (02:00 local does not exist).
        QTest::newRow("spring forward")
            << QDateTime(QDate(2024, 3, 10), QTime(5, 0), QTimeZone::utc())
            << QStringList { QStringLiteral("2024-03-10T05:00:00Z"),
                             QStringLiteral("2024-03-10T06:00:00Z"),
                             QStringLiteral("2024-03-10T07:00:00Z"),
                             QStringLiteral("2024-03-10T08:00:00Z") };
        // 05:00Z = 01:00 EDT and 06:00Z = 01:00 EST: local 01:00 happens twice, as two hours.
        QTest::newRow("fall back") << QDateTime(QDate(2024, 11, 3), QTime(4, 0), QTimeZone::utc())
                                   << QStringList { QStringLiteral("2024-11-03T04:00:00Z"),
                                                    QStringLiteral("2024-11-03T05:00:00Z"),
                                                    QStringLiteral("2024-11-03T06:00:00Z"),
                                                    QStringLiteral("2024-11-03T07:00:00Z") };
    }

    void hourlyBucketsAcrossNewYorkDst()
    {
        QFETCH(QDateTime, firstUtc);
        QFETCH(QStringList, starts);

        // Four hours of round-the-clock 5m bars: every hourly bar holds twelve of them.
        const qint64 first = firstUtc.toMSecsSinceEpoch();
        const std::vector<Bar> in = series(first, first + 4 * kHourMs, 5 * kMinuteMs);
        QCOMPARE(in.size(), size_t(48));

        const Result<std::vector<Bar>> out = resample(in, k5m, k1h, zone("America/New_York"));
        QVERIFY2(out.ok(), qPrintable(errorText(out)));
        const Buckets got = buckets(*out);
        QCOMPARE(got.starts, starts);
        QCOMPARE(got.counts, (QList<int> { 12, 12, 12, 12 }));
    }

    void weeklyBucketsStartOnMonday()
    {
        // Daily bars at Kolkata midnight: Wed 3 … Fri 5 and Sun 7 January 2024 fall in the week
        // of Monday 1 January, Mon 8 … Fri 12 in the next, Mon 15 and Tue 16 in the third.
        const QList<int> days { 3, 4, 5, 7, 8, 9, 10, 11, 12, 15, 16 };
        std::vector<Bar> in;
        int index = 0;
        for (int d : days)
            in.push_back(
                indexBar(localMs(QDate(2024, 1, d), QTime(0, 0), "Asia/Kolkata"), index++));
        QCOMPARE(QDate(2024, 1, 1).dayOfWeek(), 1);

        const Result<std::vector<Bar>> out = resample(in, k1d, k1w, zone("Asia/Kolkata"));
        QVERIFY2(out.ok(), qPrintable(errorText(out)));
        const Buckets got = buckets(*out);
        QCOMPARE(got.counts, (QList<int> { 4, 5, 2 }));
        QCOMPARE(got.starts,
                 (QStringList { QStringLiteral("2023-12-31T18:30:00Z"),
                                QStringLiteral("2024-01-07T18:30:00Z"),
                                QStringLiteral("2024-01-14T18:30:00Z") }));
        QCOMPARE(out->at(0).timeUtcMs, localMs(QDate(2024, 1, 1), QTime(0, 0), "Asia/Kolkata"));
        QCOMPARE(out->at(0).open, 0.0); // Wed 3
        QCOMPARE(out->at(0).close, 3.0); // Sun 7
        QCOMPARE(out->at(1).open, 4.0); // Mon 8
        QCOMPARE(out->at(2).close, 10.0); // Tue 16
    }

    void gapsStayGaps()
    {
        // 10:00 … 10:55Z and 12:00 … 12:55Z, nothing in between: no bar for 11:00.
        const QDate day(2024, 1, 4);
        std::vector<Bar> in
            = series(utcMs(day, QTime(10, 0)), utcMs(day, QTime(11, 0)), 5 * kMinuteMs);
        const std::vector<Bar> later
            = series(utcMs(day, QTime(12, 0)), utcMs(day, QTime(13, 0)), 5 * kMinuteMs);
        in.insert(in.end(), later.begin(), later.end());

        const Result<std::vector<Bar>> out = resample(in, k5m, k1h, QTimeZone::utc());
        QVERIFY2(out.ok(), qPrintable(errorText(out)));
        const Buckets got = buckets(*out);
        QCOMPARE(got.starts,
                 (QStringList { QStringLiteral("2024-01-04T10:00:00Z"),
                                QStringLiteral("2024-01-04T12:00:00Z") }));
        QCOMPARE(got.counts, (QList<int> { 12, 12 }));
    }

    void invalidTarget_data()
    {
        QTest::addColumn<qint64>("fromSeconds");
        QTest::addColumn<qint64>("toSeconds");

        QTest::newRow("5m to 7m") << qint64(300) << qint64(420);
        QTest::newRow("1h to 5m") << qint64(3600) << qint64(300);
        QTest::newRow("1h to 90m") << qint64(3600) << qint64(5400);
        QTest::newRow("1d to 1h") << qint64(86400) << qint64(3600);
        QTest::newRow("invalid source") << qint64(0) << qint64(3600);
        QTest::newRow("invalid target") << qint64(300) << qint64(0);
    }

    void invalidTarget()
    {
        QFETCH(qint64, fromSeconds);
        QFETCH(qint64, toSeconds);

        const QDate day(2024, 1, 4);
        const std::vector<Bar> in
            = series(utcMs(day, QTime(10, 0)), utcMs(day, QTime(12, 0)), 5 * kMinuteMs);
        const Result<std::vector<Bar>> out
            = resample(in, Timeframe::fromSeconds(fromSeconds), Timeframe::fromSeconds(toSeconds),
                       QTimeZone::utc());
        QVERIFY2(!out.ok(),
                 qPrintable(
                     QStringLiteral("resampled into %1 bars").arg(out ? qint64(out->size()) : 0)));
        QVERIFY(!out.error().message.trimmed().isEmpty());
    }

    void invalidZone()
    {
        const QDate day(2024, 1, 4);
        const std::vector<Bar> in
            = series(utcMs(day, QTime(10, 0)), utcMs(day, QTime(12, 0)), 5 * kMinuteMs);
        const Result<std::vector<Bar>> out = resample(in, k5m, k1h, QTimeZone());
        QVERIFY(!out.ok());
        QVERIFY(!out.error().message.trimmed().isEmpty());
    }

    void unsortedInput()
    {
        const QDate day(2024, 1, 4);
        std::vector<Bar> in
            = series(utcMs(day, QTime(10, 0)), utcMs(day, QTime(12, 0)), 5 * kMinuteMs);
        std::swap(in[3], in[4]);
        const Result<std::vector<Bar>> out = resample(in, k5m, k1h, QTimeZone::utc());
        QVERIFY2(!out.ok(),
                 qPrintable(
                     QStringLiteral("resampled into %1 bars").arg(out ? qint64(out->size()) : 0)));
        QVERIFY(!out.error().message.trimmed().isEmpty());
    }

    void emptyInput()
    {
        const std::vector<Bar> in;
        const Result<std::vector<Bar>> out = resample(in, k5m, k1h, zone("Asia/Kolkata"));
        QVERIFY2(out.ok(), qPrintable(errorText(out)));
        QVERIFY(out->empty());
    }
};

QTEST_GUILESS_MAIN(TestResampler)
#include "tst_resampler.moc"
