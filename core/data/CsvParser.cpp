#include "CsvParser.h"

#include "CsvFieldParsing.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <array>
#include <cstring>
#include <numeric>
#include <string>
#include <string_view>

namespace modeldeck {

namespace {

using csvfield::ColumnName;
using csvfield::DateStyle;
using csvfield::LocalTimeConverter;
using csvfield::Role;
using csvfield::TimeKind;
using csvfield::Timestamp;
using enum csvfield::Role;

constexpr std::array kValueRoles
    = { RoleOpen, RoleHigh, RoleLow, RoleClose, RoleAdjClose, RoleVolume };

constexpr qint64 kMsPerDay = LocalTimeConverter::kMsPerDay;

// The shape of QObject::tr, so that lupdate sees the plural messages as plural.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("modeldeck::CsvParser", text, disambiguation, n);
}

Error makeError(const QString &message, qint64 line = 0, int column = 0)
{
    return Error { message, QString(), line, column };
}

// File text for a message: shown as decoded UTF-8, shortened so a garbage "field" of
// kilobytes cannot flood a dialog.
QString excerpt(std::string_view text)
{
    constexpr qsizetype kMaxChars = 60;
    QString s = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (s.size() > kMaxChars)
        s = s.left(kMaxChars) + QChar(0x2026);
    return s;
}

bool isBlank(const char *b, const char *e)
{
    for (; b < e; ++b) {
        if (*b != ' ' && *b != '\t')
            return false;
    }
    return true;
}

// A D/M/Y-like row whose time waits for the file-wide day/month order.
struct PendingTime
{
    size_t barIndex;
    Timestamp timestamp;
};

struct DateEvidence
{
    qint64 line = 0;
    QString text;
};

} // namespace

class CsvParser::Private
{
public:
    explicit Private(CsvParseOptions options)
        : m_options(std::move(options)), m_zone(m_options.timeZone)
    {
    }

    void consume(const char *p, const char *end);
    void flush();
    bool failed() const { return m_failed; }
    bool finished() const { return m_finished; }
    void markTruncated() { m_out.truncated = true; }
    qint64 bytesConsumed() const { return m_bytesConsumed; }
    Result<ParsedCsv> result();

private:
    enum class Phase { Header, YFinanceHeader, Data };

    void consumeLines(const char *p, const char *end);
    void processLine(const char *b, const char *e);
    void processHeader(const char *b, const char *e);
    void processYFinanceHeader(const char *b, const char *e);
    void processRow(const char *b, const char *e);
    bool assignColumns(const std::vector<std::string_view> &names, bool yfinance,
                       std::string_view line);
    int splitRow(const char *b, const char *e, std::array<std::string_view, RoleCount> &fields);
    // Fills timeMs, or sets pending (with the parsed timestamp in ts) when a D/M/Y date has to
    // wait for the file-wide day/month order.
    bool resolveTime(const std::array<std::string_view, RoleCount> &fields, qint64 &timeMs,
                     bool &pending, Timestamp &ts);
    qint64 toUtcMs(const Timestamp &ts, int month, int day);
    QString checkValues(const Bar &bar,
                        const std::array<std::string_view, RoleCount> &fields) const;
    void fail(qint64 line, int column, const QString &message);
    QString columnName(Role role) const { return m_columnNames.value(m_columns[role]); }
    int columnNumber(Role role) const { return m_columns[role] + 1; }

    CsvParseOptions m_options;
    LocalTimeConverter m_zone;
    bool m_failed = false;
    bool m_finished = false;
    bool m_stopped = false; // maxDataRows reached: the rest of the input is ignored
    Error m_error;

    // Line assembly across chunks. The terminator is sniffed from the first line break so
    // that classic Mac files (CR only) work as well as LF and CRLF.
    std::string m_partial;
    bool m_eolKnown = false;
    bool m_crPending = false; // the first line break seen so far is a CR ending the last chunk
    char m_eol = '\n';
    qint64 m_bytesConsumed = 0;
    unsigned char m_head[2] = {};
    qint64 m_lineNumber = 0;
    bool m_sawContent = false;

    // Layout, known after the header.
    Phase m_phase = Phase::Header;
    CsvLayout m_layout = CsvLayout::Unknown;
    char m_delimiter = ',';
    bool m_delimiterFromSepLine = false;
    TimeKind m_timeKind = TimeKind::None;
    bool m_naiveIsUtc = false;
    std::array<int, RoleCount> m_columns {};
    std::vector<Role> m_roleOfColumn;
    QStringList m_columnNames;
    int m_neededFields = 0;
    bool m_layoutDecided = false;
    QString m_ticker;
    std::string m_scratch;
    std::vector<std::string_view> m_fieldList;

    // Dates written D/M/Y-like in DateOrder::Auto: evidence for each order, decided lazily.
    DateOrder m_dayMonthOrder = DateOrder::Auto;
    bool m_sawDayMonthDates = false;
    DateEvidence m_dayFirstEvidence;
    DateEvidence m_monthFirstEvidence;
    DateEvidence m_ambiguousExample;
    std::vector<PendingTime> m_pending;

    ParsedCsv m_out;
    qint64 m_invalidRows = 0;
    std::vector<CsvRowIssue> m_invalidSamples;
};

void CsvParser::Private::fail(qint64 line, int column, const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = Error { message, QString(), line, column };
}

void CsvParser::Private::consume(const char *p, const char *end)
{
    if (p == end || m_stopped) // also keeps a null data() of an empty view away from memchr
        return;
    const qint64 before = m_bytesConsumed;
    m_bytesConsumed += end - p;
    for (qint64 i = before; i < 2 && i < m_bytesConsumed; ++i)
        m_head[i] = static_cast<unsigned char>(p[i - before]);
    if (before < 2 && m_bytesConsumed >= 2
        && ((m_head[0] == 0xFF && m_head[1] == 0xFE) || (m_head[0] == 0xFE && m_head[1] == 0xFF))) {
        fail(1, 0,
             tr("The file is encoded as UTF-16; save it as a UTF-8 CSV file and import it again."));
        return;
    }

    if (m_crPending && p < end) {
        m_crPending = false;
        m_eolKnown = true;
        m_eol = *p == '\n' ? '\n' : '\r';
        if (m_eol == '\r') { // the buffered first line ends with its terminator
            m_partial.pop_back();
            processLine(m_partial.data(), m_partial.data() + m_partial.size());
            m_partial.clear();
        }
    }
    if (!m_eolKnown && p < end) {
        const char *q = p;
        while (q < end && *q != '\n' && *q != '\r')
            ++q;
        if (q < end && *q == '\n') {
            m_eolKnown = true;
        } else if (q + 1 < end) {
            m_eolKnown = true;
            m_eol = q[1] == '\n' ? '\n' : '\r';
        } else if (q + 1 == end) { // a CR ends the chunk: the next byte decides
            m_crPending = true;
        }
    }
    if (!m_failed)
        consumeLines(p, end);
}

void CsvParser::Private::consumeLines(const char *p, const char *end)
{
    // One scan per chunk instead of one per line keeps the binary check nearly free.
    const auto *nul = static_cast<const char *>(std::memchr(p, 0, size_t(end - p)));
    while (p < end) {
        const auto *eol = static_cast<const char *>(std::memchr(p, m_eol, size_t(end - p)));
        const char *lineEnd = eol ? eol : end;
        // A NUL past the length limit is left to the length check, so that the error does
        // not depend on how the input was split into chunks.
        if (nul && nul < lineEnd
            && qint64(m_partial.size()) + (nul - p) < qint64(m_options.maxLineBytes)) {
            fail(m_lineNumber + 1, 0,
                 tr("The file contains binary data (a NUL byte), so it is not a CSV file."));
            return;
        }
        // A CR before the line feed (or ending the chunk) is not content: not counting it
        // keeps the limit the same for LF, CRLF and CR files however they are chunked.
        const char last = lineEnd > p ? lineEnd[-1] : m_partial.empty() ? '\0' : m_partial.back();
        const qint64 length = qint64(m_partial.size()) + (lineEnd - p) - (last == '\r' ? 1 : 0);
        if (length > m_options.maxLineBytes) {
            fail(m_lineNumber + 1, 0,
                 tr("The line is longer than %1 KiB; the file does not look like a price CSV.")
                     .arg(m_options.maxLineBytes / 1024.0, 0, 'g', 4));
            return;
        }
        if (!eol || !m_eolKnown) {
            m_partial.append(p, size_t(end - p));
            return;
        }
        if (m_partial.empty()) {
            processLine(p, eol);
        } else {
            m_partial.append(p, size_t(eol - p));
            processLine(m_partial.data(), m_partial.data() + m_partial.size());
            m_partial.clear();
        }
        if (m_failed || m_stopped)
            return;
        p = eol + 1;
    }
}

void CsvParser::Private::flush()
{
    if (!m_failed && !m_stopped && !m_partial.empty()) {
        if (m_crPending || (!m_eolKnown && m_partial.back() == '\r'))
            m_partial.pop_back();
        processLine(m_partial.data(), m_partial.data() + m_partial.size());
        m_partial.clear();
    }
}

void CsvParser::Private::processLine(const char *b, const char *e)
{
    ++m_lineNumber;
    if (m_eol == '\n' && e > b && e[-1] == '\r')
        --e;
    else if (m_eol == '\r' && b < e && *b == '\n') // a CRLF in a file that began with bare CRs
        ++b;
    if (m_lineNumber == 1 && e - b >= 3 && std::memcmp(b, "\xEF\xBB\xBF", 3) == 0)
        b += 3;
    if (b == e || ((*b == ' ' || *b == '\t') && isBlank(b, e)))
        return;
    m_sawContent = true;
    if (m_phase == Phase::Data && m_options.maxDataRows > 0
        && m_out.dataRows >= m_options.maxDataRows) {
        m_stopped = true;
        m_out.truncated = true;
        return;
    }
    switch (m_phase) {
    case Phase::Header:
        processHeader(b, e);
        break;
    case Phase::YFinanceHeader:
        processYFinanceHeader(b, e);
        break;
    case Phase::Data:
        processRow(b, e);
        break;
    }
}

void CsvParser::Private::processHeader(const char *b, const char *e)
{
    // Excel writes "sep=;" as the first line when the delimiter is not the locale's.
    if (!m_delimiterFromSepLine && e - b == 5 && std::memcmp(b, "sep=", 4) == 0) {
        m_delimiter = b[4];
        m_delimiterFromSepLine = true;
        return;
    }
    if (!m_delimiterFromSepLine)
        m_delimiter = csvfield::sniffDelimiter(std::string_view(b, size_t(e - b)));
    int badColumn = 0;
    if (!csvfield::splitFields(std::string_view(b, size_t(e - b)), m_delimiter, m_scratch,
                               m_fieldList, badColumn)) {
        fail(m_lineNumber, badColumn, tr("A quoted field is not closed on this line."));
        return;
    }
    const bool yfinance
        = excerpt(m_fieldList.front()).compare(QLatin1String("Price"), Qt::CaseInsensitive) == 0;
    if (!assignColumns(m_fieldList, yfinance, std::string_view(b, size_t(e - b))))
        return;
    m_phase = yfinance ? Phase::YFinanceHeader : Phase::Data;
    if (yfinance) {
        m_layout = CsvLayout::YFinanceMultiRow;
        m_layoutDecided = true;
    }
}

bool CsvParser::Private::assignColumns(const std::vector<std::string_view> &names, bool yfinance,
                                       std::string_view line)
{
    m_columns.fill(-1);
    m_roleOfColumn.assign(names.size(), RoleNone);
    m_columnNames.clear();
    int dateColumn = -1, clockColumn = -1, dateTimeColumn = -1;
    bool dateUtc = false, clockUtc = false, dateTimeUtc = false;
    for (size_t i = 0; i < names.size(); ++i) {
        m_columnNames.append(excerpt(names[i]));
        const ColumnName name = csvfield::classifyColumn(names[i]);
        const int column = int(i);
        if (name.kind == TimeKind::Date && dateColumn < 0) {
            dateColumn = column;
            dateUtc = name.utc;
        } else if (name.kind == TimeKind::Clock && clockColumn < 0) {
            clockColumn = column;
            clockUtc = name.utc;
        } else if (name.kind == TimeKind::DateTime && dateTimeColumn < 0) {
            dateTimeColumn = column;
            dateTimeUtc = name.utc;
        } else if (name.kind == TimeKind::None && name.role != RoleNone
                   && m_columns[name.role] < 0) {
            m_columns[name.role] = column;
        }
    }

    if (yfinance) {
        m_columns[RoleTime] = 0;
        m_timeKind = TimeKind::DateTime;
    } else if (dateColumn >= 0 && clockColumn >= 0) {
        m_columns[RoleTime] = dateColumn;
        m_columns[RoleClock] = clockColumn;
        m_timeKind = TimeKind::Date;
        m_layout = CsvLayout::SplitDateTime;
        m_layoutDecided = true;
        m_naiveIsUtc = dateUtc || clockUtc;
    } else if (dateTimeColumn >= 0 || dateColumn >= 0 || clockColumn >= 0) {
        // A lone "Time" column ("Gmt time" in Dukascopy exports) holds full timestamps.
        const int column = dateTimeColumn >= 0 ? dateTimeColumn
            : dateColumn >= 0                  ? dateColumn
                                               : clockColumn;
        m_columns[RoleTime] = column;
        m_timeKind = column == dateColumn ? TimeKind::Date : TimeKind::DateTime;
        m_naiveIsUtc = column == dateTimeColumn ? dateTimeUtc
            : column == dateColumn              ? dateUtc
                                                : clockUtc;
    } else if (!names.empty() && names[0].empty()) {
        // pandas' to_csv() leaves the name of an unnamed DatetimeIndex empty.
        m_columns[RoleTime] = 0;
        m_timeKind = TimeKind::DateTime;
    }

    QStringList missing;
    if (m_columns[RoleTime] < 0)
        missing << tr("Date or Datetime");
    const std::pair<Role, const char *> required[] = {
        { RoleOpen, "Open" }, { RoleHigh, "High" }, { RoleLow, "Low" }, { RoleClose, "Close" }
    };
    for (const auto &[role, name] : required) {
        if (m_columns[role] < 0)
            missing << QLatin1String(name);
    }
    if (!missing.isEmpty()) {
        const QString expected = tr("A price file needs a header row with the columns Date (or "
                                    "Datetime), Open, High, Low and Close; Adj Close and Volume "
                                    "are optional.");
        Timestamp probe;
        if (!names.empty() && csvfield::parseTimestamp(names[0], probe)) {
            fail(m_lineNumber, 0,
                 tr("The first line looks like data, not a header. %1").arg(expected));
        } else if (missing.size() == 5 || names.size() < 2) {
            fail(m_lineNumber, 0,
                 tr("No header row was recognised (the first line is “%1”). %2")
                     .arg(excerpt(line), expected));
        } else {
            fail(m_lineNumber, 0,
                 tr("The header has no column for %1. %2")
                     .arg(missing.join(QStringLiteral(", ")), expected));
        }
        return false;
    }

    m_neededFields = 0;
    for (int role = RoleTime; role < RoleCount; ++role) {
        if (m_columns[role] >= 0) {
            m_roleOfColumn[size_t(m_columns[role])] = Role(role);
            m_neededFields = std::max(m_neededFields, m_columns[role] + 1);
        }
    }
    m_out.delimiter = m_delimiter;
    return true;
}

void CsvParser::Private::processYFinanceHeader(const char *b, const char *e)
{
    int badColumn = 0;
    if (!csvfield::splitFields(std::string_view(b, size_t(e - b)), m_delimiter, m_scratch,
                               m_fieldList, badColumn)) {
        fail(m_lineNumber, badColumn, tr("A quoted field is not closed on this line."));
        return;
    }
    const QString first = excerpt(m_fieldList.front());
    if (first.compare(QLatin1String("Ticker"), Qt::CaseInsensitive) == 0) {
        for (size_t i = 1; i < m_fieldList.size(); ++i) {
            const QString ticker = excerpt(m_fieldList[i]);
            if (ticker.isEmpty() || ticker == m_ticker)
                continue;
            if (!m_ticker.isEmpty()) {
                fail(m_lineNumber, int(i) + 1,
                     tr("The file holds several tickers (%1 and %2); download one ticker per file.")
                         .arg(m_ticker, ticker));
                return;
            }
            m_ticker = ticker;
        }
        return;
    }
    // The "Datetime,,,,," row names the index column; anything else is the first data row.
    const bool restEmpty = std::all_of(m_fieldList.begin() + 1, m_fieldList.end(),
                                       [](std::string_view f) { return f.empty(); });
    if (restEmpty && csvfield::classifyColumn(m_fieldList.front()).kind != TimeKind::None)
        return;
    m_phase = Phase::Data;
    processRow(b, e);
}

int CsvParser::Private::splitRow(const char *b, const char *e,
                                 std::array<std::string_view, RoleCount> &fields)
{
    const int knownColumns = int(m_roleOfColumn.size());
    if (!std::memchr(b, '"', size_t(e - b))) {
        int column = 0;
        for (const char *s = b;;) {
            const auto *d = static_cast<const char *>(std::memchr(s, m_delimiter, size_t(e - s)));
            const char *fieldEnd = d ? d : e;
            if (column < knownColumns && m_roleOfColumn[size_t(column)] != RoleNone) {
                fields[m_roleOfColumn[size_t(column)]]
                    = csvfield::trimmed(std::string_view(s, size_t(fieldEnd - s)));
            }
            ++column;
            if (!d || column >= m_neededFields)
                return column;
            s = d + 1;
        }
    }
    int badColumn = 0;
    if (!csvfield::splitFields(std::string_view(b, size_t(e - b)), m_delimiter, m_scratch,
                               m_fieldList, badColumn)) {
        fail(m_lineNumber, badColumn, tr("A quoted field is not closed on this line."));
        return -1;
    }
    const int count = int(m_fieldList.size());
    for (int column = 0; column < std::min(count, knownColumns); ++column) {
        if (m_roleOfColumn[size_t(column)] != RoleNone)
            fields[m_roleOfColumn[size_t(column)]] = m_fieldList[size_t(column)];
    }
    return count;
}

void CsvParser::Private::processRow(const char *b, const char *e)
{
    std::array<std::string_view, RoleCount> fields {};
    const int count = splitRow(b, e, fields);
    if (count < 0)
        return;
    const bool onlyDelimiters = fields[RoleTime].empty() && std::all_of(b, e, [this](char c) {
                                    return c == m_delimiter || c == ' ' || c == '\t' || c == '"';
                                });
    if (onlyDelimiters) // spreadsheets pad the end of a sheet with ",,,,," rows
        return;
    ++m_out.dataRows;
    if (count < m_neededFields) {
        fail(m_lineNumber, 0,
             tr("Expected %1 columns, as in the header, but found %2.")
                 .arg(m_columnNames.size())
                 .arg(count));
        return;
    }
    for (Role role : kValueRoles) {
        if (m_columns[role] >= 0 && csvfield::isMissingValue(fields[role])) {
            ++m_out.skippedMissing;
            return;
        }
    }

    Bar bar;
    bool timePending = false;
    Timestamp timestamp;
    if (!resolveTime(fields, bar.timeUtcMs, timePending, timestamp))
        return;
    const bool decimalComma = m_delimiter != ',';
    for (Role role : kValueRoles) {
        if (m_columns[role] < 0)
            continue;
        double value = 0;
        if (!csvfield::parseNumber(fields[role], decimalComma, value)) {
            fail(m_lineNumber, columnNumber(role),
                 tr("Column “%1” has “%2”, which is not a number.")
                     .arg(columnName(role), excerpt(fields[role])));
            return;
        }
        switch (role) {
        case RoleOpen:
            bar.open = value;
            break;
        case RoleHigh:
            bar.high = value;
            break;
        case RoleLow:
            bar.low = value;
            break;
        case RoleClose:
            bar.close = value;
            break;
        case RoleAdjClose:
            bar.adjClose = value;
            break;
        default:
            bar.volume = value;
            break;
        }
    }

    const QString problem = checkValues(bar, fields);
    if (!problem.isEmpty()) {
        if (m_options.invalidRows == InvalidRowPolicy::Reject) {
            if (++m_invalidRows <= kListedInvalidRows)
                m_invalidSamples.push_back({ m_lineNumber, problem });
            return;
        }
        bar.flags |= BarFlagInvalid;
        m_out.flagged.push_back({ m_lineNumber, problem });
    }
    if (timePending)
        m_pending.push_back({ m_out.bars.size(), timestamp });
    m_out.bars.push_back(bar);
    if (m_options.maxDataRows > 0)
        m_out.barLines.push_back(m_lineNumber);
}

bool CsvParser::Private::resolveTime(const std::array<std::string_view, RoleCount> &fields,
                                     qint64 &timeMs, bool &pending, Timestamp &ts)
{
    const std::string_view text = fields[RoleTime];
    const bool split = m_columns[RoleClock] >= 0;
    if (!csvfield::parseTimestamp(text, ts) || (split && (ts.hasTime || ts.isEpoch))) {
        fail(m_lineNumber, columnNumber(RoleTime),
             tr("Column “%1” has “%2”, which is not a date this importer understands (for example "
                "2024-01-31, 2024-01-31 09:15:00+05:30, 31-01-2024 or 20240131).")
                 .arg(columnName(RoleTime), excerpt(text)));
        return false;
    }
    if (split && !csvfield::parseTimeOfDay(fields[RoleClock], ts)) {
        fail(m_lineNumber, columnNumber(RoleClock),
             tr("Column “%1” has “%2”, which is not a time of day (for example 09:15 or 09:15:00).")
                 .arg(columnName(RoleClock), excerpt(fields[RoleClock])));
        return false;
    }
    if (!m_layoutDecided) {
        const bool daily
            = !ts.hasTime || (m_timeKind == TimeKind::Date && m_columns[RoleAdjClose] >= 0);
        m_layout = daily ? CsvLayout::YahooDaily : CsvLayout::SingleTimestamp;
        m_layoutDecided = true;
    }
    if (ts.isEpoch) {
        m_out.hadUtcOffsets = true;
        timeMs = ts.epochMs;
        return true;
    }
    if (ts.style == DateStyle::YearFirst) {
        timeMs = toUtcMs(ts, ts.first, ts.second);
        return true;
    }

    m_sawDayMonthDates = true;
    DateOrder order = m_options.dateOrder;
    if (order == DateOrder::Auto) {
        DateEvidence *evidence = ts.first > 12 ? &m_dayFirstEvidence
            : ts.second > 12                   ? &m_monthFirstEvidence
                                               : &m_ambiguousExample;
        if (evidence->line == 0)
            *evidence = { m_lineNumber, excerpt(text) };
        if (m_dayFirstEvidence.line > 0 && m_monthFirstEvidence.line > 0) {
            fail(m_lineNumber, columnNumber(RoleTime),
                 tr("The dates mix day-first and month-first order: “%1” (line %2) can only be "
                    "day-first, but “%3” (line %4) can only be month-first.")
                     .arg(m_dayFirstEvidence.text)
                     .arg(m_dayFirstEvidence.line)
                     .arg(m_monthFirstEvidence.text)
                     .arg(m_monthFirstEvidence.line));
            return false;
        }
        order = m_dayFirstEvidence.line > 0 ? DateOrder::DayFirst
            : m_monthFirstEvidence.line > 0 ? DateOrder::MonthFirst
                                            : DateOrder::Auto;
        m_dayMonthOrder = order;
        if (order == DateOrder::Auto) {
            pending = true;
            timeMs = 0;
            return true;
        }
    } else {
        m_dayMonthOrder = order;
    }
    const int month = order == DateOrder::DayFirst ? ts.second : ts.first;
    const int day = order == DateOrder::DayFirst ? ts.first : ts.second;
    if (!csvfield::isValidDate(ts.year, month, day)) {
        fail(m_lineNumber, columnNumber(RoleTime),
             (order == DateOrder::DayFirst
                  ? tr("Column “%1” has “%2”, which is not a valid day-first (DD-MM-YYYY) date.")
                  : tr("Column “%1” has “%2”, which is not a valid month-first (MM-DD-YYYY) date."))
                 .arg(columnName(RoleTime), excerpt(text)));
        return false;
    }
    timeMs = toUtcMs(ts, month, day);
    return true;
}

qint64 CsvParser::Private::toUtcMs(const Timestamp &ts, int month, int day)
{
    const qint64 days = csvfield::daysFromCivil(ts.year, month, day);
    if (ts.hasOffset) {
        m_out.hadUtcOffsets = true;
        return days * kMsPerDay + ts.msOfDay - qint64(ts.offsetSeconds) * 1000;
    }
    if (m_naiveIsUtc) {
        m_out.hadUtcOffsets = true;
        return days * kMsPerDay + ts.msOfDay;
    }
    return m_zone.toUtcMs(days, ts.msOfDay);
}

QString CsvParser::Private::checkValues(const Bar &bar,
                                        const std::array<std::string_view, RoleCount> &fields) const
{
    const double tolerance = 1e-9 * std::max(std::abs(bar.high), std::abs(bar.low));
    const bool negativePrice = bar.open < 0 || bar.high < 0 || bar.low < 0 || bar.close < 0;
    const bool highBelowLow = bar.high < bar.low - tolerance;
    const auto outside
        = [&](double v) { return v < bar.low - tolerance || v > bar.high + tolerance; };
    const bool openOutside = !highBelowLow && outside(bar.open);
    const bool closeOutside = !highBelowLow && outside(bar.close);
    if (!negativePrice && !highBelowLow && !openOutside && !closeOutside && !(bar.volume < 0))
        return {};

    QStringList reasons;
    if (negativePrice)
        reasons << tr("a price is negative");
    if (highBelowLow) {
        reasons << tr("high %1 is below low %2")
                       .arg(excerpt(fields[RoleHigh]), excerpt(fields[RoleLow]));
    }
    if (openOutside) {
        reasons << tr("open %1 is outside the low–high range %2–%3")
                       .arg(excerpt(fields[RoleOpen]), excerpt(fields[RoleLow]),
                            excerpt(fields[RoleHigh]));
    }
    if (closeOutside) {
        reasons << tr("close %1 is outside the low–high range %2–%3")
                       .arg(excerpt(fields[RoleClose]), excerpt(fields[RoleLow]),
                            excerpt(fields[RoleHigh]));
    }
    if (bar.volume < 0)
        reasons << tr("volume %1 is negative").arg(excerpt(fields[RoleVolume]));
    return reasons.join(QStringLiteral("; "));
}

Result<ParsedCsv> CsvParser::Private::result()
{
    m_finished = true;
    if (m_failed)
        return m_error;
    if (!m_sawContent)
        return makeError(tr("The file is empty."));
    if (m_out.dataRows == 0)
        return makeError(tr("The file has a header but no data rows."));
    if (m_invalidRows > 0) {
        QStringList lines;
        for (const CsvRowIssue &issue : m_invalidSamples)
            lines << tr("line %1: %2").arg(QString::number(issue.line), issue.message);
        QString message
            = tr("%n row(s) have impossible prices or volumes:", nullptr, int(m_invalidRows))
            + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        if (m_invalidRows > kListedInvalidRows)
            message += QLatin1Char('\n')
                + tr("…and %n more.", nullptr, int(m_invalidRows - kListedInvalidRows));
        message += QLatin1Char('\n')
            + tr("Correct the file, or choose “keep invalid rows” to import them flagged as "
                 "invalid.");
        return Error { message, QString(), m_invalidSamples.front().line, 0 };
    }
    if (m_out.bars.empty()) {
        return makeError(
            tr("All %n data row(s) have empty or null values; there is nothing to import.", nullptr,
               int(m_out.dataRows)));
    }

    if (!m_pending.empty()) {
        if (m_dayMonthOrder == DateOrder::Auto) {
            return Error { tr("The dates could be day-first or month-first (for example “%1”); "
                              "choose the date order (day-first or month-first) and import again.")
                               .arg(m_ambiguousExample.text),
                           QString(), m_ambiguousExample.line, m_columns[RoleTime] + 1 };
        }
        // Both components of a pending date are at most 12, so either order is a valid date.
        const bool dayFirst = m_dayMonthOrder == DateOrder::DayFirst;
        for (const PendingTime &pending : m_pending) {
            const Timestamp &ts = pending.timestamp;
            m_out.bars[pending.barIndex].timeUtcMs
                = toUtcMs(ts, dayFirst ? ts.second : ts.first, dayFirst ? ts.first : ts.second);
        }
        m_pending.clear();
    }

    if (m_out.barLines.empty()) {
        m_out.duplicateTimes += sortByTimeKeepingLast(m_out.bars);
    } else {
        // A head parse (preview) also keeps each bar's source line: the same sort and
        // keep-last, applied to bars and lines together.
        auto &bars = m_out.bars;
        auto &lines = m_out.barLines;
        std::vector<size_t> order(bars.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t x, size_t y) { return bars[x].timeUtcMs < bars[y].timeUtcMs; });
        std::vector<Bar> sortedBars;
        std::vector<qint64> sortedLines;
        sortedBars.reserve(bars.size());
        sortedLines.reserve(lines.size());
        for (size_t i : order) {
            const bool duplicate
                = !sortedBars.empty() && sortedBars.back().timeUtcMs == bars[i].timeUtcMs;
            if (duplicate) {
                ++m_out.duplicateTimes;
                sortedBars.back() = bars[i];
                sortedLines.back() = lines[i];
            } else {
                sortedBars.push_back(bars[i]);
                sortedLines.push_back(lines[i]);
            }
        }
        bars = std::move(sortedBars);
        lines = std::move(sortedLines);
    }

    m_out.layout = m_layout;
    m_out.ticker = m_ticker;
    m_out.dateOrder = m_sawDayMonthDates ? m_dayMonthOrder : DateOrder::Auto;
    return std::move(m_out);
}

CsvParser::CsvParser(CsvParseOptions options) : d(std::make_unique<Private>(std::move(options))) { }

CsvParser::~CsvParser() = default;

bool CsvParser::feed(QByteArrayView chunk)
{
    if (d->failed() || d->finished())
        return false;
    d->consume(chunk.data(), chunk.data() + chunk.size());
    return !d->failed();
}

Result<ParsedCsv> CsvParser::finish()
{
    if (d->finished())
        return makeError(tr("The CSV parser was already finished."));
    d->flush();
    return d->result();
}

qint64 CsvParser::bytesConsumed() const
{
    return d->bytesConsumed();
}

Result<ParsedCsv> CsvParser::parse(QByteArrayView data, CsvParseOptions options)
{
    CsvParser parser(std::move(options));
    parser.feed(data);
    return parser.finish();
}

Result<ParsedCsv> CsvParser::parseHead(QByteArrayView head, bool complete, CsvParseOptions options)
{
    if (!complete) {
        // Only whole lines: a cut "2024-01-02,100,11" would parse as a wrong row. A CRLF line
        // ends at its LF; a head without any break is one over-long line, which the length
        // check reports.
        qsizetype cut = head.lastIndexOf('\n');
        if (cut < 0)
            cut = head.lastIndexOf('\r');
        if (cut >= 0)
            head = head.first(cut + 1);
    }
    CsvParser parser(std::move(options));
    parser.feed(head);
    if (!complete)
        parser.d->markTruncated();
    return parser.finish();
}

} // namespace modeldeck
