#include "services/RegisteredModelLoader.h"

#include "training/ModelFile.h"
#include "util/PathSanitizer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace modeldeck::RegisteredModelLoader {

namespace {

// PredictionService's context: these messages were its own, and their translations stay valid.
// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::PredictionService)
};

QString label(const RegisteredModel &m)
{
    return Tr::tr("“%1” v%2").arg(m.name).arg(m.version);
}

} // namespace

Result<std::shared_ptr<InferenceModel>> loadNetwork(const RegisteredModel &m, const QString &path,
                                                    const SavedFeatures &features)
{
    auto bytes = ModelFile::readVerified(path, m.fileSha256);
    if (!bytes)
        return Error {
            Tr::tr("The model file of %1 (%2): %3").arg(label(m), m.filePath, bytes.error().message)
        };
    const int featureCount = int(features.names.size());
    Result<std::unique_ptr<InferenceModel>> model = Error {};
    if (m.format == RegisteredModel::Format::TorchScript) {
        model = InferenceModel::fromTorchScript(*bytes, features.config.lookback, featureCount,
                                                int(m.horizons.size()));
    } else {
        auto config = ModelConfig::fromJson(m.bot, m.modelConfig);
        if (!config)
            return Error { Tr::tr("The registry entry of %1 has damaged model settings: %2")
                               .arg(label(m), config.error().message) };
        model = InferenceModel::fromModelFile(*bytes, *config, featureCount);
    }
    if (!model)
        return Error {
            Tr::tr("The model file of %1 cannot be loaded: %2").arg(label(m), model.error().message)
        };
    if ((*model)->outputCount() != m.horizons.size()
        || (*model)->lookback() != features.config.lookback)
        return Error {
            Tr::tr("The model file of %1 does not fit its registry entry.").arg(label(m))
        };
    return std::shared_ptr<InferenceModel>(std::move(*model));
}

Result<LoadedModel> load(const RegisteredModel &m, const QString &workspaceDir)
{
    auto features = SavedFeatures::fromJson(m.featureConfig);
    if (!features)
        return Error { Tr::tr("The registry entry of %1 is damaged: %2")
                           .arg(label(m), features.error().message) };
    auto path = PathSanitizer::resolveInside(workspaceDir, m.filePath);
    if (!path)
        return path.error();
    if (!QFileInfo::exists(*path))
        return Error { Tr::tr("The model file of %1 (%2) is missing.").arg(label(m), m.filePath) };
    auto network = loadNetwork(m, *path, *features);
    if (!network)
        return network.error();
    return LoadedModel { m, std::move(*features), std::move(*network) };
}

} // namespace modeldeck::RegisteredModelLoader
