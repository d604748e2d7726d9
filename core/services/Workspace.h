#pragma once
// Where workspaces live, and the bundled demo workspace.

#include "modeldeck_core_export.h"

#include <QString>

namespace modeldeck::Workspace {

// $MODELDECK_WORKSPACE if set, else <AppDataLocation>/workspace.
MODELDECK_CORE_EXPORT QString defaultDir();
// <AppDataLocation>/demo: the first-run workspace seeded with the bundled sample data.
MODELDECK_CORE_EXPORT QString demoDir();
// Resource path of the bundled sample CSV (RELIANCE, NSE, 5-minute bars, MIT licence).
MODELDECK_CORE_EXPORT QString sampleDataPath();
MODELDECK_CORE_EXPORT QString sampleDataSymbol();

} // namespace modeldeck::Workspace
