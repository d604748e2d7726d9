#pragma once
// SQL for audit_log. insert() writes in the caller's transaction when there is one: the
// services call it inside the transaction of the action it records, so the row and the action
// commit or roll back together.

#include "domain/AuditEntry.h"
#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::AuditRepository)
public:
    explicit AuditRepository(QSqlDatabase db);

    // An entry without a time is stamped now. Services make entries with AuditLog::entry(),
    // which sets the process's source (the table refuses any other).
    Result<qint64> insert(const AuditEntry &entry);
    // Newest first (ties: the later insert first).
    Result<std::vector<AuditEntry>> list(const AuditFilter &filter);

private:
    QSqlDatabase m_db;
};

} // namespace modeldeck
