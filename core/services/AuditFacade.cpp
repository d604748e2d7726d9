#include "services/AuditFacade.h"

#include "services/AuditLog.h"
#include "services/PoolTask.h"

namespace modeldeck {

AuditFacade::AuditFacade(std::shared_ptr<Database> database) : m_database(std::move(database)) { }

QCoro::Task<Result<std::vector<AuditEntry>>> AuditFacade::list(AuditFilter filter) const
{
    return onPool(m_database, [filter](const Database &db) { return AuditLog::list(db, filter); });
}

QCoro::Task<Result<int>> AuditFacade::exportCsv(AuditFilter filter, QString path) const
{
    return onPool(m_database, [filter, path](const Database &db) {
        return AuditLog::exportCsv(db, filter, path);
    });
}

QCoro::Task<Status> AuditFacade::recordSettings(QStringList changedKeys) const
{
    return onPool(m_database, [changedKeys](const Database &db) {
        return AuditLog::recordSettings(db, changedKeys);
    });
}

} // namespace modeldeck
