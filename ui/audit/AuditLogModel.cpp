#include "audit/AuditLogModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace modeldeck {

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) { }

void AuditLogModel::setEntries(std::vector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QString AuditLogModel::actionText(const QString &action)
{
    if (action == AuditAction::Train)
        return tr("Train");
    if (action == AuditAction::Save)
        return tr("Save");
    if (action == AuditAction::Clear)
        return tr("Clear");
    if (action == AuditAction::Delete)
        return tr("Delete");
    if (action == AuditAction::Activate)
        return tr("Activate");
    if (action == AuditAction::Rollback)
        return tr("Rollback");
    if (action == AuditAction::Import)
        return tr("Import");
    if (action == AuditAction::Export)
        return tr("Export");
    if (action == AuditAction::Settings)
        return tr("Settings");
    if (action == AuditAction::Rename)
        return tr("Rename");
    if (action == AuditAction::Edit)
        return tr("Edit");
    if (action == AuditAction::Retry)
        return tr("Retry");
    if (action == AuditAction::Remove)
        return tr("Remove");
    return action;
}

QString AuditLogModel::detailsText(const QJsonObject &details)
{
    QStringList parts;
    for (auto it = details.begin(); it != details.end(); ++it) {
        QString value;
        const QJsonValue v = it.value();
        if (v.isString())
            value = v.toString();
        else if (v.isBool())
            value = v.toBool() ? tr("yes") : tr("no");
        else if (v.isDouble())
            value = QLocale::c().toString(v.toDouble(), 'g', 12);
        else if (v.isArray()) {
            QStringList items;
            for (const QJsonValue &item : v.toArray())
                items << (item.isString() ? item.toString()
                                          : QLocale::c().toString(item.toDouble(), 'g', 12));
            value = items.join(QStringLiteral(", "));
        } else {
            value = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        }
        parts << it.key() + QStringLiteral(": ") + value;
    }
    return parts.join(QStringLiteral(" · "));
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Action:
            return actionText(e.action);
        case Subject:
            return e.subject;
        case Details:
            return detailsText(e.details);
        case Source:
            return e.source == QLatin1StringView("cli") ? tr("CLI") : tr("GUI");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Time)
            return e.at.toString(Qt::ISODateWithMs); // UTC, as stored
        if (index.column() == Details)
            return QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Indented));
        if (index.column() == Subject)
            return e.subject;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Action:
        return tr("Action");
    case Subject:
        return tr("Subject");
    case Details:
        return tr("Details");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace modeldeck
