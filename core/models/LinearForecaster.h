#pragma once
// linear_bot: one linear map from the flattened window to the target, the simplest learned
// baseline (an autoregression on every feature).

#include "models/Forecaster.h"

namespace modeldeck {

class LinearForecasterImpl : public ForecasterImpl
{
public:
    LinearForecasterImpl(const ModelConfig &config, int featureCount);
    torch::Tensor forward(const torch::Tensor &windows) override;

private:
    int m_lookback;
    int m_featureCount;
    torch::nn::Linear m_linear { nullptr };
};

} // namespace modeldeck
