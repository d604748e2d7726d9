#pragma once
// Walk-forward validation: the model is refitted on each fold's past and tested on the bars
// that follow it, the way it would have been used. Each fold is an independent training run on
// a slice of the series that ends at the fold's last test bar, so no fold can read a bar after
// its test window; the features' scalers are refitted inside each fold (FeatureSet::build on
// the slice). The naive persistence forecast is scored on the same test bars.
//
// Folds, in bar indices of the whole series (half-open ranges):
//   expanding: train [0, testBegin),                 test [testBegin, testBegin + test)
//   sliding:   train [testBegin - train, testBegin), test [testBegin, testBegin + test)
// with testBegin = train + k · step for fold k, while the test window fits in the series.
// Inside a fold's training window the last share (the configuration's validation share of
// train + validation) is the early-stopping and calibration split, as in an ordinary run.

#include "domain/Bar.h"
#include "features/FeatureConfig.h"
#include "modeldeck_core_export.h"
#include "models/ModelConfig.h"
#include "training/Metrics.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace modeldeck {

class CancellationToken;

struct MODELDECK_CORE_EXPORT WalkForwardSpec
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::WalkForwardSpec)

public:
    enum class Window { Expanding, Sliding };

    Window window = Window::Expanding;
    int trainBars = 0; // the first fold's training bars (every fold's, when sliding)
    int testBars = 0;
    int stepBars = 0; // how far each fold's test window moves on

    static constexpr int kMaxFolds = 200; // each fold is a full training run

    // "train,test,step" with an optional fourth field "expanding" (default) or "sliding", as
    // the CLI's --walk-forward takes it.
    static Result<WalkForwardSpec> parse(const QString &text);
    static Result<WalkForwardSpec> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct WalkForwardFold
{
    int index = 0; // 0-based
    qint64 trainBegin = 0;
    qint64 testBegin = 0; // = the training window's end
    qint64 testEnd = 0; // the slice the fold is trained and tested on ends here
};

// The folds over a series of `barCount` bars; an error when not even one fits, or more than
// kMaxFolds would.
MODELDECK_CORE_EXPORT Result<std::vector<WalkForwardFold>>
planWalkForward(qint64 barCount, const WalkForwardSpec &spec);

// The feature settings for one fold's slice [trainBegin, testEnd): split fractions that make
// the slice's last testBars bars the test split and the end of the training window the
// validation split.
MODELDECK_CORE_EXPORT Result<FeatureConfig> foldFeatures(const FeatureConfig &base,
                                                         const WalkForwardFold &fold);

struct FoldResult
{
    WalkForwardFold fold;
    ForecastMetrics metrics; // the deployed forecast on the fold's test bars
    ForecastMetrics rawMetrics; // the network alone
    std::optional<double> coverage95; // of the fold's split-conformal 95 % interval
    double modelWeight = 1.0; // NaiveBlend's weight in this fold
};

struct MODELDECK_CORE_EXPORT WalkForwardResult
{
    std::vector<FoldResult> folds;
    // Pooled over every fold's test samples: RMSE² is the sample-weighted mean of the folds'.
    double rmse = 0;
    double naiveRmse = 0;
    double skill = 0; // 1 - rmse / naiveRmse, on exactly the same bars
    double mae = 0;
    double directionalAccuracy = 0;
    std::optional<double> coverage95;
    int samples = 0;

    // Aggregates from the folds (fills every field above except folds).
    void aggregate();
    QJsonObject toJson() const;
};

class MODELDECK_CORE_EXPORT WalkForwardValidator
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::WalkForwardValidator)

public:
    WalkForwardValidator(ModelConfig model, FeatureConfig features, WalkForwardSpec spec);

    // fraction 0..1 over all folds, and a line saying which fold runs.
    using Progress = std::function<void(double fraction, const QString &details)>;
    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    void setCancellationToken(const CancellationToken *token) { m_token = token; }

    // Trains and tests every fold in order. bars: the whole series, sorted by time.
    Result<WalkForwardResult> run(std::span<const Bar> bars) const;

private:
    ModelConfig m_model;
    FeatureConfig m_features;
    WalkForwardSpec m_spec;
    Progress m_progress;
    const CancellationToken *m_token = nullptr;
};

} // namespace modeldeck
