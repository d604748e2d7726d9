#pragma once
// The first run's demo: when the demo workspace is created, the default bots are queued on the
// bundled sample so a newcomer sees model cards appear and the queue's live progress within
// seconds, instead of an empty Models tab. Ordinary queue jobs: persisted, and paused, stopped
// or removed like any others.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace modeldeck {

class Database;

namespace DemoTraining {

// Quickest first, so the first card appears within seconds. naive is left out: it learns
// nothing, and every card already compares its model with it ("Skill vs naive").
MODELDECK_CORE_EXPORT QStringList bots();
// The demo jobs' hyperparameters: only fewer epochs than the bot's default, so the whole batch
// finishes in about a minute on a 2-core laptop. The bots' own defaults stay for real work.
MODELDECK_CORE_EXPORT QJsonObject params(const QString &bot);

// Pool thread; call it right after seeding a new demo workspace. Queues bots() on every series
// of the sample symbol with enough bars for them (planAutoTrain decides, as for Auto-train),
// unless the workspace has any job at all: then the user has queued work of their own, or
// the demo ran here before. Returns how many jobs it queued. Does not start the queue.
MODELDECK_CORE_EXPORT Result<int> enqueue(const Database &database);

} // namespace DemoTraining
} // namespace modeldeck
