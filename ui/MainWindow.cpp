#include "MainWindow.h"

#include "SymbolListModel.h"
#include "WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace modeldeck {

namespace {

QStringList csvFilesIn(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && (path.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive)
                                || path.endsWith(QLatin1StringView(".txt"), Qt::CaseInsensitive))) {
            files << path;
        }
    }
    return files;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new WorkspaceSession(this))
    , m_symbolModel(new SymbolListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("ModelDeck"));
    setAcceptDrops(true);

    m_proxy->setSourceModel(m_symbolModel);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_symbolView = new QTableView(this);
    m_symbolView->setModel(m_proxy);
    m_symbolView->setSortingEnabled(true);
    m_symbolView->sortByColumn(SymbolListModel::SymbolColumn, Qt::AscendingOrder);
    m_symbolView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_symbolView->setAlternatingRowColors(true);
    m_symbolView->verticalHeader()->hide();
    m_symbolView->horizontalHeader()->setStretchLastSection(true);
    m_symbolView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_symbolView);
    setCentralWidget(m_stack);

    m_workspaceLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createActions();

    connect(m_session, &WorkspaceSession::symbolsChanged, this, [this] {
        m_symbolModel->setSymbols(m_session->symbols());
        updateView();
    });
    connect(m_session, &WorkspaceSession::opened, this, [this](const QString &dir) {
        m_workspaceLabel->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(dir)));
        setWindowTitle(tr("%1 — ModelDeck").arg(QFileInfo(dir).fileName()));
        QSettings().setValue(QStringLiteral("workspace/last"), dir);
    });
    connect(m_session, &WorkspaceSession::failed, this,
            [this](const QString &message) { showError(tr("Workspace"), message); });
    connect(m_session, &WorkspaceSession::busyChanged, this, [this] { updateActions(); });
    connect(m_session, &WorkspaceSession::importProgress, this, [this](qint64 done, qint64 total) {
        if (m_progress && total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });

    restoreGeometry(QSettings().value(QStringLiteral("mainwindow/geometry")).toByteArray());
    restoreState(QSettings().value(QStringLiteral("mainwindow/state")).toByteArray());
    if (!QSettings().contains(QStringLiteral("mainwindow/geometry")))
        resize(1100, 680);
    updateView();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Workspace…"),
                                   this, &MainWindow::chooseWorkspace);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open or create a workspace folder (Ctrl+O)"));
    m_importAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import CSV…"),
                                     this, &MainWindow::chooseImportFiles);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Import OHLCV price history from CSV files (Ctrl+I)"));
    m_refreshAction = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this,
                                      [this] { m_session->refreshSymbols(); });
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_importAction);
    toolbar->addAction(m_refreshAction);
}

void MainWindow::updateActions()
{
    const bool idle = !m_session->isBusy();
    m_openAction->setEnabled(idle);
    m_importAction->setEnabled(idle && m_session->isOpen());
    m_refreshAction->setEnabled(idle && m_session->isOpen());
}

void MainWindow::updateView()
{
    if (m_symbolModel->rowCount() > 0) {
        m_stack->setCurrentWidget(m_symbolView);
        statusBar()->showMessage(tr("%n symbol(s)", nullptr, m_symbolModel->rowCount()));
        return;
    }
    m_emptyLabel->setText(m_session->isOpen()
                              ? tr("No price history yet.\n\nImport a CSV file with File ▸ Import CSV… "
                                   "(Ctrl+I) or drop files onto this window.")
                              : tr("Opening workspace…"));
    m_stack->setCurrentWidget(m_emptyLabel);
}

QCoro::Task<bool> MainWindow::openWorkspace(const QString &dir, bool seedDemo)
{
    QPointer<MainWindow> self(this);
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(dir)));
    // Named awaitables: see WorkspaceSession::open() on GCC 12.
    QCoro::Task<bool> opening = m_session->open(dir, seedDemo);
    const bool ok = co_await opening;
    if (!self)
        co_return false;
    updateActions();
    updateView();
    co_return ok;
}

QCoro::Task<bool> MainWindow::importFiles(const QStringList &files)
{
    if (files.isEmpty() || !m_session->isOpen() || m_session->isBusy())
        co_return false;
    QPointer<MainWindow> self(this);
    m_progress = new QProgressDialog(tr("Importing %n file(s)…", nullptr, int(files.size())), tr("Cancel"), 0,
                                     1000, this);
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
        showError(tr("Import failed"), message + u"\n\n" + tr("Nothing was written to the workspace."));
        Q_EMIT importFinished(false, message);
        co_return false;
    }
    QStringList lines;
    for (const FileImportReport &f : report->files) {
        lines << tr("%1 → %2 %3: %4 new, %5 updated, %6 unchanged bars")
                     .arg(QFileInfo(f.file).fileName(), f.symbol, f.timeframe, QLocale().toString(f.merge.added),
                          QLocale().toString(f.merge.updated), QLocale().toString(f.merge.unchanged));
        if (f.skippedMissing)
            lines << tr("   %n row(s) with missing values skipped", nullptr, int(f.skippedMissing));
    }
    const QString summary = lines.join(u'\n');
    statusBar()->showMessage(tr("Imported %n file(s)", nullptr, int(report->files.size())), 10000);
    Q_EMIT importFinished(true, summary);
    co_return true;
}

void MainWindow::chooseWorkspace()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Workspace"), m_session->workspaceDir());
    if (!dir.isEmpty())
        openWorkspace(dir);
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Price History"), QSettings().value(QStringLiteral("import/lastDir")).toString(),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastDir"), QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 15000);
    if (QApplication::platformName() == QLatin1StringView("offscreen"))
        return; // headless runs (tests, CI) read the status bar and signals instead of a modal box
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_session->isOpen() && !m_session->isBusy() && !csvFilesIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = csvFilesIn(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(files);
}

} // namespace modeldeck
