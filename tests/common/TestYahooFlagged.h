#pragma once
// A Yahoo Finance daily download shaped like the INFY.NS and HDFCBANK.NS files that used to be
// refused: in Yahoo's adjusted history the oldest rows often have an Open outside the Low–High
// range (Low, High and Close were adjusted, Open not quite). Shared by the importer, CLI and
// import dialog tests so that all three check the same file.

#include <QByteArray>
#include <QDate>
#include <QString>

namespace modeldeck::test {

// 60 weekday rows from Monday 2002-08-12, the oldest 25 with an Open outside [Low, High]
// (alternately above High and below Low). Data lines are 2..61; the bad ones are 2..26.
constexpr int kYahooFlaggedRows = 60;
constexpr int kYahooFlaggedBad = 25;

inline QByteArray yahooDailyWithOpenOutsideRange()
{
    QByteArray csv = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    QDate day(2002, 8, 12);
    for (int i = 0; i < kYahooFlaggedRows; ++i, day = day.addDays(day.dayOfWeek() == 5 ? 3 : 1)) {
        const double close = 100 + 0.5 * i;
        const double high = close + 2;
        const double low = close - 2;
        const double open = i >= kYahooFlaggedBad ? close - 0.5
            : i % 2 == 0                          ? high + 1.25
                                                  : low - 0.75;
        const auto num = [](double v) { return QString::number(v, 'f', 6); };
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                   .arg(day.toString(Qt::ISODate), num(open), num(high), num(low), num(close),
                        num(close * 0.8), QString::number(100000 + 10 * i))
                   .toLatin1();
    }
    return csv;
}

} // namespace modeldeck::test
