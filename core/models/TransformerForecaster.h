#pragma once
// transformer_bot: a linear embedding plus sinusoidal positions, a Transformer encoder over the
// window, and a head on the last position.

#include "models/Forecaster.h"

namespace modeldeck {

class TransformerForecasterImpl : public ForecasterImpl
{
public:
    TransformerForecasterImpl(const ModelConfig &config, int featureCount);
    torch::Tensor forward(const torch::Tensor &windows) override;

private:
    int m_featureCount;
    torch::nn::Linear m_embedding { nullptr };
    torch::Tensor
        m_positions; // [lookback, 1, d_model], a buffer: saved with the model, not trained
    torch::nn::TransformerEncoder m_encoder { nullptr };
    torch::nn::Linear m_head { nullptr };
};

} // namespace modeldeck
