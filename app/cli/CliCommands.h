#pragma once
// The modeldeck-cli sub-commands. Each returns a process exit code: 0 ok, 1 bad input or
// failure (message on stderr), 2 usage error, 130 cancelled with Ctrl+C.

#include <QStringList>

namespace modeldeck::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitCancelled = 130 };

int run(const QStringList &arguments);

} // namespace modeldeck::cli
