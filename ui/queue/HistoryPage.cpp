#include "queue/HistoryPage.h"

#include "common/EmptyStateStack.h"
#include "common/Guarded.h"
#include "domain/TrainingJob.h"
#include "domain/TrainingRecord.h"
#include "queue/HistoryModel.h"
#include "queue/JobText.h"
#include "queue/OptimizerPanel.h"
#include "queue/QueueBinding.h"
#include "queue/SearchTrialsModel.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
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
      m_trials(new QPushButton(tr("Search tr&ials…"), this)),
      m_trainBest(new QPushButton(tr("Train &best config"), this)),
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
    connect(m_trials, &QPushButton::clicked, this, &HistoryPage::showTrials);
    connect(m_trainBest, &QPushButton::clicked, this, &HistoryPage::trainBest);
    // Enter or a double-click on a search opens its trials.
    connect(m_view, &QAbstractItemView::activated, this, &HistoryPage::showTrials);
    // The same three as a context menu on the row (also the keyboard's Menu key); each action
    // mirrors its button's state and tooltip in refreshState().
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QPushButton *button : { m_trials, m_trainBest, m_rerun }) {
        auto *action = new QAction(button->icon(), button->text(), m_view);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_view->addAction(action);
    }

    m_stack->emptyLabel()->setForegroundRole(QPalette::PlaceholderText);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *tools = new QHBoxLayout;
    tools->addWidget(filterLabel);
    tools->addWidget(m_filter);
    tools->addWidget(m_count, 1);
    tools->addWidget(m_refresh);
    tools->addWidget(m_trials);
    tools->addWidget(m_trainBest);
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

    const JobHistoryEntry *row = currentRow();
    const bool search = row && !row->job.spec.search.isEmpty();
    if (search && m_bestJob != row->job.id)
        loadBest();
    // A strategy training records no trials and trains no model: its result is a strategy
    // configuration (the Strategy Studio, or `modeldeck-cli strategy job-result`).
    const bool strategy = row && row->job.spec.isStrategy();
    m_trials->setEnabled(search);
    m_trials->setToolTip(search ? tr("Show this search's trials, best skill so far and skill by "
                                     "parameter (Enter)")
                             : strategy
                             ? tr("A strategy training keeps no trials here; its result is in "
                                  "the Strategy Studio")
                             : tr("Only a hyperparameter search has trials"));
    const bool bestKnown = search && m_bestJob == row->job.id && !m_bestLoading;
    m_trainBest->setEnabled(m_binding->queue() && bestKnown && m_best.has_value());
    m_trainBest->setToolTip(
        strategy         ? tr("A strategy training finds strategy parameters, not a "
                                      "model configuration to train")
            : !search    ? tr("Only a hyperparameter search has a best configuration")
            : !bestKnown ? tr("Reading the search's trials…")
            : !m_best    ? tr("No trial of this search completed")
                         : tr("Queue a training job with trial %1's parameters: %2")
                            .arg(m_best->number)
                            .arg(SearchTrialsModel::paramsText(m_best->params)));
    const QList<QAction *> actions = m_view->actions();
    const QList<QPushButton *> buttons { m_trials, m_trainBest, m_rerun };
    for (int i = 0; i < actions.size() && i < buttons.size(); ++i) {
        actions[i]->setEnabled(buttons[i]->isEnabled());
        actions[i]->setToolTip(buttons[i]->toolTip());
    }
}

const JobHistoryEntry *HistoryPage::currentRow() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? m_model->rowAt(current.row()) : nullptr;
}

QCoro::Task<> HistoryPage::loadBest()
{
    const JobHistoryEntry *row = currentRow();
    WorkspaceSession *session = m_binding->session();
    if (m_bestLoading || !row || !session || !session->isOpen())
        co_return;
    const qint64 jobId = row->job.id;
    m_bestLoading = true;
    m_bestJob = jobId;
    m_best.reset();
    // Named: GCC 12 destroys temporaries of a full-expression holding co_await twice.
    auto task = guarded(this, session->jobs().searchTrials(jobId));
    auto trials = co_await task;
    if (!trials)
        co_return;
    m_bestLoading = false;
    if (*trials)
        m_best = SearchTrialsModel::bestTrial(**trials);
    else
        Q_EMIT message(trials->error().message);
    refreshState(); // reads the next row's trials if the selection moved meanwhile
}

OptimizerPanel *HistoryPage::showTrials()
{
    const JobHistoryEntry *row = currentRow();
    WorkspaceSession *session = m_binding->session();
    if (!row || row->job.spec.search.isEmpty() || !session)
        return nullptr;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        tr("Search trials — %1 (job %2)").arg(JobText::title(row->job.spec)).arg(row->job.id));
    auto *panel = new OptimizerPanel(session, dialog);
    panel->setJob(row->job.id, row->job.spec, false);
    connect(panel, &OptimizerPanel::message, this, &HistoryPage::message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(panel, 1);
    layout->addWidget(buttons);
    dialog->resize(900, 600);
    dialog->show();
    panel->table()->setFocus();
    return panel;
}

void HistoryPage::trainBest()
{
    TrainingQueue *queue = m_binding->queue();
    const JobHistoryEntry *row = currentRow();
    if (!queue || !row || row->job.spec.search.isEmpty() || m_bestJob != row->job.id || !m_best)
        return;
    JobSpec spec = row->job.spec;
    spec.search = {};
    for (auto it = m_best->params.begin(); it != m_best->params.end(); ++it)
        spec.params.insert(it.key(), it.value());
    const QString title = JobText::title(spec);
    bool existed = false;
    auto id = queue->enqueue(spec, &existed);
    if (!id)
        Q_EMIT message(tr("%1 was not queued: %2").arg(title, id.error().message));
    else if (existed)
        Q_EMIT message(
            tr("%1 with the best configuration is already queued (job %2).").arg(title).arg(*id));
    else
        Q_EMIT message(tr("Queued %1 with trial %2's configuration as job %3.")
                           .arg(title)
                           .arg(m_best->number)
                           .arg(*id));
}

void HistoryPage::rerunSelected()
{
    TrainingQueue *queue = m_binding->queue();
    const JobHistoryEntry *row = currentRow();
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
