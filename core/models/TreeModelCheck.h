#pragma once
// Checks an XGBoost model's bytes (JSON or UBJSON) before XGBoost reads them. XGBoost 1.7
// trusts a model's structure: a file with one byte changed made XGBoosterLoadModelFromBuffer
// crash the process (SIGSEGV in GBTreeModel::LoadModel; tests/training/tst_treetrainer). So the
// document is parsed here first, with limits, and every tree's arrays must have its node count,
// children and split features must lie in range, each tree's id must be its index, and only
// numerical splits of a tree ensemble are accepted. Pure: bytes in, a value or an Error out.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace modeldeck::TreeModelCheck {

// The model document (JSON text, or UBJSON decoded to the same values) of well-formed bytes.
MODELDECK_CORE_EXPORT Result<QJsonObject> parse(const QByteArray &bytes);
// The document's structure is one XGBoost can load without trusting it: a one-output
// regression tree ensemble whose trees are consistent. Returns the number of input features.
MODELDECK_CORE_EXPORT Result<int> validate(const QJsonObject &model);
// parse() and validate(), then the document as JSON text: what XGBoost is given to load, so it
// reads exactly what was checked (no second parser of the original bytes to disagree with).
MODELDECK_CORE_EXPORT Result<QByteArray> checkedJson(const QByteArray &bytes);

} // namespace modeldeck::TreeModelCheck
