#pragma once
// modeldeck-cli strategy train … --queue and strategy job-result: strategy training as a queue
// job (issue #20). The queued job runs wherever the queue runs (the GUI, `queue run`); its
// result stays on the job's row and reads back as `strategy train` prints a direct run.

#include "CliSupport.h"
#include "services/StrategyService.h"

namespace modeldeck::cli {

// Queues `request` (queue/StrategyJob's spec); prints the job id, or {"job", "existed"}.
int queueStrategyTraining(const QCommandLineParser &parser, const Options &o,
                          const StrategyTrainRequest &request, bool json);

// strategy job-result JOB (or --job JOB): a completed strategy job's result.
int runStrategyJobResult(const QCommandLineParser &parser, const Options &o,
                         const QStringList &positional, bool json);

} // namespace modeldeck::cli
