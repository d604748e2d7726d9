#include "registry/SavedModelsPage.h"

#include "cards/CardGrid.h"
#include "common/ComboRefill.h"
#include "common/EmptyStateStack.h"
#include "common/FlowGrid.h"
#include "common/Guarded.h"
#include "common/MessageBanner.h"
#include "common/StatCard.h"
#include "compare/CompareDialog.h"
#include "queue/TrainingQueue.h"
#include "registry/ModelSwitcher.h"
#include "registry/SavedModelDelegate.h"
#include "registry/SavedModelListModel.h"
#include "registry/SavedModelPrompts.h"
#include "services/ModelFileChecks.h"
#include "services/ModelRegistry.h"
#include "session/WorkspaceSession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

namespace {

using R = SavedModelListModel::Role;

// Every registry row grouped per name, each shown version's file checked (hashed again only
// when it changed since the last load), with the newest live accuracy; the grouping runs on the
// GUI thread (it is a pass over the rows), the queries and the hashing on pool threads.
QCoro::Task<Result<std::vector<SavedModelEntry>>>
loadEntries(RegistryFacade registry, PredictionsFacade predictions,
            std::shared_ptr<ModelFileChecks> checks)
{
    auto listing = registry.list();
    auto rows = co_await listing;
    if (!rows)
        co_return rows.error();
    auto entries = SavedModelListModel::group(*rows);
    std::vector<RegisteredModel> shown;
    shown.reserve(entries.size());
    for (const SavedModelEntry &e : entries)
        shown.push_back(e.model);
    auto checking = registry.checkFiles(std::move(shown), std::move(checks));
    const std::vector<Status> files = co_await checking;
    for (size_t i = 0; i < entries.size() && i < files.size(); ++i) {
        entries[i].ready = files[i].ok();
        entries[i].problem = files[i] ? QString() : files[i].error().toString();
    }
    // The live figures are a line on each card: when they cannot be read the cards still show,
    // each saying why in its tooltip.
    auto reading = predictions.latestAccuracy();
    const auto latest = co_await reading;
    if (latest)
        SavedModelListModel::attachLive(entries, *latest);
    else
        for (SavedModelEntry &e : entries)
            e.liveProblem = latest.error().toString();
    co_return entries;
}

QComboBox *filterCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(name);
    combo->setToolTip(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

// "All" plus the distinct `values`, sorted, for a filter combo.
QList<ComboItem> filterItems(const QString &all, QStringList values)
{
    values.removeDuplicates();
    values.sort(Qt::CaseInsensitive);
    return comboItems(values, all);
}

} // namespace

SavedModelsPage::SavedModelsPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_fileChecks(std::make_shared<ModelFileChecks>())
{
    m_actions = new SavedModelActions(session, this);
    m_prompts = new SavedModelPrompts(session, m_actions, this);
    m_models = new SavedModelListModel(this);
    m_filter = new SavedModelFilterModel(this);
    m_filter->setSourceModel(m_models);
    m_delegate = new SavedModelDelegate(this);
    m_switcher = new ModelSwitcher(session, this);

    m_totalCard = new StatCard(tr("Saved models"),
                               tr("Saved model names; each can have several versions."), this);
    m_readyCard = new StatCard(
        tr("Ready"),
        tr("Models whose shown version (the active one, else the newest) has its file in "
           "the workspace with the checksum it was saved with, checked when the page loads."),
        this);
    m_storageCard
        = new StatCard(tr("Storage used"), tr("Disk space of every version's model file."), this);
    // Stat cards and the switcher wrap on a narrow window rather than widen it.
    auto *statCards = new FlowGrid(this);
    statCards->addWidget(m_totalCard);
    statCards->addWidget(m_readyCard);
    statCards->addWidget(m_storageCard);
    auto *stats = new QHBoxLayout;
    stats->addWidget(statCards);
    stats->addStretch(1);
    auto *switcherRow = new QHBoxLayout;
    switcherRow->addStretch(1);
    switcherRow->addWidget(m_switcher);

    m_view = new QListView(this);
    CardGrid::setUp(m_view, m_delegate, m_filter);
    // Ctrl+click and Shift+click pick several models to compare; actions on one model act on
    // the current card as before.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Saved models"));
    m_view->setAccessibleDescription(
        tr("A activates, V shows versions, F2 renames, E edits details, Ctrl+E exports, "
           "Delete deletes the selected model, C compares the selected models."));

    m_stack = new EmptyStateStack(m_view, this);
    m_banner = new MessageBanner(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(stats);
    layout->addLayout(switcherRow);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    buildActions();

    m_reloadDelay = new QTimer(this);
    m_reloadDelay->setSingleShot(true);
    m_reloadDelay->setInterval(300);
    connect(m_reloadDelay, &QTimer::timeout, this, [this] {
        reload();
        m_switcher->reload();
    });
    connect(m_actions, &SavedModelActions::message, this, &SavedModelsPage::showMessage);
    connect(m_actions, &SavedModelActions::busyChanged, this, &SavedModelsPage::updateState);
    connect(m_actions, &SavedModelActions::changed, this, [this] {
        reload();
        m_switcher->reload();
    });
    connect(m_actions, &SavedModelActions::activated, this, &SavedModelsPage::activeModelChanged);
    connect(m_switcher, &ModelSwitcher::statusMessage, this, &SavedModelsPage::showMessage);
    connect(
        m_switcher, &ModelSwitcher::activeModelChanged, this,
        [this](const QString &symbol, const QString &timeframe, const QString &name, int version) {
            reload();
            Q_EMIT activeModelChanged(symbol, timeframe, name, version);
        });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SavedModelsPage::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SavedModelsPage::updateState);
    connect(m_view, &QListView::activated, m_versionsAction, &QAction::trigger);
    connect(m_view, &QWidget::customContextMenuRequested, this, &SavedModelsPage::showContextMenu);
    // Auto-training registers models as jobs finish; a burst of them reloads once.
    const auto watchQueue = [this](TrainingQueue *queue) {
        if (queue)
            connect(queue, &TrainingQueue::jobFinished, m_reloadDelay, qOverload<>(&QTimer::start));
    };
    connect(m_session, &WorkspaceSession::queueChanged, this, watchQueue);
    watchQueue(m_session->queue());
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        m_models->setEntries({});
        showMessage(QString(), false);
        reload();
    });
    refillFilters();
    if (m_session->isOpen())
        reload();
}

QWidget *SavedModelsPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search name, description, tags (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search saved models"));
    m_search->setClearButtonEnabled(true);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_symbol = filterCombo(tr("Symbol filter"), bar);
    m_timeframe = filterCombo(tr("Timeframe filter"), bar);
    m_type = filterCombo(tr("Model type filter"), bar);
    m_activeOnly = new QCheckBox(tr("Active onl&y"), bar);
    m_activeOnly->setToolTip(tr("Show only the models that predict their symbol and timeframe"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_symbol);
    layout->addWidget(m_timeframe);
    layout->addWidget(m_type);
    layout->addWidget(m_activeOnly);
    connect(m_search, &QLineEdit::textChanged, this, &SavedModelsPage::applyFilter);
    for (QComboBox *combo : { m_symbol, m_timeframe, m_type })
        connect(combo, &QComboBox::currentIndexChanged, this, &SavedModelsPage::applyFilter);
    connect(m_activeOnly, &QCheckBox::toggled, this, &SavedModelsPage::applyFilter);
    return bar;
}

void SavedModelsPage::buildActions()
{
    const auto make
        = [this](const QString &text, const QKeySequence &key, const QString &tip, auto slot) {
              auto *action = new QAction(text, m_view);
              action->setShortcut(key);
              action->setShortcutContext(Qt::WidgetShortcut);
              action->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
              m_view->addAction(action);
              connect(action, &QAction::triggered, this, slot);
              return action;
          };
    m_activateAction
        = make(tr("A&ctivate"), QKeySequence(Qt::Key_A),
               tr("Make the selected model the active one for its symbol and timeframe"),
               [this] { activateCurrent(); });
    m_versionsAction = make(tr("Vers&ions…"), QKeySequence(Qt::Key_V),
                            tr("List the versions to roll back to an older one"), [this] {
                                if (const SavedModelEntry *e = currentEntry())
                                    m_prompts->versions(e->model.name);
                            });
    m_renameAction = make(tr("Re&name…"), QKeySequence(Qt::Key_F2),
                          tr("Rename the model and all its versions"), [this] {
                              if (const SavedModelEntry *e = currentEntry())
                                  m_prompts->rename(e->model.name);
                          });
    m_detailsAction = make(tr("Edit Ta&gs/Description…"), QKeySequence(Qt::Key_E),
                           tr("Edit the description and tags"), [this] {
                               if (const SavedModelEntry *e = currentEntry())
                                   m_prompts->editDetails(e->model.name, e->model.description,
                                                          e->model.tags, e->model.metrics);
                           });
    m_exportAction = make(tr("E&xport / Save As…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                          tr("Write the model file and its JSON sidecar to a folder"), [this] {
                              if (const SavedModelEntry *e = currentEntry())
                                  m_prompts->exportModel(e->model.name, e->model.version);
                          });
    m_retrainAction = make(tr("Retr&ain…"), QKeySequence(Qt::Key_R),
                           tr("Queue a new version with the active version's settings"), [this] {
                               if (const SavedModelEntry *e = currentEntry())
                                   m_prompts->retrain(e->model.name);
                           });
    m_deleteVersionAction
        = make(tr("Delete This &Version…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete),
               tr("Delete the shown version and its file"), [this] { deleteCurrent(false); });
    m_deleteAllAction = make(tr("&Delete Model…"), QKeySequence(QKeySequence::Delete),
                             tr("Delete the model with all its versions and files"),
                             [this] { deleteCurrent(true); });
    m_compareAction
        = make(tr("Co&mpare / A/B Test…"), QKeySequence(Qt::Key_C),
               tr("Compare the selected models (Ctrl+click to select several; one model with "
                  "several versions compares its two newest) and A/B test two of them"),
               [this] { compareSelected(); });

    auto *buttons = new QHBoxLayout;
    for (QAction *action : { m_activateAction, m_versionsAction, m_retrainAction, m_renameAction,
                             m_detailsAction, m_exportAction, m_compareAction }) {
        auto *button = new QPushButton(action->text(), this);
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QWidget::setEnabled);
        buttons->addWidget(button);
    }
    m_deleteButton = new QPushButton(tr("De&lete"), this);
    auto *deleteMenu = new QMenu(m_deleteButton);
    deleteMenu->addAction(m_deleteVersionAction);
    deleteMenu->addAction(m_deleteAllAction);
    m_deleteButton->setMenu(deleteMenu);
    m_deleteButton->setToolTip(tr("Delete one version or the whole model (asks first)"));
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    static_cast<QVBoxLayout *>(layout())->insertLayout(3, buttons);
}

QCoro::Task<> SavedModelsPage::reload()
{
    if (!m_session->isOpen() || !m_gate.enter())
        co_return;
    do {
        auto loading = guarded(
            this, loadEntries(m_session->registry(), m_session->predictions(), m_fileChecks));
        auto loaded = co_await loading;
        if (!loaded)
            co_return;
        auto entries = std::move(*loaded);
        if (!entries) {
            showMessage(tr("Error: the saved models could not be listed: %1")
                            .arg(entries.error().toString()),
                        true);
            continue;
        }
        const QString current = currentName();
        m_models->setEntries(std::move(*entries));
        refillFilters();
        if (!current.isEmpty())
            selectName(current);
    } while (m_gate.again());
    updateState();
    Q_EMIT reloaded(m_models->rowCount());
}

void SavedModelsPage::refillFilters()
{
    QStringList symbols, timeframes, types;
    for (const SavedModelEntry &e : m_models->entries()) {
        symbols << e.model.symbol;
        timeframes << e.model.timeframe;
        types << e.model.bot;
    }
    refillCombo(m_symbol, filterItems(tr("All symbols"), symbols));
    refillCombo(m_timeframe, filterItems(tr("All timeframes"), timeframes));
    refillCombo(m_type, filterItems(tr("All types"), types));
    applyFilter();
}

void SavedModelsPage::applyFilter()
{
    SavedModelFilterModel::Filter f;
    f.search = m_search->text();
    f.symbol = m_symbol->currentData().toString();
    f.timeframe = m_timeframe->currentData().toString();
    f.type = m_type->currentData().toString();
    f.activeOnly = m_activeOnly->isChecked();
    m_filter->setFilter(f);
    updateState();
}

void SavedModelsPage::updateState()
{
    const QLocale locale;
    int ready = 0;
    qint64 bytes = 0;
    int versions = 0;
    for (const SavedModelEntry &e : m_models->entries()) {
        ready += e.ready ? 1 : 0;
        bytes += e.totalBytes;
        versions += int(e.versions.size());
    }
    const int total = m_models->rowCount();
    m_totalCard->setValue(locale.toString(total));
    m_totalCard->setToolTip(tr("Saved model names: %1; versions in all: %2.")
                                .arg(locale.toString(total), locale.toString(versions)));
    m_readyCard->setValue(total > 0
                              ? tr("%1 of %2").arg(locale.toString(ready), locale.toString(total))
                              : locale.toString(0));
    m_storageCard->setValue(SavedModelListModel::sizeText(bytes));

    if (!m_session->isOpen())
        m_stack->setEmptyText(tr("Open a workspace to see its saved models."));
    else if (total == 0)
        m_stack->setEmptyText(
            tr("No saved models yet.\nSave a trained model from its card or after training, and it "
               "appears here."));
    else
        m_stack->setEmptyText(tr("No saved model matches the search and filters."));
    m_stack->setContentShown(m_filter->rowCount() > 0);

    const QModelIndex current = m_view->currentIndex();
    const bool has = current.isValid() && !m_actions->isBusy();
    m_activateAction->setEnabled(has && !current.data(R::ActiveRole).toBool());
    for (QAction *a : { m_versionsAction, m_retrainAction, m_renameAction, m_detailsAction,
                        m_exportAction, m_deleteAllAction })
        a->setEnabled(has);
    m_deleteVersionAction->setEnabled(has && current.data(R::VersionCountRole).toInt() > 1);
    m_deleteVersionAction->setText(
        has ? tr("Delete Version %1 Only…").arg(current.data(R::VersionRole).toInt())
            : tr("Delete This &Version…"));
    m_deleteButton->setEnabled(has);
    m_compareAction->setEnabled(!m_actions->isBusy() && !compareRefs().empty());
}

std::vector<ModelRef> SavedModelsPage::compareRefs() const
{
    std::vector<ModelRef> refs;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected) {
        if (const SavedModelEntry *e = m_models->entry(m_filter->mapToSource(index).row()))
            refs.push_back({ e->model.name, e->model.version });
    }
    if (refs.size() == 1) {
        // One card: its two newest versions, the A/B test of a retrained model.
        const SavedModelEntry *e = m_models->entry(m_filter->mapToSource(selected.first()).row());
        refs.clear();
        if (e && e->versions.size() >= 2)
            refs = { { e->model.name, e->versions[e->versions.size() - 2] },
                     { e->model.name, e->versions.back() } };
    }
    return refs;
}

CompareDialog *SavedModelsPage::compareSelected()
{
    std::vector<ModelRef> refs = compareRefs();
    if (refs.empty() || !m_session->isOpen())
        return nullptr;
    auto *dialog = new CompareDialog(m_session, m_actions, std::move(refs), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QString SavedModelsPage::currentName() const
{
    return m_view->currentIndex().data(R::NameRole).toString();
}

bool SavedModelsPage::selectName(const QString &name)
{
    const int row = m_models->rowOf(name);
    const QModelIndex index
        = row >= 0 ? m_filter->mapFromSource(m_models->index(row)) : QModelIndex();
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

QString SavedModelsPage::message() const
{
    return m_banner->text();
}

void SavedModelsPage::setConfirmFunction(SavedModelActions::ConfirmFunction confirm)
{
    m_actions->setConfirmFunction(confirm);
    m_switcher->setConfirmFunction(std::move(confirm));
}

void SavedModelsPage::showMessage(const QString &text, bool error)
{
    m_banner->showMessage(text, error);
    if (!text.isEmpty())
        Q_EMIT statusMessage(text);
}

void SavedModelsPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addActions({ m_activateAction, m_versionsAction, m_retrainAction });
    menu.addSeparator();
    menu.addActions({ m_renameAction, m_detailsAction, m_exportAction, m_compareAction });
    menu.addSeparator();
    menu.addActions({ m_deleteVersionAction, m_deleteAllAction });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

const SavedModelEntry *SavedModelsPage::currentEntry() const
{
    const QModelIndex index = m_filter->mapToSource(m_view->currentIndex());
    return index.isValid() ? m_models->entry(index.row()) : nullptr;
}

void SavedModelsPage::activateCurrent()
{
    if (const SavedModelEntry *e = currentEntry(); e && !e->model.active)
        m_actions->activate(e->model.name, e->model.version);
}

void SavedModelsPage::deleteCurrent(bool allVersions)
{
    const SavedModelEntry *e = currentEntry();
    if (!e || (!allVersions && e->versions.size() < 2))
        return;
    m_actions->remove(e->model.name,
                      allVersions ? std::nullopt : std::optional<int>(e->model.version));
}

} // namespace modeldeck
