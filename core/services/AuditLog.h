#pragma once
// The audit log as services use it: each service that does a user action (queueing training,
// saving, clearing, deleting, activating, importing, exporting, settings) records one
// AuditEntry, inside the action's own transaction where it has one (AuditRepository::insert),
// so the GUI and the CLI log through the same code. Which program did it is a process-wide
// setting made once in main().

#include "domain/AuditEntry.h"
#include "domain/TrainingJob.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace modeldeck {

class Database;

namespace AuditLog {

enum class Source { Gui, Cli };

// Set once in main(), before the first action; "gui" until then.
MODELDECK_CORE_EXPORT void setSource(Source source);
MODELDECK_CORE_EXPORT QString sourceName();

// An entry stamped now with this process's source.
MODELDECK_CORE_EXPORT AuditEntry entry(const QString &action, const QString &subject,
                                       const QJsonObject &details = {});
// The "train" entry of a job being queued: bot, horizon, retrain_of and search in its details,
// and `origin` when another action than a single Train Model queued it ("auto" for auto-train).
// JobRepository::enqueue adds the job's id in its transaction.
MODELDECK_CORE_EXPORT AuditEntry trainingQueued(const JobSpec &spec, const QString &origin = {});
// "AAPL 1h": the subject of a series.
MODELDECK_CORE_EXPORT QString seriesSubject(const QString &symbol, const QString &timeframe);

// Writes `entry` in a transaction of its own: for actions that write no rows themselves (a
// model export, a change of settings), recorded once they have succeeded.
MODELDECK_CORE_EXPORT Status record(const Database &database, const AuditEntry &entry);
// The settings keys that changed, as one "settings" entry; nothing when the list is empty.
MODELDECK_CORE_EXPORT Status recordSettings(const Database &database,
                                            const QStringList &changedKeys);

MODELDECK_CORE_EXPORT Result<std::vector<AuditEntry>> list(const Database &database,
                                                           const AuditFilter &filter);

// The CSV the GUI and the CLI export: a header, then one row per entry (time as ISO-8601 UTC,
// details as JSON text), RFC 4180 quoting (CsvWriter).
MODELDECK_CORE_EXPORT QByteArray csv(const std::vector<AuditEntry> &entries);
// The entries `filter` selects written to `path` as csv(), atomically: the file appears whole
// or not at all (an existing file is replaced only by a complete one). Returns the row count.
MODELDECK_CORE_EXPORT Result<int> exportCsv(const Database &database, const AuditFilter &filter,
                                            const QString &path);

} // namespace AuditLog
} // namespace modeldeck
