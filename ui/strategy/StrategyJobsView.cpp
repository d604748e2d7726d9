#include "strategy/StrategyJobsView.h"

#include "common/Guarded.h"
#include "common/InlineMessage.h"
#include "queue/JobText.h"
#include "queue/TrainingQueue.h"
#include "services/StrategyFacade.h"
#include "session/WorkspaceSession.h"
#include "strategy/StrategyText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace modeldeck {

namespace {

QStandardItem *cell(const QString &text, bool number = false)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

StrategyJobsView::StrategyJobsView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new QStandardItemModel(this)),
      m_view(new QTableView(this)), m_status(new InlineMessage(this)),
      m_rerun(new QPushButton(tr("Re-run with Same Config"), this)),
      m_open(new QPushButton(tr("Open Result"), this))
{
    m_model->setHorizontalHeaderLabels({ tr("Job"), tr("Status"), tr("Symbol"), tr("Timeframe"),
                                         tr("Strategy"), tr("Objective"), tr("Optimizer"),
                                         tr("Budget"), tr("Walk-forward"), tr("Queued") });
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Recent strategy jobs"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_rerun->setToolTip(tr("Queue the same training again: series, strategy, objective, "
                           "optimizer, budget, windows and costs"));
    m_open->setToolTip(tr("Show a completed job's result (Enter)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rerun);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_rerun, &QPushButton::clicked, this, [this] {
        if (auto entry = selected())
            Q_EMIT rerunRequested(entry->request);
    });
    const auto open = [this] {
        if (auto entry = selected(); entry && entry->job.status == JobStatus::Completed)
            Q_EMIT openResultRequested(entry->job.id, entry->request);
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(m_view, &QTableView::activated, this, open);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StrategyJobsView::updateButtons);
    connect(m_session, &WorkspaceSession::queueChanged, this, &StrategyJobsView::followQueue);
    followQueue(m_session->queue());
    updateButtons();
}

void StrategyJobsView::followQueue(TrainingQueue *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    if (!queue)
        return;
    const auto changed = [this](const TrainingJob &job) {
        if (job.spec.isStrategy())
            reload();
    };
    connect(queue, &TrainingQueue::jobStarted, this, changed);
    connect(queue, &TrainingQueue::jobFinished, this, changed);
    connect(queue, &TrainingQueue::jobsChanged, this, [this] { reload(); });
    reload();
}

QCoro::Task<> StrategyJobsView::reload()
{
    if (!m_session->isOpen())
        co_return;
    const int load = ++m_loads;
    const auto keep = selected();
    auto listed = co_await guarded(this, m_session->strategy().jobs(kLimit));
    if (!listed || load != m_loads)
        co_return; // gone, or a newer load is on its way
    if (!*listed) {
        m_status->showMessage(
            InlineMessage::Kind::Error,
            tr("Could not load the strategy jobs: %1").arg((*listed).error().message));
        co_return;
    }
    m_status->clearMessage();
    m_entries = std::move(**listed);
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const StrategyJobEntry &e : m_entries) {
        const StrategyTrainSpec &spec = e.request.spec;
        const QString windows = spec.trainDays > 0
            ? tr("%1 / %2 days")
                  .arg(locale.toString(spec.trainDays), locale.toString(spec.testDays))
            : tr("off");
        QList<QStandardItem *> row { cell(locale.toString(e.job.id), true),
                                     cell(JobText::status(e.job.status)),
                                     cell(e.request.symbol),
                                     cell(e.request.timeframe),
                                     cell(spec.strategy),
                                     cell(StrategyText::objectiveName(spec.objective)),
                                     cell(StrategyText::methodName(spec.method)),
                                     cell(locale.toString(spec.budget), true),
                                     cell(windows),
                                     cell(locale.toString(e.job.createdAt.toLocalTime(),
                                                          QLocale::ShortFormat)) };
        row.front()->setData(e.job.id, Qt::UserRole);
        if (!e.job.errorMessage.isEmpty())
            row[1]->setToolTip(e.job.errorMessage);
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    if (m_entries.empty())
        m_status->showMessage(InlineMessage::Kind::Info,
                              tr("No strategy jobs yet: Train Strategy queues one."));
    if (keep)
        selectJob(keep->job.id);
    else if (!m_entries.empty())
        m_view->selectRow(0); // the newest, so its buttons are one press away
    updateButtons();
    Q_EMIT reloaded(int(m_entries.size()));
}

void StrategyJobsView::selectJob(qint64 jobId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(Qt::UserRole).toLongLong() == jobId) {
            m_view->selectRow(row);
            return;
        }
    }
}

std::optional<StrategyJobEntry> StrategyJobsView::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const qint64 id = m_model->item(rows.front().row(), 0)->data(Qt::UserRole).toLongLong();
    for (const StrategyJobEntry &e : m_entries) {
        if (e.job.id == id)
            return e;
    }
    return std::nullopt;
}

void StrategyJobsView::updateButtons()
{
    const auto entry = selected();
    m_rerun->setEnabled(entry.has_value());
    m_open->setEnabled(entry && entry->job.status == JobStatus::Completed);
}

} // namespace modeldeck
