#include "InferenceModel.h"

#include "models/Forecaster.h"
#include "models/TreeBooster.h"
#include "training/ModelFile.h"

#include <QCoreApplication>
#include <cmath>
#include <sstream>
#include <torch/script.h>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::InferenceModel)
};

QString firstLine(const char *what)
{
    return QString::fromUtf8(what).section(u'\n', 0, 0).trimmed();
}

torch::Tensor windowTensor(std::span<const float> windows, int batch, int lookback, int features)
{
    // from_blob does not copy and never writes: the const_cast only satisfies its signature.
    return torch::from_blob(const_cast<float *>(windows.data()), { batch, lookback, features },
                            torch::kFloat);
}

// [batch] or [batch, outputs] (also [batch, 1] for one output) → row-major doubles.
std::vector<double> outputsOf(const torch::Tensor &out, int batch, int outputs)
{
    const bool shapeOk = out.dim() >= 1 && out.size(0) == batch
        && out.numel() == qint64(batch) * outputs
        && (out.dim() == 1 ? outputs == 1 : out.dim() == 2);
    TORCH_CHECK(shapeOk, "expected an output of shape [", batch, ", ", outputs, "], got ",
                out.sizes());
    const torch::Tensor flat = out.to(torch::kDouble).contiguous().view({ -1 });
    const double *values = flat.data_ptr<double>();
    return std::vector<double>(values, values + flat.numel());
}

class NativeModel final : public InferenceModel
{
public:
    NativeModel(std::shared_ptr<ForecasterImpl> module, int lookback, int features)
        : InferenceModel(lookback, features, 1), m_module(std::move(module))
    {
        m_module->eval();
    }

protected:
    std::vector<double> run(std::span<const float> windows, int batch) override
    {
        c10::InferenceMode inference;
        return outputsOf(
            m_module->forward(windowTensor(windows, batch, lookback(), featureCount())), batch, 1);
    }

private:
    std::shared_ptr<ForecasterImpl> m_module;
};

class ScriptModel final : public InferenceModel
{
public:
    ScriptModel(torch::jit::Module module, int lookback, int features, int outputs)
        : InferenceModel(lookback, features, outputs), m_module(std::move(module))
    {
        m_module.eval();
    }

protected:
    std::vector<double> run(std::span<const float> windows, int batch) override
    {
        c10::InferenceMode inference;
        const torch::IValue out
            = m_module.forward({ windowTensor(windows, batch, lookback(), featureCount()) });
        TORCH_CHECK(out.isTensor(), "expected the module to return a tensor, got ", out.tagKind());
        return outputsOf(out.toTensor(), batch, outputCount());
    }

private:
    torch::jit::Module m_module;
};

// A tree ensemble reads each window flattened, which is how the windows arrive already.
class TreeModel final : public InferenceModel
{
public:
    TreeModel(TreeBooster booster, int lookback, int features)
        : InferenceModel(lookback, features, 1), m_booster(std::move(booster))
    {
    }

protected:
    std::vector<double> run(std::span<const float> windows, int batch) override
    {
        auto out = m_booster.predict(windows, batch);
        if (!out)
            throw std::runtime_error(out.error().message.toStdString());
        return std::move(*out);
    }

private:
    TreeBooster m_booster;
};

Result<std::unique_ptr<InferenceModel>> treeModel(const QByteArray &bytes, int lookback,
                                                  int featureCount)
{
    auto booster = TreeBooster::fromBytes(bytes);
    if (!booster)
        return booster.error();
    // A prediction is a few rows: one thread, not an OpenMP team per call beside the queue's
    // workers (XGBoost would use every core).
    if (auto single = booster->setParam(QStringLiteral("nthread"), QStringLiteral("1")); !single)
        return single.error();
    auto columns = booster->featureCount();
    if (!columns)
        return columns.error();
    if (*columns != lookback * featureCount) {
        return Error { Tr::tr("The tree model reads %1 columns, but %2 bars × %3 "
                              "features make %4.")
                           .arg(*columns)
                           .arg(lookback)
                           .arg(featureCount)
                           .arg(lookback * featureCount) };
    }
    return std::unique_ptr<InferenceModel>(
        std::make_unique<TreeModel>(std::move(*booster), lookback, featureCount));
}

} // namespace

InferenceModel::InferenceModel(int lookback, int featureCount, int outputs)
    : m_lookback(lookback), m_featureCount(featureCount), m_outputs(outputs)
{
}

InferenceModel::~InferenceModel() = default;

Result<std::vector<double>> InferenceModel::forward(std::span<const float> windows, int batch)
{
    if (batch < 1
        || windows.size() != size_t(batch) * size_t(m_lookback) * size_t(m_featureCount)) {
        return Error { tr("Internal error: %1 input values do not form %2 windows of %3 × %4.")
                           .arg(windows.size())
                           .arg(batch)
                           .arg(m_lookback)
                           .arg(m_featureCount) };
    }
    try {
        return run(windows, batch);
    } catch (const c10::Error &e) {
        return Error { tr("Prediction failed: %1").arg(firstLine(e.what_without_backtrace())) };
    } catch (const std::exception &e) {
        return Error { tr("Prediction failed: %1").arg(firstLine(e.what())) };
    }
}

Result<std::vector<double>> InferenceModel::predictPrices(const FeatureSet &features,
                                                          SampleRange range)
{
    std::vector<double> prices;
    constexpr int kBatch = 1024;
    for (int start = range.begin; start < range.end; start += kBatch) {
        const SampleRange batch { start, std::min(range.end, start + kBatch) };
        const std::vector<float> windows = features.windowTable(batch);
        auto out = forward(windows, batch.size());
        if (!out)
            return out.error();
        for (int i = 0; i < batch.size(); ++i)
            prices.push_back(features.toPrice(start + i, (*out)[size_t(i) * size_t(m_outputs)]));
    }
    return prices;
}

Result<std::unique_ptr<InferenceModel>>
InferenceModel::fromModelFile(const QByteArray &bytes, const ModelConfig &config, int featureCount)
{
    if (ModelConfig::isTreeModel(config.bot))
        return treeModel(bytes, config.lookback, featureCount);
    auto module = ModelFile::fromBytes(bytes, config, featureCount);
    if (!module)
        return module.error();
    return std::unique_ptr<InferenceModel>(
        std::make_unique<NativeModel>(*module, config.lookback, featureCount));
}

Result<std::unique_ptr<InferenceModel>> InferenceModel::fromTorchScript(const QByteArray &bytes,
                                                                        int lookback,
                                                                        int featureCount,
                                                                        int outputs)
{
    if (lookback < 1 || featureCount < 1 || outputs < 1)
        return Error { tr("Internal error: a model needs a lookback, features and outputs.") };
    std::unique_ptr<InferenceModel> model;
    try {
        std::istringstream stream(std::string(bytes.constData(), size_t(bytes.size())));
        torch::jit::Module module = torch::jit::load(stream, torch::kCPU);
        model = std::make_unique<ScriptModel>(std::move(module), lookback, featureCount, outputs);
    } catch (const c10::Error &e) {
        return Error { tr("This is not a TorchScript model LibTorch can load: %1")
                           .arg(firstLine(e.what_without_backtrace())) };
    } catch (const std::exception &e) {
        return Error {
            tr("This is not a TorchScript model LibTorch can load: %1").arg(firstLine(e.what()))
        };
    }
    // One window of zeros in the shape the feature settings promise: a module built for other
    // inputs fails here, at import, instead of at the first real prediction.
    const std::vector<float> zeros(size_t(lookback) * size_t(featureCount), 0.0f);
    auto probe = model->forward(zeros, 1);
    if (!probe) {
        return Error { tr("The model does not accept one window of %1 bars × %2 features (shape "
                          "[1, %1, %2]) as its "
                          "feature settings say: %3")
                           .arg(lookback)
                           .arg(featureCount)
                           .arg(probe.error().message) };
    }
    for (double v : *probe) {
        if (!std::isfinite(v))
            return Error { tr(
                "The model returns NaN or infinity for an all-zero window; it will not be used.") };
    }
    return model;
}

} // namespace modeldeck
