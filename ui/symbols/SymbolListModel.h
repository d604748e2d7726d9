#pragma once
// Table of the workspace's symbols with their series (timeframes, bar counts, date ranges) and
// when they were last refreshed. Bars and dates describe the finest series; the tooltip lists
// every series.

#include "domain/MarketData.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace modeldeck {

class SymbolListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SymbolColumn,
        ExchangeColumn,
        TimeZoneColumn,
        TimeframesColumn,
        BarsColumn,
        FirstColumn,
        LastColumn,
        LastRefreshColumn,
        ColumnCount
    };
    // Values to sort by (numbers and times where the text would sort wrongly).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SymbolListModel(QObject *parent = nullptr);

    void setSymbols(std::vector<SymbolSummary> symbols);
    // The newest import or download per series (WorkspaceSession::latestImports()).
    void setLatestImports(const std::vector<LatestImport> &imports);
    // "5 min ago" ages as the clock moves: repaints that column.
    void refreshRelativeTimes();
    const SymbolSummary *symbolAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const LatestImport *newestImport(const SymbolSummary &symbol) const;
    QString lastRefreshToolTip(const SymbolSummary &symbol) const;
    QVariant sortValue(const SymbolSummary &symbol, int column) const;

    std::vector<SymbolSummary> m_symbols;
    QHash<qint64, std::vector<LatestImport>> m_imports; // by symbol id
};

} // namespace modeldeck
