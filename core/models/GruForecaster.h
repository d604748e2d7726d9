#pragma once
// gru_bot: a stacked GRU over the window; the last time step's hidden state predicts the target.

#include "models/Forecaster.h"

namespace modeldeck {

class GruForecasterImpl : public ForecasterImpl
{
public:
    GruForecasterImpl(const ModelConfig &config, int featureCount);
    torch::Tensor forward(const torch::Tensor &windows) override;

private:
    int m_featureCount;
    torch::nn::GRU m_gru { nullptr };
    torch::nn::Dropout m_dropout { nullptr };
    torch::nn::Linear m_head { nullptr };
};

} // namespace modeldeck
