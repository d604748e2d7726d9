#include "queue/QueuePanel.h"

#include "domain/TrainingJob.h"
#include "queue/JobText.h"
#include "queue/PendingJobsModel.h"
#include "queue/QueueBinding.h"
#include "queue/RunningJobView.h"
#include "queue/TrainingQueue.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace modeldeck {

namespace {

int finishedOf(const JobCounts &c)
{
    return c.completed + c.failed + c.cancelled + c.interrupted;
}

QAction *viewAction(QWidget *view, const QString &icon, const QString &text, const QString &tip,
                    const QKeySequence &shortcut)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, view);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only while the list has focus
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    view->addAction(action);
    return action;
}

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAccessibleName(action->text().remove(u'&'));
    return button;
}

} // namespace

QueuePanel::QueuePanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_binding(new QueueBinding(session, this)),
      m_model(new PendingJobsModel(session, this)), m_running(new RunningJobView(session, this)),
      m_status(new QLabel(this)), m_runProgress(new QProgressBar(this)),
      m_pendingTitle(new QLabel(this)), m_pendingStack(new QStackedWidget(this)),
      m_pendingEmpty(new QLabel(this)), m_view(new QTableView(this)), m_priority(new QSpinBox(this))
{
    setObjectName(QStringLiteral("queuePanel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Queue status"));
    m_runProgress->setAccessibleName(tr("Jobs done in this run"));
    m_runProgress->setFormat(tr("%v of %m jobs done"));
    m_runProgress->setRange(0, 1);

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("pendingJobsView"));
    m_view->setAccessibleName(tr("Waiting jobs"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false); // one line per job, however narrow the dock
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Widths from the first 100 rows, not Qt's default 1,000: each layout measures every
    // sampled cell's text, 80 ms on the GUI thread with 10,000 jobs (bench/app_load).
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_pendingEmpty->setAlignment(Qt::AlignCenter);
    m_pendingEmpty->setWordWrap(true);
    m_pendingEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_pendingEmpty->setText(tr("No jobs are waiting.\nTraining ▸ Auto-train… (Ctrl+Shift+T) queues "
                               "jobs for your symbols."));
    m_pendingStack->addWidget(m_pendingEmpty);
    m_pendingStack->addWidget(m_view);

    QAction *up
        = viewAction(m_view, QStringLiteral("go-up"), tr("Move &up"),
                     tr("Run the selected job earlier"), QKeySequence(Qt::CTRL | Qt::Key_Up));
    QAction *down
        = viewAction(m_view, QStringLiteral("go-down"), tr("Move &down"),
                     tr("Run the selected job later"), QKeySequence(Qt::CTRL | Qt::Key_Down));
    QAction *remove = viewAction(m_view, QStringLiteral("list-remove"), tr("&Remove"),
                                 tr("Take the selected jobs out of the queue"),
                                 QKeySequence(QKeySequence::Delete));
    connect(up, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(down, &QAction::triggered, this, [this] { moveSelected(1); });
    connect(remove, &QAction::triggered, this, &QueuePanel::removeSelected);
    m_up = buttonFor(up, this);
    m_down = buttonFor(down, this);
    m_remove = buttonFor(remove, this);

    m_priority->setRange(-1000, 1000);
    m_priority->setKeyboardTracking(false); // one change per Enter or arrow step, not per digit
    m_priority->setAccessibleName(tr("Priority of the selected job"));
    m_priority->setToolTip(tr("Higher priorities run first; equal priorities run in list order"));
    auto *priorityLabel = new QLabel(tr("&Priority:"), this);
    priorityLabel->setBuddy(m_priority);
    connect(m_priority, &QSpinBox::valueChanged, this, &QueuePanel::applyPriority);

    QFont heading = m_pendingTitle->font();
    heading.setBold(true);
    m_pendingTitle->setFont(heading);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_running, 1);
    topLayout->addWidget(m_status);
    topLayout->addWidget(m_runProgress);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    // Two rows keep the dock narrow enough for a small screen at 200 %.
    auto *pendingHeading = new QHBoxLayout;
    pendingHeading->addWidget(m_pendingTitle);
    pendingHeading->addStretch();
    pendingHeading->addWidget(priorityLabel);
    pendingHeading->addWidget(m_priority);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_up);
    tools->addWidget(m_down);
    tools->addWidget(m_remove);
    tools->addStretch();
    bottomLayout->addLayout(pendingHeading);
    bottomLayout->addLayout(tools);
    bottomLayout->addWidget(m_pendingStack, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    // A reload resets the rows; the selection follows the jobs, not the row numbers.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_reselect.clear();
        for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
            m_reselect << row.data(PendingJobsModel::JobIdRole).toLongLong();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (qint64 id : std::as_const(m_reselect)) {
            const int row = m_model->rowOfJob(id);
            if (row < 0)
                continue;
            const QModelIndex index = m_model->index(row, PendingJobsModel::SymbolColumn);
            m_view->selectionModel()->select(
                index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        }
    });
    connect(m_model, &PendingJobsModel::loaded, this, [this] {
        refreshOthers();
        refreshStatus();
        refreshButtons();
    });
    connect(m_model, &PendingJobsModel::errorOccurred, this, &QueuePanel::message);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePanel::refreshButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &QueuePanel::refreshButtons);

    connect(m_binding, &QueueBinding::queueChanged, this, &QueuePanel::bind);
    connect(m_binding, &QueueBinding::availabilityChanged, this, &QueuePanel::refreshStatus);
    bind(m_binding->queue());
}

void QueuePanel::bind(TrainingQueue *queue)
{
    m_live.clear();
    m_running->showIdle(queue ? tr("No job is running.") : tr("No workspace is open."));
    if (queue) {
        connect(queue, &TrainingQueue::jobStarted, this, &QueuePanel::onJobStarted,
                Qt::UniqueConnection);
        connect(queue, &TrainingQueue::jobProgress, this, &QueuePanel::onJobProgress,
                Qt::UniqueConnection);
        connect(queue, &TrainingQueue::jobFinished, this, &QueuePanel::onJobFinished,
                Qt::UniqueConnection);
        connect(queue, &TrainingQueue::countsChanged, this, &QueuePanel::refreshStatus,
                Qt::UniqueConnection);
        connect(queue, &TrainingQueue::errorOccurred, this, &QueuePanel::message,
                Qt::UniqueConnection);
        connect(queue, &TrainingQueue::databaseWaitChanged, this, &QueuePanel::refreshStatus,
                Qt::UniqueConnection);
        connect(queue, &TrainingQueue::stateChanged, this,
                [this, queue](TrainingQueue::State state) {
                    // A run starts from Idle; its progress counts the jobs that finish from then
                    // on.
                    if (state == TrainingQueue::State::Running && m_live.isEmpty()
                        && queue->counts().running == 0)
                        m_finishedAtStart = finishedOf(queue->counts());
                    refreshStatus();
                });
        m_finishedAtStart = finishedOf(queue->counts());
        // Opened while jobs run (the panel was created late): show them as they report.
        for (const TrainingJob &job : queue->currentJobs())
            onJobStarted(job);
    }
    refreshStatus();
    refreshButtons();
}

QString QueuePanel::titleOf(const LiveJob &live)
{
    return JobText::title(live.job.spec);
}

void QueuePanel::onJobStarted(const TrainingJob &job)
{
    LiveJob &live = m_live[job.id];
    live.job = job;
    live.startOrder = ++m_startCounter;
    showJob(job.id); // the most recent start is the one to follow
}

void QueuePanel::showJob(qint64 jobId)
{
    const LiveJob &live = m_live[jobId];
    m_running->showJob(jobId, titleOf(live), live.epochs, live.hasProgress ? &live.last : nullptr,
                       &live.job.spec);
    refreshOthers();
    refreshStatus();
}

void QueuePanel::onJobProgress(qint64 jobId, const TrainingProgress &progress)
{
    auto it = m_live.find(jobId);
    if (it == m_live.end())
        return; // a job of an earlier queue, or already finished
    it->last = progress;
    it->hasProgress = true;
    const EpochRecord &e = progress.lastEpoch;
    if (e.epoch > 0 && (it->epochs.empty() || e.epoch > it->epochs.back().epoch))
        it->epochs.push_back(e);
    if (jobId == m_running->jobId())
        m_running->applyProgress(progress);
}

void QueuePanel::onJobFinished(const TrainingJob &job)
{
    m_live.remove(job.id);
    if (job.id == m_running->jobId()) {
        if (m_live.isEmpty()) {
            m_running->finish(job.status, job.errorMessage);
        } else {
            // Follow the most recently started of the jobs still running.
            auto latest = m_live.cbegin();
            for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
                if (it->startOrder > latest->startOrder)
                    latest = it;
            }
            showJob(latest.key());
        }
    }
    refreshOthers();
    refreshStatus();
}

void QueuePanel::refreshOthers()
{
    QStringList others;
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (it.key() != m_running->jobId())
            others << titleOf(*it);
    }
    others.sort();
    m_running->setOthers(others);
}

void QueuePanel::refreshStatus()
{
    TrainingQueue *queue = m_binding->queue();
    const int waiting = m_model->rowCount();
    m_pendingTitle->setText(tr("Waiting (%1)").arg(waiting));
    m_pendingStack->setCurrentWidget(waiting > 0 ? static_cast<QWidget *>(m_view) : m_pendingEmpty);
    if (!queue) {
        m_status->setText(tr("No workspace is open."));
        m_runProgress->hide();
        return;
    }
    const JobCounts c = queue->counts();
    const int done = std::max(0, finishedOf(c) - m_finishedAtStart);
    const int total = done + c.running + c.pending;
    QString text = JobText::state(queue->state());
    switch (queue->state()) {
    case TrainingQueue::State::Idle:
        text += c.pending > 0
            ? tr(" · %n job(s) waiting; Start (Ctrl+F5) runs them", nullptr, c.pending)
            : tr(" · nothing waiting");
        break;
    case TrainingQueue::State::Running:
        text += tr(" · %1 of %2 done · %3 waiting").arg(done).arg(total).arg(c.pending);
        if (c.running == 0 && c.pending == 0)
            text += tr(" · new jobs start as they are queued");
        break;
    case TrainingQueue::State::Paused:
        text += c.running > 0 ? tr(" · the running job finishes, then the queue waits") : QString();
        text += tr(" · %n job(s) waiting", nullptr, c.pending);
        break;
    case TrainingQueue::State::Stopping:
        text += tr(" · the running job finishes; waiting jobs were removed");
        break;
    }
    if (!m_binding->canRun()) {
        // This process never ran the queue: its counts are not loaded, the list is.
        text = m_binding->unavailableReason() + u' ' + tr("%n job(s) waiting.", nullptr, waiting);
    }
    // Jobs wait on another program's lock, not on the queue: say who and that it goes on.
    if (const QString wait = queue->databaseWait(); !wait.isEmpty())
        text = tr("Waiting for the database… %1").arg(wait) + QStringLiteral(" · ") + text;
    m_status->setText(text);
    const bool showRun = queue->state() != TrainingQueue::State::Idle || done > 0;
    m_runProgress->setVisible(showRun && total > 0);
    m_runProgress->setRange(0, std::max(1, total));
    m_runProgress->setValue(std::min(done, total));
}

qint64 QueuePanel::selectedJob() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(PendingJobsModel::JobIdRole).toLongLong();
}

void QueuePanel::selectJob(qint64 jobId)
{
    const int row = m_model->rowOfJob(jobId);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, PendingJobsModel::SymbolColumn),
                                              QItemSelectionModel::ClearAndSelect
                                                  | QItemSelectionModel::Rows);
}

void QueuePanel::refreshButtons()
{
    const qint64 id = selectedJob();
    const int row = m_model->rowOfJob(id);
    const TrainingJob *job = m_model->jobAt(row);
    const TrainingJob *above = m_model->jobAt(row - 1);
    const TrainingJob *below = m_model->jobAt(row + 1);
    const bool queue = m_binding->queue() != nullptr;
    // A job stays among those of its own priority: moving past another priority means
    // changing the priority instead.
    m_up->defaultAction()->setEnabled(queue && job && above
                                      && above->spec.priority == job->spec.priority);
    m_down->defaultAction()->setEnabled(queue && job && below
                                        && below->spec.priority == job->spec.priority);
    m_remove->defaultAction()->setEnabled(queue && m_view->selectionModel()->hasSelection());
    m_priority->setEnabled(queue && job);
    const QSignalBlocker blocker(m_priority);
    m_priority->setValue(job ? job->spec.priority : 0);
}

void QueuePanel::applyPriority(int priority)
{
    TrainingQueue *queue = m_binding->queue();
    const qint64 id = selectedJob();
    if (!queue || id == 0)
        return;
    if (Status s = queue->setPriority(id, priority); !s)
        Q_EMIT message(s.error().message);
}

void QueuePanel::removeSelected()
{
    TrainingQueue *queue = m_binding->queue();
    if (!queue)
        return;
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids << row.data(PendingJobsModel::JobIdRole).toLongLong();
    int removed = 0;
    for (qint64 id : std::as_const(ids)) {
        // A job may have started since the list was loaded: the queue refuses, and says so.
        if (Status s = queue->remove(id); !s)
            Q_EMIT message(s.error().message);
        else
            ++removed;
    }
    if (removed > 0)
        Q_EMIT message(tr("Removed %n job(s) from the queue.", nullptr, removed));
}

void QueuePanel::moveSelected(int delta)
{
    TrainingQueue *queue = m_binding->queue();
    const qint64 id = selectedJob();
    const int row = m_model->rowOfJob(id);
    if (!queue || row < 0)
        return;
    if (Status s = queue->move(id, std::max(0, row + delta)); !s)
        Q_EMIT message(s.error().message);
}

} // namespace modeldeck
