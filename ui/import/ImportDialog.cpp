#include "import/ImportDialog.h"

#include "common/Guarded.h"
#include "import/ImportFileTypes.h"
#include "import/ImportOptionsWidget.h"
#include "import/ImportPreviewPane.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "util/WorkPool.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

namespace {

// Fire-and-forget from a slot; the task guards itself with QPointer.
QCoro::Task<> discard(QCoro::Task<bool> task)
{
    co_await task;
}

} // namespace

ImportDialog::ImportDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_options(new ImportOptionsWidget(this)),
      m_pane(new ImportPreviewPane(this))
{
    setWindowTitle(tr("Import Price History"));
    setAcceptDrops(true);
    resize(1040, 760);

    m_fileList = new QListWidget(this);
    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileList->setAccessibleName(tr("Files to import"));
    m_fileList->setToolTip(tr("Files to import; select one to preview it. Drop more files here."));
    auto *addButton
        = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Files…"), this);
    addButton->setShortcut(QKeySequence::Open);
    addButton->setToolTip(tr("Choose CSV files to import (Ctrl+O)"));
    m_removeButton
        = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove"), this);
    m_removeButton->setShortcut(QKeySequence::Delete);
    m_removeButton->setToolTip(tr("Leave the selected files out of the import (Del)"));
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(addButton);
    fileButtons->addWidget(m_removeButton);
    fileButtons->addStretch();
    auto *filesBox = new QGroupBox(tr("Files"), this);
    auto *filesLayout = new QHBoxLayout(filesBox);
    filesLayout->addWidget(m_fileList, 1);
    filesLayout->addLayout(fileButtons);
    auto *optionsBox = new QGroupBox(tr("Import as"), this);
    (new QVBoxLayout(optionsBox))->addWidget(m_options);
    auto *top = new QHBoxLayout;
    top->addWidget(filesBox, 3);
    top->addWidget(optionsBox, 2);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Import progress"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("importStatus"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_importing)
            cancelImport(); // stays open to say that nothing was written
        else
            reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pane, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    // Typing a symbol re-parses once the typing pauses, not per key.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, [this] { updatePreviews(); });

    connect(addButton, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &ImportDialog::removeSelectedFiles);
    connect(m_fileList, &QListWidget::currentRowChanged, this, &ImportDialog::showSelectedFile);
    connect(m_fileList, &QListWidget::itemSelectionChanged, this, &ImportDialog::updateButtons);
    connect(m_options, &ImportOptionsWidget::changed, this, &ImportDialog::schedulePreview);
    connect(m_session, &WorkspaceSession::busyChanged, this, &ImportDialog::updateButtons);
    connect(m_session, &WorkspaceSession::importProgress, this, [this](qint64 done, qint64 total) {
        if (m_importing && total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });
    showSelectedFile();
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

ImportPreviewModel *ImportDialog::previewModel() const
{
    return m_pane->model();
}

const std::vector<ImportIssue> &ImportDialog::issues() const
{
    return m_pane->issues();
}

InvalidRowPolicy ImportDialog::policy() const
{
    return request().invalidRows;
}

void ImportDialog::setFiles(const QStringList &files)
{
    m_files.clear();
    m_fileList->clear();
    addFiles(files);
}

void ImportDialog::addFiles(const QStringList &files)
{
    if (m_importing)
        return;
    for (const QString &file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        if (file.isEmpty() || this->files().contains(path))
            continue;
        ImportFileState state;
        state.path = path;
        m_files.push_back(std::move(state));
        auto *item = new QListWidgetItem(m_fileList);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (m_fileList->currentRow() < 0 && m_fileList->count() > 0)
        m_fileList->setCurrentRow(0);
    m_imported = false;
    m_statusLabel->clear();
    schedulePreview();
}

QStringList ImportDialog::files() const
{
    QStringList paths;
    for (const ImportFileState &f : m_files)
        paths << f.path;
    return paths;
}

ImportRequest ImportDialog::request() const
{
    ImportRequest request;
    request.files = files();
    m_options->applyTo(request);
    return request;
}

void ImportDialog::schedulePreview()
{
    ++m_generation; // results of a preview already running are stale now
    for (ImportFileState &f : m_files)
        f.done = false;
    updateFileItems();
    showSelectedFile();
    updateButtons();
    m_previewTimer->start();
}

QCoro::Task<> ImportDialog::updatePreviews()
{
    const quint64 generation = ++m_generation;
    QPointer<ImportDialog> self(this);
    const QStringList paths = files();
    if (!m_options->validationError().isEmpty() || paths.isEmpty() || !m_session->isOpen()) {
        showSelectedFile();
        updateButtons();
        Q_EMIT previewUpdated();
        co_return;
    }
    // Impossible rows are kept in the preview so that each is listed with its line; the chosen
    // policy then decides whether they block the import.
    ImportRequest request = this->request();
    request.invalidRows = InvalidRowPolicy::Keep;
    auto previewing
        = guarded(this,
                  m_session->marketData().previews(paths, request, ImportFileState::kPreviewRows,
                                                   ImportFileState::kPreviewBytes));
    auto previews = co_await previewing;
    if (!previews || generation != m_generation)
        co_return; // closed, or the files or options changed meanwhile: a newer preview follows
    // The raw head of each file, shown beside the parsed rows: file reads, off the GUI thread.
    QFuture<QStringList> reading = QtConcurrent::run(workPool(), [paths] {
        QStringList heads;
        for (const QString &path : paths)
            heads << ImportFileState::readHeadText(path);
        return heads;
    });
    co_await reading;
    const QStringList heads = reading.result();
    if (!self || generation != m_generation)
        co_return;
    std::vector<ImportFileState> states;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        ImportFileState state;
        state.path = paths[i];
        state.done = true;
        Result<FilePreview> &preview = (*previews)[size_t(i)];
        if (preview)
            state.preview = std::make_shared<const FilePreview>(std::move(*preview));
        else
            state.error = preview.error();
        state.headText = heads.value(i);
        states.push_back(std::move(state));
    }
    m_files = std::move(states);
    updateFileItems();
    showSelectedFile();
    updateButtons();
    Q_EMIT previewUpdated();
}

void ImportDialog::updateFileItems()
{
    QStyle *style = QApplication::style();
    for (size_t i = 0; i < m_files.size(); ++i) {
        const ImportFileState &f = m_files[i];
        const std::vector<ImportIssue> issues = f.issues(policy());
        const auto error = std::find_if(issues.begin(), issues.end(), [](const ImportIssue &issue) {
            return issue.severity == ImportIssue::Severity::Error;
        });
        QString status;
        QIcon icon;
        if (!f.done) {
            status = tr("reading…");
        } else if (error != issues.end()) {
            status = error->line > 0 ? tr("error on line %1").arg(error->line)
                                     : tr("cannot be imported");
            icon = style->standardIcon(QStyle::SP_MessageBoxCritical);
        } else {
            status = tr("ready as %1 %2").arg(f.preview->symbol, f.preview->timeframe.name());
            icon = style->standardIcon(QStyle::SP_DialogApplyButton);
        }
        QListWidgetItem *item = m_fileList->item(int(i));
        item->setText(tr("%1 — %2").arg(QFileInfo(f.path).fileName(), status));
        item->setIcon(icon);
    }
}

void ImportDialog::showSelectedFile()
{
    const int row = m_fileList->currentRow();
    const ImportFileState *file
        = row >= 0 && size_t(row) < m_files.size() ? &m_files[size_t(row)] : nullptr;
    m_options->setDetected(file && file->done ? file->preview.get() : nullptr);
    const QString symbolError = m_options->validationError();
    const QString placeholder = !m_session->isOpen() ? tr("No workspace is open.")
        : !file ? tr("Choose CSV files with Add Files… (Ctrl+O) or drop them here.")
        : !symbolError.isEmpty() ? tr("Correct the symbol to see the preview.")
        : !file->done
        ? tr("Reading…")
        : tr("The file cannot be read as price history: see the problem below and the "
             "File text tab.");
    m_pane->showFile(file, policy(), placeholder);
}

bool ImportDialog::canImport() const
{
    if (m_importing || m_files.empty() || !m_session->isOpen() || m_session->isBusy()
        || !m_options->validationError().isEmpty())
        return false;
    const InvalidRowPolicy rows = policy();
    return std::all_of(m_files.begin(), m_files.end(),
                       [rows](const ImportFileState &f) { return f.canImport(rows); });
}

void ImportDialog::updateButtons()
{
    const bool can = canImport();
    m_importButton->setEnabled(can);
    m_importButton->setVisible(!m_imported);
    m_importButton->setDefault(can);
    m_removeButton->setEnabled(!m_importing && !m_fileList->selectedItems().isEmpty());
    m_fileList->setEnabled(!m_importing);
    m_options->setEnabled(!m_importing);
    m_cancelButton->setText(m_importing      ? tr("Cancel Import")
                                : m_imported ? tr("Close")
                                             : tr("Cancel"));
    const bool waiting
        = std::any_of(m_files.begin(), m_files.end(), [](const auto &f) { return !f.done; });
    m_importButton->setToolTip(can ? tr("Import %n file(s) (Enter)", nullptr, int(m_files.size()))
                                   : m_files.empty()     ? tr("Add files to import first")
                                   : m_session->isBusy() ? tr("Another import is running")
                                   : waiting             ? tr("Reading the files…")
                                                         : tr("Correct the errors listed first"));
}

void ImportDialog::chooseFiles()
{
    const QStringList chosen
        = QFileDialog::getOpenFileNames(this, tr("Import Price History"), AppSettings::importDir(),
                                        ImportFileTypes::dialogFilter());
    if (chosen.isEmpty())
        return;
    AppSettings::setImportDir(QFileInfo(chosen.first()).absolutePath());
    addFiles(chosen);
}

void ImportDialog::removeSelectedFiles()
{
    if (m_importing)
        return;
    QList<int> rows;
    for (QListWidgetItem *item : m_fileList->selectedItems())
        rows << m_fileList->row(item);
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows) {
        delete m_fileList->takeItem(row);
        m_files.erase(m_files.begin() + row);
    }
    schedulePreview();
}

void ImportDialog::accept()
{
    if (canImport())
        discard(startImport());
}

void ImportDialog::cancelImport()
{
    if (!m_importing)
        return;
    m_session->cancelImport();
    m_cancelRequested = true;
    m_cancelButton->setEnabled(false);
    m_statusLabel->setText(tr("Cancelling…"));
}

void ImportDialog::reject()
{
    if (m_importing) {
        m_closeAfterImport = true;
        cancelImport();
        return;
    }
    if (m_imported)
        done(QDialog::Accepted);
    else
        QDialog::reject();
}

QCoro::Task<bool> ImportDialog::startImport()
{
    if (!canImport())
        co_return false;
    QPointer<ImportDialog> self(this);
    m_importing = true;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_statusLabel->setText(tr("Importing %n file(s)…", nullptr, int(m_files.size())));
    updateButtons();
    QCoro::Task<Result<ImportReport>> importing = m_session->importFiles(request());
    Result<ImportReport> report = co_await importing;
    if (!self)
        co_return false;
    m_importing = false;
    m_progress->setVisible(false);
    m_cancelButton->setEnabled(true);
    showImportResult(report);
    m_cancelRequested = false;
    if (m_closeAfterImport) {
        if (report)
            done(QDialog::Accepted);
        else
            QDialog::reject();
    }
    co_return report.ok();
}

void ImportDialog::showImportResult(const Result<ImportReport> &report)
{
    if (!report) {
        const Error &error = report.error();
        // A problem past the previewed head is listed like one inside it.
        for (ImportFileState &f : m_files) {
            if (f.path == error.file && error.line > 0)
                f.error = error;
        }
        const QString message = m_cancelRequested
            ? tr("Import cancelled; nothing was written to the workspace.")
            : error.toString() + u'\n' + tr("Nothing was written to the workspace.");
        m_statusLabel->setText(message);
        updateFileItems();
        showSelectedFile();
        updateButtons();
        Q_EMIT importFailed(message);
        return;
    }
    QStringList lines { tr("Imported %n file(s):", nullptr, int(report->files.size())) };
    const QLocale locale;
    for (const FileImportReport &f : report->files) {
        QString line = tr("%1 → %2 %3: %4 new, %5 updated, %6 unchanged bars")
                           .arg(QFileInfo(f.file).fileName(), f.symbol, f.timeframe,
                                locale.toString(f.merge.added), locale.toString(f.merge.updated),
                                locale.toString(f.merge.unchanged));
        if (f.skippedMissing > 0)
            line += tr("; %n row(s) with missing values skipped", nullptr, int(f.skippedMissing));
        lines << line;
        // The count and the first few lines with their problem, on a line of their own.
        if (const QString flagged = flaggedRowsSummary(f.flagged); !flagged.isEmpty())
            lines << tr("⚠ %1").arg(flagged);
    }
    m_statusLabel->setText(lines.join(u'\n'));
    m_imported = true;
    updateButtons();
    Q_EMIT imported(*report);
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_importing && !ImportFileTypes::dropped(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    const QStringList dropped = ImportFileTypes::dropped(event->mimeData());
    if (dropped.isEmpty() || m_importing)
        return;
    event->acceptProposedAction();
    addFiles(dropped);
}

} // namespace modeldeck
