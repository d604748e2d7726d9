#pragma once
// modeldeck-cli features export: a series' features as the table a model in another tool trains
// on (features/FeatureTable.h), with the description its sidecar needs to come back through
// `models import` (bench/reference/export_xgboost.py shows the round trip).

#include "CliSupport.h"

namespace modeldeck::cli {

// features export --symbol S --timeframe T --out DIR [--bot B] [--params P] [--horizon H]
// [--yes to overwrite]: writes DIR/SYMBOL-TF-hH.csv and .meta.json, both or neither.
int runFeatures(const QCommandLineParser &parser, const Options &o, const QStringList &args);

} // namespace modeldeck::cli
