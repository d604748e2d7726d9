#include "alerts/AlertListModel.h"

#include "common/StatusPalette.h"

#include <QLocale>

namespace modeldeck {

AlertListModel::AlertListModel(QObject *parent) : QAbstractTableModel(parent) { }

void AlertListModel::setRows(std::vector<Alert> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const Alert *AlertListModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

QStringList AlertListModel::kinds()
{
    return { QStringLiteral("performance_drift"), QStringLiteral("coverage_drift"),
             QStringLiteral("input_drift"), QStringLiteral("job_failures"),
             QStringLiteral("stale_model") };
}

QString AlertListModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1StringView("performance_drift"))
        return tr("Error drift");
    if (kind == QLatin1StringView("coverage_drift"))
        return tr("Interval misses");
    if (kind == QLatin1StringView("input_drift"))
        return tr("Input drift");
    if (kind == QLatin1StringView("job_failures"))
        return tr("Repeated failures");
    if (kind == QLatin1StringView("stale_model"))
        return tr("Stale model");
    return kind; // a kind a newer version raised: its key is still readable
}

QString AlertListModel::severityLabel(const QString &severity)
{
    if (severity == QLatin1StringView("critical"))
        return tr("Critical");
    if (severity == QLatin1StringView("warning"))
        return tr("Warning");
    if (severity == QLatin1StringView("info"))
        return tr("Info");
    return severity;
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    const Alert *a = rowAt(index.row());
    if (!a)
        return {};
    switch (role) {
    case AlertIdRole:
        return a->id;
    case OpenRole:
        return !a->acknowledgedAt.isValid();
    case Qt::ToolTipRole:
        return a->message;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn) {
            if (a->severity == QLatin1StringView("critical"))
                return StatusPalette::failed();
            if (a->severity == QLatin1StringView("warning"))
                return StatusPalette::stale();
        }
        if (a->acknowledgedAt.isValid())
            return StatusPalette::archived();
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case CreatedColumn:
        return locale.toString(a->createdAt.toLocalTime(), QLocale::ShortFormat);
    case SeverityColumn:
        return severityLabel(a->severity);
    case ModelColumn:
        return a->modelName;
    case KindColumn:
        return kindLabel(a->kind);
    case MessageColumn:
        return a->message;
    case AcknowledgedColumn:
        return a->acknowledgedAt.isValid()
            ? locale.toString(a->acknowledgedAt.toLocalTime(), QLocale::ShortFormat)
            : tr("Open");
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Raised");
    case SeverityColumn:
        return tr("Severity");
    case ModelColumn:
        return tr("Model");
    case KindColumn:
        return tr("Kind");
    case MessageColumn:
        return tr("Message");
    case AcknowledgedColumn:
        return tr("Acknowledged");
    default:
        return {};
    }
}

} // namespace modeldeck
