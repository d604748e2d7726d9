#pragma once
// Writing CSV for spreadsheets: RFC 4180 quoting and CRLF line ends, with a guard against
// formula injection (a cell such as =HYPERLINK(…) from a hostile symbol name or error
// message would run as a formula when the file is opened in a spreadsheet app).

#include "modeldeck_core_export.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace modeldeck::CsvWriter {

// Text for a spreadsheet cell that cannot run as a formula: text starting with = + - @ (or
// tab/CR, which some apps skip before such a character) gets a leading apostrophe, as OWASP
// recommends, unless it is a plain number such as -1.5. For CSV and for tab-separated text on
// the clipboard alike.
MODELDECK_CORE_EXPORT QString spreadsheetSafe(const QString &text);
// One field: spreadsheetSafe(text), quoted with quotes doubled when it holds the delimiter, a
// quote or a line break.
MODELDECK_CORE_EXPORT QString field(const QString &text);
// One record: the fields joined by commas and ended with CRLF, as UTF-8.
MODELDECK_CORE_EXPORT QByteArray row(const QStringList &fields);

} // namespace modeldeck::CsvWriter
