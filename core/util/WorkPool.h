#pragma once
// The thread pool ModelDeck's own background work runs on (database reads, imports, parsing,
// report writing), instead of QThreadPool::globalInstance().
//
// Why not the global pool: Qt's raster paint engine splits large fills across the global pool
// and waits for the pieces on the GUI thread. While our long tasks held every global thread,
// painting one card waited for them: opening 100,000 records froze the window for 1 s
// (bench/app_load, gui_stall_max_ms). Keeping our work off that pool leaves it to Qt.

#include "modeldeck_core_export.h"

class QThreadPool;

namespace modeldeck {

// Created on first use as a child of the application object, which waits for its tasks when
// it is destroyed. Thread-safe.
MODELDECK_CORE_EXPORT QThreadPool *workPool();

} // namespace modeldeck
