#pragma once
// Byte-level parsing of single CSV fields (numbers, dates, times, UTC offsets) for CsvParser.
// Private to core/: hand-written because a QString or QDateTime per field would miss the
// parser's throughput target by an order of magnitude.

#include <QString>
#include <QTimeZone>
#include <QtGlobal>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace modeldeck::csvfield {

enum class DateStyle : quint8 {
    YearFirst, // 2024-01-31, 2024/01/31, 2024.01.31, 20240131: unambiguous
    DayMonth, // 31-01-2024 or 01-31-2024: needs the file-wide day/month order
};

// A timestamp as written. Calendar fields are not yet converted to UTC because naive times
// need the exchange zone and D/M/Y-like dates may need the whole file to pick an order.
struct Timestamp
{
    int year = 0;
    int first = 0; // YearFirst: the month; DayMonth: the first component as written
    int second = 0; // YearFirst: the day; DayMonth: the second component as written
    DateStyle style = DateStyle::YearFirst;
    bool hasTime = false;
    int msOfDay = 0;
    bool hasOffset = false; // an explicit UTC offset, Z, UTC or GMT
    int offsetSeconds = 0; // local minus UTC
    bool isEpoch = false; // a Unix time in seconds or milliseconds
    qint64 epochMs = 0;
};

// What a header column holds.
enum Role : quint8 {
    RoleNone,
    RoleTime, // date, or date and time
    RoleClock, // time of day, beside a date column
    RoleOpen,
    RoleHigh,
    RoleLow,
    RoleClose,
    RoleAdjClose,
    RoleVolume,
    RoleCount
};

enum class TimeKind : quint8 { None, Date, Clock, DateTime };

struct ColumnName
{
    Role role = RoleNone;
    TimeKind kind = TimeKind::None;
    bool utc = false; // "Gmt time", "Time (UTC)": naive values are UTC, not exchange time
};

// Recognises a header name case-insensitively, with aliases ("Adj Close", "adj_close",
// "vol"), MetaTrader's <DATE> brackets and Yahoo's "Close*" footnote marks.
ColumnName classifyColumn(std::string_view name);

// File text for a message: shown as decoded UTF-8, shortened so a garbage "field" of
// kilobytes cannot flood a dialog.
inline QString excerpt(std::string_view text)
{
    constexpr qsizetype kMaxChars = 60;
    QString s = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (s.size() > kMaxChars)
        s = s.left(kMaxChars) + QChar(0x2026);
    return s;
}

// Strips spaces and tabs at both ends.
std::string_view trimmed(std::string_view text);

// Empty, "null", "NaN", "N/A", "NA", "#N/A", "None" or "-" (case-insensitive): a value the
// source did not have, as in Yahoo's null rows.
bool isMissingValue(std::string_view text);

// The whole text must be a finite decimal number ("+" and exponents allowed). With
// decimalComma, "1215,85" is accepted too (files that use ';' or tab as the delimiter).
bool parseNumber(std::string_view text, bool decimalComma, double &out);

// A date with optional time of day and offset: 2024-01-31, 20240131, 31.01.2024,
// 2024-01-31T09:15, 2024-01-31 09:15:00.250+05:30, 01/31/2024 9:15 AM, "... GMT+0100",
// or a Unix time (10 digits: seconds, 13 digits: milliseconds). Validates ranges, except
// the day of month of DayMonth dates, which depends on the order chosen later.
bool parseTimestamp(std::string_view text, Timestamp &out);

// A time of day on its own (HH:MM, HH:MM:SS[.fff], HHMM, HHMMSS, optional AM/PM and offset);
// fills hasTime, msOfDay, hasOffset and offsetSeconds of `out`.
bool parseTimeOfDay(std::string_view text, Timestamp &out);

bool isValidDate(int year, int month, int day);

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day);

// Splits a line into trimmed fields with quotes removed ("" is a literal quote). Views point
// into the line or into `scratch`. Returns false, with the 1-based column in badColumn, when a
// quoted field is not closed (quoted line breaks are not supported: no price file has them).
bool splitFields(std::string_view line, char delimiter, std::string &scratch,
                 std::vector<std::string_view> &out, int &badColumn);

// The most frequent of ',', ';', tab and '|' outside quotes (',' when there is none).
char sniffDelimiter(std::string_view headerLine);

// Local wall-clock time in one zone to UTC without a QDateTime per row: the offset is cached
// for the span between two transitions of the zone, and only rows on a day that contains a
// transition (DST changes) take the exact, slow QDateTime path. An invalid zone means UTC.
class LocalTimeConverter
{
public:
    static constexpr qint64 kMsPerDay = 86'400'000;

    explicit LocalTimeConverter(const QTimeZone &zone);

    // `day`: days since 1970-01-01 of the local date.
    qint64 toUtcMs(qint64 day, int msOfDay)
    {
        if (day != m_day)
            startDay(day);
        if (m_dayHasFixedOffset)
            return day * kMsPerDay + msOfDay - m_offsetMs;
        return convertExactly(day, msOfDay);
    }

private:
    void startDay(qint64 day);
    void loadSpan(qint64 localMs);
    qint64 convertExactly(qint64 day, int msOfDay) const;
    bool spanCovers(qint64 localDayStart) const
    {
        return localDayStart - m_offsetMs >= m_spanFrom
            && localDayStart + kMsPerDay - m_offsetMs <= m_spanTo;
    }

    QTimeZone m_zone;
    bool m_hasTransitions;
    qint64 m_spanFrom = 0; // [from, to) in UTC ms during which the offset is m_offsetMs
    qint64 m_spanTo = -1;
    qint64 m_offsetMs = 0;
    qint64 m_day = std::numeric_limits<qint64>::min();
    bool m_dayHasFixedOffset = false;
};

} // namespace modeldeck::csvfield
