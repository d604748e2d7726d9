#include "ModelImporter.h"

#include "domain/Timeframe.h"
#include "features/FeatureSet.h"
#include "models/TreeBooster.h"
#include "services/AuditLog.h"
#include "services/ModelRegistry.h"
#include "services/ModelSidecar.h"
#include "training/InferenceModel.h"
#include "training/ModelFile.h"
#include "util/PathSanitizer.h"
#include "util/SafeRead.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::ModelImporter)
};

constexpr qint64 kMaxImportBytes = qint64(1) << 30;

Result<QByteArray> readFile(const QString &path, qint64 maxBytes, const QString &what)
{
    auto bytes = SafeRead::readRegularFile(path, maxBytes);
    if (!bytes)
        return Error { Tr::tr("The %1 cannot be read: %2").arg(what, bytes.error().message), path };
    return bytes;
}

// A tree model's inputs are named: a model trained on other columns (or in another order)
// is refused with both lists, since its predictions would silently mean something else.
Status checkTreeColumns(const ModelSidecar &sidecar, const QByteArray &bytes)
{
    auto booster = TreeBooster::fromBytes(bytes);
    if (!booster)
        return booster.error();
    const QStringList expected
        = FeatureSet::windowColumnNames(sidecar.features.names, sidecar.features.config.lookback);
    auto names = booster->featureNames();
    if (!names)
        return names.error();
    auto count = booster->featureCount();
    if (!count)
        return count.error();
    if (*count != expected.size() || (!names->isEmpty() && *names != expected)) {
        const QString modelColumns = names->isEmpty()
            ? Tr::tr("%n unnamed columns", nullptr, *count)
            : names->join(QStringLiteral(", "));
        return Error { Tr::tr("The XGBoost model was trained on other inputs than its sidecar "
                              "describes. The model reads: %1. The sidecar's features give: %2.")
                           .arg(modelColumns, expected.join(QStringLiteral(", "))) };
    }
    return {};
}

// Loads the bytes as the sidecar says and runs one all-zero window through them.
Status checkLoads(const ModelSidecar &sidecar, const QByteArray &bytes)
{
    const int lookback = sidecar.features.config.lookback;
    const int featureCount = int(sidecar.features.names.size());
    if (sidecar.format == RegisteredModel::Format::TorchScript) {
        // fromTorchScript runs the all-zero window itself.
        auto model = InferenceModel::fromTorchScript(bytes, lookback, featureCount,
                                                     int(sidecar.horizons.size()));
        return model ? Status() : Status(model.error());
    }
    if (ModelConfig::isTreeModel(sidecar.bot)) {
        if (auto columns = checkTreeColumns(sidecar, bytes); !columns)
            return columns;
    }
    auto config = ModelConfig::fromJson(sidecar.bot, sidecar.modelConfig);
    if (!config)
        return config.error();
    auto model = InferenceModel::fromModelFile(bytes, *config, featureCount);
    if (!model)
        return model.error();
    const std::vector<float> zeros(size_t(lookback) * size_t(featureCount), 0.0f);
    if (auto probe = (*model)->forward(zeros, 1); !probe)
        return probe.error();
    return {};
}

// The bytes the registry keeps: a tree model in XGBoost's UBJSON, whatever the import's format
// (Python saves JSON), so the stored file matches its .ubj name; the model itself is the same.
Result<QByteArray> storedBytes(const ModelSidecar &sidecar, const QByteArray &bytes)
{
    if (sidecar.format != RegisteredModel::Format::ModelDeck
        || !ModelConfig::isTreeModel(sidecar.bot))
        return bytes;
    auto booster = TreeBooster::fromBytes(bytes);
    if (!booster)
        return booster.error();
    return booster->serialize();
}

} // namespace

ModelImporter::ModelImporter(const Database &database) : m_database(database) { }

QString ModelImporter::defaultSidecar(const QString &modelFile)
{
    const QFileInfo info(modelFile);
    const QString beside = info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
    // A model saved as JSON (XGBoost from Python) cannot be its own sidecar.
    if (QFileInfo(beside) == info)
        return info.dir().filePath(info.completeBaseName() + QStringLiteral(".sidecar.json"));
    return beside;
}

Result<RegisteredModel> ModelImporter::run(const ModelImportRequest &request, ImportTrust trust)
{
    // Deserialising a foreign file runs code from it: the caller must have asked the user.
    if (trust != ImportTrust::Confirmed) {
        return Error { Tr::tr("Importing a model file runs code from it, so it is imported only "
                              "after you confirm that you trust where it came from. Nothing was "
                              "imported."),
                       request.modelFile };
    }
    const QString sidecarPath
        = request.sidecarFile.isEmpty() ? defaultSidecar(request.modelFile) : request.sidecarFile;
    auto sidecarBytes
        = readFile(sidecarPath, ModelSidecar::kMaxBytes, Tr::tr("model sidecar (JSON)"));
    if (!sidecarBytes)
        return sidecarBytes.error();
    auto sidecar = ModelSidecar::parse(*sidecarBytes);
    if (!sidecar)
        return sidecar.error().withFile(sidecarPath);

    RegisteredModel draft;
    draft.name = request.name.isEmpty() ? sidecar->name : request.name;
    if (auto valid = ModelRegistry::validateName(draft.name); !valid)
        return valid.error();
    draft.symbol = (request.symbol.isEmpty() ? sidecar->symbol : request.symbol).toUpper();
    const QString timeframe = request.timeframe.isEmpty() ? sidecar->timeframe : request.timeframe;
    if (draft.symbol.isEmpty() || timeframe.isEmpty()) {
        return Error { Tr::tr(
            "Say which symbol and timeframe the model predicts (in the sidecar's \"symbol\" and "
            "\"timeframe\", or with the import request).") };
    }
    if (auto valid = PathSanitizer::validateSymbol(draft.symbol); !valid)
        return valid.error();
    auto tf = Timeframe::parse(timeframe);
    if (!tf)
        return tf.error();
    draft.timeframe = tf->name();

    auto bytes = readFile(request.modelFile, kMaxImportBytes, Tr::tr("model file"));
    if (!bytes)
        return bytes.error();
    const QString sha = ModelFile::sha256Hex(*bytes);
    if (!sidecar->sha256.isEmpty() && sidecar->sha256 != sha) {
        return Error { Tr::tr(
                           "The model file is not the one its sidecar describes (SHA-256 %1…, the "
                           "sidecar says %2…).")
                           .arg(sha.left(12), sidecar->sha256.left(12)),
                       request.modelFile };
    }
    if (auto loads = checkLoads(*sidecar, *bytes); !loads)
        return loads.error().withFile(request.modelFile);
    auto stored = storedBytes(*sidecar, *bytes);
    if (!stored)
        return stored.error().withFile(request.modelFile);

    draft.bot = sidecar->bot;
    draft.format = sidecar->format;
    draft.horizons = sidecar->horizons;
    draft.modelConfig = sidecar->modelConfig;
    draft.featureConfig = sidecar->features.toJson();
    draft.intervals = sidecar->intervals;
    draft.metrics = sidecar->metrics;
    draft.description = request.description.isEmpty() ? sidecar->description : request.description;
    draft.tags = request.tags.isEmpty() ? sidecar->tags : request.tags;
    const AuditEntry audit = AuditLog::entry(
        AuditAction::Import, draft.name,
        { { QStringLiteral("kind"), QStringLiteral("model") },
          { QStringLiteral("file"), QFileInfo(request.modelFile).fileName() },
          { QStringLiteral("series"), AuditLog::seriesSubject(draft.symbol, draft.timeframe) },
          { QStringLiteral("bot"), draft.bot } });
    return ModelRegistry(m_database)
        .add(std::move(draft), *stored, QStringLiteral("imported"), request.activate, audit);
}

} // namespace modeldeck
