#pragma once
// Torch forecasting modules. Included only by code in the modeldeck_ml object library.
// Every model maps a batch of windows [batch, lookback, features] to one scaled target per
// window [batch].

#include "models/ModelConfig.h"

#include <memory>
#include <torch/torch.h>

namespace modeldeck {

class ForecasterImpl : public torch::nn::Module
{
public:
    virtual torch::Tensor forward(const torch::Tensor &windows) = 0;
};

// Builds the module for config.bot (not "naive", which has no parameters and is handled by
// the trainer). Seeds torch with config.seed first so initial weights are reproducible.
Result<std::shared_ptr<ForecasterImpl>> createForecaster(const ModelConfig &config,
                                                         int featureCount);

} // namespace modeldeck
