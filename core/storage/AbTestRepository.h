#pragma once
// SQL for ab_tests: finished A/B tests, newest first, and the mark that a test's winner was
// activated.

#include "domain/AbTestRecord.h"
#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT AbTestRepository
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::AbTestRepository)
public:
    explicit AbTestRepository(QSqlDatabase db);

    Result<qint64> insert(const AbTestRecord &record);
    Result<std::optional<AbTestRecord>> find(qint64 id);
    // Newest first. With both names set, only tests of that pair (either way round); with one,
    // tests in which that model took part; with none, all. `limit` < 1: all.
    Result<std::vector<AbTestRecord>> list(const QString &modelA = {}, const QString &modelB = {},
                                           int limit = -1);
    // Run inside the caller's transaction (the winner's activation).
    Status markActivated(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace modeldeck
