#pragma once
// Turning hostile names (symbols, model names) into safe path components, and checking that
// paths built from them stay inside the workspace.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QString>

namespace modeldeck::PathSanitizer {

// Replaces every character outside [A-Za-z0-9._-] with '_', strips leading dots (no hidden
// files, no "..") and caps the length at 64. Never returns an empty string.
MODELDECK_CORE_EXPORT QString sanitizeComponent(const QString &name);

// Joins root and relative, normalises the result and refuses it unless it lies strictly
// inside root: ".." segments and absolute relative parts are rejected, and so is a path whose
// physical location (symlinks resolved, for the part that exists) is not inside root's
// physical location, such as a file under a folder symlinked out of the workspace or a
// dangling symlink. Symlinks that stay inside are fine. Returns the joined path, unresolved.
MODELDECK_CORE_EXPORT Result<QString> resolveInside(const QString &root, const QString &relative);

// Symbols as exchanges and Yahoo spell them: letters, digits and . _ - ^ = & (e.g. TCS.NS,
// ^NSEI, EURUSD=X, BTC-USD, M&M.NS), 1–32 characters, starting with a letter, digit or ^.
MODELDECK_CORE_EXPORT Status validateSymbol(const QString &symbol);

} // namespace modeldeck::PathSanitizer
