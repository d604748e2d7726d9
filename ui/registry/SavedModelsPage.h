#pragma once
// The "Saved Models" page: a card per registered model name (QListView over
// SavedModelListModel, painted by SavedModelDelegate), stat cards (saved, ready, storage),
// search and filters, the model switcher, and the actions on the selected model: Activate,
// Versions (roll back), Rename, Edit Details, Export and Delete, and Compare / A/B test on
// several selected (Ctrl+click) models. Loads off the GUI thread when a
// workspace opens, after its own changes, and after queued training jobs finish.

#include "common/ReloadGate.h"
#include "registry/SavedModelActions.h"
#include "registry/SavedModelFilterModel.h"
#include "registry/SavedModelListModel.h"
#include "services/AbTestService.h"

#include <QWidget>
#include <memory>
#include <qcoro/qcorotask.h>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace modeldeck {

class CompareDialog;
class EmptyStateStack;
class MessageBanner;
class ModelFileChecks;
class ModelSwitcher;
class SavedModelDelegate;
class SavedModelPrompts;
class StatCard;
class WorkspaceSession;

class SavedModelsPage : public QWidget
{
    Q_OBJECT
public:
    // The session is not owned and outlives the page.
    explicit SavedModelsPage(WorkspaceSession *session, QWidget *parent = nullptr);

    // Reads the registry and checks every shown model's file (off the GUI thread). Calls while
    // one runs are folded into one more run after it.
    QCoro::Task<> reload();
    bool isLoading() const { return m_gate.isRunning(); }

    // The name of the selected card ("" when none).
    QString currentName() const;
    bool selectName(const QString &name);
    // The last message shown above the cards.
    QString message() const;
    void setConfirmFunction(SavedModelActions::ConfirmFunction confirm);

    SavedModelActions *actions() const { return m_actions; }
    QAction *compareAction() const { return m_compareAction; }
    // Opens the comparison of the selected models (two or more cards; one card with several
    // versions compares its two newest), or returns null when the selection allows none.
    CompareDialog *compareSelected();
    SavedModelPrompts *prompts() const { return m_prompts; }
    SavedModelListModel *listModel() const { return m_models; }
    SavedModelFilterModel *filterModel() const { return m_filter; }
    QListView *listView() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *symbolFilter() const { return m_symbol; }
    QComboBox *timeframeFilter() const { return m_timeframe; }
    QComboBox *typeFilter() const { return m_type; }
    QCheckBox *activeOnlyCheck() const { return m_activeOnly; }
    StatCard *totalCard() const { return m_totalCard; }
    StatCard *readyCard() const { return m_readyCard; }
    StatCard *storageCard() const { return m_storageCard; }
    ModelSwitcher *switcher() const { return m_switcher; }
    const ModelFileChecks &fileChecks() const { return *m_fileChecks; }

Q_SIGNALS:
    void reloaded(int models);
    // A one-line message for the main window's status bar.
    void statusMessage(const QString &text);
    // Re-emitted from the switcher and the Activate action.
    void activeModelChanged(const QString &symbol, const QString &timeframe, const QString &name,
                            int version);

private:
    void buildActions();
    QWidget *buildFilterBar();
    void applyFilter();
    void refillFilters();
    void updateState();
    void showMessage(const QString &text, bool error);
    void showContextMenu(const QPoint &pos);
    // The selected card's model as loaded, or null.
    const SavedModelEntry *currentEntry() const;
    void activateCurrent();
    void deleteCurrent(bool allVersions);
    // What Compare would open on: the selected cards' shown versions (two or more), or one
    // card's two newest versions; empty when neither.
    std::vector<ModelRef> compareRefs() const;

    WorkspaceSession *m_session;
    SavedModelActions *m_actions;
    SavedModelListModel *m_models;
    SavedModelFilterModel *m_filter;
    SavedModelDelegate *m_delegate;
    ModelSwitcher *m_switcher;
    StatCard *m_totalCard;
    StatCard *m_readyCard;
    StatCard *m_storageCard;
    QLineEdit *m_search;
    QComboBox *m_symbol;
    QComboBox *m_timeframe;
    QComboBox *m_type;
    QCheckBox *m_activeOnly;
    MessageBanner *m_banner;
    EmptyStateStack *m_stack;
    QListView *m_view;
    QTimer *m_reloadDelay;
    QAction *m_activateAction = nullptr;
    QAction *m_versionsAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_retrainAction = nullptr;
    QAction *m_deleteVersionAction = nullptr;
    QAction *m_deleteAllAction = nullptr;
    QAction *m_compareAction = nullptr;
    QPushButton *m_deleteButton = nullptr;
    SavedModelPrompts *m_prompts;
    ReloadGate m_gate;
    // Shared with the loads on pool threads, which may outlive a reload.
    std::shared_ptr<ModelFileChecks> m_fileChecks;
};

} // namespace modeldeck
