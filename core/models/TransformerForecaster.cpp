#include "TransformerForecaster.h"

#include <cmath>

namespace modeldeck {

namespace {

// The encoding of "Attention Is All You Need": sin on even, cos on odd dimensions, shaped
// [length, 1, dModel] to broadcast over the batch in LibTorch's [seq, batch, d] layout.
torch::Tensor sinusoidalPositions(int64_t length, int64_t dModel)
{
    const torch::Tensor position = torch::arange(length, torch::kFloat).unsqueeze(1);
    const torch::Tensor frequency
        = torch::exp(torch::arange(0, dModel, 2, torch::kFloat)
                     * (-std::log(10000.0) / static_cast<double>(dModel)));
    torch::Tensor table = torch::zeros({ length, dModel });
    table.index_put_(
        { torch::indexing::Slice(), torch::indexing::Slice(0, torch::indexing::None, 2) },
        torch::sin(position * frequency));
    // An odd dModel has one cosine column fewer than sine columns.
    const int64_t cosColumns = dModel / 2;
    table.index_put_(
        { torch::indexing::Slice(), torch::indexing::Slice(1, torch::indexing::None, 2) },
        torch::cos(position * frequency.narrow(0, 0, cosColumns)));
    return table.unsqueeze(1);
}

} // namespace

TransformerForecasterImpl::TransformerForecasterImpl(const ModelConfig &config, int featureCount)
    : m_featureCount(featureCount)
{
    const int64_t dModel = config.hiddenSize;
    m_embedding = register_module("embedding", torch::nn::Linear(featureCount, dModel));
    m_positions = register_buffer("positions", sinusoidalPositions(config.lookback, dModel));
    // LibTorch 1.13's encoder layer has no batch_first, hence the [seq, batch, d] layout below.
    const auto layer = torch::nn::TransformerEncoderLayerOptions(dModel, config.heads)
                           .dim_feedforward(2 * dModel)
                           .dropout(config.dropout);
    m_encoder = register_module(
        "encoder",
        torch::nn::TransformerEncoder(torch::nn::TransformerEncoderOptions(layer, config.layers)));
    m_head = register_module("head", torch::nn::Linear(dModel, 1));
}

torch::Tensor TransformerForecasterImpl::forward(const torch::Tensor &windows)
{
    TORCH_CHECK(windows.dim() == 3 && windows.size(2) == m_featureCount && windows.size(1) >= 1
                    && windows.size(1) <= m_positions.size(0),
                "transformer_bot expects windows [batch, 1..", m_positions.size(0), ", ",
                m_featureCount, "], got ", windows.sizes());
    const int64_t length = windows.size(1);
    torch::Tensor x = m_embedding->forward(windows).transpose(0, 1); // [lookback, batch, d]
    x = x + m_positions.narrow(0, 0, length);
    x = m_encoder->forward(x);
    // The last position, not a mean: without a mask it attends to the whole window anyway, and
    // its residual path keeps the newest bar, which matters most for a one-step forecast (as
    // the recurrent bots read their last step).
    return m_head->forward(x.select(0, -1)).squeeze(-1);
}

} // namespace modeldeck
