#include "queue/PendingJobsModel.h"

#include "common/Guarded.h"
#include "domain/TrainingJob.h"
#include "queue/JobText.h"
#include "queue/QueueBinding.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"

#include <QJsonDocument>
#include <QLocale>
#include <QMimeData>
#include <QPointer>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

namespace {

const QString kMimeType = QStringLiteral("application/x-modeldeck-job-id");

bool sameOrder(const std::vector<TrainingJob> &a, const std::vector<TrainingJob> &b)
{
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(), [](const TrainingJob &x, const TrainingJob &y) {
            return x.id == y.id && x.spec.priority == y.spec.priority && x.status == y.status;
        });
}

} // namespace

PendingJobsModel::PendingJobsModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_binding(new QueueBinding(session, this))
{
    connect(m_binding, &QueueBinding::queueChanged, this, &PendingJobsModel::bind);
    bind(m_binding->queue());
}

void PendingJobsModel::bind(TrainingQueue *queue)
{
    if (queue) {
        connect(queue, &TrainingQueue::jobsChanged, this, &PendingJobsModel::reload,
                Qt::UniqueConnection);
        // A start changes no row through jobsChanged, but the job leaves the waiting list.
        connect(queue, &TrainingQueue::jobStarted, this, &PendingJobsModel::reload,
                Qt::UniqueConnection);
    }
    reload();
}

QCoro::Task<> PendingJobsModel::reload()
{
    if (!m_gate.enter())
        co_return;
    do {
        WorkspaceSession *session = m_binding->session();
        if (!session || !session->isOpen()) {
            beginResetModel();
            m_pending.clear();
            m_running.clear();
            endResetModel();
            continue;
        }
        auto future = guarded(this, session->jobs().active());
        auto jobsGuarded = co_await future;
        if (!jobsGuarded)
            co_return;
        auto jobs = std::move(*jobsGuarded);
        if (!jobs) {
            m_error = jobs.error().message;
            Q_EMIT errorOccurred(m_error);
            continue;
        }
        m_error.clear();
        std::vector<TrainingJob> pending;
        std::vector<TrainingJob> running;
        for (TrainingJob &job : *jobs)
            (job.status == JobStatus::Pending ? pending : running).push_back(std::move(job));
        m_running = std::move(running);
        if (sameOrder(pending, m_pending)) {
            m_pending = std::move(pending);
            if (!m_pending.empty())
                Q_EMIT dataChanged(index(0, 0), index(int(m_pending.size()) - 1, ColumnCount - 1));
        } else {
            beginResetModel();
            m_pending = std::move(pending);
            endResetModel();
        }
    } while (m_gate.again());
    m_loaded = true;
    Q_EMIT loaded();
}

const TrainingJob *PendingJobsModel::jobAt(int row) const
{
    return row >= 0 && row < int(m_pending.size()) ? &m_pending[size_t(row)] : nullptr;
}

int PendingJobsModel::rowOfJob(qint64 jobId) const
{
    const auto it = std::find_if(m_pending.begin(), m_pending.end(),
                                 [&](const TrainingJob &j) { return j.id == jobId; });
    return it == m_pending.end() ? -1 : int(it - m_pending.begin());
}

std::optional<TrainingJob> PendingJobsModel::activeJob(qint64 jobId) const
{
    for (const auto *list : { &m_running, &m_pending }) {
        for (const TrainingJob &job : *list) {
            if (job.id == jobId)
                return job;
        }
    }
    return std::nullopt;
}

int PendingJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pending.size());
}

int PendingJobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingJobsModel::data(const QModelIndex &index, int role) const
{
    const TrainingJob *job = jobAt(index.row());
    if (!job || !index.isValid())
        return {};
    if (role == JobIdRole)
        return job->id;
    if (role == Qt::TextAlignmentRole
        && (index.column() == OrderColumn || index.column() == PriorityColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        QStringList lines { tr("Job %1, queued %2")
                                .arg(job->id)
                                .arg(QLocale().toString(job->createdAt.toLocalTime(),
                                                        QLocale::ShortFormat)) };
        if (job->spec.horizon != 1)
            lines << tr("Horizon: %n bar(s)", nullptr, job->spec.horizon);
        if (!job->spec.params.isEmpty())
            lines << tr("Settings: %1")
                         .arg(QString::fromUtf8(
                             QJsonDocument(job->spec.params).toJson(QJsonDocument::Compact)));
        if (const QString why = JobText::retrainReason(job->spec); !why.isEmpty())
            lines << why;
        if (job->attempts > 0)
            lines << tr("Attempts so far: %1").arg(job->attempts);
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case OrderColumn:
        return index.row() + 1;
    case SymbolColumn:
        return job->spec.symbol;
    case TimeframeColumn:
        return job->spec.timeframe;
    case BotColumn:
        return JobText::bot(job->spec);
    case PriorityColumn:
        return job->spec.priority;
    case QueuedColumn:
        return QLocale().toString(job->createdAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PendingJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == PriorityColumn)
        return tr("Higher priorities run first; equal priorities run in list order");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case OrderColumn:
        return tr("#");
    case SymbolColumn:
        return tr("Symbol");
    case TimeframeColumn:
        return tr("Timeframe");
    case BotColumn:
        return tr("Bot");
    case PriorityColumn:
        return tr("Priority");
    case QueuedColumn:
        return tr("Queued");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags PendingJobsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between rows
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == PriorityColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PendingJobsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const TrainingJob *job = jobAt(index.row());
    TrainingQueue *queue = m_binding->queue();
    if (!job || !queue || role != Qt::EditRole || index.column() != PriorityColumn)
        return false;
    bool ok = false;
    const int priority = value.toInt(&ok);
    if (!ok || priority == job->spec.priority)
        return false;
    if (Status s = queue->setPriority(job->id, priority); !s) {
        Q_EMIT errorOccurred(s.error().message);
        return false;
    }
    return true; // the reload that jobsChanged triggers puts the row in its new place
}

Qt::DropActions PendingJobsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PendingJobsModel::mimeTypes() const
{
    return { kMimeType };
}

QMimeData *PendingJobsModel::mimeData(const QModelIndexList &indexes) const
{
    // One job per drag: the queue moves one job at a time.
    const TrainingJob *job = indexes.isEmpty() ? nullptr : jobAt(indexes.first().row());
    if (!job)
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(kMimeType, QByteArray::number(job->id));
    return mime;
}

bool PendingJobsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &) const
{
    return data && data->hasFormat(kMimeType) && action == Qt::MoveAction && m_binding->queue();
}

bool PendingJobsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const qint64 jobId = data->data(kMimeType).toLongLong(&ok);
    const int from = rowOfJob(jobId);
    if (!ok || from < 0)
        return false;
    // Dropped on a row: before it; between rows: at `row`; below the last: at the end.
    int target = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_pending.size());
    if (target > from)
        --target; // the job leaves its old place first
    if (target == from)
        return false;
    if (Status s = m_binding->queue()->move(jobId, target); !s)
        Q_EMIT errorOccurred(s.error().message);
    return false;
}

} // namespace modeldeck
