#pragma once
// A network ready to predict, whichever file it came from: a ModelDeck model file (parameters
// of a known architecture) or an imported TorchScript module. Torch-free header, so services
// outside the modeldeck_ml library can hold and run models.

#include "features/FeatureSet.h"
#include "modeldeck_core_export.h"
#include "models/ModelConfig.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <memory>
#include <span>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT InferenceModel
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::InferenceModel)
public:
    virtual ~InferenceModel();
    InferenceModel(const InferenceModel &) = delete;
    InferenceModel &operator=(const InferenceModel &) = delete;

    int lookback() const { return m_lookback; }
    int featureCount() const { return m_featureCount; }
    int outputCount() const { return m_outputs; }

    // windows: row-major [batch × lookback × featureCount] scaled features. Returns the scaled
    // outputs, row-major [batch × outputCount]. Never throws; torch errors come back as an Error.
    Result<std::vector<double>> forward(std::span<const float> windows, int batch);
    // Prices predicted for the samples of `range` (first output), in batches.
    Result<std::vector<double>> predictPrices(const FeatureSet &features, SampleRange range);

    // From hash-verified bytes of a ModelDeck model file (see ModelFile), or of an XGBoost
    // model (JSON or UBJSON) for the tree bots; one output.
    static Result<std::unique_ptr<InferenceModel>>
    fromModelFile(const QByteArray &bytes, const ModelConfig &config, int featureCount);
    // From the bytes of a TorchScript file (torch.jit.save). Deserialising runs code from the
    // file: only for files the user confirmed or whose recorded hash they match. The module
    // must map [batch, lookback, featureCount] to [batch] (one output) or [batch, outputs]; one
    // forward pass on an all-zero window checks that, and a module failing it is refused.
    static Result<std::unique_ptr<InferenceModel>>
    fromTorchScript(const QByteArray &bytes, int lookback, int featureCount, int outputs);

protected:
    InferenceModel(int lookback, int featureCount, int outputs);
    // Called with windows.size() == batch × lookback × featureCount; may throw.
    virtual std::vector<double> run(std::span<const float> windows, int batch) = 0;

private:
    int m_lookback;
    int m_featureCount;
    int m_outputs;
};

} // namespace modeldeck
