#pragma once
// The registry as the GUI reaches it: every call runs on a pool thread and is awaited, so no
// SQL or file hashing runs on the GUI thread. Cheap to copy; a copy keeps the workspace's
// database open until its calls finish.

#include "domain/RegisteredModel.h"
#include "modeldeck_core_export.h"
#include "services/ModelRegistry.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class Database;
class ModelFileChecks;

// What activating a version would change: the version, and the model active for its series now.
struct ActivationPlan
{
    RegisteredModel target;
    std::optional<RegisteredModel> current;
};

// Where exporting a version writes, and which of those files exist already.
struct ExportPlan
{
    ExportedModel paths;
    QStringList existing;
};

class MODELDECK_CORE_EXPORT RegistryFacade
{
public:
    explicit RegistryFacade(std::shared_ptr<Database> database);

    QCoro::Task<Result<std::vector<RegisteredModel>>> list(ModelFilter filter = {}) const;
    QCoro::Task<Result<std::vector<RegisteredModel>>> versions(QString name) const;
    // Each model's file checked (ModelRegistry::checkFile), hashed again only when it changed
    // since `checks` last saw it; one Status per model, in order.
    QCoro::Task<std::vector<Status>> checkFiles(std::vector<RegisteredModel> models,
                                                std::shared_ptr<ModelFileChecks> checks) const;
    QCoro::Task<Result<ActivationPlan>> planActivation(QString name, int version) const;
    QCoro::Task<Result<Activation>> activate(QString name, int version) const;
    QCoro::Task<Status> rename(QString oldName, QString newName) const;
    QCoro::Task<Status> setDetails(QString name, QString description, QStringList tags) const;
    QCoro::Task<Result<ExportPlan>> planExport(QString name, int version, QString dir) const;
    QCoro::Task<Result<ExportedModel>> exportModel(QString name, int version, QString dir,
                                                   bool overwrite) const;
    QCoro::Task<Result<RemovedModels>> remove(QString name, std::optional<int> version) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace modeldeck
