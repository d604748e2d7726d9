#pragma once
// The audit log as the GUI reaches it: reading, exporting and recording a change of settings,
// each on a pool thread and awaited. Cheap to copy; a copy keeps the workspace's database open
// until its calls finish.

#include "domain/AuditEntry.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QStringList>
#include <memory>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class Database;

class MODELDECK_CORE_EXPORT AuditFacade
{
public:
    explicit AuditFacade(std::shared_ptr<Database> database);

    QCoro::Task<Result<std::vector<AuditEntry>>> list(AuditFilter filter) const;
    // AuditLog::exportCsv: the rows written; no file on failure.
    QCoro::Task<Result<int>> exportCsv(AuditFilter filter, QString path) const;
    // The Settings dialog was accepted with these keys changed (AuditLog::recordSettings).
    QCoro::Task<Status> recordSettings(QStringList changedKeys) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace modeldeck
