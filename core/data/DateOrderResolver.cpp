#include "DateOrderResolver.h"

namespace modeldeck {

Result<std::optional<DateOrderResolver::MonthDay>>
DateOrderResolver::resolve(const csvfield::Timestamp &ts, std::string_view text, qint64 line)
{
    m_sawDayMonthDates = true;
    DateOrder order = m_requested;
    if (order == DateOrder::Auto) {
        Evidence *evidence = ts.first > 12 ? &m_dayFirst
            : ts.second > 12               ? &m_monthFirst
                                           : &m_ambiguous;
        if (evidence->line == 0)
            *evidence = { line, csvfield::excerpt(text) };
        if (m_dayFirst.line > 0 && m_monthFirst.line > 0) {
            return Error { tr("The dates mix day-first and month-first order: “%1” (line %2) can "
                              "only be day-first, but “%3” (line %4) can only be month-first.")
                               .arg(m_dayFirst.text)
                               .arg(m_dayFirst.line)
                               .arg(m_monthFirst.text)
                               .arg(m_monthFirst.line),
                           QString(), line, m_columnNumber };
        }
        order = m_dayFirst.line > 0 ? DateOrder::DayFirst
            : m_monthFirst.line > 0 ? DateOrder::MonthFirst
                                    : DateOrder::Auto;
        m_order = order;
        if (order == DateOrder::Auto)
            return std::optional<MonthDay>();
    } else {
        m_order = order;
    }
    const MonthDay date = monthDay(ts);
    if (!csvfield::isValidDate(ts.year, date.month, date.day)) {
        return Error {
            (order == DateOrder::DayFirst
                 ? tr("Column “%1” has “%2”, which is not a valid day-first (DD-MM-YYYY) date.")
                 : tr("Column “%1” has “%2”, which is not a valid month-first (MM-DD-YYYY) date."))
                .arg(m_columnName, csvfield::excerpt(text)),
            QString(), line, m_columnNumber
        };
    }
    return std::optional<MonthDay>(date);
}

Status DateOrderResolver::finish() const
{
    if (m_order != DateOrder::Auto)
        return {};
    return Error { tr("The dates could be day-first or month-first (for example “%1”); choose the "
                      "date order (day-first or month-first) and import again.")
                       .arg(m_ambiguous.text),
                   QString(), m_ambiguous.line, m_columnNumber };
}

} // namespace modeldeck
