#pragma once
// Downloading price history from a provider (Yahoo Finance, Binance, Binance.US) into the
// workspace, and Refresh All: a row per symbol × timeframe with its state, pages and bars, then
// the new/updated/unchanged bars or the error; overall progress, Cancel (cooperative: a series
// that did not complete writes nothing) and a summary. Runs on the session's DownloadService,
// so every download shares one rate limit per provider.

#include "net/RefreshPlan.h"

#include <QDialog>
#include <memory>
#include <qcoro/qcorotask.h>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace modeldeck {

class CancellationToken;
class DownloadOptionsWidget;
class DownloadProgressModel;
class WorkspaceSession;

class DownloadDialog : public QDialog
{
    Q_OBJECT
public:
    // The session is not owned and must outlive the dialog.
    explicit DownloadDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~DownloadDialog() override; // cancels a download still running

    // Data ▸ Refresh All: opens a dialog (deleted when closed) that refreshes every series the
    // workspace downloaded before, each from its provider, from its newest stored bar.
    static DownloadDialog *openRefreshAll(WorkspaceSession *session, QWidget *parent);

    DownloadOptionsWidget *options() const { return m_options; }
    DownloadProgressModel *progressModel() const { return m_model; }
    QTableView *progressView() const { return m_view; }
    QProgressBar *overallProgress() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *downloadButton() const { return m_downloadButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    bool isRunning() const { return m_running; }

    // Downloads what the options describe. True when every symbol succeeded.
    QCoro::Task<bool> startDownload();
    // Refreshes every downloaded series (series never downloaded are listed as skipped).
    QCoro::Task<bool> startRefreshAll();

public Q_SLOTS:
    void accept() override; // the Download button: starts, does not close
    // While downloading: cancels, and closes once the download has stopped.
    void reject() override;
    // Stops the download: series already written stay, the others write nothing.
    void cancelDownload();

Q_SIGNALS:
    // After every run, once the session's symbol list has been reloaded.
    void downloadsFinished(int succeeded, int failed);

private:
    QCoro::Task<bool> run(std::vector<DownloadRequest> requests,
                          std::vector<SkippedSeries> skipped);
    void prepareRows(const std::vector<DownloadRequest> &requests,
                     const std::vector<SkippedSeries> &skipped);
    void onProgress(const DownloadProgress &progress);
    void setRefreshMode(bool refresh);
    void updateButtons();
    void updateOverall();
    void showSummary();

    WorkspaceSession *m_session;
    DownloadOptionsWidget *m_options;
    QLabel *m_refreshLabel;
    DownloadProgressModel *m_model;
    QTableView *m_view;
    QProgressBar *m_progress;
    QLabel *m_summaryIcon;
    QLabel *m_summary;
    QPushButton *m_downloadButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    std::shared_ptr<CancellationToken> m_token; // of the running download
    std::vector<int> m_firstRows; // per request of the run
    std::vector<QStringList> m_spelled; // per request: symbols as the provider spells them
    int m_current = -1; // request running
    bool m_running = false;
    bool m_ran = false;
    bool m_closeAfterRun = false;
    bool m_refreshMode = false;
};

} // namespace modeldeck
