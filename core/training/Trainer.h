#pragma once
// Trains one model on a FeatureSet: tree bots through TreeTrainer (XGBoost), the others as a
// torch forecaster: Adam/AdamW, MSE or Huber loss, gradient clipping,
// early stopping with the best weights restored, learning-rate halving on plateaus, and a
// cancellation check between batches. Torch stays in the .cpp: this header is torch-free.

#include "domain/TrainingProgress.h"
#include "features/FeatureSet.h"
#include "modeldeck_core_export.h"
#include "models/ModelConfig.h"
#include "training/TrainedModel.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace modeldeck {

class CancellationToken;

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
