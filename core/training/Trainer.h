#pragma once
// Trains one forecaster on a FeatureSet: Adam/AdamW, MSE or Huber loss, gradient clipping,
// early stopping with the best weights restored, learning-rate halving on plateaus, and a
// cancellation check between batches. Torch stays in the .cpp: this header is torch-free.

#include "domain/EpochRecord.h"
#include "domain/TrainingProgress.h"
#include "features/FeatureSet.h"
#include "modeldeck_core_export.h"
#include "models/ModelConfig.h"
#include "training/ConformalInterval.h"
#include "training/Metrics.h"
#include "training/NaiveBlend.h"
#include "util/Result.h"

#include <memory>
#include <vector>

namespace modeldeck {

class CancellationToken;
class ForecasterImpl;

struct TrainedModel
{
    std::shared_ptr<ForecasterImpl> module; // null for the naive baseline
    std::vector<EpochRecord> epochs;
    int bestEpoch = 0;
    double finalTrainLoss = 0; // of the best epoch, whose weights are kept
    double finalValLoss = 0;
    // The deployed forecast: the network blended with persistence (NaiveBlend), chosen on the
    // validation split. Its metrics are what the model is judged and shown by.
    NaiveBlend blend;
    std::vector<double> testPredicted; // deployed prices, one per test sample
    ForecastMetrics metrics; // of the deployed forecast on the test split
    ForecastMetrics rawMetrics; // of the network alone on the test split
    double validationSkill = 0; // deployed, ≥ 0 by construction
    double rawValidationSkill = 0; // the network alone
    double blendEvidence = 0; // NaiveBlend::choose's Diebold–Mariano statistic
    // Split-conformal half-widths from the deployed forecast's validation errors, with test
    // coverage: on the volatility scale for scale-free feature sets, else in price units.
    ConformalInterval interval;
};

class MODELDECK_CORE_EXPORT Trainer
{
public:
    Trainer(ModelConfig config, const FeatureSet &features);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // Not owned; must outlive run().
    void setCancellationToken(const CancellationToken *token) { m_token = token; }
    // Minimum time between progress reports during training (default 100 ms, ≤ 10/s).
    void setProgressInterval(int ms) { m_progressIntervalMs = ms; }

    // Never throws: torch errors, NaN losses and cancellation come back as an Error.
    Result<TrainedModel> run();

    // Prices predicted for the sample rows of `range`, batched, in inference mode.
    static Result<std::vector<double>> predict(ForecasterImpl &module, const FeatureSet &features,
                                               SampleRange range, int lookback);

private:
    void report(TrainingProgress progress);
    // Blend, metrics and intervals from the network's raw validation and test predictions.
    void evaluate(TrainedModel &result, const std::vector<double> &validationRaw,
                  const std::vector<double> &testRaw) const;

    ModelConfig m_config;
    const FeatureSet &m_features;
    ProgressCallback m_progress;
    const CancellationToken *m_token = nullptr;
    int m_progressIntervalMs = 100;
};

} // namespace modeldeck
