#include "services/ModelFileChecks.h"

#include "util/PathSanitizer.h"

#include <QFileInfo>
#include <QMutexLocker>

namespace modeldeck {

Status ModelFileChecks::check(const ModelRegistry &registry, const QString &workspaceDir,
                              const RegisteredModel &model)
{
    auto path = PathSanitizer::resolveInside(workspaceDir, model.filePath);
    if (!path)
        return registry.checkFile(model); // says what is wrong with the path
    const QFileInfo info(*path);
    if (!info.isFile())
        return registry.checkFile(model); // missing: nothing to remember
    const qint64 size = info.size();
    const QDateTime modified = info.lastModified();
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_seen.constFind(*path);
        if (it != m_seen.cend() && it->sha256 == model.fileSha256 && it->size == size
            && it->modified == modified)
            return it->result;
    }
    Status result = registry.checkFile(model); // reads and hashes the whole file, unlocked
    QMutexLocker lock(&m_mutex);
    ++m_filesRead;
    m_seen.insert(*path, Seen { model.fileSha256, size, modified, result });
    return result;
}

int ModelFileChecks::filesRead() const
{
    QMutexLocker lock(&m_mutex);
    return m_filesRead;
}

} // namespace modeldeck
