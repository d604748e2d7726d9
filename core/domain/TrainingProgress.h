#pragma once
// Progress of one training run as a small value, sent through queued signals or callbacks.
// Overall percentage is a weighted sum of steps: Data 0–25 %, Train 25–75 %,
// Validate 75–95 %, Save 95–100 %.

#include "domain/EpochRecord.h"
#include "domain/StrategyProgress.h"
#include "modeldeck_core_export.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <functional>
#include <optional>

namespace modeldeck {

// A hyperparameter search's progress; trials is 0 unless a search runs. Scores are losses
// (lower is better).
struct SearchProgress
{
    int trial = 0; // trials started so far (1-based number of the newest)
    int trials = 0;
    // The latest finished epoch's validation loss of any running trial (a loss like the
    // scores); liveTrial and liveEpoch below say whose. With trials in parallel these
    // interleave; nullopt / 0 before the first epoch.
    std::optional<double> score;
    std::optional<double> bestScore; // the best trial's so far
    QJsonObject bestParams;
    int liveTrial = 0;
    int liveEpoch = 0; // 1-based
};

struct MODELDECK_CORE_EXPORT TrainingProgress
{
    enum class Step { Data, Train, Validate, Save };

    Step step = Step::Data;
    double stepFraction = 0; // 0..1 within the step
    int epoch = 0; // 1-based, 0 before training
    int epochs = 0;
    int batch = 0;
    int batches = 0;
    double trainLoss = -1; // < 0: not known yet
    double valLoss = -1;
    double etaSeconds = -1; // < 0: still estimating
    QString details; // "Epoch 12/50 · batch 310/400 · loss 0.0123"
    EpochRecord lastEpoch; // mean losses of the last finished epoch (epoch 0: none yet)
    SearchProgress search;
    // A strategy training job's own figures (objectives, not losses; folds), beside the search
    // fields queue/StrategyJob fills from them; nullopt for other jobs.
    std::optional<StrategyProgress> strategy {};

    double overall() const; // 0..1
    static QString stepName(Step step);
    static constexpr int stepCount = 4;
};

using ProgressCallback = std::function<void(const TrainingProgress &)>;

// Turns step fractions into an ETA from a smoothed rate of overall progress. Says
// "estimating" (etaSeconds < 0) until 3 % of the run or 2 seconds have been seen.
class MODELDECK_CORE_EXPORT EtaEstimator
{
public:
    EtaEstimator();
    double update(double overallFraction);

private:
    QElapsedTimer m_clock;
    double m_lastFraction = 0;
    qint64 m_lastMs = 0;
    double m_rate = -1; // fraction per second, exponentially smoothed
};

} // namespace modeldeck

Q_DECLARE_METATYPE(modeldeck::TrainingProgress)
