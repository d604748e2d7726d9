#pragma once
// modeldeck-cli fetch: downloads bars from a market-data provider into the workspace.

class QCommandLineParser;

namespace modeldeck::cli {

struct Options;

int runFetch(const QCommandLineParser &parser, const Options &options);

} // namespace modeldeck::cli
