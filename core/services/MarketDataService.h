#pragma once
// Market-data operations built from the importer, resampler and repository, shared by the
// GUI and the CLI. Runs on the calling thread (call it from a worker, not the GUI thread).

#include "domain/MarketData.h"
#include "domain/Timeframe.h"
#include "modeldeck_core_export.h"
#include "services/CsvImporter.h"
#include "util/Result.h"

#include <QString>
#include <optional>
#include <vector>

namespace modeldeck {

class Database;

struct ResampleReport
{
    QString symbol;
    QString from;
    QString to;
    qint64 sourceBars = 0;
    qint64 resultBars = 0;
    MergeStats merge;
    qint64 firstMs = 0; // of the rebuilt bars, when resultBars > 0
    qint64 lastMs = 0;
};

// One series rebuilt by MarketDataService::updateDerived(): its report, or why it was not.
struct DerivedUpdate
{
    QString timeframe;
    QString from; // the timeframe it was resampled from
    std::optional<ResampleReport> report;
    Error error; // when !report; nothing was written to this series then
};

class MODELDECK_CORE_EXPORT MarketDataService
{
public:
    explicit MarketDataService(const Database &database);

    Result<std::vector<SymbolSummary>> symbols() const;
    // Builds `to` bars from stored `from` bars and merges them, with an import-log row recording
    // the derivation (kResampleLogFormat), in one transaction. With `sinceMs`, only the `to`
    // buckets from the stored one holding min(sinceMs, newest `to` bar) onward are rebuilt,
    // from every `from` bar they cover; without a stored bucket there, everything is.
    Result<ResampleReport> resample(const QString &symbol, Timeframe from, Timeframe to,
                                    std::optional<qint64> sinceMs = std::nullopt) const;
    // After bars of (symbol, timeframe) at or after `sinceMs` were merged: rebuilds every series
    // resampled from it, then those resampled from them, each in its own transaction.
    std::vector<DerivedUpdate> updateDerived(const QString &symbol, const QString &timeframe,
                                             qint64 sinceMs) const;
    // Imports the bundled sample (5m) and derives 1h and 1d from it, if the workspace has no
    // symbols yet. Returns true when it seeded the workspace.
    Result<bool> seedDemoData() const;

private:
    const Database &m_database;
};

} // namespace modeldeck
