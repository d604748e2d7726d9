#pragma once
// SQL for ml_models: named, versioned models ready to predict. Works on the calling thread's
// connection; writers that must be atomic together (choose a version, insert, activate) run
// inside the caller's WriteTransaction.

#include "domain/RegisteredModel.h"
#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT ModelRegistryRepository
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::ModelRegistryRepository)
public:
    explicit ModelRegistryRepository(QSqlDatabase db);

    // Inserts the row as given (name, version, is_active…); a taken name+version is an Error
    // naming both.
    Result<qint64> insert(const RegisteredModel &model);
    // Every version of `name`, oldest first.
    Result<std::vector<RegisteredModel>> versions(const QString &name);
    // By name, newest version first.
    Result<std::vector<RegisteredModel>> list(const ModelFilter &filter = {});

    // Makes row `id` the active model of its symbol and timeframe, deactivating the one that
    // was; run inside a WriteTransaction so nobody sees two or none in between.
    Status activate(qint64 id);
    // Deactivates every version of `name`; how many rows changed.
    Result<int> deactivate(const QString &name);
    Status remove(qint64 id);
    // Renames every version of `oldName`; how many rows changed. A taken `newName` is an Error.
    Result<int> rename(const QString &oldName, const QString &newName);
    // Sets description and tags on every version of `name` (they describe the model, not one
    // version); how many rows changed.
    Result<int> setDetails(const QString &name, const QString &description,
                           const QStringList &tags);

    // Every model name in use (any version), sorted: what a new name must differ from.
    Result<QStringList> names();
    // Every file the registry refers to (for reconciling the models folder).
    Result<QStringList> filePaths();
    // One model's intervals JSON (none when there is no model with that id), and replacing it:
    // adaptive intervals move as saved predictions get their actuals.
    Result<std::optional<QJsonObject>> intervals(qint64 id);
    Result<int> setIntervals(qint64 id, const QJsonObject &intervals);

private:
    QSqlDatabase m_db;
};

} // namespace modeldeck
