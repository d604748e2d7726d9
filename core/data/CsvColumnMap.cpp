#include "CsvColumnMap.h"

#include <algorithm>
#include <cstring>

namespace modeldeck {

using csvfield::ColumnName;
using csvfield::excerpt;
using csvfield::Role;
using csvfield::TimeKind;
using enum csvfield::Role;

Error CsvColumnMap::unclosedQuote(qint64 lineNumber, int column) const
{
    return Error { tr("A quoted field is not closed on this line."), QString(), lineNumber,
                   column };
}

Result<CsvColumnMap::HeaderLine> CsvColumnMap::readHeaderLine(std::string_view line,
                                                              qint64 lineNumber)
{
    return m_sawNames ? readYFinanceRow(line, lineNumber) : readNames(line, lineNumber);
}

Result<CsvColumnMap::HeaderLine> CsvColumnMap::readNames(std::string_view line, qint64 lineNumber)
{
    // Excel writes "sep=;" as the first line when the delimiter is not the locale's.
    if (!m_delimiterFromSepLine && line.size() == 5 && line.starts_with("sep=")) {
        m_delimiter = line[4];
        m_delimiterFromSepLine = true;
        return HeaderLine::Header;
    }
    if (!m_delimiterFromSepLine)
        m_delimiter = csvfield::sniffDelimiter(line);
    int badColumn = 0;
    if (!csvfield::splitFields(line, m_delimiter, m_scratch, m_fieldList, badColumn))
        return unclosedQuote(lineNumber, badColumn);
    const bool yfinance
        = excerpt(m_fieldList.front()).compare(QLatin1String("Price"), Qt::CaseInsensitive) == 0;
    if (auto assigned = assignColumns(yfinance, line, lineNumber); !assigned)
        return assigned.error();
    m_sawNames = true;
    if (!yfinance)
        return HeaderLine::LastHeader;
    m_layout = CsvLayout::YFinanceMultiRow;
    return HeaderLine::Header;
}

Status CsvColumnMap::assignColumns(bool yfinance, std::string_view line, qint64 lineNumber)
{
    const std::vector<std::string_view> &names = m_fieldList;
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
        csvfield::Timestamp probe;
        QString message;
        if (!names.empty() && csvfield::parseTimestamp(names[0], probe)) {
            message = tr("The first line looks like data, not a header. %1").arg(expected);
        } else if (missing.size() == 5 || names.size() < 2) {
            message = tr("No header row was recognised (the first line is “%1”). %2")
                          .arg(excerpt(line), expected);
        } else {
            message = tr("The header has no column for %1. %2")
                          .arg(missing.join(QStringLiteral(", ")), expected);
        }
        return Error { message, QString(), lineNumber, 0 };
    }

    m_neededFields = 0;
    for (int role = RoleTime; role < RoleCount; ++role) {
        if (m_columns[role] >= 0) {
            m_roleOfColumn[size_t(m_columns[role])] = Role(role);
            m_neededFields = std::max(m_neededFields, m_columns[role] + 1);
        }
    }
    return {};
}

Result<CsvColumnMap::HeaderLine> CsvColumnMap::readYFinanceRow(std::string_view line,
                                                               qint64 lineNumber)
{
    int badColumn = 0;
    if (!csvfield::splitFields(line, m_delimiter, m_scratch, m_fieldList, badColumn))
        return unclosedQuote(lineNumber, badColumn);
    const QString first = excerpt(m_fieldList.front());
    if (first.compare(QLatin1String("Ticker"), Qt::CaseInsensitive) == 0) {
        for (size_t i = 1; i < m_fieldList.size(); ++i) {
            const QString ticker = excerpt(m_fieldList[i]);
            if (ticker.isEmpty() || ticker == m_ticker)
                continue;
            if (!m_ticker.isEmpty()) {
                return Error {
                    tr("The file holds several tickers (%1 and %2); download one ticker per file.")
                        .arg(m_ticker, ticker),
                    QString(), lineNumber, int(i) + 1
                };
            }
            m_ticker = ticker;
        }
        return HeaderLine::Header;
    }
    // The "Datetime,,,,," row names the index column; anything else is the first data row.
    const bool restEmpty = std::all_of(m_fieldList.begin() + 1, m_fieldList.end(),
                                       [](std::string_view f) { return f.empty(); });
    if (restEmpty && csvfield::classifyColumn(m_fieldList.front()).kind != TimeKind::None)
        return HeaderLine::Header;
    return HeaderLine::Data;
}

int CsvColumnMap::split(std::string_view row, Fields &fields, int *badColumn)
{
    const char *b = row.data();
    const char *e = b + row.size();
    const int knownColumns = int(m_roleOfColumn.size());
    if (!std::memchr(b, '"', row.size())) {
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
    if (!csvfield::splitFields(row, m_delimiter, m_scratch, m_fieldList, *badColumn))
        return -1;
    const int count = int(m_fieldList.size());
    for (int column = 0; column < std::min(count, knownColumns); ++column) {
        if (m_roleOfColumn[size_t(column)] != RoleNone)
            fields[m_roleOfColumn[size_t(column)]] = m_fieldList[size_t(column)];
    }
    return count;
}

} // namespace modeldeck
