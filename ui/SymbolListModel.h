#pragma once
// Table of the workspace's symbols with their series (timeframes, bar counts, date ranges).
// Bars and dates describe the finest series; the tooltip lists every series.

#include "storage/MarketDataRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace modeldeck {

class SymbolListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SymbolColumn, ExchangeColumn, TimeZoneColumn, TimeframesColumn, BarsColumn,
                  FirstColumn, LastColumn, ColumnCount };

    explicit SymbolListModel(QObject *parent = nullptr);

    void setSymbols(std::vector<SymbolSummary> symbols);
    const SymbolSummary *symbolAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SymbolSummary> m_symbols;
};

} // namespace modeldeck
