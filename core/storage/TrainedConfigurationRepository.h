#pragma once
// SQL for trained_configurations: saved strategy configurations, newest first.

#include "domain/TrainedConfiguration.h"
#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT TrainedConfigurationRepository
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::TrainedConfigurationRepository)
public:
    explicit TrainedConfigurationRepository(QSqlDatabase db);

    // A taken name is an error saying so (names are unique).
    Result<qint64> insert(const TrainedConfiguration &configuration);
    Result<std::optional<TrainedConfiguration>> find(qint64 id);
    Result<std::optional<TrainedConfiguration>> findByName(const QString &name);
    // Newest first; empty filters match all; `limit` < 1: all.
    Result<std::vector<TrainedConfiguration>> list(const QString &symbol = {},
                                                   const QString &timeframe = {},
                                                   const QString &strategy = {}, int limit = -1);
    // An error when there is no such row.
    // Inside the caller's write transaction.
    Status remove(qint64 id);

private:
    Result<std::optional<TrainedConfiguration>> findWhere(const QString &where,
                                                          const QVariant &value);
    QSqlDatabase m_db;
};

} // namespace modeldeck
