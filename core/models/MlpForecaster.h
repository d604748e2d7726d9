#pragma once
// mlp_bot: the flattened window through `layers` hidden ReLU layers to one output.

#include "models/Forecaster.h"

namespace modeldeck {

class MlpForecasterImpl : public ForecasterImpl
{
public:
    MlpForecasterImpl(const ModelConfig &config, int featureCount);
    torch::Tensor forward(const torch::Tensor &windows) override;

private:
    int m_lookback;
    int m_featureCount;
    torch::nn::Sequential m_body { nullptr };
    torch::nn::Linear m_head { nullptr };
};

} // namespace modeldeck
