#pragma once
// How values are written to and read from the workspace database, shared by every repository:
// times as ISO-8601 UTC text, JSON as compact text, and which empty values become SQL NULL.

#include "storage/CoreInternal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <optional>

namespace modeldeck {

// ISO-8601 UTC with milliseconds: in one format, the text compares like the times it stands
// for, so SQL can order and compare times as text.
inline QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QString nowIsoUtc()
{
    return isoUtc(QDateTime::currentDateTimeUtc());
}

// A stored time; NULL reads as an invalid QDateTime.
inline QDateTime utcTimeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

inline QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Database contents are input too: text that is not a JSON object reads as an empty one.
inline QJsonObject jsonObjectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

// SQL NULL for a text column.
inline QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// An empty text as SQL NULL, for nullable text columns.
inline QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

// QtSql binds a null QString as SQL NULL; text columns that are NOT NULL with '' for "none"
// get their values through this.
inline QString nonNullText(const QString &text)
{
    return text.isNull() ? QString(QLatin1StringView("")) : text;
}

// An invalid time as SQL NULL.
inline QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(isoUtc(time)) : nullText();
}

// An id ≤ 0 ("none") as SQL NULL, for nullable references.
inline QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Optional numbers in nullable REAL columns: empty binds SQL NULL, NULL reads as empty.
inline QVariant nullableValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}
inline std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace modeldeck
