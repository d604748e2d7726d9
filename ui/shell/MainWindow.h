#pragma once
// The main window: the open workspace's symbols, importing CSV files (menu, Ctrl+I or drag and
// drop) and switching workspaces. Everything slow runs through WorkspaceSession on pool threads.

#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <qcoro/qcorotask.h>

class QAction;
class QDockWidget;
class QProgressDialog;
class QTabWidget;
class QTableView;

namespace modeldeck {

class AlertsDock;
class AuditLogDialog;
class InstanceGuard;
class SymbolListModel;
class HistoryPage;
class MainStatusBar;
class ManualTrainingFlow;
class ModelsPage;
class PredictionsPage;
class SavedModelsPage;
class QueuePanel;
class ReportPage;
class TrainingControls;
class ScheduledRetrain;
class StaleRetrain;
class StrategyStudioPage;
class SymbolsPage;
class WorkspaceSession;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The window's two modal boxes go through replaceable functions, so tests answer them
    // without a dialog. A question: true to go ahead (default: a Yes/No box, No the default).
    using AskFunction
        = std::function<bool(QWidget *parent, const QString &title, const QString &question)>;
    // An error that must not pass unseen (default: a warning box); it is in the status bar too.
    using ErrorFunction
        = std::function<void(QWidget *parent, const QString &title, const QString &message)>;
    // An empty function restores the default.
    void setAskFunction(AskFunction ask);
    void setErrorFunction(ErrorFunction showError);

    WorkspaceSession *session() const { return m_session; }
    SymbolListModel *symbolModel() const;
    QTableView *symbolView() const;
    QTabWidget *tabs() const { return m_tabs; }
    StaleRetrain *staleRetrain() const { return m_staleRetrain; }
    ScheduledRetrain *scheduledRetrain() const { return m_scheduledRetrain; }

    // The process's one-window-per-workspace guard (main() holds it; tests may leave it unset):
    // opening another workspace moves it along, and another launch's request raises this window.
    void setInstanceGuard(InstanceGuard *guard);
    // Brings the window to the front (another launch asked for its workspace).
    void bringToFront();
    // The first-run geometry for a screen's available area (no saved geometry): the window size
    // (FirstRunSize) and a queue dock that leaves the central pages their room.
    void applyFirstRunLayout(const QRect &available);

    QCoro::Task<bool> openWorkspace(const QString &dir, bool seedDemo = false);
    // Imports the files into the open workspace; shows progress, then a summary or the error.
    QCoro::Task<bool> importFiles(const QStringList &files);

Q_SIGNALS:
    // The last import's outcome, as shown to the user (for tests and the status bar).
    void importFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void updateActions();
    void chooseWorkspace();
    void chooseImportFiles();
    // The import dialog with a preview of the files; nothing is written before the user confirms.
    void showImportDialog(const QStringList &files);
    void showSettings();
    void showAbout();
    // The Settings dialog's changed keys as one "settings" entry in the audit log.
    QCoro::Task<> recordSettings(QStringList changedKeys);
    // The Audit Log window (View menu, Ctrl+Shift+L); one at a time, not modal.
    void showAuditLog();
    void showDownloadDialog();
    // One model trained by hand; ManualTrainingFlow asks to save or discard it when it ends.
    void showTrainModelDialog();
    void showMessage(const QString &message);
    void showError(const QString &title, const QString &message);

    WorkspaceSession *m_session = nullptr;
    QTabWidget *m_tabs = nullptr;
    SymbolsPage *m_symbolsPage = nullptr;
    MainStatusBar *m_statusBar = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_downloadAction = nullptr;
    QAction *m_refreshAllAction = nullptr;
    QAction *m_auditAction = nullptr;
    QPointer<AuditLogDialog> m_auditDialog;
    ReportPage *m_reportPage = nullptr;
    StrategyStudioPage *m_strategyPage = nullptr;
    HistoryPage *m_historyPage = nullptr;
    ModelsPage *m_modelsPage = nullptr;
    SavedModelsPage *m_savedModelsPage = nullptr;
    PredictionsPage *m_predictionsPage = nullptr;
    ManualTrainingFlow *m_manualTraining = nullptr;
    QAction *m_trainModelAction = nullptr;
    QueuePanel *m_queuePanel = nullptr;
    QDockWidget *m_queueDock = nullptr;
    AlertsDock *m_alertsDock = nullptr;
    TrainingControls *m_trainingControls = nullptr;
    StaleRetrain *m_staleRetrain = nullptr;
    ScheduledRetrain *m_scheduledRetrain = nullptr;
    QProgressDialog *m_progress = nullptr;
    InstanceGuard *m_instanceGuard = nullptr;
    AskFunction m_ask;
    ErrorFunction m_showError;
};

} // namespace modeldeck
