#pragma once
// A user-readable failure with optional location (file, line, column), returned by value
// from core functions instead of throwing.

#include "modeldeck_core_export.h"

#include <QString>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT Error
{
    Error() = default;
    explicit Error(QString text, QString path = {}, qint64 lineNumber = 0, int columnNumber = 0)
        : message(std::move(text)), file(std::move(path)), line(lineNumber), column(columnNumber)
    {
    }

    QString message; // already translated, complete sentence(s)
    QString file; // source file or database path, if any
    qint64 line = 0; // 1-based; 0 when not applicable
    int column = 0; // 1-based; 0 when not applicable

    // "file:line:column: message" with the parts that are known.
    QString toString() const;

    Error withFile(const QString &path) const
    {
        Error e = *this;
        e.file = path;
        return e;
    }
};

} // namespace modeldeck
