#pragma once
// modeldeck-cli audit: the workspace's audit log (services/AuditLog), as the GUI's Audit Log
// window shows it.

#include "CliSupport.h"

#include <QList>

namespace modeldeck::cli {

// The options only `audit` has (--action, --csv), for the shared parser.
QList<QCommandLineOption> auditOptions();

// audit [--action A[,B]] [--from T] [--to T] [--limit N] [--json] [--csv FILE]: newest first;
// --from is inclusive and --to exclusive (YYYY-MM-DD is that day's midnight UTC, or an ISO
// time); --csv writes every entry the filters select (no --limit) to FILE instead.
int runAudit(const QCommandLineParser &parser, const Options &o);

} // namespace modeldeck::cli
