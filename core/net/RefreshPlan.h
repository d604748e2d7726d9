#pragma once
// Which downloads bring stored series up to date: each series from the provider it was last
// downloaded from, incrementally (from its newest stored bar), one request per provider and
// timeframe. A resampled series stands for the series it was resampled from (the download
// rebuilds it). Series that were never downloaded (CSV imports) are listed as skipped with the
// reason. A pure function of what the workspace lists, like AutoTrainPlan, so
// "Refresh all" and "refresh before training" refresh exactly what they show.

#include "domain/MarketData.h"
#include "modeldeck_core_export.h"
#include "net/DownloadService.h"

#include <QString>
#include <vector>

namespace modeldeck {

struct SkippedSeries
{
    SeriesKey series;
    QString reason; // for the user: "imported from AAPL.csv; no provider to refresh it from"
};

struct RefreshPlan
{
    std::vector<DownloadRequest> requests; // incremental (no fromMs), by provider, then timeframe
    std::vector<SkippedSeries> skipped;

    int seriesCount() const; // series the requests cover
};

// Every series of every symbol. `downloads` is MarketDataRepository::latestDownloads(),
// `imports` latestImports() (which series are resampled, and where a skipped one came from).
MODELDECK_CORE_EXPORT RefreshPlan planRefresh(const std::vector<SymbolSummary> &symbols,
                                              const std::vector<LatestImport> &downloads,
                                              const std::vector<LatestImport> &imports);
// Only `series`, each once; series the workspace does not have are skipped.
MODELDECK_CORE_EXPORT RefreshPlan planRefresh(const std::vector<SeriesKey> &series,
                                              const std::vector<SymbolSummary> &symbols,
                                              const std::vector<LatestImport> &downloads,
                                              const std::vector<LatestImport> &imports);

} // namespace modeldeck
