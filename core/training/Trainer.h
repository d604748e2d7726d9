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

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(modeldeck::Trainer)
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
    struct Fit; // one training loop's model, optimiser, data and schedule (torch types)

    // The steps of run(), in order. The naive baseline only evaluates persistence.
    TrainedModel runBaseline();
    Result<std::shared_ptr<ForecasterImpl>> createModule() const;
    // Trains epoch by epoch until early stopping, then restores the best epoch's weights.
    Status fit(ForecasterImpl &module, TrainedModel &result);
    // Predicts the validation and test splits and evaluates them.
    Status test(ForecasterImpl &module, TrainedModel &result);

    // One pass over the shuffled training split: its mean loss.
    Result<double> trainEpoch(Fit &fit, int epoch, const TrainedModel &result);
    double validationLoss(Fit &fit) const;
    // Early stopping and learning-rate halving after the epoch just recorded in `result`:
    // keeps the best weights, and says whether to train on.
    bool keepTraining(Fit &fit, TrainedModel &result) const;
    // Blend, metrics and intervals from the network's raw validation and test predictions.
    void evaluate(TrainedModel &result, const std::vector<double> &validationRaw,
                  const std::vector<double> &testRaw) const;

    void reportBatch(Fit &fit, int epoch, int batch, double loss, const TrainedModel &result);
    void reportEpoch(Fit &fit, const EpochRecord &epoch);
    void report(TrainingProgress progress);
    bool cancelled() const;
    Error cancelError() const;

    ModelConfig m_config;
    const FeatureSet &m_features;
    ProgressCallback m_progress;
    const CancellationToken *m_token = nullptr;
    int m_progressIntervalMs = 100;
};

} // namespace modeldeck
