#include "SymbolListModel.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>


namespace modeldeck {

namespace {

// Dates are shown in the exchange's own zone: that is how analysts read a trading day.
QString formatTime(qint64 ms, const QString &zoneId)
{
    QTimeZone zone(zoneId.toUtf8());
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc());
    return QLocale().toString(t, QLocale::ShortFormat);
}

} // namespace

SymbolListModel::SymbolListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SymbolListModel::setSymbols(std::vector<SymbolSummary> symbols)
{
    beginResetModel();
    m_symbols = std::move(symbols);
    endResetModel();
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
        return s->series.empty() ? QString() : formatTime(s->series.front().firstMs, s->symbol.timeZone);
    case LastColumn:
        return s->series.empty() ? QString() : formatTime(s->series.front().lastMs, s->symbol.timeZone);
    case ColumnCount:
        break;
    }
    return {};
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
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace modeldeck
