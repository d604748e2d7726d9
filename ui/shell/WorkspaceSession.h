#pragma once
// The open workspace as the GUI sees it: opens databases and runs workspace operations on pool
// threads and reports back through signals, so no SQL or file parsing runs on the GUI thread.

#include "services/CsvImporter.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <memory>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class DownloadService;
class TrainingQueue;

class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    bool isOpen() const { return m_database != nullptr; }
    QString workspaceDir() const;
    std::shared_ptr<Database> database() const { return m_database; }
    // The workspace's training queue (null until a workspace is open). If another process
    // owns the queue, it is still readable and queueUnavailable() said why it cannot run.
    TrainingQueue *queue() const { return m_queue.get(); }
    // The workspace's market-data downloads (null until a workspace is open): one service, so
    // its per-provider rate limits cover every download. Keep the pointer for as long as a
    // download it started runs: the service outlives a switch of workspace until then.
    std::shared_ptr<DownloadService> downloads() const { return m_downloads; }

    // Runs work(const Database &) on a pool thread and releases that thread's connection
    // afterwards. For every query the GUI needs: co_await the returned future (as a named
    // variable, see open()).
    template<typename Work>
    auto runWithDatabase(Work work) const
    {
        return QtConcurrent::run([database = m_database, work = std::move(work)] {
            auto result = work(std::as_const(*database));
            database->releaseThreadConnection();
            return result;
        });
    }
    const std::vector<SymbolSummary> &symbols() const { return m_symbols; }
    // Per series, the newest import-log row of any kind and the newest download, loaded with
    // the symbols.
    const std::vector<LatestImport> &latestImports() const { return m_latestImports; }
    const std::vector<LatestImport> &latestDownloads() const { return m_latestDownloads; }
    bool isBusy() const { return m_busy; }
    // Jobs the last open() queued and started for a newly created demo workspace; 0 otherwise.
    int demoJobsStarted() const { return m_demoJobs; }

    // Opens (creating if needed) the workspace; seeds the bundled sample data when asked and
    // the workspace is empty, and then queues and starts the demo's training
    // (DemoTraining). Emits opened() or failed().
    QCoro::Task<bool> open(const QString &dir, bool seedDemo = false);
    // Imports files; progress() reports bytes; cancelImport() stops it with nothing written.
    QCoro::Task<Result<ImportReport>> importFiles(ImportRequest request);
    void cancelImport() { m_cancelImport->store(true); }
    QCoro::Task<bool> refreshSymbols();

Q_SIGNALS:
    void opened(const QString &dir);
    void queueChanged(modeldeck::TrainingQueue *queue);
    void queueUnavailable(const QString &message);
    void failed(const QString &message);
    void symbolsChanged();
    void busyChanged(bool busy);
    void importProgress(qint64 done, qint64 total);

private:
    void setBusy(bool busy);
    void createQueue();

    std::shared_ptr<Database> m_database;
    std::unique_ptr<TrainingQueue> m_queue;
    std::shared_ptr<DownloadService> m_downloads;
    std::vector<SymbolSummary> m_symbols;
    std::vector<LatestImport> m_latestImports;
    std::vector<LatestImport> m_latestDownloads;
    std::shared_ptr<std::atomic_bool> m_cancelImport = std::make_shared<std::atomic_bool>(false);
    QFuture<Result<ImportReport>> m_importFuture;
    bool m_busy = false;
    int m_demoJobs = 0;
};

} // namespace modeldeck
