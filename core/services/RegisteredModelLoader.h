#pragma once
// Loading a saved model to predict with, shared by PredictionService (one forecast from the
// newest bars) and ModelBacktest (forecasts over a window): the feature contract from its
// registry entry, its file resolved inside the workspace and hash-checked, and the network or
// booster built by format and bot. Errors name the model and version.

#include "domain/RegisteredModel.h"
#include "features/SavedFeatures.h"
#include "modeldeck_core_export.h"
#include "training/InferenceModel.h"
#include "util/Result.h"

#include <memory>

namespace modeldeck {

struct LoadedModel
{
    RegisteredModel entry;
    SavedFeatures features;
    std::shared_ptr<InferenceModel> network;
};

namespace RegisteredModelLoader {

// The network of `m` from its file at `path` (already resolved inside the workspace).
MODELDECK_CORE_EXPORT Result<std::shared_ptr<InferenceModel>>
loadNetwork(const RegisteredModel &m, const QString &path, const SavedFeatures &features);
// Everything: features, path (PathSanitizer, must exist) and network.
MODELDECK_CORE_EXPORT Result<LoadedModel> load(const RegisteredModel &m,
                                               const QString &workspaceDir);

} // namespace RegisteredModelLoader

} // namespace modeldeck
