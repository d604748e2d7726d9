#pragma once
// Remembers which registered model files were verified (SHA-256) at which size and
// modification time, so that reloading the Saved Models page hashes only files that changed
// instead of every model file each time. Thread-safe: loads run on pool threads.

#include "services/ModelRegistry.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>

namespace modeldeck {

class ModelFileChecks
{
public:
    // ModelRegistry::checkFile, skipped when the file still has the size and modification time
    // (millisecond precision) it had when it was last checked against the same hash.
    Status check(const ModelRegistry &registry, const QString &workspaceDir,
                 const RegisteredModel &model);
    // How many checks read the file (for tests: a second load of unchanged files reads none).
    int filesRead() const;

private:
    struct Seen
    {
        QString sha256;
        qint64 size = -1;
        QDateTime modified;
        Status result;
    };
    mutable QMutex m_mutex;
    QHash<QString, Seen> m_seen; // by absolute path
    int m_filesRead = 0;
};

} // namespace modeldeck
