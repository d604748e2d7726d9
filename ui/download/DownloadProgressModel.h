#pragma once
// One row per symbol × timeframe of a download or a refresh: its state, the pages and bars
// fetched so far, and then what was merged or why it failed. States are text with an icon,
// never colour alone.

#include "net/DownloadService.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace modeldeck {

class DownloadProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SymbolColumn,
        TimeframeColumn,
        ProviderColumn,
        StateColumn,
        PagesColumn,
        BarsColumn,
        ResultColumn,
        ColumnCount
    };
    enum class State { Waiting, Fetching, Writing, Done, Failed, Cancelled, Skipped };

    struct Row
    {
        QString symbol; // as requested, then as stored ("btc-usdt" → "BTCUSDT")
        QString timeframe;
        QString provider; // display name
        State state = State::Waiting;
        int pages = 0;
        qint64 bars = 0;
        MergeStats merge;
        QString message; // why it failed, was cancelled or skipped
        QStringList notes; // from the provider, e.g. a clamped range
    };

    explicit DownloadProgressModel(QObject *parent = nullptr);

    void setRows(std::vector<Row> rows);
    const Row &row(int row) const { return m_rows.at(size_t(row)); }
    // Rows that are still to run or running, and rows in `state`.
    int unfinishedCount() const;
    int count(State state) const;
    MergeStats mergedTotals() const;

    void applyProgress(int row, const DownloadProgress &progress);
    void applyReport(int row, const SymbolDownloadReport &report);
    // A row that ended without a report of its own (the whole request failed or never ran).
    void finish(int row, State state, const QString &message);

    static QString stateText(State state);
    static bool isFinished(State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString resultText(const Row &row) const;
    QString toolTip(const Row &row) const;
    void rowChanged(int row);

    std::vector<Row> m_rows;
};

} // namespace modeldeck
