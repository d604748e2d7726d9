#include "LockHolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStringList>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too (a helper
// named translate() hid these strings from it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::LockHolder)
};

// Enough to point at the culprit; a long list helps nobody.
constexpr int kMaxNamed = 3;

QString processName(const QString &pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(comm.read(256)).trimmed();
}

// Processes other than this one with the database (or its WAL) open.
QStringList processesWithFileOpen(const QString &databasePath)
{
    QStringList found;
    const QString canonical = QFileInfo(databasePath).canonicalFilePath();
    if (canonical.isEmpty() || !QFileInfo::exists(QStringLiteral("/proc/self/fd")))
        return found;
    const QString wal = canonical + QStringLiteral("-wal");
    const QString self = QString::number(QCoreApplication::applicationPid());
    const QStringList pids
        = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toLongLong(&numeric);
        if (!numeric || pid == self)
            continue;
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        const QFileInfoList entries
            = fds.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo &fd : entries) {
            const QString target = fd.symLinkTarget();
            if (target == canonical || target == wal) {
                const QString name = processName(pid);
                found << Tr::tr("%1 (process %2)")
                             .arg(name.isEmpty() ? Tr::tr("a program") : name, pid);
                break;
            }
        }
        if (found.size() >= kMaxNamed)
            break;
    }
    return found;
}

// The ModelDeck that runs this workspace's queue, from its lock file (queue/QueueLock).
QString queueOwner(const QString &databasePath)
{
    const QString lockPath = QFileInfo(databasePath).dir().filePath(QStringLiteral("queue.lock"));
    if (!QFileInfo::exists(lockPath))
        return {};
    QLockFile lock(lockPath);
    qint64 pid = 0;
    QString host, app;
    if (!lock.getLockInfo(&pid, &host, &app) || pid <= 0
        || pid == QCoreApplication::applicationPid())
        return {};
    return Tr::tr("%1 (process %2, it runs the training queue)")
        .arg(app.isEmpty() ? QStringLiteral("ModelDeck") : app)
        .arg(pid);
}

} // namespace

QString describeLockHolders(const QString &databasePath)
{
    const QStringList open = processesWithFileOpen(databasePath);
    if (!open.isEmpty())
        return open.join(Tr::tr(" or "));
    return queueOwner(databasePath);
}

} // namespace modeldeck
