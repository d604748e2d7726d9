#pragma once
// Which workspace the GUI opens at start. Precedence: --workspace, $MODELDECK_WORKSPACE, --demo,
// the workspace used last (Settings), and on a first run the demo workspace so the window is
// never empty. A last workspace that is gone (deleted, or on a drive not mounted now) gives the
// demo too: opening it would quietly create an empty workspace in its place.

#include <QString>

namespace modeldeck {

struct StartupWorkspace
{
    QString dir;
    bool seedDemo = false; // the demo workspace: seed it on its first open

    // `demoDir` is Workspace::demoDir(); passed in so tests need no data folder.
    static StartupWorkspace choose(const QString &option, const QString &environment,
                                   bool demoOption, const QString &lastUsed,
                                   const QString &demoDir);
};

} // namespace modeldeck
