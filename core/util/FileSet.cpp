#include "FileSet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

namespace modeldeck::FileSet {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::FileSet)
};

// A hidden name beside `path` that no other write picks.
QString siblingName(const QString &path, QStringView role)
{
    const QFileInfo info(path);
    return info.dir().filePath(
        QStringLiteral(".%1.%2-%3")
            .arg(info.fileName(), role, QUuid::createUuid().toString(QUuid::Id128).left(8)));
}

struct Slot
{
    QString path;
    QString staged; // the new content, fully written
    QString backup; // the previous file while the new one moves in; empty: there was none
    bool placed = false;
};

// Undoes a partial commit: new files out, previous files back, staged files gone.
void rollBack(std::vector<Slot> &slots)
{
    for (Slot &slot : slots) {
        if (slot.placed)
            QFile::remove(slot.path);
        if (!slot.backup.isEmpty())
            QFile::rename(slot.backup, slot.path);
        if (!slot.staged.isEmpty())
            QFile::remove(slot.staged);
    }
}

} // namespace

Status writeTogether(const std::vector<Entry> &files)
{
    for (const Entry &entry : files) {
        const QFileInfo info(entry.path);
        if ((info.exists() || info.isSymLink()) && !info.isFile())
            return Error { Tr::tr("This exists and is not a regular file, so it is not replaced."),
                           entry.path };
    }
    std::vector<Slot> slots;
    slots.reserve(files.size());
    for (const Entry &entry : files) {
        Slot slot { entry.path, siblingName(entry.path, u"new"), {}, false };
        QSaveFile file(slot.staged);
        const bool written = file.open(QIODevice::WriteOnly)
            && file.write(entry.bytes) == entry.bytes.size() && file.commit();
        if (!written) {
            const Error error { Tr::tr("Writing the file failed: %1").arg(file.errorString()),
                                entry.path };
            slot.staged.clear(); // QSaveFile left nothing behind
            rollBack(slots);
            return error;
        }
        slots.push_back(std::move(slot));
    }
    // Every file is complete on disk: now swap them in.
    for (Slot &slot : slots) {
        const QFileInfo info(slot.path);
        if (info.exists() || info.isSymLink()) {
            const QString backup = siblingName(slot.path, u"old");
            if (!QFile::rename(slot.path, backup)) {
                rollBack(slots);
                return Error { Tr::tr("The existing file could not be set aside to replace it."),
                               slot.path };
            }
            slot.backup = backup;
        }
        if (!QFile::rename(slot.staged, slot.path)) {
            rollBack(slots);
            return Error { Tr::tr("The new file could not be moved into place."), slot.path };
        }
        slot.staged.clear();
        slot.placed = true;
    }
    for (const Slot &slot : slots) {
        if (!slot.backup.isEmpty())
            QFile::remove(slot.backup);
    }
    return {};
}

} // namespace modeldeck::FileSet
