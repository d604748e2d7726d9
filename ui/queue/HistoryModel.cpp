#include "queue/HistoryModel.h"

#include "common/StatusPalette.h"
#include "queue/JobText.h"

#include <QColor>
#include <QLocale>

namespace modeldeck {

namespace {

// The house status colours, always beside the status text.
QColor statusColour(JobStatus status)
{
    switch (status) {
    case JobStatus::Completed:
        return StatusPalette::active();
    case JobStatus::Failed:
        return StatusPalette::failed();
    case JobStatus::Cancelled:
    case JobStatus::Interrupted:
        return StatusPalette::stale();
    case JobStatus::Pending:
    case JobStatus::Running:
        break;
    }
    return StatusPalette::archived();
}

qint64 durationSeconds(const TrainingJob &job)
{
    if (!job.startedAt.isValid() || !job.finishedAt.isValid())
        return -1;
    return std::max<qint64>(0, job.startedAt.secsTo(job.finishedAt));
}

QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0);
}

} // namespace

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

void HistoryModel::setRows(std::vector<JobHistoryEntry> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const JobHistoryEntry *HistoryModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::display(const JobHistoryEntry &row, int column) const
{
    const TrainingJob &job = row.job;
    const auto metric
        = [](const std::optional<double> &v) { return v ? JobText::number(*v) : QString(); };
    switch (Column(column)) {
    case StatusColumn:
        return JobText::status(job.status);
    case SymbolColumn:
        return job.spec.symbol;
    case TimeframeColumn:
        return job.spec.timeframe;
    case BotColumn:
        return JobText::bot(job.spec);
    case StartedColumn:
        return job.startedAt.isValid()
            ? QLocale().toString(job.startedAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    case DurationColumn:
        return JobText::duration(durationSeconds(job));
    case AttemptsColumn:
        return job.attempts;
    case RmseColumn:
        return metric(row.testRmse);
    case MaeColumn:
        return metric(row.testMae);
    case ErrorColumn:
        return firstLine(job.errorMessage);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const JobHistoryEntry *row = rowAt(index.row());
    if (!row || !index.isValid())
        return {};
    const TrainingJob &job = row->job;
    switch (role) {
    case JobIdRole:
        return job.id;
    case StatusRole:
        return int(job.status);
    case SortRole:
        // Numbers and times sort as such, not as their text.
        switch (Column(index.column())) {
        case StartedColumn:
            return job.startedAt.isValid() ? job.startedAt.toMSecsSinceEpoch() : qint64(0);
        case DurationColumn:
            return durationSeconds(job);
        case RmseColumn:
            return row->testRmse.value_or(-1);
        case MaeColumn:
            return row->testMae.value_or(-1);
        default:
            return display(*row, index.column());
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(*row, index.column());
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(statusColour(job.status)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn && !job.errorMessage.isEmpty())
            return job.errorMessage;
        if (const QString why = JobText::retrainReason(job.spec); !why.isEmpty())
            return tr("Job %1 · %2\n%3").arg(job.id).arg(JobText::title(job.spec), why);
        return tr("Job %1 · %2").arg(job.id).arg(JobText::title(job.spec));
    case Qt::TextAlignmentRole:
        switch (Column(index.column())) {
        case DurationColumn:
        case AttemptsColumn:
        case RmseColumn:
        case MaeColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (section == RmseColumn || section == MaeColumn))
        return tr("On the test split of the training record this job produced, in price units");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case SymbolColumn:
        return tr("Symbol");
    case TimeframeColumn:
        return tr("Timeframe");
    case BotColumn:
        return tr("Bot");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case AttemptsColumn:
        return tr("Attempts");
    case RmseColumn:
        return tr("Test RMSE");
    case MaeColumn:
        return tr("Test MAE");
    case ErrorColumn:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace modeldeck
