#pragma once
// Date-order resolution for CsvParser. Dates written D/M/Y-like (31-01-2024 or 01-31-2024) are
// read day-first or month-first for the whole file. With DateOrder::Auto the dates decide: the
// first with a component over 12 fixes the order, a file with both kinds is refused, and rows
// read before the order is known wait for it; if no date ever decides, the file is refused as
// ambiguous. Private to core/.

#include "data/CsvFieldParsing.h"
#include "data/CsvFormat.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <optional>
#include <string_view>

namespace modeldeck {

class DateOrderResolver
{
    // The messages were CsvParser's before the resolver was split out of it; the context
    // keeps their translations.
    Q_DECLARE_TR_FUNCTIONS(modeldeck::CsvParser)
public:
    struct MonthDay
    {
        int month = 0;
        int day = 0;
    };

    explicit DateOrderResolver(DateOrder requested) : m_requested(requested) { }

    // The time column, named in errors.
    void setColumn(const QString &name, int number)
    {
        m_columnName = name;
        m_columnNumber = number;
    }

    // The month and day of the D/M/Y-like date `ts` (written `text`, on line `line`), or
    // nothing while the order is still open: the caller keeps the row and asks monthDay() once
    // the input has ended. An error when the date contradicts earlier ones or is not a valid
    // date in the file's order.
    Result<std::optional<MonthDay>> resolve(const csvfield::Timestamp &ts, std::string_view text,
                                            qint64 line);
    // At the end of the input, when rows still wait: an error unless a later date decided.
    Status finish() const;
    // A waiting date's month and day under the decided order. Both components of a waiting
    // date are at most 12, so either order is a valid date.
    MonthDay monthDay(const csvfield::Timestamp &ts) const
    {
        const bool dayFirst = m_order == DateOrder::DayFirst;
        return { dayFirst ? ts.second : ts.first, dayFirst ? ts.first : ts.second };
    }
    // The order the file's D/M/Y-like dates were read in; Auto when there were none.
    DateOrder orderUsed() const { return m_sawDayMonthDates ? m_order : DateOrder::Auto; }

private:
    struct Evidence
    {
        qint64 line = 0;
        QString text;
    };

    DateOrder m_requested;
    DateOrder m_order = DateOrder::Auto;
    bool m_sawDayMonthDates = false;
    Evidence m_dayFirst;
    Evidence m_monthFirst;
    Evidence m_ambiguous;
    QString m_columnName;
    int m_columnNumber = 0;
};

} // namespace modeldeck
