#include "session/WorkspaceSession.h"

#include "net/DownloadService.h"
#include "queue/DemoTraining.h"
#include "queue/RetrainTrigger.h"
#include "queue/TrainingQueue.h"
#include "services/MarketDataService.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"
#include "util/WorkPool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

namespace {

// What the symbol list shows: the symbols with their series, and when and from where each
// series was last imported or downloaded.
struct SymbolState
{
    std::vector<SymbolSummary> symbols;
    std::vector<LatestImport> imports;
    std::vector<LatestImport> downloads;
};

struct OpenResult
{
    std::shared_ptr<Database> database;
    SymbolState state;
    QString error;
    int demoJobs = 0; // queued for the demo workspace's first run
};

// Pool thread.
Result<SymbolState> loadSymbolState(const Database &database)
{
    auto symbols = MarketDataService(database).symbols();
    if (!symbols)
        return symbols.error();
    auto db = database.connection();
    if (!db)
        return db.error();
    MarketDataRepository repo(*db);
    auto imports = repo.latestImports();
    if (!imports)
        return imports.error();
    auto downloads = repo.latestDownloads();
    if (!downloads)
        return downloads.error();
    return SymbolState { std::move(*symbols), std::move(*imports), std::move(*downloads) };
}

// Runs on a pool thread; the thread's connection is dropped before returning because pool
// threads are reused and eventually exit.
OpenResult openOnWorker(const QString &dir, bool seedDemo)
{
    OpenResult result;
    auto opened = Database::open(dir);
    if (!opened) {
        result.error = opened.error().toString();
        return result;
    }
    result.database = std::shared_ptr<Database>(std::move(*opened));
    MarketDataService service(*result.database);
    if (seedDemo) {
        // Only the open that created the demo data queues its training: later opens of the
        // demo find their symbols and seed nothing.
        auto seeded = service.seedDemoData();
        if (!seeded) {
            result.error = seeded.error().toString();
        } else if (*seeded) {
            if (auto queued = DemoTraining::enqueue(*result.database))
                result.demoJobs = *queued;
            else
                result.error = queued.error().toString();
        }
    }
    if (auto state = loadSymbolState(*result.database))
        result.state = std::move(*state);
    else if (result.error.isEmpty())
        result.error = state.error().toString();
    result.database->releaseThreadConnection();
    return result;
}

} // namespace

WorkspaceSession::WorkspaceSession(QObject *parent) : QObject(parent) { }

WorkspaceSession::~WorkspaceSession()
{
    // The import worker emits through this object: stop it (it checks the flag per chunk and
    // writes nothing when cancelled) before the object goes away.
    m_cancelImport->store(true);
    m_importFuture.waitForFinished();
    m_queue.reset(); // cancels and waits for running jobs while the database is still open
}

QString WorkspaceSession::workspaceDir() const
{
    return m_database ? m_database->workspaceDir() : QString();
}

void WorkspaceSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

QCoro::Task<bool> WorkspaceSession::open(const QString &dir, bool seedDemo)
{
    QPointer<WorkspaceSession> self(this);
    m_demoJobs = 0;
    setBusy(true);
    // GCC 12 destroys temporaries of a full-expression that contains co_await twice, so every
    // awaitable here is a named variable built in a statement of its own.
    QFuture<OpenResult> future = QtConcurrent::run(workPool(), openOnWorker, dir, seedDemo);
    co_await future;
    OpenResult result = future.result();
    if (!self)
        co_return false;
    setBusy(false);
    if (!result.database) {
        Q_EMIT failed(result.error);
        co_return false;
    }
    m_queue.reset();
    m_database = std::move(result.database);
    m_predictions.emplace(m_database);
    installDriftRetrain();
    m_symbols = std::move(result.state.symbols);
    m_latestImports = std::move(result.state.imports);
    m_latestDownloads = std::move(result.state.downloads);
    createQueue();
    // The demo's jobs run at once, like Auto-train's "Start now"; Pause and Stop apply to them
    // as to any others. Another process owning the queue runs them when it is started there.
    m_demoJobs = m_queue->isOwner() ? result.demoJobs : 0;
    if (m_demoJobs > 0)
        m_queue->start();
    // The last holder may be a download's coroutine letting go from inside a network reply the
    // service is handling: then it is deleted later. Without an event loop (after exec()
    // returned) nothing can be handling one, and a later that never comes would keep the
    // database open.
    m_downloads = std::shared_ptr<DownloadService>(
        new DownloadService(m_database, DownloadSettings::load()), [](DownloadService *service) {
            if (QThread::currentThread()->loopLevel() > 0)
                service->deleteLater();
            else
                delete service;
        });
    Q_EMIT opened(m_database->workspaceDir());
    Q_EMIT symbolsChanged();
    if (!result.error.isEmpty()) {
        Q_EMIT failed(result.error);
        co_return false;
    }
    co_return true;
}

void WorkspaceSession::installDriftRetrain()
{
    // Runs on the fill's pool thread after the fill committed, with that thread's connection;
    // the queue (on this thread) hears of a new job through a queued call.
    m_predictions->setDriftHandler([database = m_database, on = m_retrainOnDrift,
                                    workers = m_queueWorkers,
                                    self = QPointer<WorkspaceSession>(this)](
                                       const Alert &alert) -> Result<QString> {
        if (!on->load() || alert.modelName.isEmpty())
            return QString();
        RetrainTrigger trigger(*database);
        trigger.setWorkers(workers);
        auto ticket
            = trigger.retrain({ alert.modelName, 0, RetrainTriggerKind::Drift, alert.message });
        if (!ticket)
            return Error { tr("Drift on “%1”: could not queue a retrain: %2")
                               .arg(alert.modelName, ticket.error().message) };
        if (ticket->duplicate)
            return tr("Drift on “%1”: its retrain is already queued as job %2.")
                .arg(alert.modelName)
                .arg(ticket->jobId);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self] {
                if (self && self->m_queue)
                    self->m_queue->noticeQueuedElsewhere(1);
            },
            Qt::QueuedConnection);
        return tr("Drift on “%1”: queued retrain job %2.").arg(alert.modelName).arg(ticket->jobId);
    });
}

QCoro::Task<Result<RetrainTicket>> WorkspaceSession::retrain(RetrainRequest request)
{
    QPointer<WorkspaceSession> self(this);
    // Named: GCC 12 and temporaries of a full-expression with co_await (see open()).
    auto task = retraining().retrain(std::move(request));
    auto ticket = co_await task;
    if (self && ticket && !ticket->duplicate && self->m_queue)
        self->m_queue->noticeQueuedElsewhere(1);
    co_return ticket;
}

void WorkspaceSession::setQueueWorkers(int workers)
{
    m_queueWorkers = std::max(1, workers);
    if (m_queue)
        m_queue->setMaxConcurrentJobs(m_queueWorkers);
}

void WorkspaceSession::createQueue()
{
    m_queue = std::make_unique<TrainingQueue>(m_database);
    // One job at a time unless setQueueWorkers() said otherwise (the GUI passes its setting:
    // workers × torch threads ≤ cores).
    m_queue->setMaxConcurrentJobs(m_queueWorkers);
    Status acquired = m_queue->acquire();
    Q_EMIT queueChanged(m_queue.get());
    if (!acquired)
        Q_EMIT queueUnavailable(acquired.error().message);
}

QCoro::Task<bool> WorkspaceSession::refreshSymbols()
{
    if (!m_database)
        co_return false;
    QPointer<WorkspaceSession> self(this);
    auto database = m_database;
    QFuture<Result<SymbolState>> future = QtConcurrent::run(workPool(), [database] {
        auto result = loadSymbolState(*database);
        database->releaseThreadConnection();
        return result;
    });
    co_await future;
    auto state = future.result();
    if (!self)
        co_return false;
    if (!state) {
        Q_EMIT failed(state.error().toString());
        co_return false;
    }
    m_symbols = std::move(state->symbols);
    m_latestImports = std::move(state->imports);
    m_latestDownloads = std::move(state->downloads);
    Q_EMIT symbolsChanged();
    co_return true;
}

QCoro::Task<Result<ImportReport>> WorkspaceSession::importFiles(ImportRequest request)
{
    if (!m_database)
        co_return Error { tr("No workspace is open.") };
    QPointer<WorkspaceSession> self(this);
    setBusy(true);
    m_cancelImport->store(false);
    auto database = m_database;
    auto cancel = m_cancelImport;
    m_importFuture = QtConcurrent::run(workPool(), [this, database, cancel, request] {
        CsvImporter importer(*database);
        importer.setCancelFlag(cancel.get());
        // Progress is coalesced to at most ~10 updates per second for the GUI.
        QElapsedTimer sinceLast;
        sinceLast.start();
        importer.setProgressCallback([this, &sinceLast](qint64 done, qint64 total) {
            if (done == total || sinceLast.elapsed() >= 100) {
                sinceLast.restart();
                Q_EMIT importProgress(done, total);
            }
        });
        auto report = importer.run(request);
        database->releaseThreadConnection();
        return report;
    });
    QFuture<Result<ImportReport>> future = m_importFuture;
    co_await future;
    auto result = future.result();
    if (!self)
        co_return result;
    setBusy(false);
    if (result) {
        QCoro::Task<bool> refresh = refreshSymbols();
        co_await refresh;
    }
    co_return result;
}

} // namespace modeldeck
