#pragma once
// Splits an SQL script into single statements: QSqlQuery runs one statement per exec().

#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"

#include <QString>
#include <QStringList>

namespace modeldeck::SqlScript {

// Splits at top-level semicolons, honouring quoted strings/identifiers, -- and /* */
// comments, and BEGIN … END bodies of CREATE TRIGGER. Comment-only pieces are dropped.
MODELDECK_CORE_EXPORT QStringList split(const QString &script);

} // namespace modeldeck::SqlScript
