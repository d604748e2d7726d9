#include "services/DriftMonitor.h"

#include "monitoring/PerformanceDrift.h"
#include "services/InputDriftCheck.h"
#include "storage/Database.h"
#include "storage/ModelRegistryRepository.h"

#include <QCoreApplication>

namespace modeldeck::DriftMonitor {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::DriftMonitor)
};

Status record(AlertRepository &alerts, const QString &model, int horizon,
              const std::vector<DriftCheck> &checks, const QDateTime &now,
              std::vector<Alert> *raised = nullptr)
{
    for (const DriftCheck &check : checks) {
        if (auto stored = alerts.insertCheck(model, horizon, check, now); !stored)
            return stored.error();
        if (!check.drift)
            continue;
        Alert alert;
        alert.severity = QStringLiteral("warning");
        alert.modelName = model;
        alert.kind = check.kind + QStringLiteral("_drift");
        alert.message = check.message;
        alert.createdAt = now;
        auto isNew = alerts.raise(alert);
        if (!isNew)
            return isNew.error();
        if (*isNew && raised)
            raised->push_back(alert);
    }
    return {};
}

} // namespace

Result<std::optional<RegisteredModel>> referenceVersion(QSqlDatabase db, const QString &model)
{
    auto versions = ModelRegistryRepository(db).versions(model);
    if (!versions)
        return versions.error();
    const RegisteredModel *reference = representativeVersion(*versions);
    return reference ? std::optional<RegisteredModel>(*reference) : std::nullopt;
}

Status afterFill(QSqlDatabase db, const QString &model, int horizon, const LivePerformance &live,
                 const QDateTime &now, std::vector<Alert> &raised)
{
    auto reference = referenceVersion(db, model);
    if (!reference)
        return reference.error();
    if (!*reference)
        return {}; // deleted: its predictions stay, there is nothing to hold them against
    const RegisteredModel &m = **reference;
    std::vector<DriftCheck> checks = PerformanceDrift::check(live, m.metrics, model);
    // Inputs do not depend on the horizon: checked with the model's first one only. A check
    // that cannot run (damaged settings) must not undo the fill; `drift --check` says why.
    if (m.horizons.isEmpty() || m.horizons.front() == horizon) {
        if (auto input = checkInputDrift(db, m); input && *input)
            checks.push_back((*input)->check);
    }
    AlertRepository alerts(db);
    return record(alerts, model, horizon, checks, now, &raised);
}

Result<std::optional<InputDrift::Result>> checkInputsNow(const Database &database,
                                                         const QString &model)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    WriteTransaction tx(*db);
    if (!tx.isActive())
        return tx.beginError();
    auto reference = referenceVersion(*db, model);
    if (!reference)
        return reference.error();
    if (!*reference)
        return Error { Tr::tr("There is no model named “%1” in this workspace.").arg(model) };
    auto result = checkInputDrift(*db, **reference);
    if (!result)
        return result.error();
    if (!*result)
        return result;
    AlertRepository alerts(*db);
    const int horizon = (*reference)->horizons.isEmpty() ? 1 : (*reference)->horizons.front();
    if (auto stored
        = record(alerts, model, horizon, { (**result).check }, QDateTime::currentDateTimeUtc());
        !stored)
        return stored.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace modeldeck::DriftMonitor
