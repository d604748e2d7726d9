#pragma once
// Only one process may run a workspace's training queue: a lock file with the owner's PID
// (QLockFile), recovered automatically when that process is gone.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QLockFile>
#include <QString>
#include <memory>

namespace modeldeck {

class MODELDECK_CORE_EXPORT QueueLock
{
public:
    explicit QueueLock(const QString &workspaceDir);
    ~QueueLock();

    // Takes the lock, or says who holds it.
    Status acquire();
    bool isHeld() const { return m_held; }
    // Whether another live process holds it (without taking it).
    static bool isOwnedElsewhere(const QString &workspaceDir, qint64 *pid = nullptr);

private:
    std::unique_ptr<QLockFile> m_lock;
    bool m_held = false;
};

} // namespace modeldeck
