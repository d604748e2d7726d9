#pragma once
// modeldeck-cli metrics, drift and alerts: how a saved model's predictions have done since they
// got their actual values (monitoring/LivePerformance), beside persistence from the same closes,
// the drift checks of its accuracy and inputs, and the alerts they (and failing jobs, and stale
// models) raised.

#include "CliSupport.h"

namespace modeldeck::cli {

// metrics --model N [--horizon H] [--limit N (the window, default 50)] [--json]; with
// --history, the accuracy recorded at each fill instead (the newest --limit).
int runMetrics(const QCommandLineParser &parser, const Options &o);

// drift --model N [--check] [--limit N] [--json]: the stored checks, newest first; --check runs
// the input check first (stored, and alerting, like one at a fill) and prints each feature.
int runDrift(const QCommandLineParser &parser, const Options &o);

// alerts [--history (acknowledged ones too)] [--limit N] [--stale-hours H] [--ack IDS|all]
// [--json]: newest first.
int runAlerts(const QCommandLineParser &parser, const Options &o);

} // namespace modeldeck::cli
