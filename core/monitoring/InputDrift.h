#pragma once
// Input drift: do the features a deployed model sees now look like the ones it was trained on?
// Each feature column of the rows after the model's training data (the newest kRecentRows) is
// compared with the rows it was trained on (up to its last training bar), by the population
// stability index and the two-sample Kolmogorov–Smirnov test (DriftTests). A feature drifts when
// both agree: PSI above kPsiThreshold AND a KS p-value below kAlpha / features (Bonferroni, so
// watching many features does not multiply false alarms). The KS p-value counts effective
// samples, not rows: features over rolling windows are autocorrelated, and counting rows made
// 38 of 40 stationary random walks "drift" (tst_monitoringstats). Pure; PredictionService runs it
// on a model's own features (its saved settings and scalers).

#include "features/FeatureSet.h"
#include "modeldeck_core_export.h"
#include "monitoring/PerformanceDrift.h"

#include <QString>
#include <optional>
#include <vector>

namespace modeldeck::InputDrift {

constexpr double kPsiThreshold = 0.25;
constexpr double kAlpha = 0.01;
constexpr int kRecentRows = 100;
constexpr int kMinRecentRows = 30;
constexpr int kMinReferenceRows = 100;

struct FeatureDrift
{
    QString name;
    double psi = 0;
    double ksStatistic = 0;
    double ksPValue = 1;
    bool drift = false;
};

struct Result
{
    std::vector<FeatureDrift> features; // in column order
    int referenceRows = 0;
    int recentRows = 0;
    // As a stored check: kind "input", score the largest PSI, threshold kPsiThreshold.
    DriftCheck check;
};

// `trainedUntilMs`: the start of the model's last training bar. Nothing (nullopt) when there are
// too few rows on either side to say anything (fewer than kMinRecentRows new bars, say).
MODELDECK_CORE_EXPORT std::optional<Result> compare(const FeatureSet &set, qint64 trainedUntilMs,
                                                    const QString &model,
                                                    int recentRows = kRecentRows);

} // namespace modeldeck::InputDrift
