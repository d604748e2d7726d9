#pragma once
// Options and results of parsing an OHLCV CSV file.

#include "domain/Bar.h"
#include "domain/Timeframe.h"
#include "modeldeck_core_export.h"

#include <QString>
#include <QStringView>
#include <QTimeZone>
#include <optional>
#include <vector>

namespace modeldeck {

enum class CsvLayout {
    Unknown,
    YahooDaily, // Date,Open,High,Low,Close,Adj Close,Volume
    YFinanceMultiRow, // Price,... / Ticker,... / Datetime,,, header rows
    SplitDateTime, // broker exports: Date (YYYYMMDD) and Time (HH:MM) columns
    SingleTimestamp, // one Date/Datetime/Timestamp column with date and time
};

MODELDECK_CORE_EXPORT QString csvLayoutName(CsvLayout layout);

enum class DateOrder {
    Auto, // decide from the values; ambiguous files are refused
    DayFirst, // DD-MM-YYYY, DD/MM/YYYY
    MonthFirst, // MM-DD-YYYY, MM/DD/YYYY
};

enum class InvalidRowPolicy {
    Reject, // any impossible row fails the whole import, listing the lines
    Keep, // impossible rows are kept with BarFlagInvalid and reported
};

// The one default for the parser, the importer, the CLI and the import dialog. Keep: Yahoo's
// adjusted daily history routinely has old rows whose open lies outside the low–high range,
// and refusing them refused whole real downloads (INFY.NS, HDFCBANK.NS); the rows are imported
// flagged and summarised instead, and Reject stays available on request.
inline constexpr InvalidRowPolicy kDefaultInvalidRowPolicy = InvalidRowPolicy::Keep;

// How many impossible rows a refusal or a summary names by line: a few, never one per row.
inline constexpr int kListedInvalidRows = 3;

// "reject" / "keep", as the CLI spells them.
MODELDECK_CORE_EXPORT QString invalidRowPolicyName(InvalidRowPolicy policy);
// The policy named `name` ("reject" or "keep"), or nothing.
MODELDECK_CORE_EXPORT std::optional<InvalidRowPolicy> parseInvalidRowPolicy(QStringView name);

struct CsvParseOptions
{
    // Zone for timestamps without a UTC offset (the symbol's exchange zone).
    QTimeZone timeZone = QTimeZone::utc();
    DateOrder dateOrder = DateOrder::Auto;
    InvalidRowPolicy invalidRows = kDefaultInvalidRowPolicy;
    // Longest line accepted; longer lines fail at once so a huge one-line file cannot
    // exhaust memory.
    qsizetype maxLineBytes = 64 * 1024;
    // > 0: stop after this many data rows and ignore the rest of the input (an import
    // preview reads only the head of a file); ParsedCsv::truncated then says more followed.
    qint64 maxDataRows = 0;
    // The clock (UTC epoch ms) rows' dates are judged against (plausibleBarTime): 0 reads it
    // when parsing starts; tests set it so they do not depend on the date they run.
    qint64 nowUtcMs = 0;
};

struct CsvRowIssue
{
    qint64 line = 0;
    QString message;
};

// One line on rows kept with BarFlagInvalid: their count and the first kListedInvalidRows
// lines with what was wrong, e.g. "25 rows imported but flagged as invalid: line 2 (open 103.25
// is outside the low–high range 98–102), line 3 (…), line 4 (…) and 22 more." Empty when none.
MODELDECK_CORE_EXPORT QString flaggedRowsSummary(const std::vector<CsvRowIssue> &flagged);

struct ParsedCsv
{
    CsvLayout layout = CsvLayout::Unknown;
    char delimiter = ',';
    DateOrder dateOrder = DateOrder::Auto; // the order used, when dates were D/M/Y-like
    QString ticker; // from a yfinance "Ticker" row, else empty
    bool hadUtcOffsets = false; // timestamps carried their own offset or Z
    std::vector<Bar> bars; // sorted by time, one per timestamp (last row wins)
    qint64 dataRows = 0; // data lines seen (excluding header and blank lines)
    qint64 skippedMissing = 0; // rows with empty/null values, skipped
    qint64 duplicateTimes = 0; // rows whose timestamp repeated an earlier row
    std::vector<CsvRowIssue> flagged; // impossible rows kept (policy Keep)
    bool truncated = false; // only the head of the input was parsed (maxDataRows)
    // The source line of each bar, parallel to `bars`; only filled when maxDataRows > 0, so
    // a preview can point at lines without costing a full import memory.
    std::vector<qint64> barLines;
};

} // namespace modeldeck
