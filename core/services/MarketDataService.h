#pragma once
// Market-data operations built from the importer, resampler and repository, shared by the
// GUI and the CLI. Runs on the calling thread (call it from a worker, not the GUI thread).

#include "data/CsvImporter.h"
#include "data/Timeframe.h"
#include "modeldeck_core_export.h"
#include "storage/MarketDataRepository.h"
#include "util/Result.h"

#include <QString>

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
};

class MODELDECK_CORE_EXPORT MarketDataService
{
public:
    explicit MarketDataService(const Database &database);

    Result<std::vector<SymbolSummary>> symbols() const;
    // Builds `to` bars from stored `from` bars and merges them in one transaction.
    Result<ResampleReport> resample(const QString &symbol, Timeframe from, Timeframe to) const;
    // Imports the bundled sample (5m) and derives 1h and 1d from it, if the workspace has no
    // symbols yet. Returns true when it seeded the workspace.
    Result<bool> seedDemoData() const;

private:
    const Database &m_database;
};

} // namespace modeldeck
