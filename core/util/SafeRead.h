#pragma once
// Reading files whose path a user or a database row chose. QFile::size() is 0 for a device or a
// pipe and readAll() never ends on /dev/zero, so a params file or a model file replaced by such
// a thing would hang the program until memory runs out. Every read of such a file goes
// through here: only regular files (symlinks followed), and never more than a cap.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace modeldeck::SafeRead {

// Refuses a path that is missing or is not a regular file after following symlinks (a folder,
// a device such as /dev/zero, a pipe or a socket). Opening a pipe would block, so this runs
// before anything opens the file.
MODELDECK_CORE_EXPORT Status checkRegularFile(const QString &path);

// The whole file, at most `maxBytes` of it: a larger file (or one that grows past the cap
// while it is read) is an Error naming the file and the limit, and never more than
// maxBytes + 1 bytes are held. Errors carry `path` as their file.
MODELDECK_CORE_EXPORT Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes);

// "1 MiB", "2 GiB", "512 bytes": the limit as the messages show it.
MODELDECK_CORE_EXPORT QString formatLimit(qint64 bytes);

} // namespace modeldeck::SafeRead
