#pragma once
// Alerts as a table, newest first (AlertsFacade::list): when, severity, model, kind, message and,
// for acknowledged ones, when they were acknowledged. Severity is coloured and named.

#include "domain/Alert.h"

#include <QAbstractTableModel>
#include <vector>

namespace modeldeck {

class AlertListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CreatedColumn,
        SeverityColumn,
        ModelColumn,
        KindColumn,
        MessageColumn,
        AcknowledgedColumn,
        ColumnCount
    };
    enum Role { AlertIdRole = Qt::UserRole + 1, OpenRole };

    explicit AlertListModel(QObject *parent = nullptr);

    void setRows(std::vector<Alert> rows);
    const Alert *rowAt(int row) const;

    // The words the GUI uses for a kind and a severity (the database keeps the keys).
    static QString kindLabel(const QString &kind);
    static QString severityLabel(const QString &severity);
    static QStringList kinds();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Alert> m_rows;
};

} // namespace modeldeck
