#include "CsvFieldParsing.h"

#include <QDateTime>
#include <charconv>
#include <cmath>
#include <cstring>

namespace modeldeck::csvfield {

namespace {

constexpr int kMaxOffsetSeconds = 18 * 3600; // the widest offset ISO 8601 and Qt accept

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline char toLowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// `lowerWord` must be lower case.
bool equalsIgnoringCase(std::string_view text, std::string_view lowerWord)
{
    if (text.size() != lowerWord.size())
        return false;
    for (size_t i = 0; i < text.size(); ++i) {
        if (toLowerAscii(text[i]) != lowerWord[i])
            return false;
    }
    return true;
}

bool startsWithIgnoringCase(const char *p, const char *end, std::string_view lowerWord)
{
    return size_t(end - p) >= lowerWord.size()
        && equalsIgnoringCase(std::string_view(p, lowerWord.size()), lowerWord);
}

// Reads between minDigits and maxDigits digits; on success advances p.
bool readNumber(const char *&p, const char *end, int minDigits, int maxDigits, int &value)
{
    const char *q = p;
    int v = 0;
    while (q < end && q - p < maxDigits && isDigit(*q)) {
        v = v * 10 + (*q - '0');
        ++q;
    }
    if (q - p < minDigits)
        return false;
    value = v;
    p = q;
    return true;
}

inline void skipSpaces(const char *&p, const char *end)
{
    while (p < end && *p == ' ')
        ++p;
}

// "+05:30", "+0530", "+05", "-04:00"; p points at the sign.
bool parseSignedOffset(const char *&p, const char *end, int &seconds)
{
    const int sign = *p == '-' ? -1 : 1;
    ++p;
    int hours = 0;
    int minutes = 0;
    if (!readNumber(p, end, 2, 2, hours)) {
        // "GMT+1" style single-digit hours
        if (!readNumber(p, end, 1, 1, hours))
            return false;
    }
    if (p < end && *p == ':') {
        ++p;
        if (!readNumber(p, end, 2, 2, minutes))
            return false;
    } else if (p < end && isDigit(*p)) {
        if (!readNumber(p, end, 2, 2, minutes))
            return false;
    }
    if (minutes > 59)
        return false;
    seconds = sign * (hours * 3600 + minutes * 60);
    return std::abs(seconds) <= kMaxOffsetSeconds;
}

// Time of day with optional fraction, AM/PM and offset, up to the end of the text.
bool parseClock(const char *p, const char *end, Timestamp &out)
{
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;

    const char *digitsEnd = p;
    while (digitsEnd < end && isDigit(*digitsEnd))
        ++digitsEnd;
    const auto run = digitsEnd - p;
    if (run == 4 || run == 6) { // HHMM or HHMMSS
        readNumber(p, end, 2, 2, hour);
        readNumber(p, end, 2, 2, minute);
        if (run == 6)
            readNumber(p, end, 2, 2, second);
    } else if (run == 1 || run == 2) {
        readNumber(p, end, 1, 2, hour);
        if (p == end || *p != ':')
            return false;
        ++p;
        if (!readNumber(p, end, 2, 2, minute))
            return false;
        if (p < end && *p == ':') {
            ++p;
            if (!readNumber(p, end, 2, 2, second))
                return false;
        }
    } else {
        return false;
    }
    if (p < end && (*p == '.' || *p == ',') && p + 1 < end && isDigit(p[1])) {
        ++p;
        int scale = 100;
        while (p < end && isDigit(*p)) {
            // Sub-millisecond digits are dropped: bars are stored in whole milliseconds.
            millis += (*p - '0') * scale;
            scale /= 10;
            ++p;
        }
    }
    skipSpaces(p, end);
    const bool am = startsWithIgnoringCase(p, end, "am");
    const bool pm = startsWithIgnoringCase(p, end, "pm");
    if (am || pm) {
        if (hour < 1 || hour > 12)
            return false;
        hour = (hour % 12) + (pm ? 12 : 0);
        p += 2;
        skipSpaces(p, end);
    }
    if (hour > 23 || minute > 59 || second > 59)
        return false;

    bool hasOffset = false;
    int offset = 0;
    if (p < end && (*p == 'Z' || *p == 'z')) {
        hasOffset = true;
        ++p;
    } else if (startsWithIgnoringCase(p, end, "utc") || startsWithIgnoringCase(p, end, "gmt")) {
        hasOffset = true;
        p += 3;
        if (p < end && (*p == '+' || *p == '-') && !parseSignedOffset(p, end, offset))
            return false;
    } else if (p < end && (*p == '+' || *p == '-')) {
        hasOffset = true;
        if (!parseSignedOffset(p, end, offset))
            return false;
    }
    if (p != end)
        return false;

    out.hasTime = true;
    out.msOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + millis;
    out.hasOffset = hasOffset;
    out.offsetSeconds = offset;
    return true;
}

} // namespace

ColumnName classifyColumn(std::string_view name)
{
    if (name.size() >= 2 && name.front() == '<' && name.back() == '>') // MetaTrader: <DATE>
        name = name.substr(1, name.size() - 2);
    while (!name.empty() && name.back() == '*') // Yahoo web tables: "Close*", "Adj Close**"
        name.remove_suffix(1);
    std::string lower(name);
    for (char &c : lower)
        c = c == '_' ? ' ' : toLowerAscii(c);

    ColumnName result;
    std::string_view n = lower;
    for (std::string_view prefix : { "gmt ", "utc " }) {
        if (n.starts_with(prefix)) {
            n.remove_prefix(prefix.size());
            result.utc = true;
        }
    }
    for (std::string_view suffix : { " (utc)", " (gmt)", " utc", " gmt" }) {
        if (n.ends_with(suffix)) {
            n.remove_suffix(suffix.size());
            result.utc = true;
        }
    }

    if (n == "date") {
        result = { RoleTime, TimeKind::Date, result.utc };
    } else if (n == "time") {
        result = { RoleClock, TimeKind::Clock, result.utc };
    } else if (n == "datetime" || n == "date time" || n == "timestamp" || n == "time stamp"
               || n == "local time") {
        result = { RoleTime, TimeKind::DateTime, result.utc };
    } else if (n == "open" || n == "o" || n == "open price") {
        result.role = RoleOpen;
    } else if (n == "high" || n == "h" || n == "high price") {
        result.role = RoleHigh;
    } else if (n == "low" || n == "l" || n == "low price") {
        result.role = RoleLow;
    } else if (n == "close" || n == "c" || n == "close price") {
        result.role = RoleClose;
    } else if (n == "adj close" || n == "adjclose" || n == "adjusted close" || n == "adj. close") {
        result.role = RoleAdjClose;
    } else if (n == "volume" || n == "vol" || n == "vol.") {
        result.role = RoleVolume;
    }
    return result;
}

std::string_view trimmed(std::string_view text)
{
    size_t begin = 0;
    size_t end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.substr(begin, end - begin);
}

bool isMissingValue(std::string_view text)
{
    switch (text.size()) {
    case 0:
        return true;
    case 1:
        return text[0] == '-';
    case 2:
        return equalsIgnoringCase(text, "na");
    case 3:
        return equalsIgnoringCase(text, "nan") || equalsIgnoringCase(text, "n/a");
    case 4:
        return equalsIgnoringCase(text, "null") || equalsIgnoringCase(text, "none")
            || equalsIgnoringCase(text, "#n/a");
    default:
        return false;
    }
}

bool parseNumber(std::string_view text, bool decimalComma, double &out)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    // from_chars follows strtod but rejects a leading '+', which spreadsheets sometimes write.
    if (begin < end && *begin == '+' && begin + 1 < end && *(begin + 1) != '-')
        ++begin;
    if (begin == end)
        return false;
    auto [ptr, ec] = std::from_chars(begin, end, out, std::chars_format::general);
    if (ec == std::errc() && ptr == end)
        return std::isfinite(out);

    if (decimalComma && std::memchr(begin, ',', size_t(end - begin))) {
        char buffer[64];
        const size_t length = size_t(end - begin);
        if (length >= sizeof buffer)
            return false;
        int commas = 0;
        for (size_t i = 0; i < length; ++i) {
            buffer[i] = begin[i] == ',' ? '.' : begin[i];
            commas += begin[i] == ',';
            if (begin[i] == '.') // "1.215,85": thousands separators are not guessed at
                return false;
        }
        if (commas != 1)
            return false;
        auto [ptr2, ec2]
            = std::from_chars(buffer, buffer + length, out, std::chars_format::general);
        return ec2 == std::errc() && ptr2 == buffer + length && std::isfinite(out);
    }
    return false;
}

bool parseTimestamp(std::string_view text, Timestamp &out)
{
    out = Timestamp();
    const char *p = text.data();
    const char *end = p + text.size();

    const char *digitsEnd = p;
    while (digitsEnd < end && isDigit(*digitsEnd))
        ++digitsEnd;
    const auto run = digitsEnd - p;
    char separator = 0; // the same one between all date components

    if (digitsEnd == end && (run == 9 || run == 10 || run == 12 || run == 13)) {
        qint64 value = 0;
        for (const char *q = p; q < end; ++q)
            value = value * 10 + (*q - '0');
        out.isEpoch = true;
        out.hasTime = true;
        out.hasOffset = true;
        out.epochMs = run <= 10 ? value * 1000 : value;
        return true;
    }

    if (run == 8) { // YYYYMMDD
        readNumber(p, end, 4, 4, out.year);
        readNumber(p, end, 2, 2, out.first);
        readNumber(p, end, 2, 2, out.second);
    } else if (run == 4) {
        readNumber(p, end, 4, 4, out.year);
        if (p == end || (*p != '-' && *p != '/' && *p != '.'))
            return false;
        separator = *p++;
        if (!readNumber(p, end, 1, 2, out.first) || p == end || *p != separator)
            return false;
        ++p;
        if (!readNumber(p, end, 1, 2, out.second))
            return false;
    } else if (run == 1 || run == 2) {
        readNumber(p, end, 1, 2, out.first);
        if (p == end || (*p != '-' && *p != '/' && *p != '.'))
            return false;
        separator = *p++;
        if (!readNumber(p, end, 1, 2, out.second) || p == end || *p != separator)
            return false;
        ++p;
        if (!readNumber(p, end, 4, 4, out.year))
            return false;
        out.style = DateStyle::DayMonth;
    } else {
        return false;
    }

    if (out.year < 1)
        return false;
    if (out.style == DateStyle::YearFirst) {
        if (!isValidDate(out.year, out.first, out.second))
            return false;
    } else if (out.first < 1 || out.second < 1 || out.first > 31 || out.second > 31
               || (out.first > 12 && out.second > 12)) {
        return false;
    }

    if (p == end)
        return true;
    if (*p == 'T' || *p == 't') {
        ++p;
    } else if (*p == ' ') {
        skipSpaces(p, end);
    } else {
        return false;
    }
    return parseClock(p, end, out);
}

bool parseTimeOfDay(std::string_view text, Timestamp &out)
{
    return parseClock(text.data(), text.data() + text.size(), out);
}

bool isValidDate(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

qint64 daysFromCivil(int year, int month, int day)
{
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

bool splitFields(std::string_view line, char delimiter, std::string &scratch,
                 std::vector<std::string_view> &out, int &badColumn)
{
    const char *p = line.data();
    const char *const e = p + line.size();
    out.clear();
    scratch.clear();
    scratch.reserve(line.size()); // never reallocates below, so views stay valid
    for (;;) {
        const char *s = p;
        while (s < e && (*s == ' ' || *s == '\t') && *s != delimiter)
            ++s;
        if (s < e && *s == '"') {
            const size_t start = scratch.size();
            for (++s;; ++s) {
                if (s == e) {
                    badColumn = int(out.size()) + 1;
                    return false;
                }
                if (*s == '"') {
                    ++s;
                    if (s == e || *s != '"')
                        break;
                }
                scratch.push_back(*s);
            }
            while (s < e && *s != delimiter) // lenient: text after the closing quote is kept
                scratch.push_back(*s++);
            out.push_back(trimmed(std::string_view(scratch).substr(start)));
        } else {
            const auto *d = static_cast<const char *>(std::memchr(s, delimiter, size_t(e - s)));
            s = d ? d : e;
            out.push_back(trimmed(std::string_view(p, size_t(s - p))));
        }
        if (s == e)
            return true;
        p = s + 1;
    }
}

char sniffDelimiter(std::string_view headerLine)
{
    static constexpr char kCandidates[] = { ',', ';', '\t', '|' };
    int counts[4] = {};
    bool inQuotes = false;
    for (char c : headerLine) {
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes) {
            for (int i = 0; i < 4; ++i)
                counts[i] += c == kCandidates[i];
        }
    }
    int best = 0;
    for (int i = 1; i < 4; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return kCandidates[best];
}

LocalTimeConverter::LocalTimeConverter(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc()), m_hasTransitions(m_zone.hasTransitions())
{
}

void LocalTimeConverter::startDay(qint64 day)
{
    m_day = day;
    const qint64 start = day * kMsPerDay;
    if (!spanCovers(start))
        loadSpan(start + kMsPerDay / 2);
    m_dayHasFixedOffset = spanCovers(start);
}

void LocalTimeConverter::loadSpan(qint64 localMs)
{
    const auto utcGuess = QDateTime::fromMSecsSinceEpoch(localMs, QTimeZone::utc());
    const auto at = utcGuess.addSecs(-m_zone.offsetFromUtc(utcGuess));
    m_offsetMs = qint64(m_zone.offsetFromUtc(at)) * 1000;
    m_spanFrom = std::numeric_limits<qint64>::min();
    m_spanTo = std::numeric_limits<qint64>::max();
    if (!m_hasTransitions)
        return;
    const auto previous = m_zone.previousTransition(at.addMSecs(1));
    const auto next = m_zone.nextTransition(at);
    if (previous.atUtc.isValid())
        m_spanFrom = previous.atUtc.toMSecsSinceEpoch();
    if (next.atUtc.isValid())
        m_spanTo = next.atUtc.toMSecsSinceEpoch();
}

qint64 LocalTimeConverter::convertExactly(qint64 day, int msOfDay) const
{
    constexpr qint64 kJulianDayOfUnixEpoch = 2'440'588;
    const QDate date = QDate::fromJulianDay(day + kJulianDayOfUnixEpoch);
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(msOfDay), m_zone).toMSecsSinceEpoch();
}

} // namespace modeldeck::csvfield
