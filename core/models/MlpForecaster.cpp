#include "MlpForecaster.h"

namespace modeldeck {

MlpForecasterImpl::MlpForecasterImpl(const ModelConfig &config, int featureCount)
    : m_lookback(config.lookback), m_featureCount(featureCount)
{
    torch::nn::Sequential body;
    int64_t width = static_cast<int64_t>(m_lookback) * m_featureCount;
    for (int i = 0; i < config.layers; ++i) {
        body->push_back(torch::nn::Linear(width, config.hiddenSize));
        body->push_back(torch::nn::ReLU());
        body->push_back(torch::nn::Dropout(config.dropout));
        width = config.hiddenSize;
    }
    m_body = register_module("body", body);
    m_head = register_module("head", torch::nn::Linear(width, 1));
}

torch::Tensor MlpForecasterImpl::forward(const torch::Tensor &windows)
{
    TORCH_CHECK(windows.dim() == 3 && windows.size(1) == m_lookback
                    && windows.size(2) == m_featureCount,
                "mlp_bot expects windows [batch, ", m_lookback, ", ", m_featureCount, "], got ",
                windows.sizes());
    return m_head->forward(m_body->forward(windows.flatten(1))).squeeze(-1);
}

} // namespace modeldeck
