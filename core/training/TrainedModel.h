#pragma once
// What a training run produced: the model, its losses, the deployed forecast's blend, metrics
// and intervals. Torch-free: the torch module is only forward-declared.

#include "domain/EpochRecord.h"
#include "features/FeatureSet.h"
#include "modeldeck_core_export.h"
#include "models/TreeBooster.h"
#include "training/ConformalInterval.h"
#include "training/Metrics.h"
#include "training/NaiveBlend.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QList>
#include <memory>
#include <vector>

namespace modeldeck {

class ForecasterImpl;

struct MODELDECK_CORE_EXPORT TrainedModel
{
    // The model itself: a torch module or a tree ensemble; neither for the naive baseline.
    std::shared_ptr<ForecasterImpl> module;
    std::shared_ptr<TreeBooster> trees;
    // Tree bots: each input column's importance (XGBoost's gain), highest first.
    QList<FeatureScore> importance;
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

    // Blend, metrics and intervals from the model's raw validation and test predictions
    // (prices, one per sample of `features`' validation and test splits).
    void evaluate(const FeatureSet &features, const std::vector<double> &validationRaw,
                  const std::vector<double> &testRaw);
    // The bytes of the model's file (ModelFile for torch modules, UBJSON for trees); empty
    // for the naive baseline.
    Result<QByteArray> serialize() const;
    // [{"feature": name, "gain": g}, …] for the record's configuration; empty without trees.
    QJsonArray importanceJson() const;
};

} // namespace modeldeck
