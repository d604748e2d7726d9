#pragma once
// Finished training jobs, newest first (JobsFacade::history), with the test metrics of the
// training record each produced where there is one.

#include "domain/TrainingJob.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace modeldeck {

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        SymbolColumn,
        TimeframeColumn,
        BotColumn,
        StartedColumn,
        DurationColumn,
        AttemptsColumn,
        RmseColumn,
        MaeColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role { JobIdRole = Qt::UserRole + 1, StatusRole, SortRole };

    explicit HistoryModel(QObject *parent = nullptr);

    void setRows(std::vector<JobHistoryEntry> rows);
    const JobHistoryEntry *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const JobHistoryEntry &row, int column) const;

    std::vector<JobHistoryEntry> m_rows;
};

} // namespace modeldeck
