#include "shell/StartupWorkspace.h"

#include <QFileInfo>

namespace modeldeck {

StartupWorkspace StartupWorkspace::choose(const QString &option, const QString &environment,
                                          bool demoOption, const QString &lastUsed,
                                          const QString &demoDir)
{
    if (!option.isEmpty())
        return { option, false };
    if (!environment.isEmpty())
        return { environment, false };
    if (!demoOption && !lastUsed.isEmpty() && QFileInfo(lastUsed).isDir())
        return { lastUsed, false };
    return { demoDir, true };
}

} // namespace modeldeck
