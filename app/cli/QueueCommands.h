#pragma once
// modeldeck-cli queue add|auto|list|status|run|pause|resume|stop|force-stop.

#include <QStringList>

class QCommandLineParser;

namespace modeldeck::cli {

struct Options;

int runQueue(const QCommandLineParser &parser, const Options &options,
             const QStringList &arguments);

} // namespace modeldeck::cli
