#include "symbols/SymbolListModel.h"

#include "net/MarketDataProvider.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>
#include <algorithm>
#include <limits>

namespace modeldeck {

namespace {

// Dates are shown in the exchange's own zone: that is how analysts read a trading day.
QString formatTime(qint64 ms, const QString &zoneId)
{
    QTimeZone zone(zoneId.toUtf8());
    const QDateTime t
        = QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc());
    return QLocale().toString(t, QLocale::ShortFormat);
}

// How long ago, in the largest unit that fits; a date beyond a month. A time in the future
// (another machine's clock) counts as now.
QString relativeTime(const QDateTime &at, const QDateTime &now)
{
    const qint64 seconds = at.secsTo(now);
    if (seconds < 60)
        return SymbolListModel::tr("just now");
    if (seconds < 3600)
        return SymbolListModel::tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return SymbolListModel::tr("%n h ago", nullptr, int(seconds / 3600));
    if (seconds < 31 * 86400)
        return SymbolListModel::tr("%n day(s) ago", nullptr, int(seconds / 86400));
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

QString sourceText(const LatestImport &import)
{
    if (import.format == kDownloadLogFormat)
        return SymbolListModel::tr("downloaded from %1")
            .arg(MarketDataProvider::displayNameOf(import.source));
    if (import.format == kResampleLogFormat)
        return SymbolListModel::tr("resampled from %1").arg(import.source);
    return SymbolListModel::tr("imported from %1").arg(import.source);
}

} // namespace

SymbolListModel::SymbolListModel(QObject *parent) : QAbstractTableModel(parent) { }

void SymbolListModel::setSymbols(std::vector<SymbolSummary> symbols)
{
    beginResetModel();
    m_symbols = std::move(symbols);
    endResetModel();
}

void SymbolListModel::setLatestImports(const std::vector<LatestImport> &imports)
{
    m_imports.clear();
    for (const LatestImport &import : imports) {
        if (import.importedAtUtc.isValid()) // an unreadable time says nothing useful
            m_imports[import.symbolId].push_back(import);
    }
    refreshRelativeTimes();
}

void SymbolListModel::refreshRelativeTimes()
{
    if (!m_symbols.empty())
        Q_EMIT dataChanged(index(0, LastRefreshColumn), index(rowCount() - 1, LastRefreshColumn));
}

const LatestImport *SymbolListModel::newestImport(const SymbolSummary &symbol) const
{
    const auto it = m_imports.constFind(symbol.symbol.id);
    if (it == m_imports.constEnd() || it->empty())
        return nullptr;
    return &*std::max_element(it->begin(), it->end(),
                              [](const LatestImport &a, const LatestImport &b) {
                                  return a.importedAtUtc < b.importedAtUtc;
                              });
}

QString SymbolListModel::lastRefreshToolTip(const SymbolSummary &symbol) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::vector<LatestImport> none;
    const auto found = m_imports.constFind(symbol.symbol.id);
    const std::vector<LatestImport> &imports = found == m_imports.constEnd() ? none : *found;
    QStringList lines;
    for (const SeriesSummary &series : symbol.series) {
        const auto import
            = std::find_if(imports.begin(), imports.end(),
                           [&](const LatestImport &i) { return i.timeframe == series.timeframe; });
        if (import == imports.end()) {
            lines << tr("%1: never imported or downloaded (resampled)").arg(series.timeframe);
            continue;
        }
        lines << tr("%1: %2, %3 (%4)")
                     .arg(series.timeframe, sourceText(*import),
                          QLocale().toString(import->importedAtUtc.toLocalTime(),
                                             QLocale::ShortFormat),
                          relativeTime(import->importedAtUtc, now));
    }
    return lines.join(u'\n');
}

const SymbolSummary *SymbolListModel::symbolAt(int row) const
{
    return row >= 0 && row < int(m_symbols.size()) ? &m_symbols[size_t(row)] : nullptr;
}

int SymbolListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_symbols.size());
}

int SymbolListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SymbolListModel::data(const QModelIndex &index, int role) const
{
    const SymbolSummary *s = symbolAt(index.row());
    if (!s || !index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == BarsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        if (QVariant value = sortValue(*s, index.column()); value.isValid())
            return value;
        role = Qt::DisplayRole; // the text sorts well enough
    }
    if (role == Qt::ToolTipRole && index.column() == LastRefreshColumn)
        return lastRefreshToolTip(*s);
    if (role == Qt::ToolTipRole && index.column() != SymbolColumn) {
        QStringList lines;
        for (const auto &series : s->series) {
            lines << tr("%1: %2 bars, %3 – %4")
                         .arg(series.timeframe, QLocale().toString(series.barCount),
                              formatTime(series.firstMs, s->symbol.timeZone),
                              formatTime(series.lastMs, s->symbol.timeZone));
        }
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case SymbolColumn:
        return s->symbol.name;
    case ExchangeColumn:
        return s->symbol.exchange;
    case TimeZoneColumn:
        return s->symbol.timeZone;
    case TimeframesColumn: {
        QStringList names;
        for (const auto &series : s->series)
            names << series.timeframe;
        return names.join(QStringLiteral(" · "));
    }
    // Counts and ranges are those of the finest series (series are sorted by bar length):
    // the data as imported, before any resampling.
    case BarsColumn:
        return s->series.empty() ? QString() : QLocale().toString(s->series.front().barCount);
    case FirstColumn:
        return s->series.empty() ? QString()
                                 : formatTime(s->series.front().firstMs, s->symbol.timeZone);
    case LastColumn:
        return s->series.empty() ? QString()
                                 : formatTime(s->series.front().lastMs, s->symbol.timeZone);
    case LastRefreshColumn: {
        const LatestImport *newest = newestImport(*s);
        return newest ? relativeTime(newest->importedAtUtc, QDateTime::currentDateTimeUtc())
                      : tr("never");
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SymbolListModel::sortValue(const SymbolSummary &s, int column) const
{
    const SeriesSummary *finest = s.series.empty() ? nullptr : &s.series.front();
    switch (Column(column)) {
    case BarsColumn:
        return finest ? finest->barCount : qint64(-1);
    case FirstColumn:
        return finest ? finest->firstMs : std::numeric_limits<qint64>::min();
    case LastColumn:
        return finest ? finest->lastMs : std::numeric_limits<qint64>::min();
    case LastRefreshColumn: {
        const LatestImport *newest = newestImport(s);
        return newest ? newest->importedAtUtc.toMSecsSinceEpoch()
                      : std::numeric_limits<qint64>::min();
    }
    default:
        return {};
    }
}

QVariant SymbolListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SymbolColumn:
        return tr("Symbol");
    case ExchangeColumn:
        return tr("Exchange");
    case TimeZoneColumn:
        return tr("Time zone");
    case TimeframesColumn:
        return tr("Timeframes");
    case BarsColumn:
        return tr("Bars");
    case FirstColumn:
        return tr("First bar");
    case LastColumn:
        return tr("Last bar");
    case LastRefreshColumn:
        return tr("Last refresh");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace modeldeck
