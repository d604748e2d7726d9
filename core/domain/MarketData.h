#pragma once
// What the workspace knows about its market data: symbols, their series, merges and the
// import log.

#include <QDateTime>
#include <QLatin1StringView>
#include <QString>
#include <vector>

namespace modeldeck {

// One series: a symbol at one timeframe.
struct SeriesKey
{
    QString symbol;
    QString timeframe;

    friend bool operator==(const SeriesKey &, const SeriesKey &) = default;
};

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

} // namespace modeldeck
