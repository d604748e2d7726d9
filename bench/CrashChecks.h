#pragma once
// What crash_recovery checks in a workspace after a killed operation and a restart.

#include <QString>
#include <QStringList>
#include <optional>

namespace modeldeck::bench {

// Counts taken before the killed operation, to tell lost data from work not yet done.
struct Baseline
{
    qint64 sampleBars = 0;
    qint64 records = 0; // training records with a model (active or archived)
    qint64 registered = 0;
};

struct CheckResult
{
    QStringList problems;
    bool dataLost = false; // something that existed before the kill is gone
};

// The first symbol of a workspace (the imported sample's), or nothing with a message.
std::optional<QString> templateSymbol(const QString &workspace);
// `rows` 1-minute bars of a symbol named after the file ("BIG"), UTC (test::sineCsv).
bool writeSyntheticCsv(const QString &path, qint64 rows);
Baseline baselineOf(const QString &workspace, const QString &sampleSymbol);
// Training records and registered models whose model file is missing.
QStringList danglingRows(const QString &workspace);
// After the restart: integrity, unreferenced files, all-or-nothing rows, and with `queue`
// the three queued jobs completed exactly once each.
CheckResult checkAfterRestart(const QString &workspace, bool queue, const Baseline &before,
                              qint64 bigRows);

} // namespace modeldeck::bench
