#include "services/RegistryFacade.h"

#include "services/ModelFileChecks.h"
#include "services/PoolTask.h"

#include <QFile>

namespace modeldeck {

RegistryFacade::RegistryFacade(std::shared_ptr<Database> database) : m_database(std::move(database))
{
}

QCoro::Task<Result<std::vector<RegisteredModel>>> RegistryFacade::list(ModelFilter filter) const
{
    return onPool(m_database,
                  [filter](const Database &db) { return ModelRegistry(db).list(filter); });
}

QCoro::Task<Result<std::vector<RegisteredModel>>> RegistryFacade::versions(QString name) const
{
    return onPool(m_database,
                  [name](const Database &db) { return ModelRegistry(db).versions(name); });
}

QCoro::Task<std::vector<Status>>
RegistryFacade::checkFiles(std::vector<RegisteredModel> models,
                           std::shared_ptr<ModelFileChecks> checks) const
{
    return onPool(m_database, [models = std::move(models), checks](const Database &db) {
        const ModelRegistry registry(db);
        std::vector<Status> results;
        results.reserve(models.size());
        for (const RegisteredModel &model : models)
            results.push_back(checks->check(registry, db.workspaceDir(), model));
        return results;
    });
}

QCoro::Task<Result<ActivationPlan>> RegistryFacade::planActivation(QString name, int version) const
{
    return onPool(m_database, [name, version](const Database &db) -> Result<ActivationPlan> {
        ModelRegistry registry(db);
        auto target = registry.find(name, version);
        if (!target)
            return target.error();
        ModelFilter series;
        series.symbol = target->symbol;
        series.timeframe = target->timeframe;
        series.activeOnly = true;
        auto current = registry.list(series);
        if (!current)
            return current.error();
        ActivationPlan plan { *target, std::nullopt };
        if (!current->empty())
            plan.current = current->front();
        return plan;
    });
}

QCoro::Task<Result<Activation>> RegistryFacade::activate(QString name, int version) const
{
    return onPool(m_database, [name, version](const Database &db) {
        return ModelRegistry(db).activate(name, version);
    });
}

QCoro::Task<Status> RegistryFacade::rename(QString oldName, QString newName) const
{
    return onPool(m_database, [oldName, newName](const Database &db) {
        return ModelRegistry(db).rename(oldName, newName);
    });
}

QCoro::Task<Status> RegistryFacade::setDetails(QString name, QString description,
                                               QStringList tags) const
{
    return onPool(m_database, [name, description, tags](const Database &db) {
        return ModelRegistry(db).setDetails(name, description, tags);
    });
}

QCoro::Task<Result<ExportPlan>> RegistryFacade::planExport(QString name, int version,
                                                           QString dir) const
{
    return onPool(m_database, [name, version, dir](const Database &db) -> Result<ExportPlan> {
        auto model = ModelRegistry(db).find(name, version);
        if (!model)
            return model.error();
        ExportPlan plan { ModelRegistry::exportPaths(*model, dir), {} };
        for (const QString &file : { plan.paths.modelFile, plan.paths.sidecarFile }) {
            if (QFile::exists(file))
                plan.existing << file;
        }
        return plan;
    });
}

QCoro::Task<Result<ExportedModel>> RegistryFacade::exportModel(QString name, int version,
                                                               QString dir, bool overwrite) const
{
    return onPool(m_database, [name, version, dir, overwrite](const Database &db) {
        return ModelRegistry(db).exportModel(name, version, dir, overwrite);
    });
}

QCoro::Task<Result<RemovedModels>> RegistryFacade::remove(QString name,
                                                          std::optional<int> version) const
{
    return onPool(m_database, [name, version](const Database &db) {
        return ModelRegistry(db).remove(name, version);
    });
}

} // namespace modeldeck
