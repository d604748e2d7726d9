#pragma once
// The audit log's rows for a table: time (local), action, subject, details and source. Holds
// what the last load returned; filtering is the query's (AuditFilter), not the view's.

#include "domain/AuditEntry.h"

#include <QAbstractTableModel>
#include <vector>

namespace modeldeck {

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Action, Subject, Details, Source, ColumnCount };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(std::vector<AuditEntry> entries);
    const std::vector<AuditEntry> &entries() const { return m_entries; }

    // The action as shown ("Train", "Rollback", …).
    static QString actionText(const QString &action);
    // Details as "key: value" pairs, one line; the full JSON is the cell's tooltip.
    static QString detailsText(const QJsonObject &details);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<AuditEntry> m_entries;
};

} // namespace modeldeck
