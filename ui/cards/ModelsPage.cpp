#include "cards/ModelsPage.h"

#include "cards/FilterSidebar.h"
#include "cards/ModelCardDelegate.h"
#include "cards/ModelCardView.h"
#include "cards/ModelClearer.h"
#include "cards/RecordDetailsPane.h"
#include "cards/RecordLoader.h"
#include "common/EmptyStateStack.h"
#include "common/Guarded.h"
#include "common/MessageBanner.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"
#include "training/RetrainTracker.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

namespace {

QAction *makeAction(const QString &text, const QKeySequence &key, const QString &tip,
                    QWidget *owner)
{
    auto *action = new QAction(text, owner);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(tip);
    owner->addAction(action);
    return action;
}

} // namespace

ModelsPage::ModelsPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_records = new RecordListModel(this);
    m_filter = new RecordFilterModel(this);
    m_filter->setRecordModel(m_records);
    m_sidebar = new FilterSidebar(this);
    m_details = new RecordDetailsPane(session, this);
    m_tracker = new RetrainTracker(session, m_records, this);
    m_clearer = new ModelClearer(session, this);
    connect(m_clearer, &ModelClearer::message, this, &ModelsPage::showMessage);

    m_view = new ModelCardView(this);
    m_delegate = m_view->cardDelegate();
    m_view->setModel(m_filter);

    m_detailsAction = makeAction(tr("Show &details"), QKeySequence(Qt::Key_Return),
                                 tr("Show this model's details"), m_view);
    m_retrainAction = makeAction(tr("&Retrain"), QKeySequence(Qt::Key_R),
                                 tr("Queue a new training run with the same settings"), m_view);
    m_clearAction = makeAction(tr("&Clear model…"), QKeySequence::Delete,
                               tr("Delete the model file and archive its record"), m_view);
    m_clearSeriesAction = new QAction(this);
    m_clearAllAction = new QAction(tr("Clear &every model…"), this);

    m_stack = new EmptyStateStack(m_view, this);

    m_summary = new QLabel(this);
    m_banner = new MessageBanner(this);
    m_clearMenu = new QMenu(this);
    m_clearMenu->addAction(m_clearAction);
    m_clearMenu->addAction(m_clearSeriesAction);
    m_clearMenu->addAction(m_clearAllAction);
    m_clearButton = new QPushButton(tr("C&lear"), this);
    m_clearButton->setMenu(m_clearMenu);
    m_clearButton->setAccessibleName(tr("Clear models"));
    m_clearButton->setToolTip(tr("Delete model files and archive their records"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_clearButton);
    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addLayout(header);
    centerLayout->addWidget(m_banner);
    centerLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(center);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setCollapsible(1, false);
    m_details->hide(); // until a card is chosen
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_reloadDelay = new QTimer(this);
    m_reloadDelay->setSingleShot(true);
    m_reloadDelay->setInterval(300);
    connect(m_reloadDelay, &QTimer::timeout, this, [this] { reload(); });
    m_clock = new QTimer(this);
    m_clock->setInterval(60'000);
    connect(m_clock, &QTimer::timeout, this, &ModelsPage::tick);
    m_clock->start();

    connect(m_sidebar, &FilterSidebar::filterChanged, this, [this](const RecordFilter &f) {
        m_filter->setFilter(f);
        updateSummary();
    });
    connect(m_sidebar, &FilterSidebar::sortKeyChanged, m_filter, &RecordFilterModel::setSortKey);
    connect(m_records, &RecordListModel::countsChanged, this,
            [this] { m_sidebar->setCounts(m_records->counts()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                showDetailsOf(current);
                updateSummary();
            });
    connect(m_view, &QListView::activated, this, &ModelsPage::openDetails);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ModelsPage::showContextMenu);
    connect(m_delegate, &ModelCardDelegate::buttonClicked, this,
            [this](const QModelIndex &index, ModelCardDelegate::Button button) {
                const qint64 id = index.data(RecordListModel::RecordIdRole).toLongLong();
                if (button == ModelCardDelegate::Button::Retrain)
                    retrain(id);
                else if (button == ModelCardDelegate::Button::Clear)
                    clearRecord(id);
            });
    connect(m_detailsAction, &QAction::triggered, this, &ModelsPage::openDetails);
    connect(m_retrainAction, &QAction::triggered, this, [this] {
        if (const QModelIndex i = currentIndex(); i.isValid())
            retrain(i.data(RecordListModel::RecordIdRole).toLongLong());
    });
    connect(m_clearAction, &QAction::triggered, this, [this] {
        if (const QModelIndex i = currentIndex();
            i.isValid() && ModelCardDelegate::isEnabled(i, ModelCardDelegate::Button::Clear))
            clearRecord(i.data(RecordListModel::RecordIdRole).toLongLong());
    });
    connect(m_clearSeriesAction, &QAction::triggered, this, [this] {
        if (const QModelIndex i = currentIndex(); i.isValid())
            clearSeries(i.data(RecordListModel::SymbolRole).toString(),
                        i.data(RecordListModel::TimeframeRole).toString());
    });
    connect(m_clearAllAction, &QAction::triggered, this, [this] { clearEverything(); });
    connect(m_session, &WorkspaceSession::queueChanged, m_tracker, &RetrainTracker::attachQueue);
    // A finished job may have added or changed records; a burst of them reloads once.
    connect(m_tracker, &RetrainTracker::jobFinished, m_reloadDelay, qOverload<>(&QTimer::start));
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        showDetailsOf({});
        applyRecords({}, {}); // another workspace: none of the old cards apply
        reload();
    });

    m_tracker->attachQueue(m_session->queue());
    updateSummary();
    if (m_session->isOpen())
        reload();
}

ModelsPage::~ModelsPage() = default;

void ModelsPage::setConfirmFunction(ConfirmFunction confirm)
{
    m_clearer->setConfirmFunction(std::move(confirm));
}

QModelIndex ModelsPage::currentIndex() const
{
    return m_view->currentIndex();
}

qint64 ModelsPage::currentRecordId() const
{
    const QModelIndex i = currentIndex();
    return i.isValid() ? i.data(RecordListModel::RecordIdRole).toLongLong() : 0;
}

QString ModelsPage::message() const
{
    return m_banner->text();
}

void ModelsPage::showMessage(const QString &text, bool error)
{
    m_banner->showMessage(text, error);
    Q_EMIT statusMessage(text);
}

namespace {

// The newest cards shown while the rest of a large workspace loads.
constexpr int kFirstPage = 300;

} // namespace

QCoro::Task<> ModelsPage::reload()
{
    if (!m_session->isOpen()) {
        applyRecords({}, {});
        co_return;
    }
    if (m_loading) {
        m_reloadAgain = true;
        co_return;
    }
    m_loading = true;
    do {
        m_reloadAgain = false;
        m_records->setStaleHours(RecordListModel::staleHoursSetting());
        m_records->setNow(QDateTime::currentMSecsSinceEpoch());
        const qint64 now = m_records->nowMs();
        const qint64 staleMs = m_records->staleMs();
        // An empty page first gets the newest cards, painted while the rest loads.
        m_partial = m_records->rowCount() == 0;
        for (const int limit : { m_partial ? kFirstPage : -1, -1 }) {
            auto loading
                = guarded(this, loadRecordCards(m_session->records(), limit, now, staleMs));
            auto loaded = co_await loading;
            if (!loaded)
                co_return;
            // Moved, not copied: a copy of 100,000 records costs the GUI thread ~20 ms.
            auto result = std::move(*loaded);
            if (!result) {
                showMessage(
                    tr("Error: the models could not be listed: %1").arg(result.error().toString()),
                    true);
                break;
            }
            const bool complete = limit < 0 || int(result->records.size()) < limit;
            m_partial = !complete;
            applyRecords(std::move(result->records), std::move(result->counts),
                         std::move(result->searchText));
            if (complete)
                break;
        }
    } while (m_reloadAgain);
    m_partial = false;
    m_loading = false;
    updateSummary();
    Q_EMIT reloaded(m_records->rowCount());
}

void ModelsPage::applyRecords(std::vector<TrainingRecordSummary> records,
                              std::optional<RecordListModel::FacetCounts> counts,
                              std::vector<QString> searchText)
{
    const qint64 current = currentRecordId();
    const bool hadRows = m_records->rowCount() > 0;
    m_records->setRecords(std::move(records), std::move(counts), std::move(searchText));
    // In-place refreshes can change what a filter or sort sees; a reset re-filtered already,
    // and unfiltered newest-first needs nothing (one pass over 100,000 rows saved).
    const bool ordered
        = m_filter->filter().isEmpty() && m_filter->sortKey() == RecordFilterModel::SortKey::Newest;
    if (hadRows && m_records->rowCount() > 0 && !ordered)
        m_filter->refresh();
    if (current != 0 && currentRecordId() != current) {
        const int row = m_records->rowOf(current);
        const QModelIndex index
            = row >= 0 ? m_filter->mapFromSource(m_records->index(row)) : QModelIndex();
        if (index.isValid())
            m_view->setCurrentIndex(index);
        else
            showDetailsOf({});
    }
    updateSummary();
}

void ModelsPage::updateSummary()
{
    const QLocale locale;
    const int total = m_records->rowCount();
    const int shown = m_filter->rowCount();
    if (!m_session->isOpen()) {
        m_summary->setText(QString());
        m_stack->setEmptyText(tr("Open a workspace to see its trained models."));
    } else if (total == 0) {
        m_summary->setText(tr("No models yet"));
        m_stack->setEmptyText(tr("No models have been trained in this workspace yet.\n"
                                 "Queue training for a symbol, and its model card appears here."));
    } else {
        m_summary->setText(
            m_partial ? tr("Loading models… (newest %1 shown)").arg(locale.toString(total))
                // "1 model", not "1 models": the demo's first card is a newcomer's first sight.
                : shown == total
                ? tr("%Ln model(s)", nullptr, total)
                : tr("%1 of %Ln model(s)", nullptr, total).arg(locale.toString(shown)));
        m_stack->setEmptyText(
            tr("No model matches these filters.\nChange them or choose Reset filters."));
    }
    m_stack->setContentShown(shown > 0);
    const QModelIndex current = currentIndex();
    const bool hasCurrent = current.isValid();
    m_retrainAction->setEnabled(hasCurrent);
    m_detailsAction->setEnabled(hasCurrent);
    m_clearAction->setEnabled(hasCurrent);
    m_clearSeriesAction->setEnabled(hasCurrent);
    m_clearSeriesAction->setText(
        hasCurrent ? tr("Clear all %1 %2 models…")
                         .arg(current.data(RecordListModel::SymbolRole).toString(),
                              current.data(RecordListModel::TimeframeRole).toString())
                   : tr("Clear all models of the selected symbol and timeframe…"));
    m_clearAllAction->setEnabled(total > 0);
    m_clearButton->setEnabled(total > 0 && !m_clearer->isBusy());
}

void ModelsPage::tick()
{
    m_records->setNow(QDateTime::currentMSecsSinceEpoch());
    // Active turns Stale with time: a status filter has to look again.
    if (m_filter->filter().status) {
        m_filter->refresh();
        updateSummary();
    }
}

void ModelsPage::showDetailsOf(const QModelIndex &current)
{
    // The pane takes room from the cards only while it has something to show: a small screen
    // keeps two columns of cards until one is chosen.
    if (current.isValid()) {
        m_details->showRecord(current.data(RecordListModel::RecordIdRole).toLongLong());
        const bool appearing = m_details->isHidden();
        m_details->show();
        if (appearing) // the cards reflow; keep the chosen one in sight
            QTimer::singleShot(0, m_view, [view = QPointer<ModelCardView>(m_view)] {
                if (view)
                    view->scrollTo(view->currentIndex());
            });
    } else {
        m_details->showNothing();
        m_details->hide();
    }
}

void ModelsPage::openDetails()
{
    if (!currentIndex().isValid())
        return;
    m_details->show();
    m_details->tabs()->setFocus(Qt::OtherFocusReason);
}

void ModelsPage::showContextMenu(const QPoint &viewportPos)
{
    QModelIndex index = m_view->indexAt(viewportPos);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    else
        index = currentIndex();
    QPoint at = m_view->viewport()->mapToGlobal(viewportPos);
    if (!m_view->indexAt(viewportPos).isValid() && index.isValid())
        at = m_view->viewport()->mapToGlobal(m_view->visualRect(index).center());
    updateSummary();
    m_clearAction->setEnabled(
        index.isValid() && ModelCardDelegate::isEnabled(index, ModelCardDelegate::Button::Clear));
    m_retrainAction->setEnabled(
        index.isValid() && ModelCardDelegate::isEnabled(index, ModelCardDelegate::Button::Retrain));
    QMenu menu(this);
    menu.addAction(m_detailsAction);
    menu.addAction(m_retrainAction);
    menu.addSeparator();
    menu.addAction(m_clearAction);
    menu.addAction(m_clearSeriesAction);
    menu.addAction(m_clearAllAction);
    menu.exec(at);
    updateSummary();
}

void ModelsPage::retrain(qint64 recordId)
{
    const auto [text, error] = m_tracker->queueRetrain(recordId);
    showMessage(text, error);
}

QCoro::Task<> ModelsPage::clearRecord(qint64 recordId)
{
    const int row = m_records->rowOf(recordId);
    const QString name = row >= 0 ? m_records->index(row).data(Qt::DisplayRole).toString()
                                  : tr("record %1").arg(recordId);
    auto task = clear(ArchiveScope::records({ recordId }), name);
    co_await task;
}

QCoro::Task<> ModelsPage::clearSeries(const QString &symbol, const QString &timeframe)
{
    auto task = clear(ArchiveScope::series(symbol, timeframe),
                      tr("all %1 %2 models").arg(symbol, timeframe));
    co_await task;
}

QCoro::Task<> ModelsPage::clearEverything()
{
    auto task = clear(ArchiveScope::everything(), tr("every model in this workspace"));
    co_await task;
}

QCoro::Task<> ModelsPage::clear(ArchiveScope scope, QString what)
{
    if (!m_session->isOpen() || m_clearer->isBusy())
        co_return;
    QPointer<ModelsPage> self(this);
    auto task = m_clearer->clear(std::move(scope), std::move(what));
    updateSummary();
    const int archived = co_await task;
    if (!self)
        co_return;
    if (archived > 0) {
        auto reloading = reload();
        co_await reloading;
        if (!self)
            co_return;
    }
    updateSummary();
    Q_EMIT cleared(archived);
}

} // namespace modeldeck
