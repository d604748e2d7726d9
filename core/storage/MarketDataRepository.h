#pragma once
// SQL for symbols, bars and the import log. Works on the calling thread's connection; callers
// own the transaction (WriteTransaction) so that several writes commit or fail together.

#include "domain/Bar.h"
#include "domain/MarketData.h"
#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>
#include <span>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT MarketDataRepository
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::MarketDataRepository)
public:
    explicit MarketDataRepository(QSqlDatabase db);

    // Returns the symbol's id, inserting it with `info` when new (existing metadata is kept).
    Result<qint64> ensureSymbol(const SymbolInfo &info);
    Result<std::optional<SymbolInfo>> findSymbol(const QString &name);
    Result<std::vector<SymbolSummary>> listSymbols();

    // Inserts or replaces bars by timestamp (the incoming values win) and counts what was new,
    // changed and identical. Must run inside a write transaction.
    Result<MergeStats> mergeBars(qint64 symbolId, const QString &timeframe,
                                 std::span<const Bar> bars);

    // Bars with fromMs <= time < toMs, ascending.
    Result<std::vector<Bar>> loadBars(qint64 symbolId, const QString &timeframe,
                                      qint64 fromMs = std::numeric_limits<qint64>::min(),
                                      qint64 toMs = std::numeric_limits<qint64>::max());

    // Start of the newest stored bar of a series; empty when it has none (or the symbol is new).
    Result<std::optional<qint64>> lastBarTime(const QString &symbol, const QString &timeframe);

    // Start of the newest bar at or before `ms`; empty when there is none.
    Result<std::optional<qint64>> barTimeAtOrBefore(qint64 symbolId, const QString &timeframe,
                                                    qint64 ms);

    // The newest `count` bars, ascending (fewer when the series is shorter).
    Result<std::vector<Bar>> loadLatestBars(qint64 symbolId, const QString &timeframe,
                                            qint64 count);

    // An entry that merged no bars (a refresh that found nothing new) stores no time range.
    Status logImport(const ImportLogEntry &entry);
    // Timeframes of the symbol's series whose newest import-log row says they were resampled
    // from `sourceTimeframe`: a later import or download of such a series ends the link.
    Result<QStringList> derivedTimeframes(qint64 symbolId, const QString &sourceTimeframe);
    // One LatestImport per symbol and timeframe that has import-log rows.
    Result<std::vector<LatestImport>> latestImports();
    // The same restricted to provider downloads: where each series was last fetched from, even
    // when a CSV import came after.
    Result<std::vector<LatestImport>> latestDownloads();

private:
    Status stage(std::span<const Bar> bars);
    Result<std::vector<LatestImport>> latestLogRows(const QString &format); // null: any format

    QSqlDatabase m_db;
};

} // namespace modeldeck
