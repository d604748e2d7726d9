#pragma once
// Trains the tree-ensemble bots through XGBoost on a FeatureSet's samples as a table (each
// sample's window flattened, FeatureSet::windowTable), with the same splits, blend with
// persistence, metrics and intervals as the networks:
// - forest_bot: a random forest, `trees` trees grown in one round (learning rate 1), each on a
//   row subsample and a column subsample per split;
// - gbm_bot: gradient boosting, one round per "epoch", stopped early when the validation loss
//   has not improved for `patience` rounds; the best round's model is kept.
// Progress counts rounds as epochs; cancellation is checked between rounds (a forest's single
// round runs to its end). Threads: TorchRuntime::intraOpThreads(), the queue's rule for every
// job (queue/WorkerPlan.h). Torch-free.

#include "domain/TrainingProgress.h"
#include "features/FeatureSet.h"
#include "modeldeck_core_export.h"
#include "models/ModelConfig.h"
#include "training/TrainedModel.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace modeldeck {

class CancellationToken;

class MODELDECK_CORE_EXPORT TreeTrainer
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::TreeTrainer)
public:
    TreeTrainer(ModelConfig config, const FeatureSet &features);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancellationToken(const CancellationToken *token) { m_token = token; }
    void setProgressInterval(int ms) { m_progressIntervalMs = ms; }
    // XGBoost threads (default: TorchRuntime::intraOpThreads()).
    void setThreads(int threads) { m_threads = threads; }

    // Never throws; XGBoost's errors and cancellation come back as an Error.
    Result<TrainedModel> run();

    // Prices predicted for the samples of `range` by a trained booster.
    static Result<std::vector<double>> predict(const TreeBooster &booster,
                                               const FeatureSet &features, SampleRange range);

private:
    Result<TreeBooster> createBooster(const TreeMatrix &train, const TreeMatrix &validation) const;
    Status boost(TreeBooster &booster, const TreeMatrix &train, const TreeMatrix &validation,
                 TrainedModel &result);
    void report(const TrainingProgress &progress);
    bool cancelled() const;

    ModelConfig m_config;
    const FeatureSet &m_features;
    ProgressCallback m_progress;
    const CancellationToken *m_token = nullptr;
    int m_progressIntervalMs = 100;
    int m_threads = 0;
};

} // namespace modeldeck
