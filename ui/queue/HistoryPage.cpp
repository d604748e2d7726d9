#include "queue/HistoryPage.h"

#include "common/EmptyStateStack.h"
#include "common/Guarded.h"
#include "domain/TrainingJob.h"
#include "domain/TrainingRecord.h"
#include "queue/HistoryModel.h"
#include "queue/JobText.h"
#include "queue/QueueBinding.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

HistoryPage::HistoryPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_binding(new QueueBinding(session, this)), m_model(new HistoryModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_filter(new QComboBox(this)),
      m_rerun(new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")),
                              tr("&Re-run with same config"), this)),
      m_refresh(new QPushButton(tr("Re&load"), this)), m_count(new QLabel(this)),
      m_stack(new EmptyStateStack(m_view, this))
{
    setObjectName(QStringLiteral("historyPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryModel::SortRole);
    m_proxy->setFilterRole(HistoryModel::StatusRole);
    m_proxy->setFilterKeyColumn(HistoryModel::StatusColumn);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Finished training jobs"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HistoryModel::StartedColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false); // one line per job; the whole error is in the tooltip
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Widths from the first 100 rows, not Qt's default 1,000: each layout measures every
    // sampled cell's text, 80 ms on the GUI thread with 10,000 jobs (bench/app_load).
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->horizontalHeader()->setSectionResizeMode(HistoryModel::ErrorColumn,
                                                     QHeaderView::Stretch);

    m_filter->setAccessibleName(tr("Show jobs with status"));
    m_filter->addItem(tr("All statuses"), -1);
    for (JobStatus s :
         { JobStatus::Completed, JobStatus::Failed, JobStatus::Cancelled, JobStatus::Interrupted })
        m_filter->addItem(JobText::status(s), int(s));
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_filter->currentData().toInt();
        m_proxy->setFilterRegularExpression(status < 0 ? QString()
                                                       : QStringLiteral("^%1$").arg(status));
        refreshState();
    });

    m_rerun->setToolTip(tr("Queue this job again with the same symbol, timeframe, bot and settings "
                           "(a failed, cancelled or interrupted job is retried)"));
    m_refresh->setToolTip(tr("Read the job history again"));
    connect(m_rerun, &QPushButton::clicked, this, &HistoryPage::rerunSelected);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryPage::reload);

    m_stack->emptyLabel()->setForegroundRole(QPalette::PlaceholderText);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *tools = new QHBoxLayout;
    tools->addWidget(filterLabel);
    tools->addWidget(m_filter);
    tools->addWidget(m_count, 1);
    tools->addWidget(m_refresh);
    tools->addWidget(m_rerun);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(tools);
    layout->addWidget(m_stack, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryPage::refreshState);
    connect(m_binding, &QueueBinding::queueChanged, this, &HistoryPage::bind);
    bind(m_binding->queue());
}

void HistoryPage::bind(TrainingQueue *queue)
{
    if (queue) {
        connect(queue, &TrainingQueue::jobFinished, this, &HistoryPage::reload,
                Qt::UniqueConnection);
        // A retry (from here, the CLI's queue or the queue itself) takes a job out of history.
        connect(queue, &TrainingQueue::jobsChanged, this, &HistoryPage::reload,
                Qt::UniqueConnection);
    }
    reload();
}

QCoro::Task<> HistoryPage::reload()
{
    if (!m_gate.enter())
        co_return;
    do {
        WorkspaceSession *session = m_binding->session();
        if (!session || !session->isOpen()) {
            m_model->setRows({});
            continue;
        }
        const qint64 current = currentJob();
        auto future = guarded(this, session->jobs().history(m_limit));
        auto rowsGuarded = co_await future;
        if (!rowsGuarded)
            co_return;
        auto rows = std::move(*rowsGuarded);
        if (!rows) {
            Q_EMIT message(rows.error().message);
            continue;
        }
        m_model->setRows(std::move(*rows));
        selectJob(current);
    } while (m_gate.again());
    refreshState();
    Q_EMIT loaded();
}

void HistoryPage::setStatusFilter(std::optional<JobStatus> status)
{
    const int index = m_filter->findData(status ? int(*status) : -1);
    m_filter->setCurrentIndex(std::max(0, index));
}

qint64 HistoryPage::currentJob() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(HistoryModel::JobIdRole).toLongLong() : 0;
}

void HistoryPage::selectJob(qint64 jobId)
{
    if (jobId == 0)
        return;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, HistoryModel::SymbolColumn);
        if (index.data(HistoryModel::JobIdRole).toLongLong() == jobId) {
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

void HistoryPage::refreshState()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n finished job(s)", nullptr, total)
                                    : tr("%1 of %n finished job(s)", nullptr, total).arg(shown));
    m_stack->setEmptyText(total == 0 ? tr("No training job has finished yet.")
                                     : tr("No finished job has this status."));
    m_stack->setContentShown(shown > 0);
    m_rerun->setEnabled(m_binding->queue() && currentJob() != 0);
}

void HistoryPage::rerunSelected()
{
    TrainingQueue *queue = m_binding->queue();
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const JobHistoryEntry *row = m_model->rowAt(current.row());
    if (!queue || !row)
        return;
    const TrainingJob &job = row->job;
    const QString title = JobText::title(job.spec);
    if (job.status == JobStatus::Completed) {
        bool existed = false;
        auto id = queue->enqueue(job.spec, &existed);
        if (!id)
            Q_EMIT message(tr("%1 was not queued: %2").arg(title, id.error().message));
        else if (existed)
            Q_EMIT message(tr("%1 is already queued (job %2).").arg(title).arg(*id));
        else
            Q_EMIT message(tr("Queued %1 again as job %2.").arg(title).arg(*id));
        return;
    }
    if (Status s = queue->retry(job.id); !s)
        Q_EMIT message(tr("%1 was not queued: %2").arg(title, s.error().message));
    else
        Q_EMIT message(tr("Queued %1 again (job %2, retried).").arg(title).arg(job.id));
}

} // namespace modeldeck
