#include "QueueLock.h"

#include <QCoreApplication>
#include <QDir>

namespace modeldeck {

namespace {

QString lockPath(const QString &workspaceDir)
{
    return QDir(workspaceDir).filePath(QStringLiteral("queue.lock"));
}

std::unique_ptr<QLockFile> makeLock(const QString &workspaceDir)
{
    auto lock = std::make_unique<QLockFile>(lockPath(workspaceDir));
    // Age alone never makes a live owner's lock stale: a queue may run for days. A lock
    // whose process is gone is still recovered.
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

QueueLock::QueueLock(const QString &workspaceDir) : m_lock(makeLock(workspaceDir)) { }

QueueLock::~QueueLock()
{
    if (m_held)
        m_lock->unlock();
}

Status QueueLock::acquire()
{
    if (m_held)
        return {};
    if (m_lock->tryLock(0)) {
        m_held = true;
        return {};
    }
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    if (m_lock->error() == QLockFile::LockFailedError) {
        return Error { QCoreApplication::translate(
                           "modeldeck::QueueLock",
                           "The training queue of this workspace is already run by another "
                           "ModelDeck (process %1 on %2). Close it there, or use that window.")
                           .arg(pid)
                           .arg(host.isEmpty() ? QStringLiteral("this computer") : host) };
    }
    return Error { QCoreApplication::translate(
        "modeldeck::QueueLock",
        "Cannot create the queue lock file in the workspace (permission or "
        "disk problem).") };
}

bool QueueLock::isOwnedElsewhere(const QString &workspaceDir, qint64 *pid)
{
    auto lock = makeLock(workspaceDir);
    if (lock->tryLock(0)) {
        lock->unlock();
        return false;
    }
    QString host, app;
    qint64 owner = 0;
    lock->getLockInfo(&owner, &host, &app);
    if (pid)
        *pid = owner;
    return lock->error() == QLockFile::LockFailedError;
}

} // namespace modeldeck
