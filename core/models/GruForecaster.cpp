#include "GruForecaster.h"

namespace modeldeck {

GruForecasterImpl::GruForecasterImpl(const ModelConfig &config, int featureCount)
    : m_featureCount(featureCount)
{
    // Torch applies GRU dropout only between stacked layers and warns when asked for it with
    // one layer; the Dropout before the head covers the single-layer case.
    const double between = config.layers > 1 ? config.dropout : 0.0;
    m_gru = register_module("gru",
                            torch::nn::GRU(torch::nn::GRUOptions(featureCount, config.hiddenSize)
                                               .num_layers(config.layers)
                                               .batch_first(true)
                                               .dropout(between)));
    m_dropout = register_module("dropout", torch::nn::Dropout(config.dropout));
    m_head = register_module("head", torch::nn::Linear(config.hiddenSize, 1));
}

torch::Tensor GruForecasterImpl::forward(const torch::Tensor &windows)
{
    TORCH_CHECK(windows.dim() == 3 && windows.size(2) == m_featureCount,
                "gru_bot expects windows [batch, lookback, ", m_featureCount, "], got ",
                windows.sizes());
    const torch::Tensor sequence
        = std::get<0>(m_gru->forward(windows)); // [batch, lookback, hidden]
    const torch::Tensor last = sequence.select(1, -1);
    // squeeze(-1), not squeeze(): a batch of one must stay [1].
    return m_head->forward(m_dropout->forward(last)).squeeze(-1);
}

} // namespace modeldeck
