#include "MarketDataService.h"

#include "data/Resampler.h"
#include "services/Workspace.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace modeldeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("modeldeck::MarketDataService", text);
}

} // namespace

MarketDataService::MarketDataService(const Database &database)
    : m_database(database)
{
}

Result<std::vector<SymbolSummary>> MarketDataService::symbols() const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return MarketDataRepository(*db).listSymbols();
}

Result<ResampleReport> MarketDataService::resample(const QString &symbol, Timeframe from, Timeframe to) const
{
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
        return Error{tr("There is no symbol “%1” in this workspace.").arg(symbol)};
    const SymbolInfo &s = **info;
    auto bars = repo.loadBars(s.id, from.name());
    if (!bars)
        return bars.error();
    if (bars->empty())
        return Error{tr("%1 has no %2 bars to resample.").arg(symbol, from.name())};
    auto resampled = Resampler::resample(*bars, from, to, QTimeZone(s.timeZone.toUtf8()));
    if (!resampled)
        return resampled.error();
    auto merged = repo.mergeBars(s.id, to.name(), *resampled);
    if (!merged)
        return merged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return ResampleReport{symbol, from.name(), to.name(), qint64(bars->size()), qint64(resampled->size()), *merged};
}

Result<bool> MarketDataService::seedDemoData() const
{
    auto existing = symbols();
    if (!existing)
        return existing.error();
    if (!existing->empty())
        return false;
    ImportRequest request;
    request.files = {Workspace::sampleDataPath()};
    request.symbol = Workspace::sampleDataSymbol();
    CsvImporter importer(m_database);
    auto imported = importer.run(request);
    if (!imported)
        return imported.error();
    const Timeframe source = Timeframe::fromSeconds(300);
    for (const char *target : {"1h", "1d"}) {
        auto resampled = resample(request.symbol, source, *Timeframe::parse(QLatin1StringView(target)));
        if (!resampled)
            return resampled.error();
    }
    return true;
}

} // namespace modeldeck
