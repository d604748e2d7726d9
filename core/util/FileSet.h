#pragma once
// Writing several files that only make sense together (a model file and its sidecar) so that
// a failure leaves every one of them as it was. QSaveFile makes one file atomic; writing two
// with it in turn replaces the first before the second can fail, and removing the first then
// deletes the user's previous file instead of restoring it.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace modeldeck::FileSet {

struct Entry
{
    QString path;
    QByteArray bytes;
};

// Writes every file or none. Each file is first written in full (QSaveFile, so it is on disk)
// under a temporary name beside its destination; only when all are written are existing
// files set aside and the new ones moved into place, and if a move fails the new files are
// removed and the set-aside ones put back. An existing destination that is not a regular
// file (a folder, a device) is refused before anything is written.
MODELDECK_CORE_EXPORT Status writeTogether(const std::vector<Entry> &files);

} // namespace modeldeck::FileSet
