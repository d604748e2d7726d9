#pragma once
// lstm_bot: a stacked LSTM over the window; the last time step's hidden state predicts the target.

#include "models/Forecaster.h"

namespace modeldeck {

class LstmForecasterImpl : public ForecasterImpl
{
public:
    LstmForecasterImpl(const ModelConfig &config, int featureCount);
    torch::Tensor forward(const torch::Tensor &windows) override;

private:
    int m_featureCount;
    torch::nn::LSTM m_lstm { nullptr };
    torch::nn::Dropout m_dropout { nullptr };
    torch::nn::Linear m_head { nullptr };
};

} // namespace modeldeck
