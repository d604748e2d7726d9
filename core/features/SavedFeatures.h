#pragma once
// What a saved model needs to rebuild its inputs exactly: the feature settings, the feature
// names in column order, and the scalers fitted on its training bars. Prediction uses these
// scalers as they are; refitting them on newer bars would feed the network inputs on a scale
// it was never trained on.

#include "features/FeatureConfig.h"
#include "features/Scaler.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT SavedFeatures
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::SavedFeatures)

public:
    FeatureConfig config;
    QStringList names;
    Scaler featureScaler;
    Scaler targetScaler; // one column, or one per output of a multi-horizon model
    // How far the deployed forecast trusts the network over persistence (NaiveBlend's weight).
    double modelWeight = 1.0;

    // {"features": {...}, "feature_names": [...], "scalers": {"features": {...}, "target": {...}},
    //  "model_weight": w}: the same keys a training record's config has, so either parses. A
    // missing model_weight is 1 (models saved before blending predict as they always did).
    QJsonObject toJson() const;
    // Hostile input (database, sidecar files): the settings must be valid, the names must be
    // exactly the ones those settings produce, and the scalers must fit them.
    static Result<SavedFeatures> fromJson(const QJsonObject &json);
};

} // namespace modeldeck
