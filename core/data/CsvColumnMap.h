#pragma once
// Column mapping for CsvParser: reads the header of an OHLCV CSV file (an Excel "sep=" line,
// the column names, yfinance's extra Ticker and Datetime rows) into the delimiter and the
// column of each role (time, clock, open, high, low, close, adj close, volume), then splits
// data rows into those roles. Private to core/.

#include "data/CsvFieldParsing.h"
#include "data/CsvFormat.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace modeldeck {

class CsvColumnMap
{
    // The messages were CsvParser's before the map was split out of it; the context keeps
    // their translations.
    Q_DECLARE_TR_FUNCTIONS(modeldeck::CsvParser)
public:
    using Fields = std::array<std::string_view, csvfield::RoleCount>;

    // What a line given to readHeaderLine() was.
    enum class HeaderLine {
        Header, // part of the header; more header lines may follow
        LastHeader, // the last header line: data rows follow
        Data, // the first data row: the header had ended on the line before
    };

    // Reads the next line while the header is not complete. `lineNumber` places errors.
    Result<HeaderLine> readHeaderLine(std::string_view line, qint64 lineNumber);

    // Fills `fields` by role from a data row; returns how many fields the row has, or -1 when
    // a quoted field is not closed (the column is then in *badColumn).
    int split(std::string_view row, Fields &fields, int *badColumn);
    Error unclosedQuote(qint64 lineNumber, int column) const;

    char delimiter() const { return m_delimiter; }
    // The layout when the header alone shows it (yfinance, split date and time), else Unknown.
    CsvLayout layout() const { return m_layout; }
    csvfield::TimeKind timeKind() const { return m_timeKind; }
    // The time columns' names say UTC ("Gmt time"): naive times are UTC, not exchange time.
    bool naiveIsUtc() const { return m_naiveIsUtc; }
    QString ticker() const { return m_ticker; }
    bool has(csvfield::Role role) const { return m_columns[role] >= 0; }
    // As written in the header, for messages.
    QString name(csvfield::Role role) const { return m_columnNames.value(m_columns[role]); }
    int number(csvfield::Role role) const { return m_columns[role] + 1; } // 1-based
    qsizetype headerColumns() const { return m_columnNames.size(); }
    // Fields a row needs to reach every mapped column.
    int neededFields() const { return m_neededFields; }

private:
    Result<HeaderLine> readNames(std::string_view line, qint64 lineNumber);
    Result<HeaderLine> readYFinanceRow(std::string_view line, qint64 lineNumber);
    Status assignColumns(bool yfinance, std::string_view line, qint64 lineNumber);

    bool m_sawNames = false; // past the column-name row; only yfinance has rows after it
    char m_delimiter = ',';
    bool m_delimiterFromSepLine = false;
    CsvLayout m_layout = CsvLayout::Unknown;
    csvfield::TimeKind m_timeKind = csvfield::TimeKind::None;
    bool m_naiveIsUtc = false;
    std::array<int, csvfield::RoleCount> m_columns {};
    std::vector<csvfield::Role> m_roleOfColumn;
    QStringList m_columnNames;
    int m_neededFields = 0;
    QString m_ticker;
    std::string m_scratch;
    std::vector<std::string_view> m_fieldList;
};

} // namespace modeldeck
