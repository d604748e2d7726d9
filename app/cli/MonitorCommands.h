#pragma once
// modeldeck-cli metrics and alerts: how a saved model's predictions have done since they got
// their actual values (monitoring/LivePerformance), beside persistence from the same closes, and
// the alerts its drift checks raised.

#include "CliSupport.h"

namespace modeldeck::cli {

// metrics --model N [--horizon H] [--limit N (the window, default 50)] [--json]; with
// --history, the accuracy recorded at each fill instead (the newest --limit).
int runMetrics(const QCommandLineParser &parser, const Options &o);

// alerts [--history (acknowledged ones too)] [--limit N] [--json]: newest first.
int runAlerts(const QCommandLineParser &parser, const Options &o);

} // namespace modeldeck::cli
