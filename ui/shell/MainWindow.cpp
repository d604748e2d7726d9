#include "shell/MainWindow.h"

#include "alerts/AlertsDock.h"
#include "audit/AuditLogDialog.h"
#include "cards/ModelsPage.h"
#include "common/AppTheme.h"
#include "common/Guarded.h"
#include "download/DownloadDialog.h"
#include "download/DownloadOptionsWidget.h"
#include "import/ImportDialog.h"
#include "import/ImportFileTypes.h"
#include "predictions/PredictionsPage.h"
#include "queue/HistoryPage.h"
#include "queue/QueuePanel.h"
#include "queue/TrainingQueue.h"
#include "registry/SavedModelsPage.h"
#include "report/ReportPage.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "shell/AboutDialog.h"
#include "shell/FirstRunSize.h"
#include "shell/InstanceGuard.h"
#include "shell/MainStatusBar.h"
#include "strategy/StrategyStudioPage.h"
#include "symbols/SymbolListModel.h"
#include "symbols/SymbolsPage.h"
#include "training/AutoTrainDialog.h" // TrainingControls keeps a QPointer to it
#include "training/ManualTrainingFlow.h"
#include "training/ScheduledRetrain.h"
#include "training/StaleRetrain.h"
#include "training/TrainModelDialog.h"
#include "training/TrainingControls.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <algorithm>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

namespace {

bool askYesNo(QWidget *parent, const QString &title, const QString &question)
{
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
        == QMessageBox::Yes;
}

void warn(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

// The queue dock's first-run width: enough for its job table and loss chart, but at most a
// third of the window, so the pages keep two card columns on a 1280-px wide screen.
int firstRunDockWidth(int windowWidth)
{
    return std::clamp(windowWidth / 3, 280, 420);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new WorkspaceSession(this)), m_ask(askYesNo), m_showError(warn)
{
    m_session->setQueueWorkers(AppSettings::workers());
    setWindowTitle(tr("ModelDeck"));
    setAcceptDrops(true);

    m_symbolsPage = new SymbolsPage(m_session, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_modelsPage = new ModelsPage(m_session, this);
    m_tabs->addTab(m_modelsPage, tr("&Models"));
    m_savedModelsPage = new SavedModelsPage(m_session, this);
    m_tabs->addTab(m_savedModelsPage, tr("Sav&ed Models"));
    m_predictionsPage = new PredictionsPage(m_session, this);
    m_tabs->addTab(m_predictionsPage, tr("&Predictions"));
    m_tabs->addTab(m_symbolsPage, tr("&Symbols"));
    m_historyPage = new HistoryPage(m_session, this);
    m_tabs->addTab(m_historyPage, tr("&History"));
    m_reportPage = new ReportPage(m_session, this);
    m_tabs->addTab(m_reportPage, tr("&Report"));
    // Alt+A: every other letter of the name is a tab's or a menu's.
    m_strategyPage = new StrategyStudioPage(m_session, this);
    m_tabs->addTab(m_strategyPage, tr("Str&ategy Studio"));

    m_queuePanel = new QueuePanel(m_session, this);
    m_queueDock = new QDockWidget(tr("Training Queue"), this);
    m_queueDock->setObjectName(QStringLiteral("queueDock")); // for saveState()
    m_queueDock->setWidget(m_queuePanel);
    addDockWidget(Qt::RightDockWidgetArea, m_queueDock);
    m_alertsDock = new AlertsDock(m_session, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_alertsDock);
    m_alertsDock->hide(); // until there is something to see; the status bar says when
    connect(m_alertsDock, &AlertsDock::message, this, &MainWindow::showMessage);
    m_trainingControls = new TrainingControls(m_session, this);
    connect(m_queuePanel, &QueuePanel::message, this, &MainWindow::showMessage);
    connect(m_historyPage, &HistoryPage::message, this, &MainWindow::showMessage);
    connect(m_strategyPage, &StrategyStudioPage::message, this, &MainWindow::showMessage);
    connect(m_trainingControls, &TrainingControls::message, this, &MainWindow::showMessage);
    connect(m_modelsPage, &ModelsPage::statusMessage, this, &MainWindow::showMessage);
    connect(m_savedModelsPage, &SavedModelsPage::statusMessage, this, &MainWindow::showMessage);
    m_manualTraining = new ManualTrainingFlow(m_session, this, this);
    connect(m_manualTraining, &ManualTrainingFlow::message, this,
            [this](const QString &text, bool) { showMessage(text); });
    connect(m_manualTraining, &ManualTrainingFlow::modelSaved, this,
            [this] { m_savedModelsPage->reload(); });
    // The cards' live figures change when predictions get their actuals.
    connect(m_predictionsPage, &PredictionsPage::actualsFilled, this,
            [this] { m_savedModelsPage->reload(); });
    m_staleRetrain = new StaleRetrain(m_session, this);
    connect(m_staleRetrain, &StaleRetrain::message, this, &MainWindow::showMessage);
    m_scheduledRetrain = new ScheduledRetrain(m_session, this);
    connect(m_scheduledRetrain, &ScheduledRetrain::message, this, &MainWindow::showMessage);
    m_scheduledRetrain->apply(RetrainSettings::load());
    setCentralWidget(m_tabs);

    m_statusBar = new MainStatusBar(m_session, this);
    setStatusBar(m_statusBar);
    connect(m_alertsDock, &AlertsDock::openCountChanged, m_statusBar,
            &MainStatusBar::setOpenAlerts);
    connect(m_statusBar, &MainStatusBar::alertsRequested, m_alertsDock, &AlertsDock::showAlerts);

    createActions();

    connect(m_session, &WorkspaceSession::opened, this, [this](const QString &dir) {
        setWindowTitle(tr("%1 — ModelDeck").arg(QFileInfo(dir).fileName()));
        AppSettings::setWorkspaceDir(dir);
    });
    connect(m_session, &WorkspaceSession::failed, this,
            [this](const QString &message) { showError(tr("Workspace"), message); });
    connect(m_session, &WorkspaceSession::busyChanged, this, [this] { updateActions(); });
    connect(m_session, &WorkspaceSession::importProgress, this, [this](qint64 done, qint64 total) {
        if (m_progress && total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });

    // A saved geometry wins; the first run gets most of the screen (see FirstRunSize).
    if (!restoreGeometry(QSettings().value(QStringLiteral("mainwindow/geometry")).toByteArray()))
        applyFirstRunLayout(screen()->availableGeometry());
    restoreState(QSettings().value(QStringLiteral("mainwindow/state")).toByteArray());
    m_statusBar->showSummary();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::setAskFunction(AskFunction ask)
{
    m_ask = ask ? std::move(ask) : AskFunction(askYesNo);
}

void MainWindow::setErrorFunction(ErrorFunction showError)
{
    m_showError = showError ? std::move(showError) : ErrorFunction(warn);
}

void MainWindow::setInstanceGuard(InstanceGuard *guard)
{
    if (m_instanceGuard)
        disconnect(m_instanceGuard, nullptr, this, nullptr);
    m_instanceGuard = guard;
    if (guard) {
        connect(guard, &InstanceGuard::raiseRequested, this, [this] {
            bringToFront();
            showMessage(tr("ModelDeck was started again on this workspace; this window has it."));
        });
    }
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::applyFirstRunLayout(const QRect &available)
{
    // Beside the widest page the queue dock needs a screen about 1230 px wide; on a narrower
    // one (1024×768) it starts hidden rather than push the window off the screen (View ▸
    // Training Queue shows it; the status bar and toolbar still say what trains).
    m_queueDock->setVisible(true);
    const bool fits = !available.isValid() || minimumSizeHint().width() <= available.width();
    if (!fits)
        m_queueDock->setVisible(false);
    const QSize size = firstRunWindowSize(available, minimumSizeHint());
    resize(size);
    if (available.isValid())
        move(available.center() - rect().center());
    if (fits)
        resizeDocks({ m_queueDock }, { firstRunDockWidth(size.width()) }, Qt::Horizontal);
}

SymbolListModel *MainWindow::symbolModel() const
{
    return m_symbolsPage->model();
}

QTableView *MainWindow::symbolView() const
{
    return m_symbolsPage->view();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                   tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open or create a workspace folder (Ctrl+O)"));
    m_importAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                     tr("&Import CSV…"), this, &MainWindow::chooseImportFiles);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Import OHLCV price history from CSV files (Ctrl+I)"));
    m_refreshAction
        = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this,
                          [this] { m_session->refreshSymbols(); });
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    m_settingsAction = file->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                       tr("Se&ttings…"), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    if (m_settingsAction->shortcut().isEmpty()) // not every platform defines one
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *dataMenu = menuBar()->addMenu(tr("&Data"));
    dataMenu->addAction(m_importAction);
    m_downloadAction = dataMenu->addAction(QIcon::fromTheme(QStringLiteral("download")),
                                           tr("&Download…"), this, &MainWindow::showDownloadDialog);
    m_downloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_downloadAction->setToolTip(
        tr("Download price history from Yahoo Finance or Binance (Ctrl+D)"));
    m_refreshAllAction
        = dataMenu->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh &All"),
                              this, [this] { DownloadDialog::openRefreshAll(m_session, this); });
    m_refreshAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_refreshAllAction->setToolTip(tr("Fetch new bars for every downloaded symbol (Ctrl+Shift+D)"));

    QMenu *training = menuBar()->addMenu(tr("&Training"));
    m_trainModelAction
        = training->addAction(tr("&Train Model…"), this, &MainWindow::showTrainModelDialog);
    // Ctrl+T is the platforms' "new tab"; the queue's own keys avoid standard ones too.
    m_trainModelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_trainModelAction->setToolTip(
        tr("Train one model by hand, then choose whether to save it (Ctrl+Shift+M)"));
    training->addAction(tr("Retrain &Stale Models…"), this, [this] { m_staleRetrain->run(); })
        ->setToolTip(
            tr("Queue a new version of every active model older than the stale threshold"));
    training->addSeparator();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_queueDock->toggleViewAction());
    QAction *alerts = m_alertsDock->toggleViewAction();
    alerts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addAction(alerts);
    m_auditAction = view->addAction(tr("&Audit Log…"), this, &MainWindow::showAuditLog);
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_auditAction->setToolTip(
        tr("Who trained, saved, cleared, deleted, imported or exported what, and when "
           "(Ctrl+Shift+L)"));
    view->addSeparator();
    for (int i = 0; i < m_tabs->count() && i < 9; ++i) {
        QAction *go
            = view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    // "He&lp": Alt+H is the History tab's.
    QMenu *help = menuBar()->addMenu(tr("He&lp"));
    QAction *about = help->addAction(tr("&About ModelDeck"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_importAction);
    toolbar->addAction(m_refreshAction);
    toolbar->addSeparator();
    toolbar->addAction(m_trainModelAction);
    for (QAction *action : m_trainingControls->actions()) {
        if (action) {
            training->addAction(action);
            toolbar->addAction(action);
        } else {
            training->addSeparator();
            toolbar->addSeparator();
        }
    }
}

void MainWindow::updateActions()
{
    const bool idle = !m_session->isBusy();
    m_openAction->setEnabled(idle);
    m_importAction->setEnabled(idle && m_session->isOpen());
    m_refreshAction->setEnabled(idle && m_session->isOpen());
    m_downloadAction->setEnabled(idle && m_session->isOpen());
    m_refreshAllAction->setEnabled(idle && m_session->isOpen());
    m_trainModelAction->setEnabled(m_session->isOpen());
    m_auditAction->setEnabled(m_session->isOpen());
}

QCoro::Task<bool> MainWindow::openWorkspace(const QString &dir, bool seedDemo)
{
    QPointer<MainWindow> self(this);
    if (m_instanceGuard) {
        const InstanceGuard::Outcome held = m_instanceGuard->acquire(dir);
        if (held == InstanceGuard::Outcome::AlreadyOpen) {
            const QString kept = m_session->isOpen()
                ? tr("This window keeps %1.")
                      .arg(QDir::toNativeSeparators(m_session->workspaceDir()))
                : QString();
            showError(tr("Workspace"),
                      tr("%1 is open in another ModelDeck window, which was brought to the "
                         "front. %2")
                          .arg(QDir::toNativeSeparators(dir), kept)
                          .trimmed());
            co_return false;
        }
        if (held == InstanceGuard::Outcome::Failed)
            qWarning("%s", qPrintable(m_instanceGuard->errorString()));
    }
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(dir)));
    // Named awaitables: see WorkspaceSession::open() on GCC 12.
    QCoro::Task<bool> opening = m_session->open(dir, seedDemo);
    const bool ok = co_await opening;
    if (!self)
        co_return false;
    // Not opened: the guard goes back to the workspace still open.
    if (!ok && m_instanceGuard) {
        if (m_session->isOpen())
            m_instanceGuard->acquire(m_session->workspaceDir());
        else
            m_instanceGuard->release();
    }
    updateActions();
    m_statusBar->showSummary();
    if (const int demo = m_session->demoJobsStarted(); demo > 0)
        m_statusBar->showDemoTraining(demo);
    co_return ok;
}

QCoro::Task<bool> MainWindow::importFiles(const QStringList &files)
{
    if (files.isEmpty() || !m_session->isOpen() || m_session->isBusy())
        co_return false;
    QPointer<MainWindow> self(this);
    m_progress = new QProgressDialog(tr("Importing %n file(s)…", nullptr, int(files.size())),
                                     tr("Cancel"), 0, 1000, this);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, m_session, &WorkspaceSession::cancelImport);

    ImportRequest request;
    request.files = files;
    QCoro::Task<Result<ImportReport>> importing = m_session->importFiles(request);
    Result<ImportReport> report = co_await importing;
    if (!self)
        co_return false;
    m_progress->deleteLater();
    m_progress = nullptr;

    if (!report) {
        const QString message = report.error().toString();
        showError(tr("Import failed"),
                  message + u"\n\n" + tr("Nothing was written to the workspace."));
        Q_EMIT importFinished(false, message);
        co_return false;
    }
    QStringList lines;
    for (const FileImportReport &f : report->files) {
        lines << tr("%1 → %2 %3: %4 new, %5 updated, %6 unchanged bars")
                     .arg(QFileInfo(f.file).fileName(), f.symbol, f.timeframe,
                          QLocale().toString(f.merge.added), QLocale().toString(f.merge.updated),
                          QLocale().toString(f.merge.unchanged));
        if (f.skippedMissing)
            lines << tr("   %n row(s) with missing values skipped", nullptr, int(f.skippedMissing));
        if (const QString flagged = flaggedRowsSummary(f.flagged); !flagged.isEmpty())
            lines << QStringLiteral("   ") + flagged;
    }
    const QString summary = lines.join(u'\n');
    statusBar()->showMessage(tr("Imported %n file(s)", nullptr, int(report->files.size())), 10000);
    Q_EMIT importFinished(true, summary);
    co_return true;
}

void MainWindow::chooseWorkspace()
{
    const QString dir
        = QFileDialog::getExistingDirectory(this, tr("Open Workspace"), m_session->workspaceDir());
    if (!dir.isEmpty())
        openWorkspace(dir);
}

void MainWindow::showImportDialog(const QStringList &files)
{
    if (!m_session->isOpen() || m_session->isBusy())
        return;
    auto *dialog = new ImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const ImportReport &report) {
        statusBar()->showMessage(tr("Imported %n file(s)", nullptr, int(report.files.size())),
                                 10000);
    });
    dialog->setFiles(files);
    dialog->open();
}

void MainWindow::chooseImportFiles()
{
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Import Price History"), AppSettings::importDir(),
                                        ImportFileTypes::dialogFilter());
    if (files.isEmpty())
        return;
    AppSettings::setImportDir(QFileInfo(files.first()).absolutePath());
    showImportDialog(files);
}

void MainWindow::showDownloadDialog()
{
    auto *dialog = new DownloadDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const QStringList selected = m_symbolsPage->selectedSymbols(); !selected.isEmpty())
        dialog->options()->setSymbols(selected);
    connect(dialog, &DownloadDialog::downloadsFinished, this, [this](int ok, int failed) {
        showMessage(tr("Downloaded %1 series, %2 failed").arg(ok).arg(failed));
    });
    dialog->open();
}

void MainWindow::showTrainModelDialog()
{
    if (!m_session->isOpen())
        return;
    auto *dialog = new TrainModelDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const QStringList selected = m_symbolsPage->selectedSymbols(); selected.size() == 1)
        dialog->setSeries(selected.first(), QString());
    connect(dialog, &TrainModelDialog::queued, this,
            [this](qint64, const QString &summary) { showMessage(summary); });
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_session->workspaceDir(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::workspaceChangeRequested, this,
            [this](const QString &dir) { openWorkspace(dir); });
    connect(dialog, &SettingsDialog::settingsChanged, this, [this, dialog] {
        m_session->setQueueWorkers(AppSettings::workers());
        m_reportPage->setStaleHours(AppSettings::staleHours());
        m_alertsDock->applySettings();
        if (m_session->isOpen())
            recordSettings(dialog->changedKeys());
        m_scheduledRetrain->apply(RetrainSettings::load());
        AppTheme::apply(AppSettings::theme());
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QCoro::Task<> MainWindow::recordSettings(QStringList changedKeys)
{
    // In the workspace open now (the facade holds its database even if the dialog also asked
    // to switch workspaces).
    auto recording = guarded(this, m_session->audit().recordSettings(std::move(changedKeys)));
    auto recorded = co_await recording;
    if (recorded && !*recorded)
        showMessage(tr("The settings were saved, but not recorded in the audit log: %1")
                        .arg(recorded->error().toString()));
}

void MainWindow::showAuditLog()
{
    if (m_auditDialog) {
        m_auditDialog->raise();
        m_auditDialog->activateWindow();
        m_auditDialog->refresh();
        return;
    }
    auto *dialog = new AuditLogDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Another workspace opened: show its log.
    connect(m_session, &WorkspaceSession::opened, dialog, [dialog] { dialog->refresh(); });
    m_auditDialog = dialog;
    dialog->show();
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 15000);
    m_showError(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const TrainingQueue *queue = m_session->queue();
    if (queue && !queue->currentJobs().isEmpty()
        && !m_ask(this, tr("Quit ModelDeck"),
                  tr("%n training job(s) are running. Quitting cancels them; they stay in the "
                     "history as cancelled and can be run again.\n\nQuit anyway?",
                     nullptr, int(queue->currentJobs().size())))) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_session->isOpen() && !m_session->isBusy()
        && !ImportFileTypes::dropped(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = ImportFileTypes::dropped(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    showImportDialog(files); // a preview first: nothing is written before the user confirms
}

} // namespace modeldeck
