#pragma once
// Whether a process id names a running process: the queue asks before it gives up on a job
// whose heartbeat is late, so a slow or just-resumed owner keeps its job.

#include "modeldeck_core_export.h"

#include <QtGlobal>

namespace modeldeck::ProcessProbe {

// True when a process with this id exists (also one owned by another user). Ids can be
// reused after a process ends, so true means "maybe alive", false means "gone".
MODELDECK_CORE_EXPORT bool exists(qint64 pid);

} // namespace modeldeck::ProcessProbe
