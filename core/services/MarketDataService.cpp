#include "MarketDataService.h"

#include "data/Resampler.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <limits>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::MarketDataService)
};

// Where an incremental rebuild of `timeframe` starts: the stored bucket holding the earlier of
// `sinceMs` and the newest stored bucket (so buckets a missed update left behind are rebuilt
// too). Every source bar of the buckets from there on is at or after their start.
Result<qint64> rebuildStart(MarketDataRepository &repo, const SymbolInfo &symbol,
                            const QString &timeframe, std::optional<qint64> sinceMs)
{
    constexpr qint64 kEverything = std::numeric_limits<qint64>::min();
    if (!sinceMs)
        return kEverything;
    auto newest = repo.lastBarTime(symbol.name, timeframe);
    if (!newest)
        return newest.error();
    if (!newest->has_value())
        return kEverything;
    auto bucket = repo.barTimeAtOrBefore(symbol.id, timeframe, std::min(*sinceMs, **newest));
    if (!bucket)
        return bucket.error();
    return bucket->value_or(kEverything);
}

} // namespace

MarketDataService::MarketDataService(const Database &database) : m_database(database) { }

Result<std::vector<SymbolSummary>> MarketDataService::symbols() const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return MarketDataRepository(*db).listSymbols();
}

Result<ResampleReport> MarketDataService::resample(const QString &symbol, Timeframe from,
                                                   Timeframe to,
                                                   std::optional<qint64> sinceMs) const
{
    QElapsedTimer timer;
    timer.start();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    MarketDataRepository repo(*db);
    WriteTransaction tx(*db);
    if (!tx.isActive())
        return tx.beginError();
    auto info = repo.findSymbol(symbol);
    if (!info)
        return info.error();
    if (!info->has_value())
        return Error { Tr::tr("There is no symbol “%1” in this workspace.").arg(symbol) };
    const SymbolInfo &s = **info;
    auto start = rebuildStart(repo, s, to.name(), sinceMs);
    if (!start)
        return start.error();
    auto bars = repo.loadBars(s.id, from.name(), *start);
    if (!bars)
        return bars.error();
    if (bars->empty())
        return Error { Tr::tr("%1 has no %2 bars to resample.").arg(symbol, from.name()) };
    auto resampled = Resampler::resample(*bars, from, to, QTimeZone(s.timeZone.toUtf8()));
    if (!resampled)
        return resampled.error();
    auto merged = repo.mergeBars(s.id, to.name(), *resampled);
    if (!merged)
        return merged.error();
    ResampleReport report {
        symbol,  from.name(), to.name(), qint64(bars->size()), qint64(resampled->size()),
        *merged, 0,           0
    };
    if (!resampled->empty()) {
        report.firstMs = resampled->front().timeUtcMs;
        report.lastMs = resampled->back().timeUtcMs;
    }
    const ImportLogEntry log { from.name(),
                               QString(),
                               kResampleLogFormat.toString(),
                               s.id,
                               to.name(),
                               report.sourceBars,
                               *merged,
                               0,
                               0,
                               report.firstMs,
                               report.lastMs,
                               timer.elapsed() };
    if (auto logged = repo.logImport(log); !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return report;
}

std::vector<DerivedUpdate> MarketDataService::updateDerived(const QString &symbol,
                                                            const QString &timeframe,
                                                            qint64 sinceMs) const
{
    std::vector<DerivedUpdate> updates;
    auto db = m_database.connection();
    if (!db)
        return updates;
    MarketDataRepository repo(*db);
    auto info = repo.findSymbol(symbol);
    if (!info || !info->has_value())
        return updates;
    // Breadth first from the refreshed series; `visited` stops a cycle in a hostile log.
    QStringList visited { timeframe };
    std::vector<std::pair<QString, qint64>> sources { { timeframe, sinceMs } };
    for (size_t i = 0; i < sources.size(); ++i) {
        const auto [source, since] = sources[i];
        auto targets = repo.derivedTimeframes((*info)->id, source);
        if (!targets) {
            updates.push_back({ QString(), source, std::nullopt, targets.error() });
            continue;
        }
        for (const QString &target : *targets) {
            if (visited.contains(target))
                continue;
            visited << target;
            DerivedUpdate update { target, source, std::nullopt, Error() };
            auto from = Timeframe::parse(source);
            auto to = Timeframe::parse(target);
            if (!from || !to) {
                update.error = from ? to.error() : from.error();
            } else if (auto rebuilt = resample(symbol, *from, *to, since)) {
                update.report = *rebuilt;
                if (rebuilt->resultBars > 0)
                    sources.emplace_back(target, rebuilt->firstMs);
            } else {
                update.error = rebuilt.error();
            }
            updates.push_back(std::move(update));
        }
    }
    return updates;
}

Result<bool> MarketDataService::seedDemoData() const
{
    auto existing = symbols();
    if (!existing)
        return existing.error();
    if (!existing->empty())
        return false;
    ImportRequest request;
    request.files = { Workspace::sampleDataPath() };
    request.symbol = Workspace::sampleDataSymbol();
    request.audited = false; // the app's own sample data, not a user's import
    CsvImporter importer(m_database);
    auto imported = importer.run(request);
    if (!imported)
        return imported.error();
    const Timeframe source = Timeframe::fromSeconds(300);
    for (const char *target : { "1h", "1d" }) {
        auto resampled
            = resample(request.symbol, source, *Timeframe::parse(QLatin1StringView(target)));
        if (!resampled)
            return resampled.error();
    }
    return true;
}

} // namespace modeldeck
