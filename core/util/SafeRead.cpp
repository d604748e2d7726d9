#include "SafeRead.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace modeldeck::SafeRead {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::SafeRead)
};

// Read in pieces so that a file which is not what stat() said (it grew, or was swapped for a
// device after the check) costs at most one piece beyond the cap.
constexpr qint64 kChunkBytes = qint64(1) << 20;

} // namespace

QString formatLimit(qint64 bytes)
{
    if (bytes >= (qint64(1) << 30) && bytes % (qint64(1) << 30) == 0)
        return Tr::tr("%1 GiB").arg(bytes >> 30);
    if (bytes >= (qint64(1) << 20) && bytes % (qint64(1) << 20) == 0)
        return Tr::tr("%1 MiB").arg(bytes >> 20);
    return Tr::tr("%1 bytes").arg(bytes);
}

Status checkRegularFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (info.isSymLink())
            return Error { Tr::tr("The file is a symbolic link to something that does not exist."),
                           path };
        return Error { Tr::tr("The file does not exist."), path };
    }
    if (info.isDir())
        return Error { Tr::tr("This is a folder, not a file."), path };
    // isFile() follows symlinks and is false for devices (/dev/zero), pipes and sockets.
    if (!info.isFile())
        return Error { Tr::tr("This is not a regular file (it is a device, pipe or socket), so it "
                              "is not read."),
                       path };
    return {};
}

Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes)
{
    if (Status regular = checkRegularFile(path); !regular)
        return regular.error();
    const auto tooLarge = [&] {
        return Error { Tr::tr("The file is larger than %1, the most ModelDeck reads from such a "
                              "file.")
                           .arg(formatLimit(maxBytes)),
                       path };
    };
    QFile file(path);
    if (file.size() > maxBytes)
        return tooLarge();
    if (!file.open(QIODevice::ReadOnly))
        return Error { Tr::tr("Cannot read the file: %1").arg(file.errorString()), path };
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min(file.size(), maxBytes) + 1));
    for (;;) {
        qint64 want = std::min(kChunkBytes, maxBytes + 1 - qint64(bytes.size()));
        if (want <= 0)
            break;
        // Stay inside the reserved buffer while the file is the size stat() said: growing a
        // buffer of a large model file would copy it.
        if (const qint64 room = qint64(bytes.capacity() - bytes.size()); room > 0)
            want = std::min(want, room);
        const qsizetype before = bytes.size();
        bytes.resize(before + qsizetype(want));
        const qint64 got = file.read(bytes.data() + before, want);
        bytes.resize(before + qsizetype(std::max<qint64>(got, 0)));
        if (got < 0)
            return Error { Tr::tr("Reading the file failed: %1").arg(file.errorString()), path };
        if (got == 0)
            break; // end of file
    }
    if (bytes.size() > maxBytes)
        return tooLarge();
    return bytes;
}

} // namespace modeldeck::SafeRead
