// Tests for CsvParser: every supported layout, streaming behaviour, time zones, date order
// detection and hostile or malformed input. Fixtures are written in code.

#include "data/CsvParser.h"
#include "domain/Timeframe.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <vector>

using namespace modeldeck;

namespace {

qint64 utc(const char *iso)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(dt.isValid() && dt.timeSpec() == Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

CsvParseOptions withZone(const char *ianaId)
{
    CsvParseOptions options;
    options.timeZone = QTimeZone(QByteArray(ianaId));
    return options;
}

QString errorText(const Result<ParsedCsv> &result)
{
    return result.ok() ? QStringLiteral("(parsed without error)") : result.error().toString();
}

Result<ParsedCsv> parseInChunks(const QByteArray &data, qsizetype chunkSize,
                                CsvParseOptions options = {})
{
    CsvParser parser(std::move(options));
    for (qsizetype offset = 0; offset < data.size(); offset += chunkSize)
        parser.feed(QByteArrayView(data).sliced(offset, std::min(chunkSize, data.size() - offset)));
    return parser.finish();
}

bool sameBar(const Bar &a, const Bar &b)
{
    const auto same = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
    return a.timeUtcMs == b.timeUtcMs && same(a.open, b.open) && same(a.high, b.high)
        && same(a.low, b.low) && same(a.close, b.close) && same(a.adjClose, b.adjClose)
        && same(a.volume, b.volume) && a.flags == b.flags;
}

// Both results equal in every reported field, or both errors with the same message and place.
bool sameResult(const Result<ParsedCsv> &a, const Result<ParsedCsv> &b)
{
    if (a.ok() != b.ok())
        return false;
    if (!a.ok()) {
        return a.error().message == b.error().message && a.error().line == b.error().line
            && a.error().column == b.error().column;
    }
    if (a->layout != b->layout || a->delimiter != b->delimiter || a->dateOrder != b->dateOrder
        || a->ticker != b->ticker || a->hadUtcOffsets != b->hadUtcOffsets
        || a->dataRows != b->dataRows || a->skippedMissing != b->skippedMissing
        || a->duplicateTimes != b->duplicateTimes || a->flagged.size() != b->flagged.size()
        || a->bars.size() != b->bars.size()) {
        return false;
    }
    for (size_t i = 0; i < a->bars.size(); ++i) {
        if (!sameBar(a->bars[i], b->bars[i]))
            return false;
    }
    return true;
}

const QByteArray kYahoo = "\xEF\xBB\xBF"
                          "Date,Open,High,Low,Close,Adj Close,Volume\r\n"
                          "2024-01-02,187.15,188.44,183.89,185.64,184.94,82488700\r\n"
                          "2024-01-03,184.22,185.88,183.43,184.25,183.56,58414500\r\n"
                          "2024-01-04,null,null,null,null,null,null\r\n"
                          "2024-01-05,181.99,182.76,180.17,181.18,180.50,62303300\r\n"
                          "\r\n"
                          "\r\n";

const QByteArray kYFinance
    = "Price,Close,High,Low,Open,Volume\n"
      "Ticker,TCS.NS,TCS.NS,TCS.NS,TCS.NS,TCS.NS\n"
      "Datetime,,,,,\n"
      "2025-09-11 09:15:00+05:30,3050.5,3062.0,3045.10009765625,3048.0,120345\n"
      "2025-09-11 09:20:00+05:30,3052.0,3055.0,3049.0,3050.5,80000\n";

const QByteArray kSplit
    = "Date,Time,open,high,low,close,volume\n"
      "20250101,09:15,1215.8499755859375,1217.0,1213.5,1216.550048828125,0\n"
      "20250101,09:20,1216.449951171875,1216.949951171875,1215.0,1215.199951171875,107892\n"
      "20250101,0925,1214.85,1216.35,1214.8,1216.3,52763\n"
      "20250102,09:15:30,1216.3,1217.4,1215.6,1216.9,63941\n";

const QByteArray kQuoted = "\"Date\",\"Open\",\"High\",\"Low\",\"Close\",\"Note\",\"Volume\"\n"
                           "\"2024-01-02\",\"187.15\",\"188.44\",\"183.89\",\"185.64\",\"said "
                           "\"\"hi\"\", twice\",\"82488700\"\n"
                           "2024-01-03, 184.22 ,185.88,183.43,184.25,\"a,b\",58414500\n";

} // namespace

class TestCsvParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yahooDaily();
    void yahooDailyNaiveMidnightInZone();
    void missingValuesSkipRow_data();
    void missingValuesSkipRow();
    void dayMonthOrder_data();
    void dayMonthOrder();
    void dayMonthOrderAmbiguousIsRefused();
    void dayMonthOrderContradictionIsRefused();
    void forcedOrderRejectsImpossibleDate();
    void yfinanceMultiRow();
    void yfinanceDailyWithAdjClose();
    void yfinanceSeveralTickersRefused();
    void utcOffsets_data();
    void utcOffsets();
    void splitDateTime();
    void singleTimestamp_data();
    void singleTimestamp();
    void delimiters_data();
    void delimiters();
    void quotedFields();
    void columnsInAnyOrderAndExtraColumns();
    void pandasUnnamedIndexColumn();
    void naiveTimesInKolkata();
    void naiveTimesAcrossDstChange();
    void naiveTimesMatchQDateTimeOverYears();
    void gmtColumnIsUtc();
    void classicMacLineEnds();
    void sepLineAndMetaTraderHeader();
    void chunkedFeedingMatchesOneShot_data();
    void chunkedFeedingMatchesOneShot();
    void nonNumericText_data();
    void nonNumericText();
    void invalidDateOrTime_data();
    void invalidDateOrTime();
    void wrongColumnCount();
    void truncatedLastRow();
    void unterminatedQuote();
    void binaryData();
    void utf16IsExplained();
    void randomBytesNeverCrash();
    void mutatedFilesParseSameWhenChunked();
    void emptyInput_data();
    void emptyInput();
    void headerOnly_data();
    void headerOnly();
    void noRecognisableHeader_data();
    void noRecognisableHeader();
    void allRowsMissing();
    void hugeSingleLineFailsFast();
    void lineLimitIndependentOfChunking();
    void impossibleValuesRejected();
    void impossibleValuesKept();
    void impossibleValuesKeptByDefault();
    void datesOutsidePlausibleRangeRefused_data();
    void datesOutsidePlausibleRangeRefused();
    void pendingDayFirstDatesAreRangeChecked();
    void rangeCheckUsesTheClockByDefault();
    void flaggedRowsSummaryIsShort();
    void duplicateTimestampsLastWins();
    void unsortedInputIsSorted();
    void feedAfterErrorAndFinishTwice();
    void headStopsAfterMaxRows();
    void headIgnoresCutLastLine_data();
    void headIgnoresCutLastLine();
    void headLinesFollowSortingAndDuplicates();
    void headMatchesPrefixOfFullParse();
    void headReportsErrorsInsideOnly();
    void sharedRelianceFile();
    void benchmarkSplitLayout();
};

void TestCsvParser::yahooDaily()
{
    const auto result = CsvParser::parse(kYahoo);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->layout, CsvLayout::YahooDaily);
    QCOMPARE(result->delimiter, ',');
    QCOMPARE(result->dateOrder, DateOrder::Auto);
    QVERIFY(result->ticker.isEmpty());
    QVERIFY(!result->hadUtcOffsets);
    QCOMPARE(result->dataRows, 4);
    QCOMPARE(result->skippedMissing, 1);
    QCOMPARE(result->duplicateTimes, 0);
    QCOMPARE(result->bars.size(), size_t(3));
    const Bar &first = result->bars[0];
    QCOMPARE(first.timeUtcMs, utc("2024-01-02T00:00:00Z"));
    QCOMPARE(first.open, 187.15);
    QCOMPARE(first.high, 188.44);
    QCOMPARE(first.low, 183.89);
    QCOMPARE(first.close, 185.64);
    QCOMPARE(first.adjClose, 184.94);
    QCOMPARE(first.volume, 82488700.0);
    QCOMPARE(first.flags, 0u);
    QCOMPARE(result->bars[2].timeUtcMs, utc("2024-01-05T00:00:00Z"));
    QCOMPARE(result->bars[2].adjClose, 180.50);
}

void TestCsvParser::yahooDailyNaiveMidnightInZone()
{
    const auto result = CsvParser::parse(kYahoo, withZone("Asia/Kolkata"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->bars[0].timeUtcMs, utc("2024-01-01T18:30:00Z"));
}

void TestCsvParser::missingValuesSkipRow_data()
{
    QTest::addColumn<QByteArray>("token");
    for (const char *token : { "", "null", "NaN", "nan", "N/A", "-", "NULL", "#N/A" })
        QTest::newRow(token[0] ? token : "empty") << QByteArray(token);
}

void TestCsvParser::missingValuesSkipRow()
{
    QFETCH(QByteArray, token);
    const QByteArray csv = "Date,Open,High,Low,Close,Volume\n"
                           "2024-01-02,10,12,9,11,100\n"
                           "2024-01-03,10,"
        + token
        + ",9,11,100\n"
          "2024-01-04,11,13,10,12,200\n";
    const auto result = CsvParser::parse(csv);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->skippedMissing, 1);
    QCOMPARE(result->dataRows, 3);
    QCOMPARE(result->bars.size(), size_t(2));
    QCOMPARE(result->bars[1].timeUtcMs, utc("2024-01-04T00:00:00Z"));
}

void TestCsvParser::dayMonthOrder_data()
{
    QTest::addColumn<QByteArray>("dates"); // two date values
    QTest::addColumn<DateOrder>("option");
    QTest::addColumn<DateOrder>("expectedOrder");
    QTest::addColumn<QString>("expectedFirst");
    QTest::addColumn<QString>("expectedSecond");

    const QString jan2 = QStringLiteral("2024-01-02T00:00:00Z");
    const QString jan13 = QStringLiteral("2024-01-13T00:00:00Z");
    const QString feb1 = QStringLiteral("2024-02-01T00:00:00Z");
    QTest::newRow("day-first dashes") << QByteArray("02-01-2024 13-01-2024") << DateOrder::Auto
                                      << DateOrder::DayFirst << jan2 << jan13;
    QTest::newRow("day-first decided late")
        << QByteArray("01-02-2024 13-02-2024") << DateOrder::Auto << DateOrder::DayFirst << feb1
        << QStringLiteral("2024-02-13T00:00:00Z");
    QTest::newRow("month-first slashes") << QByteArray("01/02/2024 01/13/2024") << DateOrder::Auto
                                         << DateOrder::MonthFirst << jan2 << jan13;
    QTest::newRow("day-first dots") << QByteArray("13.01.2024 2.1.2024") << DateOrder::Auto
                                    << DateOrder::DayFirst << jan2 << jan13;
    QTest::newRow("forced day-first")
        << QByteArray("01-02-2024 02-02-2024") << DateOrder::DayFirst << DateOrder::DayFirst << feb1
        << QStringLiteral("2024-02-02T00:00:00Z");
    QTest::newRow("forced month-first")
        << QByteArray("01-02-2024 02-02-2024") << DateOrder::MonthFirst << DateOrder::MonthFirst
        << jan2 << QStringLiteral("2024-02-02T00:00:00Z");
}

void TestCsvParser::dayMonthOrder()
{
    QFETCH(QByteArray, dates);
    QFETCH(DateOrder, option);
    QFETCH(DateOrder, expectedOrder);
    QFETCH(QString, expectedFirst);
    QFETCH(QString, expectedSecond);

    const QList<QByteArray> values = dates.split(' ');
    const QByteArray csv = "Date,Open,High,Low,Close,Adj Close,Volume\n" + values[0]
        + ",10,12,9,11,11,100\n" + values[1] + ",11,13,10,12,12,200\n";
    CsvParseOptions options;
    options.dateOrder = option;
    const auto result = CsvParser::parse(csv, options);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->layout, CsvLayout::YahooDaily);
    QCOMPARE(result->dateOrder, expectedOrder);
    QCOMPARE(result->bars.size(), size_t(2));
    QCOMPARE(result->bars[0].timeUtcMs, utc(qPrintable(expectedFirst)));
    QCOMPARE(result->bars[1].timeUtcMs, utc(qPrintable(expectedSecond)));
}

void TestCsvParser::dayMonthOrderAmbiguousIsRefused()
{
    const QByteArray csv = "Date,Open,High,Low,Close\n"
                           "02-03-2024,10,12,9,11\n"
                           "05-04-2024,10,12,9,11\n";
    const auto result = CsvParser::parse(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 2);
    QCOMPARE(result.error().column, 1);
    QVERIFY2(result.error().message.contains(QStringLiteral("“02-03-2024”")),
             qPrintable(errorText(result)));
    QVERIFY(result.error().message.contains(QStringLiteral("day-first")));
    QVERIFY(result.error().message.contains(QStringLiteral("month-first")));
}

void TestCsvParser::dayMonthOrderContradictionIsRefused()
{
    const QByteArray csv = "Date,Open,High,Low,Close\n"
                           "01-02-2024,10,12,9,11\n"
                           "13-01-2024,10,12,9,11\n"
                           "01-14-2024,10,12,9,11\n";
    const auto result = CsvParser::parse(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 4);
    QVERIFY2(result.error().message.contains(QStringLiteral("13-01-2024")),
             qPrintable(errorText(result)));
    QVERIFY(result.error().message.contains(QStringLiteral("01-14-2024")));
}

void TestCsvParser::forcedOrderRejectsImpossibleDate()
{
    const QByteArray csv = "Date,Open,High,Low,Close\n"
                           "01-12-2024,10,12,9,11\n"
                           "01-13-2024,10,12,9,11\n";
    CsvParseOptions options;
    options.dateOrder = DateOrder::DayFirst;
    const auto result = CsvParser::parse(csv, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 3);
    QCOMPARE(result.error().column, 1);
    QVERIFY2(result.error().message.contains(QStringLiteral("“01-13-2024”")),
             qPrintable(errorText(result)));

    options.dateOrder = DateOrder::Auto; // day 31 of February is no date in either order
    const auto feb31
        = CsvParser::parse("Date,Open,High,Low,Close\n31-02-2024,10,12,9,11\n", options);
    QVERIFY(!feb31.ok());
    QCOMPARE(feb31.error().line, 2);
}

void TestCsvParser::yfinanceMultiRow()
{
    const auto result = CsvParser::parse(kYFinance, withZone("America/New_York"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->layout, CsvLayout::YFinanceMultiRow);
    QCOMPARE(result->ticker, QStringLiteral("TCS.NS"));
    QVERIFY(result->hadUtcOffsets);
    QCOMPARE(result->dataRows, 2);
    QCOMPARE(result->bars.size(), size_t(2));
    const Bar &bar = result->bars[0];
    QCOMPARE(bar.timeUtcMs, utc("2025-09-11T03:45:00Z"));
    QCOMPARE(bar.close, 3050.5);
    QCOMPARE(bar.high, 3062.0);
    QCOMPARE(bar.low, 3045.10009765625);
    QCOMPARE(bar.open, 3048.0);
    QCOMPARE(bar.volume, 120345.0);
    QVERIFY(!bar.hasAdjClose());
    QCOMPARE(result->bars[1].timeUtcMs, utc("2025-09-11T03:50:00Z"));
}

void TestCsvParser::yfinanceDailyWithAdjClose()
{
    const QByteArray csv = "Price,Adj Close,Close,High,Low,Open,Volume\r\n"
                           "Ticker,AAPL,AAPL,AAPL,AAPL,AAPL,AAPL\r\n"
                           "Date,,,,,,\r\n"
                           "2024-01-02,184.94,185.64,188.44,183.89,187.15,82488700\r\n";
    const auto result = CsvParser::parse(csv);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->layout, CsvLayout::YFinanceMultiRow);
    QCOMPARE(result->ticker, QStringLiteral("AAPL"));
    QVERIFY(!result->hadUtcOffsets);
    QCOMPARE(result->bars.size(), size_t(1));
    QCOMPARE(result->bars[0].timeUtcMs, utc("2024-01-02T00:00:00Z"));
    QCOMPARE(result->bars[0].adjClose, 184.94);
    QCOMPARE(result->bars[0].close, 185.64);
    QCOMPARE(result->bars[0].open, 187.15);
}

void TestCsvParser::yfinanceSeveralTickersRefused()
{
    const QByteArray csv = "Price,Close,Close,High,High,Low,Low,Open,Open\n"
                           "Ticker,AAPL,MSFT,AAPL,MSFT,AAPL,MSFT,AAPL,MSFT\n"
                           "Date,,,,,,,,\n"
                           "2024-01-02,1,2,1,2,1,2,1,2\n";
    const auto result = CsvParser::parse(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 2);
    QVERIFY2(result.error().message.contains(QStringLiteral("MSFT")),
             qPrintable(errorText(result)));
}

void TestCsvParser::utcOffsets_data()
{
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QString>("expectedUtc");
    const QString t = QStringLiteral("2025-09-11T03:45:00Z");
    QTest::newRow("+05:30 space") << QByteArray("2025-09-11 09:15:00+05:30") << t;
    QTest::newRow("+05:30 T") << QByteArray("2025-09-11T09:15:00+05:30") << t;
    QTest::newRow("+0530") << QByteArray("2025-09-11 09:15:00+0530") << t;
    QTest::newRow("Z") << QByteArray("2025-09-11T03:45:00Z") << t;
    QTest::newRow("+0000") << QByteArray("2025-09-11 03:45:00+0000") << t;
    QTest::newRow("-04:00") << QByteArray("2025-09-10 23:45:00-04:00") << t;
    QTest::newRow("fraction Z") << QByteArray("2025-09-11T03:45:00.000Z") << t;
    QTest::newRow("no seconds +05:30") << QByteArray("2025-09-11T09:15+05:30") << t;
    QTest::newRow("UTC suffix") << QByteArray("2025-09-11 03:45 UTC") << t;
    QTest::newRow("GMT+0100") << QByteArray("2025-09-11 04:45:00.000 GMT+0100") << t;
    QTest::newRow("epoch seconds") << QByteArray("1757562300") << t;
    QTest::newRow("epoch ms") << QByteArray("1757562300000") << t;
}

void TestCsvParser::utcOffsets()
{
    QFETCH(QByteArray, timestamp);
    QFETCH(QString, expectedUtc);
    const QByteArray csv = "Timestamp,Open,High,Low,Close,Volume\n" + timestamp + ",10,12,9,11,5\n";
    // The zone must not matter for timestamps that carry their own offset.
    const auto result = CsvParser::parse(csv, withZone("America/New_York"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QVERIFY(result->hadUtcOffsets);
    QCOMPARE(result->bars.size(), size_t(1));
    QCOMPARE(result->bars[0].timeUtcMs, utc(qPrintable(expectedUtc)));
}

void TestCsvParser::splitDateTime()
{
    const auto result = CsvParser::parse(kSplit, withZone("Asia/Kolkata"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->layout, CsvLayout::SplitDateTime);
    QVERIFY(!result->hadUtcOffsets);
    QCOMPARE(result->bars.size(), size_t(4));
    QCOMPARE(result->bars[0].timeUtcMs, utc("2025-01-01T03:45:00Z"));
    QCOMPARE(result->bars[0].open, 1215.8499755859375);
    QCOMPARE(result->bars[0].volume, 0.0);
    QCOMPARE(result->bars[1].timeUtcMs, utc("2025-01-01T03:50:00Z"));
    QCOMPARE(result->bars[1].volume, 107892.0);
    QCOMPARE(result->bars[2].timeUtcMs, utc("2025-01-01T03:55:00Z"));
    QCOMPARE(result->bars[3].timeUtcMs, utc("2025-01-02T03:45:30Z"));
    QVERIFY(!result->bars[0].hasAdjClose());
}

void TestCsvParser::singleTimestamp_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<qint64>("expected");
    const qint64 base = utc("2024-03-08T09:30:00Z");
    QTest::newRow("Datetime T") << QByteArray("Datetime") << QByteArray("2024-03-08T09:30") << base;
    QTest::newRow("Timestamp space seconds")
        << QByteArray("Timestamp") << QByteArray("2024-03-08 09:30:00") << base;
    QTest::newRow("Time fraction")
        << QByteArray("Time") << QByteArray("2024-03-08T09:30:00.250") << base + 250;
    QTest::newRow("Date Time micro")
        << QByteArray("Date Time") << QByteArray("2024-03-08 09:30:01.123456") << base + 1123;
    QTest::newRow("date_time slashes")
        << QByteArray("date_time") << QByteArray("2024/03/08 09:30") << base;
    QTest::newRow("Date with times")
        << QByteArray("Date") << QByteArray("2024-03-08 09:30:00") << base;
    QTest::newRow("compact") << QByteArray("DATETIME") << QByteArray("20240308T093000") << base;
    QTest::newRow("US AM/PM") << QByteArray("Datetime") << QByteArray("03/28/2024 9:30 PM")
                              << utc("2024-03-28T21:30:00Z");
    QTest::newRow("US 12 AM") << QByteArray("Datetime") << QByteArray("03/28/2024 12:15 am")
                              << utc("2024-03-28T00:15:00Z");
    QTest::newRow("US 12 PM") << QByteArray("Datetime") << QByteArray("03/28/2024 12:15 PM")
                              << utc("2024-03-28T12:15:00Z");
}

void TestCsvParser::singleTimestamp()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, timestamp);
    QFETCH(qint64, expected);
    const QByteArray csv = header + ",Open,High,Low,Close\n" + timestamp + ",10,12,9,11\n";
    const auto result = CsvParser::parse(csv);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->layout, CsvLayout::SingleTimestamp);
    QCOMPARE(result->bars.size(), size_t(1));
    QCOMPARE(result->bars[0].timeUtcMs, expected);
    QCOMPARE(result->bars[0].volume, 0.0); // no volume column
    QVERIFY(!result->bars[0].hasAdjClose());
}

void TestCsvParser::delimiters_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("semicolon") << QByteArray(
        "Date;Open;High;Low;Close;Volume\n2024-01-02;10.5;12;9;11.25;100\n")
                               << ';';
    QTest::newRow("tab") << QByteArray(
        "Date\tOpen\tHigh\tLow\tClose\tVolume\n2024-01-02\t10.5\t12\t9\t11.25\t100\n")
                         << '\t';
    QTest::newRow("pipe") << QByteArray(
        "Date|Open|High|Low|Close|Volume\n2024-01-02|10.5|12|9|11.25|100\n")
                          << '|';
    QTest::newRow("semicolon decimal comma")
        << QByteArray("Date;Open;High;Low;Close;Volume\n2024-01-02;10,5;12;9;11,25;100\n") << ';';
    QTest::newRow("comma with spaces")
        << QByteArray("Date, Open, High, Low, Close, Volume\n2024-01-02, 10.5, 12, 9, 11.25, 100\n")
        << ',';
}

void TestCsvParser::delimiters()
{
    QFETCH(QByteArray, csv);
    QFETCH(char, delimiter);
    const auto result = CsvParser::parse(csv);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->delimiter, delimiter);
    QCOMPARE(result->bars.size(), size_t(1));
    QCOMPARE(result->bars[0].timeUtcMs, utc("2024-01-02T00:00:00Z"));
    QCOMPARE(result->bars[0].open, 10.5);
    QCOMPARE(result->bars[0].high, 12.0);
    QCOMPARE(result->bars[0].low, 9.0);
    QCOMPARE(result->bars[0].close, 11.25);
    QCOMPARE(result->bars[0].volume, 100.0);
}

void TestCsvParser::quotedFields()
{
    const auto result = CsvParser::parse(kQuoted);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->bars.size(), size_t(2));
    QCOMPARE(result->bars[0].open, 187.15);
    QCOMPARE(result->bars[0].close, 185.64);
    QCOMPARE(result->bars[0].volume, 82488700.0); // after the quoted field with "" and a comma
    QCOMPARE(result->bars[1].open, 184.22);
    QCOMPARE(result->bars[1].volume, 58414500.0);
}

void TestCsvParser::columnsInAnyOrderAndExtraColumns()
{
    const QByteArray csv = "Symbol,vol,adj_close,C,low,Timestamp,HIGH,Open,Dividends\n"
                           "X,1500,10.9,11,9,2024-01-02 10:00,12,10,0\n";
    const auto result = CsvParser::parse(csv);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->layout, CsvLayout::SingleTimestamp);
    const Bar &bar = result->bars.at(0);
    QCOMPARE(bar.timeUtcMs, utc("2024-01-02T10:00:00Z"));
    QCOMPARE(bar.open, 10.0);
    QCOMPARE(bar.high, 12.0);
    QCOMPARE(bar.low, 9.0);
    QCOMPARE(bar.close, 11.0);
    QCOMPARE(bar.adjClose, 10.9);
    QCOMPARE(bar.volume, 1500.0);
}

void TestCsvParser::pandasUnnamedIndexColumn()
{
    const QByteArray csv = ",Open,High,Low,Close,Volume\n"
                           "2024-01-02 09:30:00-05:00,10,12,9,11,100\n";
    const auto result = CsvParser::parse(csv);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->layout, CsvLayout::SingleTimestamp);
    QCOMPARE(result->bars.at(0).timeUtcMs, utc("2024-01-02T14:30:00Z"));
    QCOMPARE(result->bars.at(0).volume, 100.0);
}

void TestCsvParser::naiveTimesInKolkata()
{
    const QByteArray csv = "Datetime,Open,High,Low,Close\n"
                           "2025-01-01 09:15:00,10,12,9,11\n"
                           "2025-06-30 15:25,10,12,9,11\n";
    const auto result = CsvParser::parse(csv, withZone("Asia/Kolkata"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QVERIFY(!result->hadUtcOffsets);
    QCOMPARE(result->bars[0].timeUtcMs, utc("2025-01-01T03:45:00Z"));
    QCOMPARE(result->bars[1].timeUtcMs, utc("2025-06-30T09:55:00Z"));
}

void TestCsvParser::naiveTimesAcrossDstChange()
{
    // US clocks went forward on 2024-03-10 at 02:00 and back on 2024-11-03 at 02:00.
    const QByteArray csv = "Date,Time,Open,High,Low,Close\n"
                           "20240308,09:30,10,12,9,11\n"
                           "20240310,01:30,10,12,9,11\n"
                           "20240310,09:30,10,12,9,11\n"
                           "20240311,09:30,10,12,9,11\n"
                           "20241101,09:30,10,12,9,11\n"
                           "20241103,09:30,10,12,9,11\n"
                           "20241104,09:30,10,12,9,11\n";
    const auto result = CsvParser::parse(csv, withZone("America/New_York"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->bars.size(), size_t(7));
    QCOMPARE(result->bars[0].timeUtcMs, utc("2024-03-08T14:30:00Z"));
    QCOMPARE(result->bars[1].timeUtcMs, utc("2024-03-10T06:30:00Z"));
    QCOMPARE(result->bars[2].timeUtcMs, utc("2024-03-10T13:30:00Z"));
    QCOMPARE(result->bars[3].timeUtcMs, utc("2024-03-11T13:30:00Z"));
    QCOMPARE(result->bars[4].timeUtcMs, utc("2024-11-01T13:30:00Z"));
    QCOMPARE(result->bars[5].timeUtcMs, utc("2024-11-03T14:30:00Z"));
    QCOMPARE(result->bars[6].timeUtcMs, utc("2024-11-04T14:30:00Z"));
}

void TestCsvParser::naiveTimesMatchQDateTimeOverYears()
{
    // The per-span offset cache must agree with a QDateTime conversion for every day,
    // including transition days, in zones with and without DST.
    for (const char *zoneId :
         { "America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata" }) {
        const QTimeZone zone { QByteArray(zoneId) };
        QByteArray csv = "Datetime,Open,High,Low,Close\n";
        std::vector<qint64> expected;
        QRandomGenerator random(42);
        for (QDate date(2015, 1, 1); date < QDate(2026, 1, 1); date = date.addDays(1)) {
            const QTime time = QTime::fromMSecsSinceStartOfDay(int(random.bounded(86400) * 1000));
            csv += date.toString(Qt::ISODate).toLatin1() + ' '
                + time.toString(Qt::ISODate).toLatin1() + ",10,12,9,11\n";
            expected.push_back(QDateTime(date, time, zone).toMSecsSinceEpoch());
        }
        CsvParseOptions options;
        options.timeZone = zone;
        const auto result = CsvParser::parse(csv, options);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        QCOMPARE(result->bars.size(), expected.size()); // would shrink if times collided
        std::sort(expected.begin(), expected.end());
        for (size_t i = 0; i < expected.size(); ++i) {
            if (result->bars[i].timeUtcMs != expected[i]) {
                QFAIL(qPrintable(QStringLiteral("%1: bar %2 is %3, expected %4")
                                     .arg(QLatin1String(zoneId))
                                     .arg(i)
                                     .arg(result->bars[i].timeUtcMs)
                                     .arg(expected[i])));
            }
        }
    }
}

void TestCsvParser::gmtColumnIsUtc()
{
    // Dukascopy export: day-first dates and a "Gmt time" column, whatever the exchange zone.
    const QByteArray csv = "Gmt time,Open,High,Low,Close,Volume\n"
                           "12.01.2024 00:00:00.000,1.1,1.2,1.0,1.15,10\n"
                           "13.01.2024 00:00:00.000,1.1,1.2,1.0,1.15,10\n";
    const auto result = CsvParser::parse(csv, withZone("Asia/Kolkata"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->dateOrder, DateOrder::DayFirst);
    QCOMPARE(result->bars[0].timeUtcMs, utc("2024-01-12T00:00:00Z"));
    QCOMPARE(result->bars[1].timeUtcMs, utc("2024-01-13T00:00:00Z"));

    const auto named = CsvParser::parse("Datetime (UTC),Open,High,Low,Close\n"
                                        "2024-01-12 09:15,1.1,1.2,1.0,1.15\n",
                                        withZone("Asia/Kolkata"));
    QVERIFY2(named.ok(), qPrintable(errorText(named)));
    QCOMPARE(named->bars.at(0).timeUtcMs, utc("2024-01-12T09:15:00Z"));
}

void TestCsvParser::classicMacLineEnds()
{
    const QByteArray csv
        = "Date,Open,High,Low,Close\r2024-01-02,10,12,9,11\r2024-01-03,11,13,10,12\r";
    const auto result = CsvParser::parse(csv);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->bars.size(), size_t(2));
    QCOMPARE(result->bars[1].timeUtcMs, utc("2024-01-03T00:00:00Z"));
    QCOMPARE(result->bars[1].close, 12.0);
}

void TestCsvParser::sepLineAndMetaTraderHeader()
{
    const auto excel
        = CsvParser::parse("sep=;\nDate;Open;High;Low;Close\n2024-01-02;10,5;12;9;11\n");
    QVERIFY2(excel.ok(), qPrintable(errorText(excel)));
    QCOMPARE(excel->delimiter, ';');
    QCOMPARE(excel->bars.at(0).open, 10.5);

    const QByteArray mt
        = "<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>\n"
          "2024.01.02\t00:05:00\t1.10427\t1.10443\t1.10412\t1.10431\t153\t0\t9\n";
    const auto result = CsvParser::parse(mt);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->layout, CsvLayout::SplitDateTime);
    QCOMPARE(result->bars.at(0).timeUtcMs, utc("2024-01-02T00:05:00Z"));
    QCOMPARE(result->bars.at(0).close, 1.10431);
}

void TestCsvParser::chunkedFeedingMatchesOneShot_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("yahoo BOM CRLF") << kYahoo;
    QTest::newRow("yfinance") << kYFinance;
    QTest::newRow("split") << kSplit;
    QTest::newRow("quoted") << kQuoted;
    QTest::newRow("CR only") << QByteArray(
        "Date,Open,High,Low,Close\r2024-01-02,10,12,9,11\r2024-01-03,11,13,10,12");
    QTest::newRow("day-month pending")
        << QByteArray("Date,Open,High,Low,Close\n01-02-2024,10,12,9,11\n13-02-2024,10,12,9,11\n");
    QTest::newRow("error mid-file") << QByteArray(
        "Date,Open,High,Low,Close\r\n2024-01-02,10,12,9,11\r\n2024-01-03,1x,12,9,11\r\n");
}

void TestCsvParser::chunkedFeedingMatchesOneShot()
{
    QFETCH(QByteArray, csv);
    const auto oneShot = CsvParser::parse(csv, withZone("Asia/Kolkata"));
    for (qsizetype chunk : { 1, 2, 3, 7, 64 }) {
        const auto chunked = parseInChunks(csv, chunk, withZone("Asia/Kolkata"));
        QVERIFY2(sameResult(oneShot, chunked),
                 qPrintable(QStringLiteral("chunk %1: %2 vs %3")
                                .arg(chunk)
                                .arg(errorText(oneShot), errorText(chunked))));
    }
    CsvParser parser;
    parser.feed(csv);
    QCOMPARE(parser.bytesConsumed(), qint64(csv.size()));
    (void)parser.finish();
    QCOMPARE(parser.bytesConsumed(), qint64(csv.size())); // still valid for a final progress update
}

void TestCsvParser::nonNumericText_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("columnName");
    QTest::addColumn<QString>("text");
    QTest::newRow("12.5x in High") << QByteArray("2024-01-03,10,12.5x,9,11,100") << 3
                                   << QStringLiteral("High") << QStringLiteral("12.5x");
    QTest::newRow("abc in Volume") << QByteArray("2024-01-03,10,12,9,11,abc") << 6
                                   << QStringLiteral("Volume") << QStringLiteral("abc");
    QTest::newRow("inf in Open") << QByteArray("2024-01-03,inf,12,9,11,100") << 2
                                 << QStringLiteral("Open") << QStringLiteral("inf");
    QTest::newRow("1e999 in Low") << QByteArray("2024-01-03,10,12,1e999,11,100") << 4
                                  << QStringLiteral("Low") << QStringLiteral("1e999");
}

void TestCsvParser::nonNumericText()
{
    QFETCH(QByteArray, row);
    QFETCH(int, column);
    QFETCH(QString, columnName);
    QFETCH(QString, text);
    const QByteArray csv
        = "Date,Open,High,Low,Close,Volume\n2024-01-02,10,12,9,11,100\n" + row + "\n";
    const auto result = CsvParser::parse(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 3);
    QCOMPARE(result.error().column, column);
    QVERIFY2(result.error().message.contains(QStringLiteral("“%1”").arg(columnName)),
             qPrintable(errorText(result)));
    QVERIFY2(result.error().message.contains(QStringLiteral("“%1”").arg(text)),
             qPrintable(errorText(result)));
    QVERIFY(result.error().message.contains(QStringLiteral("not a number")));
}

void TestCsvParser::invalidDateOrTime_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("month 13") << QByteArray("Date,Open,High,Low,Close\n2024-13-01,10,12,9,11\n")
                              << 1 << QStringLiteral("2024-13-01");
    QTest::newRow("Feb 30") << QByteArray("Date,Open,High,Low,Close\n2024-02-30,10,12,9,11\n") << 1
                            << QStringLiteral("2024-02-30");
    QTest::newRow("words") << QByteArray("Date,Open,High,Low,Close\nyesterday,10,12,9,11\n") << 1
                           << QStringLiteral("yesterday");
    QTest::newRow("hour 25") << QByteArray(
        "Open,High,Low,Close,Datetime\n10,12,9,11,2024-01-02 25:00\n")
                             << 5 << QStringLiteral("2024-01-02 25:00");
    QTest::newRow("bad offset") << QByteArray(
        "Datetime,Open,High,Low,Close\n2024-01-02 10:00+25:00,10,12,9,11\n")
                                << 1 << QStringLiteral("2024-01-02 10:00+25:00");
    QTest::newRow("split time") << QByteArray(
        "Date,Time,Open,High,Low,Close\n20240102,9h15,10,12,9,11\n")
                                << 2 << QStringLiteral("9h15");
    QTest::newRow("split date with time")
        << QByteArray("Date,Time,Open,High,Low,Close\n2024-01-02 09:15,09:15,10,12,9,11\n") << 1
        << QStringLiteral("2024-01-02 09:15");
}

void TestCsvParser::invalidDateOrTime()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, column);
    QFETCH(QString, text);
    const auto result = CsvParser::parse(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 2);
    QCOMPARE(result.error().column, column);
    QVERIFY2(result.error().message.contains(QStringLiteral("“%1”").arg(text)),
             qPrintable(errorText(result)));
}

void TestCsvParser::wrongColumnCount()
{
    const QByteArray csv = "Date,Open,High,Low,Close,Adj Close,Volume\n"
                           "2024-01-02,10,12,9,11,11,100\n"
                           "2024-01-03,10,12,9\n"
                           "2024-01-04,10,12,9,11,11,100\n";
    const auto result = CsvParser::parse(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 3);
    QVERIFY2(result.error().message.contains(QStringLiteral("Expected 7 columns")),
             qPrintable(errorText(result)));
    QVERIFY(result.error().message.contains(QStringLiteral("found 4")));
}

void TestCsvParser::truncatedLastRow()
{
    const QByteArray csv = "Date,Time,open,high,low,close,volume\r\n"
                           "20250101,09:15,1215.85,1217.0,1213.5,1216.55,0\r\n"
                           "20250101,09:20,1216.45,1216.95";
    const auto result = CsvParser::parse(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 3);
    QVERIFY2(result.error().message.contains(QStringLiteral("found 4")),
             qPrintable(errorText(result)));
}

void TestCsvParser::unterminatedQuote()
{
    const auto result = CsvParser::parse("Date,Open,High,Low,Close\n2024-01-02,10,\"12,9,11\n");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 2);
    QCOMPARE(result.error().column, 3);
}

void TestCsvParser::binaryData()
{
    QByteArray csv = "Date,Open,High,Low,Close\n2024-01-02,10,12,9,11\n\x7f"
                     "ELF";
    csv.append('\0');
    csv.append("\x01\x02\x03\n2024-01-03,10,12,9,11\n");
    for (qsizetype chunk : { qsizetype(1), csv.size() }) {
        const auto result = parseInChunks(csv, chunk);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().line, 3);
        QVERIFY2(result.error().message.contains(QStringLiteral("binary")),
                 qPrintable(errorText(result)));
    }
}

void TestCsvParser::utf16IsExplained()
{
    const QString text = QStringLiteral("Date,Open,High,Low,Close\n2024-01-02,10,12,9,11\n");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto result = CsvParser::parse(utf16);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("UTF-16")),
             qPrintable(errorText(result)));
}

void TestCsvParser::randomBytesNeverCrash()
{
    QRandomGenerator random(1234);
    int errors = 0;
    for (int i = 0; i < 300; ++i) {
        QByteArray bytes(qsizetype(random.bounded(1, 4096)), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        if (i % 2 == 0)
            bytes[random.bounded(int(bytes.size()))] = '\0';
        const auto result = CsvParser::parse(bytes);
        if (!result.ok()) {
            ++errors;
            QVERIFY(!result.error().message.isEmpty());
        }
        if (i % 2 == 0) {
            QVERIFY2(!result.ok(), "input with a NUL byte was accepted");
        }
    }
    QCOMPARE(errors, 300); // random bytes never contain a recognisable header
}

void TestCsvParser::mutatedFilesParseSameWhenChunked()
{
    // Mutations of valid files reach the deeper error paths; chunked parsing must agree
    // with one-shot parsing on every one of them, and nothing may crash.
    const QByteArray seeds[] = { kYahoo, kYFinance, kSplit, kQuoted };
    const char alphabet[] = ",;\t\"\r\n-:./+Z 0123456789eE\x00\xEF\xBB\xBF";
    QRandomGenerator random(99);
    int accepted = 0;
    for (int i = 0; i < 2000; ++i) {
        QByteArray data = seeds[i % 4];
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const int at = random.bounded(int(data.size()));
            const char c = alphabet[random.bounded(int(sizeof alphabet) - 1)];
            switch (random.bounded(3)) {
            case 0:
                data[at] = c;
                break;
            case 1:
                data.insert(at, c);
                break;
            default:
                data.remove(at, 1);
                break;
            }
        }
        const auto oneShot = CsvParser::parse(data);
        const auto chunked = parseInChunks(data, 1 + random.bounded(9));
        QVERIFY2(sameResult(oneShot, chunked), data.toPercentEncoding().constData());
        if (oneShot.ok()) {
            ++accepted;
            QVERIFY(std::is_sorted(
                oneShot->bars.begin(), oneShot->bars.end(),
                [](const Bar &a, const Bar &b) { return a.timeUtcMs < b.timeUtcMs; }));
        } else {
            QVERIFY(!oneShot.error().message.isEmpty());
        }
    }
    QVERIFY(accepted > 0); // the mutations are mild enough that some files stay valid
}

void TestCsvParser::emptyInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("blank lines") << QByteArray("\n\n\n");
    QTest::newRow("whitespace CRLF") << QByteArray("\r\n  \r\n\t\r\n");
}

void TestCsvParser::emptyInput()
{
    QFETCH(QByteArray, csv);
    const auto result = CsvParser::parse(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, QStringLiteral("The file is empty."));
}

void TestCsvParser::headerOnly_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("plain") << QByteArray("Date,Open,High,Low,Close\n");
    QTest::newRow("BOM CRLF no final newline")
        << QByteArray("\xEF\xBB\xBF"
                      "Date,Open,High,Low,Close,Adj Close,Volume");
    QTest::newRow("blank and padding rows")
        << QByteArray("Date,Open,High,Low,Close\r\n\r\n,,,,\r\n");
    QTest::newRow("yfinance headers")
        << QByteArray("Price,Close,High,Low,Open,Volume\nTicker,X,X,X,X,X\nDatetime,,,,,\n");
}

void TestCsvParser::headerOnly()
{
    QFETCH(QByteArray, csv);
    const auto result = CsvParser::parse(csv);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("has a header but no data rows")),
             qPrintable(errorText(result)));
}

void TestCsvParser::noRecognisableHeader_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown names")
        << QByteArray("foo,bar,baz\n1,2,3\n") << QStringLiteral("“foo,bar,baz”");
    QTest::newRow("missing Low") << QByteArray("Date,Open,High,Close\n2024-01-02,1,2,1\n")
                                 << QStringLiteral("no column for Low");
    QTest::newRow("no time column")
        << QByteArray("Open,High,Low,Close\n1,2,1,1\n") << QStringLiteral("Date or Datetime");
    QTest::newRow("data without header")
        << QByteArray("20250101,09:15,1215.85,1217.0,1213.5,1216.55,0\n")
        << QStringLiteral("looks like data");
    QTest::newRow("prose") << QByteArray("Hello, this is not a CSV.\n") << QStringLiteral("Hello");
}

void TestCsvParser::noRecognisableHeader()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, mentions);
    const auto result = CsvParser::parse(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 1);
    const QString message = result.error().message;
    QVERIFY2(message.contains(mentions), qPrintable(message));
    for (const char *column : { "Date", "Datetime", "Open", "High", "Low", "Close" })
        QVERIFY2(message.contains(QLatin1String(column)), qPrintable(message));
}

void TestCsvParser::allRowsMissing()
{
    const auto result
        = CsvParser::parse("Date,Open,High,Low,Close\n2024-01-02,null,null,null,null\n");
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("empty or null")),
             qPrintable(errorText(result)));
}

void TestCsvParser::hugeSingleLineFailsFast()
{
    // 1 GiB of 'a' without a line break, fed from one reused 1 MiB buffer: the parser must
    // refuse at once instead of buffering, and say why.
    const QByteArray chunk(1 << 20, 'a');
    CsvParser parser;
    int fed = 0;
    for (int i = 0; i < 1024; ++i) {
        ++fed;
        if (!parser.feed(chunk))
            break;
    }
    QCOMPARE(fed, 1);
    QVERIFY(!parser.feed(chunk));
    const auto result = parser.finish();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 1);
    QVERIFY2(result.error().message.contains(QStringLiteral("longer than 64 KiB")),
             qPrintable(errorText(result)));
    QVERIFY(result.error().message.contains(QStringLiteral("price CSV")));

    // A long line after good lines reports its own line number, also when split over chunks.
    CsvParseOptions options;
    options.maxLineBytes = 1024;
    CsvParser small(options);
    QVERIFY(small.feed("Date,Open,High,Low,Close\n2024-01-02,10,12,9,11\n"));
    QVERIFY(small.feed(QByteArray(600, '1')));
    QVERIFY(!small.feed(QByteArray(600, '1')));
    const auto smallResult = small.finish();
    QVERIFY(!smallResult.ok());
    QCOMPARE(smallResult.error().line, 3);
    QVERIFY(smallResult.error().message.contains(QStringLiteral("longer than 1 KiB")));
}

void TestCsvParser::lineLimitIndependentOfChunking()
{
    CsvParseOptions options;
    options.maxLineBytes = 1024;
    const QByteArray header = "Date,Open,High,Low,Close\r\n";

    // A NUL beyond the limit: always the length error, never "binary" for some chunk sizes.
    QByteArray nulLate = header + QByteArray(2000, 'x');
    nulLate[header.size() + 1500] = '\0';
    // Exactly at the limit, CRLF or CR-terminated, with the CR possibly ending a chunk.
    const QByteArray row = "2024-01-02,10,12,9,11";
    const QByteArray atLimitCrlf = header + row + QByteArray(1024 - row.size(), ' ') + "\r\n";
    const QByteArray atLimitCr
        = "Date,Open,High,Low,Close\r" + row + QByteArray(1024 - row.size(), ' ') + "\r";

    for (qsizetype chunk : { 1, 5, 7, 1000, 1024, 1049, 4096 }) {
        const auto late = parseInChunks(nulLate, chunk, options);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().line, 2);
        QVERIFY2(late.error().message.contains(QStringLiteral("longer than 1 KiB")),
                 qPrintable(errorText(late)));
        for (const QByteArray &csv : { atLimitCrlf, atLimitCr }) {
            const auto result = parseInChunks(csv, chunk, options);
            QVERIFY2(result.ok(),
                     qPrintable(QStringLiteral("chunk %1: %2").arg(chunk).arg(errorText(result))));
            QCOMPARE(result->bars.size(), size_t(1));
        }
    }
}

void TestCsvParser::impossibleValuesRejected()
{
    const QByteArray csv = "Date,Open,High,Low,Close,Volume\n"
                           "2024-01-01,10,12,9,11,100\n" // 2: fine
                           "2024-01-02,10,9,12,11,100\n" // 3: high < low
                           "2024-01-03,-1,12,9,11,100\n" // 4: negative price
                           "2024-01-04,10,12,9,11,-5\n" // 5: negative volume
                           "2024-01-05,13,12,9,11,100\n" // 6: open above high
                           "2024-01-06,10,12,9,8,100\n" // 7: close below low
                           "2024-01-07,10,12,9,12.5,100\n" // 8: close above high
                           "2024-01-08,8.5,12,9,11,100\n"; // 9: open below low
    CsvParseOptions options;
    options.invalidRows = InvalidRowPolicy::Reject;
    const auto result = CsvParser::parse(csv, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 3);
    const QString message = result.error().message;
    QVERIFY2(message.contains(QStringLiteral("7 row")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("line 3: high 9 is below low 12")));
    QVERIFY(message.contains(QStringLiteral("line 4:")));
    QVERIFY(message.contains(QStringLiteral("line 5: volume -5 is negative")));
    QVERIFY(!message.contains(QStringLiteral("line 6:"))); // only the first three are listed
    QVERIFY(message.contains(QStringLiteral("4 more")));
    QVERIFY(message.contains(QStringLiteral("keep invalid rows")));
}

void TestCsvParser::impossibleValuesKept()
{
    const QByteArray csv = "Date,Open,High,Low,Close,Volume\n"
                           "2024-01-01,10,12,9,12.000000000001,100\n" // within tolerance
                           "2024-01-02,10,9,12,11,100\n"
                           "2024-01-03,10,12,9,11,-5\n";
    CsvParseOptions options;
    options.invalidRows = InvalidRowPolicy::Keep;
    const auto result = CsvParser::parse(csv, options);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->bars.size(), size_t(3));
    QCOMPARE(result->bars[0].flags, 0u);
    QCOMPARE(result->bars[1].flags, quint32(BarFlagInvalid));
    QCOMPARE(result->bars[2].flags, quint32(BarFlagInvalid));
    QCOMPARE(result->bars[1].high, 9.0);
    QCOMPARE(result->flagged.size(), size_t(2));
    QCOMPARE(result->flagged[0].line, 3);
    QVERIFY(result->flagged[0].message.contains(QStringLiteral("high 9 is below low 12")));
    QCOMPARE(result->flagged[1].line, 4);
    QVERIFY(result->flagged[1].message.contains(QStringLiteral("volume")));
}

// Without options, impossible rows are imported flagged (Yahoo's adjusted history has many).
void TestCsvParser::impossibleValuesKeptByDefault()
{
    QVERIFY(CsvParseOptions().invalidRows == InvalidRowPolicy::Keep);
    const QByteArray csv = "Date,Open,High,Low,Close,Volume\n"
                           "2024-01-01,13,12,9,11,100\n" // open above high
                           "2024-01-02,10,12,9,11,100\n";
    const auto result = CsvParser::parse(csv);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->bars.size(), size_t(2));
    QCOMPARE(result->bars[0].flags, quint32(BarFlagInvalid));
    QCOMPARE(result->bars[1].flags, 0u);
    QCOMPARE(result->flagged.size(), size_t(1));
    QCOMPARE(result->flagged[0].line, 2);
}

// A mistyped year (2099) would become the series' newest bar (incremental refresh would find
// nothing to fetch, predictions would start from it), so dates outside 1900-01-01 … now + 1 day
// refuse the file under either policy, naming the lines. "Now" is fixed: 2024-06-01.
void TestCsvParser::datesOutsidePlausibleRangeRefused_data()
{
    QTest::addColumn<InvalidRowPolicy>("policy");
    QTest::newRow("keep") << InvalidRowPolicy::Keep;
    QTest::newRow("reject") << InvalidRowPolicy::Reject;
}

void TestCsvParser::datesOutsidePlausibleRangeRefused()
{
    QFETCH(InvalidRowPolicy, policy);
    CsvParseOptions options;
    options.invalidRows = policy;
    options.nowUtcMs = utc("2024-06-01T00:00:00Z");
    const QByteArray head = "Date,Open,High,Low,Close,Volume\n"
                            "2024-01-01,10,12,9,11,100\n"; // line 2
    const QByteArray inRange = head + "1900-01-01,10,12,9,11,100\n" // the earliest allowed
        + "2024-06-02,10,12,9,11,100\n"; // now + 1 day: a bar of tomorrow elsewhere
    const auto ok = CsvParser::parse(inRange, options);
    QVERIFY2(ok.ok(), qPrintable(errorText(ok)));
    QCOMPARE(ok->bars.size(), size_t(3));

    const QByteArray csv = head
        + "2099-01-05,10,12,9,11,100\n" // line 3: the typo
          "1899-12-31,10,12,9,11,100\n" // line 4
          "2024-05-31,10,12,9,11,100\n" // line 5: fine
          "2024-06-02 00:00:01,10,12,9,11,100\n" // line 6: a second too late
          "0001-01-01,10,12,9,11,100\n" // line 7
          "9999-12-31,10,12,9,11,100\n"; // line 8
    const auto result = CsvParser::parse(csv, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 3);
    const QString message = result.error().message;
    QVERIFY2(message.contains(QStringLiteral("5 row(s) are dated outside 1900-01-01 to tomorrow")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("line 3: 2099-01-05 00:00 UTC is in the future")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("line 4: 1899-12-31 00:00 UTC is before 1900")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("line 6: 2024-06-02 00:00 UTC")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("line 7")), qPrintable(message)); // three listed
    QVERIFY2(message.contains(QStringLiteral("2 more")), qPrintable(message));
    // The same verdict however the input is chunked.
    QVERIFY(sameResult(result, parseInChunks(csv, 7, options)));
}

// D/M/Y dates wait for the file's day/month order; their range is checked once it is known,
// still with their own line numbers.
void TestCsvParser::pendingDayFirstDatesAreRangeChecked()
{
    CsvParseOptions options;
    options.nowUtcMs = utc("2024-06-01T00:00:00Z");
    const QByteArray csv = "Date,Open,High,Low,Close,Volume\n"
                           "03/04/2024,10,12,9,11,100\n" // ambiguous
                           "05/06/2099,10,12,9,11,100\n" // line 3: ambiguous, and 2099
                           "25/12/2023,10,12,9,11,100\n"; // day first
    const auto result = CsvParser::parse(csv, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 3);
    QVERIFY2(result.error().message.contains(
                 QStringLiteral("line 3: 2099-06-05 00:00 UTC is in the future")),
             qPrintable(result.error().message));
}

void TestCsvParser::rangeCheckUsesTheClockByDefault()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QByteArray row = ",10,12,9,11,100\n";
    const QByteArray csv = "Date,Open,High,Low,Close,Volume\n"
        + today.addDays(-1).toString(Qt::ISODate).toLatin1() + row
        + today.addYears(1).toString(Qt::ISODate).toLatin1() + row;
    const auto result = CsvParser::parse(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 3);
}

void TestCsvParser::flaggedRowsSummaryIsShort()
{
    QCOMPARE(flaggedRowsSummary({}), QString());
    QCOMPARE(flaggedRowsSummary({ { 7, QStringLiteral("volume -5 is negative") } }),
             QStringLiteral(
                 "1 row(s) imported but flagged as invalid: line 7 (volume -5 is negative)."));
    std::vector<CsvRowIssue> many;
    for (qint64 line = 2; line < 42; ++line)
        many.push_back(
            { line, QStringLiteral("open %1 is outside the low–high range 1–2").arg(line) });
    const QString summary = flaggedRowsSummary(many);
    QCOMPARE(
        summary,
        QStringLiteral("40 row(s) imported but flagged as invalid: line 2 (open 2 is outside the "
                       "low–high range 1–2), line 3 (open 3 is outside the low–high range 1–2), "
                       "line 4 (open 4 is outside the low–high range 1–2) and 37 more."));
}

void TestCsvParser::duplicateTimestampsLastWins()
{
    const QByteArray csv = "Date,Time,Open,High,Low,Close\n"
                           "20250101,09:15,10,12,9,11\n"
                           "20250101,09:20,10,12,9,11\n"
                           "20250101,09:20,20,22,19,21\n"
                           "20250101,09:25,10,12,9,11\n";
    const auto result = CsvParser::parse(csv);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->dataRows, 4);
    QCOMPARE(result->duplicateTimes, 1);
    QCOMPARE(result->bars.size(), size_t(3));
    QCOMPARE(result->bars[1].open, 20.0);
}

void TestCsvParser::unsortedInputIsSorted()
{
    const QByteArray csv = "Date,Open,High,Low,Close\n"
                           "2024-01-05,5,6,4,5\n"
                           "2024-01-03,3,4,2,3\n"
                           "2024-01-04,4,5,3,4\n"
                           "2024-01-03,30,40,20,30\n" // later duplicate of an earlier row wins
                           "2024-01-01,1,2,0.5,1\n";
    const auto result = CsvParser::parse(csv);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->bars.size(), size_t(4));
    QCOMPARE(result->duplicateTimes, 1);
    QCOMPARE(result->bars[0].timeUtcMs, utc("2024-01-01T00:00:00Z"));
    QCOMPARE(result->bars[1].timeUtcMs, utc("2024-01-03T00:00:00Z"));
    QCOMPARE(result->bars[1].open, 30.0);
    QCOMPARE(result->bars[2].open, 4.0);
    QCOMPARE(result->bars[3].timeUtcMs, utc("2024-01-05T00:00:00Z"));
}

void TestCsvParser::feedAfterErrorAndFinishTwice()
{
    CsvParser parser;
    QVERIFY(!parser.feed(QByteArray("Date,Open\0", 10)));
    QVERIFY(!parser.feed("Date,Open,High,Low,Close\n"));
    const auto first = parser.finish();
    QVERIFY(!first.ok());
    QVERIFY(first.error().message.contains(QStringLiteral("binary")));
    const auto second = parser.finish();
    QVERIFY(!second.ok());
    QVERIFY(!parser.feed("x"));
}

void TestCsvParser::headStopsAfterMaxRows()
{
    CsvParseOptions options;
    options.maxDataRows = 2;
    const auto head = CsvParser::parseHead(kYahoo, true, options);
    QVERIFY2(head.ok(), qPrintable(errorText(head)));
    QCOMPARE(head->dataRows, 2);
    QCOMPARE(head->bars.size(), size_t(2));
    QVERIFY(head->truncated);
    QCOMPARE(head->barLines, (std::vector<qint64> { 2, 3 }));
    QCOMPARE(head->layout, CsvLayout::YahooDaily);

    // The null row counts as a data row: three rows, two bars, and the last row is cut off.
    options.maxDataRows = 3;
    const auto three = CsvParser::parseHead(kYahoo, true, options);
    QVERIFY2(three.ok(), qPrintable(errorText(three)));
    QCOMPARE(three->skippedMissing, 1);
    QCOMPARE(three->bars.size(), size_t(2));
    QVERIFY(three->truncated);

    // Without a limit and with the whole input it is an ordinary parse with line numbers.
    options.maxDataRows = 100;
    const auto whole = CsvParser::parseHead(kYahoo, true, options);
    QVERIFY2(whole.ok(), qPrintable(errorText(whole)));
    QVERIFY(!whole->truncated);
    QVERIFY(sameResult(whole, CsvParser::parse(kYahoo)));
    QCOMPARE(whole->barLines, (std::vector<qint64> { 2, 3, 5 }));
    QVERIFY(CsvParser::parse(kYahoo)->barLines.empty()); // full imports do not pay for them
}

void TestCsvParser::headIgnoresCutLastLine_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void TestCsvParser::headIgnoresCutLastLine()
{
    QFETCH(QByteArray, eol);
    QByteArray csv = "Date,Open,High,Low,Close" + eol;
    for (int day = 1; day <= 9; ++day)
        csv += "2024-01-0" + QByteArray::number(day) + ",100,110,90,105" + eol;
    // Cut inside the close of the fifth row: "…,10" would otherwise read as a close of 10,
    // outside the low–high range.
    const qsizetype cut = csv.indexOf("2024-01-05") + 24;
    const QByteArray head = csv.left(cut);
    QVERIFY(head.endsWith(",10"));

    // Rejecting impossible rows, so that parsing the cut row would be an error.
    CsvParseOptions reject;
    reject.invalidRows = InvalidRowPolicy::Reject;
    const auto partial = CsvParser::parseHead(head, false, reject);
    QVERIFY2(partial.ok(), qPrintable(errorText(partial)));
    QCOMPARE(partial->bars.size(), size_t(4));
    QVERIFY(partial->truncated);
    QCOMPARE(partial->bars.back().close, 105.0);

    const auto asIfWhole = CsvParser::parseHead(head, true, reject);
    QVERIFY(!asIfWhole.ok()); // the cut row really is wrong when taken as the file's end
    QCOMPARE(asIfWhole.error().line, 6);
}

void TestCsvParser::headLinesFollowSortingAndDuplicates()
{
    const QByteArray csv = "Date,Open,High,Low,Close\n"
                           "2024-01-05,5,6,4,5\n" // line 2
                           "2024-01-03,3,4,2,3\n" // line 3, replaced by line 5
                           "2024-01-04,4,3,5,4\n" // line 4: high below low
                           "2024-01-03,30,40,20,30\n" // line 5
                           "2024-01-01,1,2,0.5,1\n"; // line 6
    CsvParseOptions options;
    options.maxDataRows = 10;
    options.invalidRows = InvalidRowPolicy::Keep;
    const auto result = CsvParser::parseHead(csv, true, options);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->barLines, (std::vector<qint64> { 6, 5, 4, 2 }));
    QCOMPARE(result->bars[1].open, 30.0);
    QVERIFY(result->bars[2].flags & BarFlagInvalid);
    QCOMPARE(result->flagged.size(), size_t(1));
    QCOMPARE(result->flagged.front().line, result->barLines[2]);
}

void TestCsvParser::headMatchesPrefixOfFullParse()
{
    QByteArray csv = "Date,Time,open,high,low,close,volume\n";
    QDateTime t(QDate(2025, 1, 1), QTime(9, 15), QTimeZone::utc());
    for (int i = 0; i < 1000; ++i, t = t.addSecs(300))
        csv += t.toString(QStringLiteral("yyyyMMdd,HH:mm")).toLatin1() + ",10,11,9,10.5,100\n";
    const auto full = CsvParser::parse(csv, withZone("Asia/Kolkata"));
    QVERIFY2(full.ok(), qPrintable(errorText(full)));
    CsvParseOptions options = withZone("Asia/Kolkata");
    options.maxDataRows = 200;
    const auto head = CsvParser::parseHead(QByteArrayView(csv).first(30000), false, options);
    QVERIFY2(head.ok(), qPrintable(errorText(head)));
    QCOMPARE(head->bars.size(), size_t(200));
    QVERIFY(head->truncated);
    QCOMPARE(head->layout, full->layout);
    for (size_t i = 0; i < head->bars.size(); ++i)
        QVERIFY(sameBar(head->bars[i], full->bars[i]));
    QCOMPARE(head->barLines.back(), 201);
}

void TestCsvParser::headReportsErrorsInsideOnly()
{
    QByteArray csv = "Date,Open,High,Low,Close\n";
    for (int day = 1; day <= 20; ++day) {
        csv += QDate(2024, 1, day).toString(Qt::ISODate).toLatin1()
            + (day == 12 ? ",100,1l0,90,105\n" : ",100,110,90,105\n");
    }
    CsvParseOptions options;
    options.maxDataRows = 5;
    const auto before = CsvParser::parseHead(csv, true, options);
    QVERIFY2(before.ok(), qPrintable(errorText(before))); // line 13 lies beyond the head
    options.maxDataRows = 15;
    const auto inside = CsvParser::parseHead(csv, true, options);
    QVERIFY(!inside.ok());
    QCOMPARE(inside.error().line, 13);
    QCOMPARE(inside.error().column, 3);
}

void TestCsvParser::sharedRelianceFile()
{
    // The bundled copy of the shared sample, so this runs in every checkout.
    QFile file(QStringLiteral(MODELDECK_SAMPLE_DATA_DIR "/RELIANCE_5min.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvParser parser(withZone("Asia/Kolkata"));
    while (!file.atEnd())
        QVERIFY(parser.feed(file.read(4096)));
    const auto result = parser.finish();
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->layout, CsvLayout::SplitDateTime);
    QCOMPARE(result->bars.size(), size_t(1725));
    QCOMPARE(result->dataRows, 1725);
    QCOMPARE(result->duplicateTimes, 0);
    QCOMPARE(result->skippedMissing, 0);
    QCOMPARE(result->bars.front().timeUtcMs, utc("2025-01-01T03:45:00Z"));
    QCOMPARE(result->bars.front().open, 1215.8499755859375);
    QCOMPARE(result->bars.back().close, 1265.0999755859375);
    QCOMPARE(result->bars.back().timeUtcMs, utc("2025-01-31T09:55:00Z"));

    std::vector<qint64> times;
    for (const Bar &bar : result->bars)
        times.push_back(bar.timeUtcMs);
    const auto timeframe = Timeframe::detect(times);
    QVERIFY(timeframe.ok());
    QCOMPARE(timeframe->name(), QStringLiteral("5m"));
}

void TestCsvParser::benchmarkSplitLayout()
{
    // Not asserted on time: run with -iterations N or the Release bench for figures.
    QByteArray csv = "Date,Time,open,high,low,close,volume\n";
    const int rows = 100'000;
    csv.reserve(rows * 64);
    QDate date(2020, 1, 1);
    for (int i = 0; i < rows; ++i) {
        if (i % 75 == 0)
            date = date.addDays(1);
        const int minutes = 9 * 60 + 15 + (i % 75) * 5;
        csv += date.toString(QStringLiteral("yyyyMMdd")).toLatin1() + ','
            + QByteArray::number(minutes / 60).rightJustified(2, '0') + ':'
            + QByteArray::number(minutes % 60).rightJustified(2, '0')
            + ",1215.85,1217.0,1213.5,1216.55,107892\n";
    }
    size_t bars = 0;
    QBENCHMARK
    {
        const auto result = CsvParser::parse(csv, withZone("Asia/Kolkata"));
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        bars = result->bars.size();
    }
    QCOMPARE(bars, size_t(rows));
}

QTEST_GUILESS_MAIN(TestCsvParser)
#include "tst_csvparser.moc"
