#pragma once
// Importing CSV files with a look first: choose or drop files, see the first rows of each as
// the importer parses them (times in the exchange's zone and UTC, flags), the detected format,
// symbol, timeframe and zone with overrides, and every problem with its line number before
// anything is written; then import with progress and Cancel, and a summary.

#include "import/ImportFileState.h"

#include <QDialog>
#include <QStringList>
#include <memory>
#include <qcoro/qcorotask.h>
#include <vector>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace modeldeck {

class ImportOptionsWidget;
class ImportPreviewModel;
class ImportPreviewPane;
class WorkspaceSession;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // The session is not owned and must outlive the dialog.
    explicit ImportDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFiles(const QStringList &files);
    void addFiles(const QStringList &files);
    QStringList files() const;
    // The request Import runs: the files and the overrides.
    ImportRequest request() const;
    bool canImport() const;
    bool isImporting() const { return m_importing; }
    // Problems of the selected file as listed in the dialog.
    const std::vector<ImportIssue> &issues() const;

    ImportOptionsWidget *options() const { return m_options; }
    ImportPreviewPane *previewPane() const { return m_pane; }
    ImportPreviewModel *previewModel() const;
    QPushButton *importButton() const { return m_importButton; }
    QListWidget *fileList() const { return m_fileList; }

    // Imports through WorkspaceSession::importFiles; emits imported() or importFailed().
    QCoro::Task<bool> startImport();

public Q_SLOTS:
    // During an import: cancels it (nothing is written) and closes once it has stopped.
    void reject() override;
    void accept() override; // the Import button: starts the import, does not close

Q_SIGNALS:
    void imported(const modeldeck::ImportReport &report);
    void importFailed(const QString &message);
    // Every file's preview is up to date (for tests and accessibility tools).
    void previewUpdated();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QCoro::Task<> updatePreviews();
    void schedulePreview();
    void showSelectedFile();
    void updateFileItems();
    void updateButtons();
    void chooseFiles();
    void removeSelectedFiles();
    void cancelImport();
    InvalidRowPolicy policy() const;
    void showImportResult(const Result<ImportReport> &report);

    WorkspaceSession *m_session;
    std::vector<ImportFileState> m_files; // in the list's order
    ImportOptionsWidget *m_options;
    ImportPreviewPane *m_pane;
    QListWidget *m_fileList = nullptr;
    QPushButton *m_removeButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_previewTimer = nullptr;
    quint64 m_generation = 0;
    bool m_importing = false;
    bool m_closeAfterImport = false;
    bool m_cancelRequested = false;
    bool m_imported = false;
};

} // namespace modeldeck
