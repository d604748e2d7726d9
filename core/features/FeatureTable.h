#pragma once
// A FeatureSet's samples as a table for other tools (Python's XGBoost, a spreadsheet): the
// window columns of FeatureSet::windowTable, the scaled target and the split, plus the
// description a sidecar carries (feature settings, names, scalers, horizons) so a model trained
// on the table can be imported back (bench/reference/export_xgboost.py).

#include "features/FeatureSet.h"
#include "modeldeck_core_export.h"

#include <QByteArray>
#include <QJsonObject>

namespace modeldeck::FeatureTable {

// CSV: a header (window column names, "target", "split"), then one line per sample of the
// training, validation and test splits, values with 9 significant digits (floats round-trip).
MODELDECK_CORE_EXPORT QByteArray csv(const FeatureSet &features);
// {"features": …, "feature_names": […], "scalers": {…}, "horizons": [h]}.
MODELDECK_CORE_EXPORT QJsonObject description(const FeatureSet &features);

} // namespace modeldeck::FeatureTable
