#pragma once
// modeldeck-cli search, and the search options `queue add --search` shares with it.

#include "CliSupport.h"

namespace modeldeck::cli {

// The search JSON of a job (JobSpec::search) from --method, --trials, --seconds, --space,
// --walk-forward, --seed and --workers, checked against `bot`.
Result<QJsonObject> searchFromOptions(const QCommandLineParser &parser, const Options &o,
                                      const QString &bot);

// search --symbol S --timeframe T --bot B [search options] [--json], or search --job N to
// resume a stopped search: queues the search as a job and runs it in this process.
int runSearch(const QCommandLineParser &parser, const Options &o);

} // namespace modeldeck::cli
