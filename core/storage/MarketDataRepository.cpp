#include "MarketDataRepository.h"

#include "domain/Timeframe.h"
#include "storage/BarBulkWriter.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>

namespace modeldeck {

namespace {

} // namespace

MarketDataRepository::MarketDataRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<qint64> MarketDataRepository::ensureSymbol(const SymbolInfo &info)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO symbols (name, exchange, currency, timezone, created_at) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(info.name);
    q.addBindValue(nonNullText(info.exchange));
    q.addBindValue(nonNullText(info.currency));
    q.addBindValue(nonNullText(info.timeZone));
    q.addBindValue(nowIsoUtc());
    if (!q.exec())
        return sqlError(tr("Saving symbol %1").arg(info.name), q);
    q.prepare(QStringLiteral("SELECT id FROM symbols WHERE name = ?"));
    q.addBindValue(info.name);
    if (!q.exec() || !q.next())
        return sqlError(tr("Looking up symbol %1").arg(info.name), q);
    return q.value(0).toLongLong();
}

Result<std::optional<SymbolInfo>> MarketDataRepository::findSymbol(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, name, exchange, currency, timezone FROM symbols WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(tr("Looking up symbol %1").arg(name), q);
    if (!q.next())
        return std::optional<SymbolInfo>();
    return std::optional<SymbolInfo>(SymbolInfo { q.value(0).toLongLong(), q.value(1).toString(),
                                                  q.value(2).toString(), q.value(3).toString(),
                                                  q.value(4).toString() });
}

Result<std::vector<SymbolSummary>> MarketDataRepository::listSymbols()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.id, s.name, s.exchange, s.currency, s.timezone, b.timeframe, count(b.ts), "
            "min(b.ts), max(b.ts) FROM symbols s LEFT JOIN bars b ON b.symbol_id = s.id "
            "GROUP BY s.id, b.timeframe ORDER BY s.name"))) {
        return sqlError(tr("Listing symbols"), q);
    }
    std::vector<SymbolSummary> result;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (result.empty() || result.back().symbol.id != id) {
            result.push_back({ SymbolInfo { id, q.value(1).toString(), q.value(2).toString(),
                                            q.value(3).toString(), q.value(4).toString() },
                               {} });
        }
        if (!q.value(5).isNull()) {
            result.back().series.push_back({ q.value(5).toString(), q.value(6).toLongLong(),
                                             q.value(7).toLongLong(), q.value(8).toLongLong() });
        }
    }
    for (auto &summary : result) {
        std::sort(summary.series.begin(), summary.series.end(), [](const auto &a, const auto &b) {
            const auto ta = Timeframe::parse(a.timeframe);
            const auto tb = Timeframe::parse(b.timeframe);
            return (ta ? ta->seconds() : 0) < (tb ? tb->seconds() : 0);
        });
    }
    return result;
}

Status MarketDataRepository::stage(std::span<const Bar> bars)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS bar_staging (ts INTEGER PRIMARY KEY, open REAL NOT "
            "NULL, "
            "high REAL NOT NULL, low REAL NOT NULL, close REAL NOT NULL, adj_close REAL, "
            "volume REAL NOT NULL, flags INTEGER NOT NULL)"))
        || !q.exec(QStringLiteral("DELETE FROM temp.bar_staging"))) {
        return sqlError(tr("Preparing the bar staging table"), q);
    }
    return BarBulkWriter(m_db).insertStaging(bars);
}

Result<MergeStats> MarketDataRepository::mergeBars(qint64 symbolId, const QString &timeframe,
                                                   std::span<const Bar> bars)
{
    MergeStats stats;
    if (bars.empty())
        return stats;

    QSqlQuery q(m_db);
    // Fast path for a first import or an append: nothing stored in the incoming time range,
    // so every row is new and goes straight into bars.
    q.prepare(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM bars WHERE symbol_id = ? AND timeframe = ? "
                       "AND ts BETWEEN ? AND ?)"));
    q.addBindValue(symbolId);
    q.addBindValue(timeframe);
    q.addBindValue(std::min(bars.front().timeUtcMs, bars.back().timeUtcMs));
    q.addBindValue(std::max(bars.front().timeUtcMs, bars.back().timeUtcMs));
    if (!q.exec() || !q.next())
        return sqlError(tr("Comparing bars with the stored ones"), q);
    if (!q.value(0).toBool()) {
        if (auto written = BarBulkWriter(m_db).insertBars(symbolId, timeframe, bars); !written)
            return written.error();
        stats.added = qint64(bars.size());
        return stats;
    }

    if (auto staged = stage(bars); !staged)
        return staged.error();

    q.prepare(QStringLiteral(
        "SELECT count(*), "
        "       coalesce(sum(b.ts IS NULL), 0), "
        "       coalesce(sum(b.ts IS NOT NULL AND b.open = s.open AND b.high = s.high AND b.low = "
        "s.low "
        "           AND b.close = s.close AND b.adj_close IS s.adj_close AND b.volume = s.volume "
        "           AND b.flags = s.flags), 0) "
        "FROM temp.bar_staging s "
        "LEFT JOIN bars b ON b.symbol_id = ? AND b.timeframe = ? AND b.ts = s.ts"));
    q.addBindValue(symbolId);
    q.addBindValue(timeframe);
    if (!q.exec() || !q.next())
        return sqlError(tr("Comparing bars with the stored ones"), q);
    const qint64 total = q.value(0).toLongLong();
    stats.added = q.value(1).toLongLong();
    stats.unchanged = q.value(2).toLongLong();
    stats.updated = total - stats.added - stats.unchanged;

    if (stats.added + stats.updated == 0)
        return stats;
    // "WHERE true" keeps SQLite from reading ON CONFLICT as a join constraint of the SELECT.
    q.prepare(QStringLiteral(
        "INSERT INTO bars (symbol_id, timeframe, ts, open, high, low, close, adj_close, volume, "
        "flags) "
        "SELECT ?, ?, ts, open, high, low, close, adj_close, volume, flags FROM temp.bar_staging "
        "WHERE true "
        "ON CONFLICT (symbol_id, timeframe, ts) DO UPDATE SET open = excluded.open, high = "
        "excluded.high, "
        "low = excluded.low, close = excluded.close, adj_close = excluded.adj_close, "
        "volume = excluded.volume, flags = excluded.flags "
        "WHERE NOT (bars.open = excluded.open AND bars.high = excluded.high AND bars.low = "
        "excluded.low "
        "AND bars.close = excluded.close AND bars.adj_close IS excluded.adj_close "
        "AND bars.volume = excluded.volume AND bars.flags = excluded.flags)"));
    q.addBindValue(symbolId);
    q.addBindValue(timeframe);
    if (!q.exec())
        return sqlError(tr("Writing bars"), q);
    q.exec(QStringLiteral("DELETE FROM temp.bar_staging"));
    return stats;
}

namespace {

std::vector<Bar> barsFrom(QSqlQuery &q)
{
    std::vector<Bar> bars;
    while (q.next()) {
        Bar bar;
        bar.timeUtcMs = q.value(0).toLongLong();
        bar.open = q.value(1).toDouble();
        bar.high = q.value(2).toDouble();
        bar.low = q.value(3).toDouble();
        bar.close = q.value(4).toDouble();
        if (!q.value(5).isNull())
            bar.adjClose = q.value(5).toDouble();
        bar.volume = q.value(6).toDouble();
        bar.flags = quint32(q.value(7).toLongLong());
        bars.push_back(bar);
    }
    return bars;
}

} // namespace

Result<std::vector<Bar>> MarketDataRepository::loadBars(qint64 symbolId, const QString &timeframe,
                                                        qint64 fromMs, qint64 toMs)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ts, open, high, low, close, adj_close, volume, flags FROM bars "
                       "WHERE symbol_id = ? AND timeframe = ? AND ts >= ? AND ts < ? ORDER BY ts"));
    q.addBindValue(symbolId);
    q.addBindValue(timeframe);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return sqlError(tr("Reading bars"), q);
    return barsFrom(q);
}

Result<std::vector<Bar>>
MarketDataRepository::loadLatestBars(qint64 symbolId, const QString &timeframe, qint64 count)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Newest first through the primary key, so a prediction reads its window, not the series.
    q.prepare(
        QStringLiteral("SELECT ts, open, high, low, close, adj_close, volume, flags FROM bars "
                       "WHERE symbol_id = ? AND timeframe = ? ORDER BY ts DESC LIMIT ?"));
    q.addBindValue(symbolId);
    q.addBindValue(timeframe);
    q.addBindValue(std::max<qint64>(0, count));
    if (!q.exec())
        return sqlError(tr("Reading bars"), q);
    std::vector<Bar> bars = barsFrom(q);
    std::reverse(bars.begin(), bars.end());
    return bars;
}

Status MarketDataRepository::logImport(const ImportLogEntry &e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO import_log (imported_at, source, source_sha256, format, symbol_id, timeframe, "
        "rows_read, rows_new, rows_updated, rows_unchanged, rows_skipped, rows_flagged, first_ts, "
        "last_ts, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(nowIsoUtc());
    q.addBindValue(e.source);
    q.addBindValue(e.sourceSha256);
    q.addBindValue(e.format);
    q.addBindValue(e.symbolId);
    q.addBindValue(e.timeframe);
    q.addBindValue(e.rowsRead);
    q.addBindValue(e.merge.added);
    q.addBindValue(e.merge.updated);
    q.addBindValue(e.merge.unchanged);
    q.addBindValue(e.rowsSkipped);
    q.addBindValue(e.rowsFlagged);
    const bool hasBars = e.merge.added + e.merge.updated + e.merge.unchanged > 0;
    q.addBindValue(hasBars ? QVariant(e.firstMs) : QVariant());
    q.addBindValue(hasBars ? QVariant(e.lastMs) : QVariant());
    q.addBindValue(e.durationMs);
    if (!q.exec())
        return sqlError(tr("Recording the import"), q);
    return {};
}

Result<std::optional<qint64>> MarketDataRepository::lastBarTime(const QString &symbol,
                                                                const QString &timeframe)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT max(b.ts) FROM bars b JOIN symbols s ON s.id = b.symbol_id "
                             "WHERE s.name = ? AND b.timeframe = ?"));
    q.addBindValue(symbol);
    q.addBindValue(timeframe);
    if (!q.exec() || !q.next())
        return sqlError(tr("Reading the newest bar"), q);
    if (q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<std::optional<qint64>>
MarketDataRepository::barTimeAtOrBefore(qint64 symbolId, const QString &timeframe, qint64 ms)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT max(ts) FROM bars WHERE symbol_id = ? AND timeframe = ? AND ts <= ?"));
    q.addBindValue(symbolId);
    q.addBindValue(timeframe);
    q.addBindValue(ms);
    if (!q.exec() || !q.next())
        return sqlError(tr("Reading bars"), q);
    if (q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QStringList> MarketDataRepository::derivedTimeframes(qint64 symbolId,
                                                            const QString &sourceTimeframe)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT l.timeframe FROM import_log l "
        "JOIN (SELECT max(id) AS id FROM import_log WHERE symbol_id = ? GROUP BY timeframe) newest "
        "ON newest.id = l.id WHERE l.format = ? AND l.source = ? AND l.timeframe <> l.source "
        "ORDER BY l.timeframe"));
    q.addBindValue(symbolId);
    q.addBindValue(kResampleLogFormat.toString());
    q.addBindValue(sourceTimeframe);
    if (!q.exec())
        return sqlError(tr("Reading the import log"), q);
    QStringList timeframes;
    while (q.next())
        timeframes << q.value(0).toString();
    return timeframes;
}

Result<std::vector<LatestImport>> MarketDataRepository::latestImports()
{
    return latestLogRows(QString());
}

Result<std::vector<LatestImport>> MarketDataRepository::latestDownloads()
{
    return latestLogRows(kDownloadLogFormat.toString());
}

Result<std::vector<LatestImport>> MarketDataRepository::latestLogRows(const QString &format)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT l.symbol_id, l.timeframe, l.imported_at, l.source, l.format FROM import_log l "
        "JOIN (SELECT max(id) AS id FROM import_log WHERE symbol_id IS NOT NULL AND (? IS NULL OR "
        "format = ?) "
        "      GROUP BY symbol_id, timeframe) newest ON newest.id = l.id "
        "ORDER BY l.symbol_id, l.timeframe"));
    // A null QString binds as NULL: every format.
    q.addBindValue(format);
    q.addBindValue(format);
    if (!q.exec())
        return sqlError(tr("Reading the import log"), q);
    std::vector<LatestImport> result;
    while (q.next()) {
        QDateTime at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        at.setTimeZone(QTimeZone::utc());
        result.push_back({ q.value(0).toLongLong(), q.value(1).toString(), at,
                           q.value(3).toString(), q.value(4).toString() });
    }
    return result;
}

} // namespace modeldeck
