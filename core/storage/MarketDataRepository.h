#pragma once
// SQL for symbols, bars and the import log. Works on the calling thread's connection; callers
// own the transaction (WriteTransaction) so that several writes commit or fail together.

#include "data/Bar.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>
#include <span>
#include <vector>

namespace modeldeck {

struct SymbolInfo
{
    qint64 id = 0;
    QString name;
    QString exchange;
    QString currency;
    QString timeZone;
};

struct SeriesSummary
{
    QString timeframe;
    qint64 barCount = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
};

struct SymbolSummary
{
    SymbolInfo symbol;
    std::vector<SeriesSummary> series; // sorted by timeframe length
};

struct MergeStats
{
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
};

// import_log.format of provider downloads (CSV imports store their layout's name).
inline constexpr QLatin1StringView kDownloadLogFormat("download");
// import_log.format of a series built by resampling another series of the same symbol; the
// row's source is the source series' timeframe ("5m"), so a refresh of that series can rebuild it.
inline constexpr QLatin1StringView kResampleLogFormat("resample");

// The newest import-log row of one series: when it was last imported or refreshed, and how.
struct LatestImport
{
    qint64 symbolId = 0;
    QString timeframe;
    QDateTime importedAtUtc;
    QString source; // file name, provider id ("yahoo", "binance", "binance-us") or timeframe
    QString format; // CSV layout, kDownloadLogFormat or kResampleLogFormat (source: timeframe)
};

struct ImportLogEntry
{
    QString source;
    QString sourceSha256;
    QString format;
    qint64 symbolId = 0;
    QString timeframe;
    qint64 rowsRead = 0;
    MergeStats merge;
    qint64 rowsSkipped = 0;
    qint64 rowsFlagged = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    qint64 durationMs = 0;
};

class MODELDECK_CORE_EXPORT MarketDataRepository
{
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
