#pragma once
// modeldeck-cli strategy: Strategy Studio from the command line (issue #20) — list the built-in
// strategies, backtest one on a stored series, train one (search + walk-forward) and keep the
// trained configurations.

#include "CliSupport.h"
#include "services/StrategyService.h"

#include <QList>

namespace modeldeck::cli {

// The options only `strategy` has (--strategy, --param, --commission, …), for the shared parser.
QList<QCommandLineOption> strategyOptions();

// strategy list | backtest | train [--queue] | job-result | configs | show | export | delete;
// `positional` starts with the subcommand. See CliCommands.cpp's help text for each one's options.
int runStrategy(const QCommandLineParser &parser, const Options &o, const QStringList &positional);

} // namespace modeldeck::cli
