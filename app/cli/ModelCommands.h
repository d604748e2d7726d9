#pragma once
// modeldeck-cli predict, models list|save|activate|import|export|delete, predictions list|fill.

#include <QStringList>

class QCommandLineParser;

namespace modeldeck::cli {

struct Options;

int runPredict(const QCommandLineParser &parser, const Options &options);
int runModels(const QCommandLineParser &parser, const Options &options,
              const QStringList &arguments);
int runPredictions(const QCommandLineParser &parser, const Options &options,
                   const QStringList &arguments);

} // namespace modeldeck::cli
