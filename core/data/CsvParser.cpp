#include "CsvParser.h"

#include "CsvColumnMap.h"
#include "CsvFieldParsing.h"
#include "CsvLineReader.h"
#include "DateOrderResolver.h"
#include "InvalidRowCheck.h"

#include <QDateTime>
#include <QStringList>
#include <algorithm>
#include <array>
#include <string_view>

namespace modeldeck {

namespace {

using csvfield::DateStyle;
using csvfield::excerpt;
using csvfield::LocalTimeConverter;
using csvfield::Role;
using csvfield::TimeKind;
using csvfield::Timestamp;
using enum csvfield::Role;
using Fields = CsvColumnMap::Fields;

// The numeric columns and where each goes in a Bar.
constexpr std::pair<Role, double Bar::*> kValues[] = {
    { RoleOpen, &Bar::open },   { RoleHigh, &Bar::high },         { RoleLow, &Bar::low },
    { RoleClose, &Bar::close }, { RoleAdjClose, &Bar::adjClose }, { RoleVolume, &Bar::volume }
};

constexpr qint64 kMsPerDay = LocalTimeConverter::kMsPerDay;

Error makeError(const QString &message, qint64 line = 0, int column = 0)
{
    return Error { message, QString(), line, column };
}

// A D/M/Y-like row whose time waits for the file-wide day/month order.
struct PendingTime
{
    size_t barIndex;
    Timestamp timestamp;
    qint64 line;
};

qint64 nowOr(qint64 nowUtcMs)
{
    return nowUtcMs != 0 ? nowUtcMs : QDateTime::currentMSecsSinceEpoch();
}

} // namespace

// Rows into bars: CsvLineReader assembles the lines, CsvColumnMap reads the header and splits
// rows, DateOrderResolver decides how D/M/Y-like dates read, InvalidRowCheck judges impossible
// values; this class parses the fields, converts times to UTC and collects the result.
class CsvParser::Private
{
public:
    explicit Private(CsvParseOptions options)
        : m_options(std::move(options)), m_zone(m_options.timeZone),
          m_lines(m_options.maxLineBytes), m_dates(m_options.dateOrder),
          m_invalidRows(m_options.invalidRows, nowOr(m_options.nowUtcMs))
    {
    }

    void consume(const char *p, const char *end);
    void flush();
    bool failed() const { return m_failed || m_lines.failed(); }
    bool finished() const { return m_finished; }
    void markTruncated() { m_out.truncated = true; }
    qint64 bytesConsumed() const { return m_lines.bytesConsumed(); }
    Result<ParsedCsv> result();

private:
    // Reads on while the parser has neither failed nor stopped.
    auto lineHandler()
    {
        return [this](const char *b, const char *e) {
            processLine(b, e);
            return !m_failed && !m_stopped;
        };
    }
    void processLine(const char *b, const char *e);
    void startData();
    void processRow(const char *b, const char *e);
    // Fills timeMs, or sets pending (with the parsed timestamp in ts) when a D/M/Y date has to
    // wait for the file-wide day/month order.
    bool resolveTime(const Fields &fields, qint64 &timeMs, bool &pending, Timestamp &ts);
    qint64 toUtcMs(const Timestamp &ts, int month, int day);
    void fail(const Error &error);
    void fail(int column, const QString &message) { fail(makeError(message, line(), column)); }
    qint64 line() const { return m_lines.lineNumber(); }

    CsvParseOptions m_options;
    LocalTimeConverter m_zone;
    CsvLineReader m_lines;
    CsvColumnMap m_columns;
    DateOrderResolver m_dates;
    bool m_failed = false;
    bool m_finished = false;
    bool m_stopped = false; // maxDataRows reached: the rest of the input is ignored
    Error m_error;
    bool m_inData = false; // past the header
    CsvLayout m_layout = CsvLayout::Unknown;
    std::vector<PendingTime> m_pending;
    InvalidRowCheck m_invalidRows;
    ParsedCsv m_out;
};

void CsvParser::Private::consume(const char *p, const char *end)
{
    if (!m_stopped)
        m_lines.feed(p, end, lineHandler());
}

void CsvParser::Private::flush()
{
    if (!failed() && !m_stopped)
        m_lines.finish(lineHandler());
}

void CsvParser::Private::fail(const Error &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = error;
}

void CsvParser::Private::processLine(const char *b, const char *e)
{
    if (m_inData) {
        if (m_options.maxDataRows > 0 && m_out.dataRows >= m_options.maxDataRows) {
            m_stopped = true;
            m_out.truncated = true;
            return;
        }
        processRow(b, e);
        return;
    }
    const auto read = m_columns.readHeaderLine(std::string_view(b, size_t(e - b)), line());
    if (!read) {
        fail(read.error());
        return;
    }
    if (*read == CsvColumnMap::HeaderLine::Header)
        return;
    startData();
    if (*read == CsvColumnMap::HeaderLine::Data)
        processRow(b, e);
}

void CsvParser::Private::startData()
{
    m_inData = true;
    m_layout = m_columns.layout();
    m_dates.setColumn(m_columns.name(RoleTime), m_columns.number(RoleTime));
}

void CsvParser::Private::processRow(const char *b, const char *e)
{
    Fields fields {};
    int badColumn = 0;
    const int count = m_columns.split(std::string_view(b, size_t(e - b)), fields, &badColumn);
    if (count < 0) {
        fail(m_columns.unclosedQuote(line(), badColumn));
        return;
    }
    const char delimiter = m_columns.delimiter();
    const bool onlyDelimiters = fields[RoleTime].empty() && std::all_of(b, e, [delimiter](char c) {
                                    return c == delimiter || c == ' ' || c == '\t' || c == '"';
                                });
    if (onlyDelimiters) // spreadsheets pad the end of a sheet with ",,,,," rows
        return;
    ++m_out.dataRows;
    if (count < m_columns.neededFields()) {
        fail(0,
             tr("Expected %1 columns, as in the header, but found %2.")
                 .arg(m_columns.headerColumns())
                 .arg(count));
        return;
    }
    for (const auto &[role, value] : kValues) {
        if (m_columns.has(role) && csvfield::isMissingValue(fields[role])) {
            ++m_out.skippedMissing;
            return;
        }
    }

    Bar bar;
    bool timePending = false;
    Timestamp timestamp;
    if (!resolveTime(fields, bar.timeUtcMs, timePending, timestamp))
        return;
    const bool decimalComma = delimiter != ',';
    for (const auto &[role, value] : kValues) {
        if (m_columns.has(role) && !csvfield::parseNumber(fields[role], decimalComma, bar.*value)) {
            fail(m_columns.number(role),
                 tr("Column “%1” has “%2”, which is not a number.")
                     .arg(m_columns.name(role), excerpt(fields[role])));
            return;
        }
    }

    // A pending time is checked once the file's day/month order is known (result()).
    if (!timePending && !m_invalidRows.admitTime(bar.timeUtcMs, line()))
        return;
    if (!m_invalidRows.admit(bar, fields, line(), m_out.flagged))
        return;
    if (timePending)
        m_pending.push_back({ m_out.bars.size(), timestamp, line() });
    m_out.bars.push_back(bar);
    if (m_options.maxDataRows > 0)
        m_out.barLines.push_back(line());
}

bool CsvParser::Private::resolveTime(const Fields &fields, qint64 &timeMs, bool &pending,
                                     Timestamp &ts)
{
    const std::string_view text = fields[RoleTime];
    const bool split = m_columns.has(RoleClock);
    if (!csvfield::parseTimestamp(text, ts) || (split && (ts.hasTime || ts.isEpoch))) {
        fail(m_columns.number(RoleTime),
             tr("Column “%1” has “%2”, which is not a date this importer understands (for example "
                "2024-01-31, 2024-01-31 09:15:00+05:30, 31-01-2024 or 20240131).")
                 .arg(m_columns.name(RoleTime), excerpt(text)));
        return false;
    }
    if (split && !csvfield::parseTimeOfDay(fields[RoleClock], ts)) {
        fail(m_columns.number(RoleClock),
             tr("Column “%1” has “%2”, which is not a time of day (for example 09:15 or 09:15:00).")
                 .arg(m_columns.name(RoleClock), excerpt(fields[RoleClock])));
        return false;
    }
    if (m_layout == CsvLayout::Unknown) { // the header left it open: the first row decides
        const bool daily = !ts.hasTime
            || (m_columns.timeKind() == TimeKind::Date && m_columns.has(RoleAdjClose));
        m_layout = daily ? CsvLayout::YahooDaily : CsvLayout::SingleTimestamp;
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
    const auto date = m_dates.resolve(ts, text, line());
    if (!date) {
        fail(date.error());
        return false;
    }
    if (!date->has_value()) {
        pending = true;
        timeMs = 0;
        return true;
    }
    timeMs = toUtcMs(ts, (*date)->month, (*date)->day);
    return true;
}

qint64 CsvParser::Private::toUtcMs(const Timestamp &ts, int month, int day)
{
    const qint64 days = csvfield::daysFromCivil(ts.year, month, day);
    if (ts.hasOffset) {
        m_out.hadUtcOffsets = true;
        return days * kMsPerDay + ts.msOfDay - qint64(ts.offsetSeconds) * 1000;
    }
    if (m_columns.naiveIsUtc()) {
        m_out.hadUtcOffsets = true;
        return days * kMsPerDay + ts.msOfDay;
    }
    return m_zone.toUtcMs(days, ts.msOfDay);
}

Result<ParsedCsv> CsvParser::Private::result()
{
    m_finished = true;
    if (m_lines.failed())
        return m_lines.error();
    if (m_failed)
        return m_error;
    if (!m_lines.sawContent())
        return makeError(tr("The file is empty."));
    if (m_out.dataRows == 0)
        return makeError(tr("The file has a header but no data rows."));
    if (auto admitted = m_invalidRows.finish(); !admitted)
        return admitted.error();
    if (m_out.bars.empty() && !m_invalidRows.timesRefused()) {
        return makeError(
            tr("All %n data row(s) have empty or null values; there is nothing to import.", nullptr,
               int(m_out.dataRows)));
    }

    if (!m_pending.empty()) {
        if (auto decided = m_dates.finish(); !decided)
            return decided.error();
        for (const PendingTime &pending : m_pending) {
            const auto date = m_dates.monthDay(pending.timestamp);
            const qint64 timeMs = toUtcMs(pending.timestamp, date.month, date.day);
            m_out.bars[pending.barIndex].timeUtcMs = timeMs;
            m_invalidRows.admitTime(timeMs, pending.line);
        }
        m_pending.clear();
    }
    if (auto inRange = m_invalidRows.timesFinish(); !inRange)
        return inRange.error();

    // A head parse (preview) also keeps each bar's source line, sorted and thinned with it.
    m_out.duplicateTimes
        += sortByTimeKeepingLast(m_out.bars, m_out.barLines.empty() ? nullptr : &m_out.barLines);
    m_out.layout = m_layout;
    m_out.delimiter = m_columns.delimiter();
    m_out.ticker = m_columns.ticker();
    m_out.dateOrder = m_dates.orderUsed();
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
