#pragma once
// The open workspace as the GUI sees it: opens the database and runs workspace operations on
// pool threads, reporting back through signals and awaitable tasks, so no SQL or file parsing
// runs on the GUI thread. Everything the GUI reads or writes goes through the facades it hands
// out (registry(), records(), jobs(), predictions(), marketData(), alerts(), audit(),
// strategy()) or the queue. No widgets: it lives in core so the boundary is a build fact
// (storage headers are private to core).

#include "domain/MarketData.h"
#include "modeldeck_core_export.h"
#include "queue/RetrainFacade.h"
#include "services/AlertsFacade.h"
#include "services/AuditFacade.h"
#include "services/CompareFacade.h"
#include "services/CsvImporter.h"
#include "services/JobsFacade.h"
#include "services/MarketDataFacade.h"
#include "services/PredictionsFacade.h"
#include "services/RecordsFacade.h"
#include "services/RegistryFacade.h"
#include "services/StrategyFacade.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class Database;
class DownloadService;
class TrainingQueue;

class MODELDECK_CORE_EXPORT WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    bool isOpen() const { return m_database != nullptr; }
    QString workspaceDir() const;
    // For core code and tests that set up fixtures; the GUI uses the facades below.
    std::shared_ptr<Database> database() const { return m_database; }
    // The workspace's training queue (null until a workspace is open). If another process
    // owns the queue, it is still readable and queueUnavailable() said why it cannot run.
    TrainingQueue *queue() const { return m_queue.get(); }
    // The workspace's market-data downloads (null until a workspace is open): one service, so
    // its per-provider rate limits cover every download. Keep the pointer for as long as a
    // download it started runs: the service outlives a switch of workspace until then.
    std::shared_ptr<DownloadService> downloads() const { return m_downloads; }
    // Jobs the queue runs at once (its workers), applied to the open queue and to every queue
    // a later open() creates; 1 until set.
    void setQueueWorkers(int workers);

    // The async doors to the open workspace (call only while isOpen()). Each call runs on a
    // pool thread; co_await it, or QCoro::connect it to a receiver that may go away first.
    RegistryFacade registry() const { return RegistryFacade(m_database); }
    RecordsFacade records() const { return RecordsFacade(m_database); }
    JobsFacade jobs() const { return JobsFacade(m_database); }
    MarketDataFacade marketData() const { return MarketDataFacade(m_database); }
    AlertsFacade alerts() const { return AlertsFacade(m_database); }
    AuditFacade audit() const { return AuditFacade(m_database); }
    // Model comparison and A/B tests (scoring saved models on recent bars, ab_tests).
    CompareFacade compare() const { return CompareFacade(m_database); }
    // Strategy Studio: backtests, strategy training and trained configurations.
    StrategyFacade strategy() const { return StrategyFacade(m_database); }
    // One per workspace, so networks loaded for predictions stay loaded between them.
    PredictionsFacade predictions() const { return *m_predictions; }
    // Retrains on request and the retraining schedule's steps (see retrain() for the queue).
    RetrainFacade retraining() const { return RetrainFacade(m_database, m_queueWorkers); }
    // Queues a retrain (RetrainTrigger on a pool thread) and tells this process's queue.
    QCoro::Task<Result<RetrainTicket>> retrain(RetrainRequest request);
    // Whether a drift alert raised by a fill of actuals (predictions().fillActuals()) queues a
    // retrain of its model (trigger "drift", the alert's message as reason); off until set.
    void setRetrainOnDrift(bool on) { m_retrainOnDrift->store(on); }

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
    void installDriftRetrain();

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
    int m_queueWorkers = 1;
    std::optional<PredictionsFacade> m_predictions;
    std::shared_ptr<std::atomic_bool> m_retrainOnDrift = std::make_shared<std::atomic_bool>(false);
};

} // namespace modeldeck
