#pragma once
// modeldeck-cli strategy configs | show | export | delete: the saved strategy configurations
// (trained_configurations), apart from the commands that backtest and train (StrategyCommands).

#include "CliSupport.h"

namespace modeldeck::cli {

// strategy configs [--symbol] [--timeframe] [--strategy] [--limit]: `strategy` is the filter.
int runStrategyConfigs(const QCommandLineParser &parser, const Options &o, const QString &strategy,
                       bool json);
// strategy show | export | delete --name NAME|ID (export: --out FILE; asks before overwriting
// or deleting unless --yes).
int runStrategyConfig(const QCommandLineParser &parser, const Options &o, const QString &command,
                      bool json);

} // namespace modeldeck::cli
