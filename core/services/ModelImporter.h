#pragma once
// Imports a model file made elsewhere (a TorchScript module exported from Python, or a model
// another ModelDeck workspace exported) with its JSON sidecar (see ModelSidecar) into the
// registry. Loading a foreign file runs code from it: run() refuses unless the caller says the
// user confirmed (ImportTrust). The file must load and accept one window of the shape its
// sidecar promises; it is then copied into models/imported/ with its SHA-256, so later loads
// are hash-checked like any other.

#include "domain/RegisteredModel.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QStringList>

namespace modeldeck {

class Database;

struct ModelImportRequest
{
    QString modelFile;
    QString sidecarFile; // empty: defaultSidecar(modelFile)
    QString name; // empty: the sidecar's
    QString symbol; // empty: the sidecar's
    QString timeframe; // empty: the sidecar's
    QString description; // empty: the sidecar's
    QStringList tags; // empty: the sidecar's
    bool activate = false;
};

// Whether the user confirmed they trust the file (the CLI asks or takes --yes; a GUI would
// ask in a dialog). There is no default: every caller says which.
enum class ImportTrust { NotConfirmed, Confirmed };

class MODELDECK_CORE_EXPORT ModelImporter
{
public:
    explicit ModelImporter(const Database &database);

    // model.pt → model.json beside it; model.json (an XGBoost model) → model.sidecar.json.
    static QString defaultSidecar(const QString &modelFile);

    // Refuses (an Error, nothing read) unless `trust` is Confirmed.
    Result<RegisteredModel> run(const ModelImportRequest &request, ImportTrust trust);

private:
    const Database &m_database;
};

} // namespace modeldeck
