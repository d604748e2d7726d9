#pragma once
// Universal Binary JSON as XGBoost writes its models (.ubj): big-endian numbers, optimised
// containers "[$t#n" and counted ones "[#n" without an end marker, decoded to Qt's JSON values.
// Built for hostile bytes: every length must fit what is left of the input, nesting is capped,
// and anything XGBoost does not write is an error naming the byte. Pure.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonValue>

namespace modeldeck::Ubjson {

constexpr int kMaxDepth = 32;

// The one value the bytes hold (trailing bytes are an error).
MODELDECK_CORE_EXPORT Result<QJsonValue> read(const QByteArray &bytes);

} // namespace modeldeck::Ubjson
