#include "RefreshPlan.h"

#include "net/MarketDataProvider.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <utility>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::RefreshPlan)
};

// Import-log rows by symbol id and timeframe.
using LogIndex = std::map<std::pair<qint64, QString>, const LatestImport *>;

LogIndex indexLogs(const std::vector<LatestImport> &logs)
{
    LogIndex index;
    for (const LatestImport &log : logs)
        index.emplace(std::pair(log.symbolId, log.timeframe), &log);
    return index;
}

const LatestImport *findLog(const LogIndex &logs, qint64 symbolId, const QString &timeframe)
{
    const auto it = logs.find(std::pair(symbolId, timeframe));
    return it == logs.end() ? nullptr : it->second;
}

const SymbolSummary *findSymbol(const std::vector<SymbolSummary> &symbols, const QString &name)
{
    const auto it = std::find_if(symbols.begin(), symbols.end(),
                                 [&](const SymbolSummary &s) { return s.symbol.name == name; });
    return it == symbols.end() ? nullptr : &*it;
}

bool hasSeries(const SymbolSummary &symbol, const QString &timeframe)
{
    return std::any_of(symbol.series.begin(), symbol.series.end(),
                       [&](const SeriesSummary &s) { return s.timeframe == timeframe; });
}

// Groups series by provider (in MarketDataProvider::ids() order) and timeframe (shortest first).
class Planner
{
public:
    Planner(const std::vector<LatestImport> &downloads, const std::vector<LatestImport> &imports)
        : m_downloads(indexLogs(downloads)), m_imports(indexLogs(imports))
    {
    }

    // A resampled series is refreshed through the series it was resampled from (the download
    // then rebuilds it); one resampled from another resampled series through the first.
    void add(const SymbolSummary &symbol, const QString &timeframe)
    {
        const SeriesKey key { symbol.symbol.name, timeframe };
        QString source = timeframe;
        QStringList chain { timeframe }; // stops a cycle in a hostile import log
        for (const LatestImport *newest = findLog(m_imports, symbol.symbol.id, source);
             newest && newest->format == kResampleLogFormat;
             newest = findLog(m_imports, symbol.symbol.id, source)) {
            if (chain.contains(newest->source)) {
                chain << newest->source;
                skip(key,
                     Tr::tr("Its import log says it was resampled in a circle (%1); there is "
                            "nothing to refresh it from.")
                         .arg(chain.join(QStringLiteral(" ← "))));
                return;
            }
            if (!hasSeries(symbol, newest->source)) {
                skip(key,
                     Tr::tr("Resampled from %1, which this workspace no longer has; there is "
                            "nothing to refresh it from.")
                         .arg(newest->source));
                return;
            }
            source = newest->source;
            chain << source;
        }
        if (auto reason = addDownloaded(symbol, source))
            skip(key,
                 source == timeframe ? *reason
                                     : Tr::tr("Resampled from %1: %2").arg(source, *reason));
    }

    // Groups the series for a download; otherwise says why it cannot be refreshed.
    std::optional<QString> addDownloaded(const SymbolSummary &symbol, const QString &timeframe)
    {
        const LatestImport *download = findLog(m_downloads, symbol.symbol.id, timeframe);
        if (!download) {
            const LatestImport *import = findLog(m_imports, symbol.symbol.id, timeframe);
            return import && import->format != kResampleLogFormat
                ? Tr::tr("Imported from %1; there is no provider to refresh it from.")
                      .arg(import->source)
                : Tr::tr(
                    "Never downloaded (resampled or imported from CSV); there is no provider to "
                    "refresh it from.");
        }
        const qsizetype providerRank = MarketDataProvider::ids().indexOf(download->source);
        if (providerRank < 0)
            return Tr::tr("Downloaded from “%1”, a provider this version does not know.")
                .arg(download->source);
        auto parsed = Timeframe::parse(timeframe);
        if (!parsed)
            return parsed.error().message;
        QStringList &symbols = m_groups[{ providerRank, parsed->seconds() }];
        if (!symbols.contains(symbol.symbol.name))
            symbols << symbol.symbol.name;
        return std::nullopt;
    }

    void skip(const SeriesKey &key, const QString &reason)
    {
        m_plan.skipped.push_back({ key, reason });
    }

    RefreshPlan take()
    {
        for (auto &[group, symbols] : m_groups) {
            symbols.sort();
            m_plan.requests.push_back({ MarketDataProvider::ids().at(group.first), symbols,
                                        Timeframe::fromSeconds(group.second), std::nullopt,
                                        std::nullopt });
        }
        m_groups.clear();
        return std::move(m_plan);
    }

private:
    const LogIndex m_downloads; // pointing into the caller's vectors, which outlive the planner
    const LogIndex m_imports;
    std::map<std::pair<qsizetype, qint64>, QStringList> m_groups;
    RefreshPlan m_plan;
};

} // namespace

int RefreshPlan::seriesCount() const
{
    return std::accumulate(
        requests.begin(), requests.end(), 0,
        [](int sum, const DownloadRequest &r) { return sum + int(r.symbols.size()); });
}

RefreshPlan planRefresh(const std::vector<SymbolSummary> &symbols,
                        const std::vector<LatestImport> &downloads,
                        const std::vector<LatestImport> &imports)
{
    Planner planner(downloads, imports);
    for (const SymbolSummary &symbol : symbols) {
        for (const SeriesSummary &series : symbol.series)
            planner.add(symbol, series.timeframe);
    }
    return planner.take();
}

RefreshPlan planRefresh(const std::vector<SeriesKey> &series,
                        const std::vector<SymbolSummary> &symbols,
                        const std::vector<LatestImport> &downloads,
                        const std::vector<LatestImport> &imports)
{
    Planner planner(downloads, imports);
    std::vector<SeriesKey> seen;
    for (const SeriesKey &key : series) {
        if (std::find(seen.begin(), seen.end(), key) != seen.end())
            continue;
        seen.push_back(key);
        const SymbolSummary *symbol = findSymbol(symbols, key.symbol);
        if (!symbol || !hasSeries(*symbol, key.timeframe))
            planner.skip(key, Tr::tr("Not in this workspace; nothing to refresh."));
        else
            planner.add(*symbol, key.timeframe);
    }
    return planner.take();
}

} // namespace modeldeck
