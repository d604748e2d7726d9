#include "import/ImportPreviewModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QStyle>
#include <cmath>

namespace modeldeck {

namespace {

QString formatTime(qint64 ms, const QTimeZone &zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone);
    return t.toString(t.time().second() != 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                             : QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Shortest text that reads back as the same double: exactly what will be stored.
QString formatValue(double value)
{
    return std::isnan(value) ? QStringLiteral("—")
                             : QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) { }

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_preview ? 0 : int(m_preview->csv.bars.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const size_t row = size_t(index.row());
    const Bar &bar = m_preview->csv.bars[row];
    const qint64 line = row < m_preview->csv.barLines.size() ? m_preview->csv.barLines[row] : 0;
    const bool invalid = bar.flags & BarFlagInvalid;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == LineColumn
            || (index.column() >= OpenColumn && index.column() <= VolumeColumn);
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (index.column() == FlagsColumn && invalid) {
        if (role == Qt::ToolTipRole)
            return m_issues.value(line);
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return line > 0 ? QVariant(line) : QVariant();
    case LocalTimeColumn:
        return formatTime(bar.timeUtcMs, m_zone);
    case UtcTimeColumn:
        return formatTime(bar.timeUtcMs, QTimeZone::utc());
    case OpenColumn:
        return formatValue(bar.open);
    case HighColumn:
        return formatValue(bar.high);
    case LowColumn:
        return formatValue(bar.low);
    case CloseColumn:
        return formatValue(bar.close);
    case AdjCloseColumn:
        return formatValue(bar.adjClose);
    case VolumeColumn:
        return formatValue(bar.volume);
    case FlagsColumn:
        return invalid ? tr("Invalid: %1").arg(m_issues.value(line)) : QString();
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case LocalTimeColumn:
        return m_preview ? tr("Time (%1)").arg(m_preview->timeZone) : tr("Local time");
    case UtcTimeColumn:
        return tr("Time (UTC)");
    case OpenColumn:
        return tr("Open");
    case HighColumn:
        return tr("High");
    case LowColumn:
        return tr("Low");
    case CloseColumn:
        return tr("Close");
    case AdjCloseColumn:
        return tr("Adj Close");
    case VolumeColumn:
        return tr("Volume");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

void ImportPreviewModel::setPreview(std::shared_ptr<const FilePreview> preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    m_issues.clear();
    m_zone = QTimeZone::utc();
    if (m_preview) {
        const QTimeZone zone(m_preview->timeZone.toUtf8());
        if (zone.isValid())
            m_zone = zone;
        for (const CsvRowIssue &issue : m_preview->csv.flagged)
            m_issues.insert(issue.line, issue.message);
    }
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, LocalTimeColumn, LocalTimeColumn);
}

int ImportPreviewModel::rowForLine(qint64 line) const
{
    if (!m_preview)
        return -1;
    const auto &lines = m_preview->csv.barLines;
    const auto it = std::find(lines.begin(), lines.end(), line);
    return it == lines.end() ? -1 : int(it - lines.begin());
}

} // namespace modeldeck
