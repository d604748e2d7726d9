#pragma once
// Named, versioned models ready to predict. Saving a training record under a name copies its
// model file into models/registry/ (hash-checked) and registers it as the next version, so a
// registered model never changes under its users however its training records are archived,
// cleared or retrained. Saving under a name again adds a version and keeps the older ones for
// rollback; one model is active per symbol and timeframe.

#include "domain/AuditEntry.h"
#include "domain/RegisteredModel.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace modeldeck {

class Database;

struct SaveModelRequest
{
    qint64 recordId = 0;
    QString name;
    QString description;
    QStringList tags;
    bool activate = false; // also implied when a version of the name is active (it moves on)
};

struct Activation
{
    RegisteredModel model;
    std::optional<RegisteredModel> replaced; // the model that was active for its symbol+timeframe
};

struct RemovedModels
{
    int versions = 0;
    qint64 bytes = 0;
    bool wasActive = false;
    int filesLeft = 0; // files that could not be removed (the next reconcile removes them)
};

struct ExportedModel
{
    QString modelFile;
    QString sidecarFile;
};

class MODELDECK_CORE_EXPORT ModelRegistry
{
public:
    static constexpr int kMaxNameLength = 100;

    explicit ModelRegistry(const Database &database);

    // Non-empty, at most 100 characters, no control characters and no leading or trailing
    // spaces (so “a” and “a ” cannot be two models).
    static Status validateName(const QString &name);

    Result<RegisteredModel> saveRecord(const SaveModelRequest &request);
    // Registers `draft` as the next version of draft.name with a copy of `fileBytes` under
    // models/<folder>/. Versions of one name must share symbol and timeframe. The new version
    // is active when `activate` is set or a version of the name is active: a name in use moves
    // on to its newest version, and activating an older one rolls back. `audit`, when it has
    // an action, is recorded in the same transaction with the new version's number (and
    // whether it became active) added to its details.
    Result<RegisteredModel> add(RegisteredModel draft, const QByteArray &fileBytes,
                                const QString &folder, bool activate, AuditEntry audit = {});

    // `version` empty: the latest. Errors name the model and list its versions.
    Result<RegisteredModel> find(const QString &name,
                                 std::optional<int> version = std::nullopt) const;
    // Every version, oldest first; an Error when the name is unknown.
    Result<std::vector<RegisteredModel>> versions(const QString &name) const;
    Result<std::vector<RegisteredModel>> list(const ModelFilter &filter = {}) const;

    // Makes one version (default: the latest) the active model of its symbol and timeframe.
    // Audited as "rollback" when it replaces a newer version of the same name, else "activate".
    // `alsoInTransaction`, when given, runs on this thread's connection inside the activation's
    // transaction (a write that must happen with it or not at all, such as marking the A/B test
    // the activation came from); its failure rolls the activation back.
    Result<Activation> activate(const QString &name, std::optional<int> version = std::nullopt,
                                const std::function<Status()> &alsoInTransaction = {});
    // Deletes one version, or every version when `version` is empty, and their files.
    Result<RemovedModels> remove(const QString &name, std::optional<int> version = std::nullopt);
    // Renames every version of `oldName` in one transaction; versions, files and activation
    // stay. The new name must pass validateName and not be taken by another model.
    Status rename(const QString &oldName, const QString &newName);
    // Replaces the description and tags of every version of `name` (validated as on save:
    // tags trimmed and de-duplicated, limits on count and length).
    Status setDetails(const QString &name, const QString &description, const QStringList &tags);
    // Whether the model's file is there and still has the SHA-256 it was registered with;
    // reads the whole file, so call it off the GUI thread.
    Status checkFile(const RegisteredModel &model) const;
    // The two files exportModel writes for `model` into `dir`.
    static ExportedModel exportPaths(const RegisteredModel &model, const QString &dir);
    // Writes <dir>/<name>-v<version>.pt and .json (the sidecar, see ModelSidecar) atomically.
    // Existing files are an error unless `overwrite`. Audited as "export": the row is written
    // before the files under the same write transaction, committed once both files are in place.
    Result<ExportedModel> exportModel(const QString &name, std::optional<int> version,
                                      const QString &dir, bool overwrite = false) const;

private:
    const Database &m_database;
};

} // namespace modeldeck
