#pragma once
// SQL for search_trials: the finished trials of a search job, written one by one as they end
// (so a stopped or crashed search resumes from them) and read back by the optimizer view.

#include "domain/SearchTrial.h"
#include "modeldeck_core_export.h"
#include "storage/BusyRetry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT SearchTrialRepository
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::SearchTrialRepository)
public:
    explicit SearchTrialRepository(QSqlDatabase db);

    // Records a finished trial of the job in its own transaction, waiting out a locked
    // database. A running trial is not stored. Writing a trial number that exists replaces it
    // (a resumed search re-runs a trial only if its row was never written).
    Status record(qint64 jobId, const SearchTrial &trial);
    // The job's trials by number. Rows that do not parse (a damaged database) are skipped.
    Result<std::vector<SearchTrial>> forJob(qint64 jobId);

private:
    QSqlDatabase m_db;
};

} // namespace modeldeck
