#include "LinearForecaster.h"

namespace modeldeck {

LinearForecasterImpl::LinearForecasterImpl(const ModelConfig &config, int featureCount)
    : m_lookback(config.lookback), m_featureCount(featureCount)
{
    // hiddenSize, layers and dropout do not apply: there is nothing between input and output.
    m_linear = register_module(
        "linear", torch::nn::Linear(static_cast<int64_t>(m_lookback) * m_featureCount, 1));
}

torch::Tensor LinearForecasterImpl::forward(const torch::Tensor &windows)
{
    TORCH_CHECK(windows.dim() == 3 && windows.size(1) == m_lookback
                    && windows.size(2) == m_featureCount,
                "linear_bot expects windows [batch, ", m_lookback, ", ", m_featureCount, "], got ",
                windows.sizes());
    return m_linear->forward(windows.flatten(1)).squeeze(-1);
}

} // namespace modeldeck
