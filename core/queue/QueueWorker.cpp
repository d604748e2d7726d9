#include "QueueWorker.h"

#include "queue/TrainingQueue.h"
#include "queue/WorkerGate.h"
#include "storage/BusyRetry.h"
#include "storage/Database.h"
#include "storage/JobProgressRepository.h"
#include "storage/JobRepository.h"
#include "training/CancellationToken.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

namespace modeldeck {

QueueWorker::QueueWorker(TrainingQueue *queue, std::shared_ptr<Database> database,
                         std::shared_ptr<WorkerGate> gate, JobExecutor executor)
    : m_queue(queue), m_database(std::move(database)), m_gate(std::move(gate)),
      m_executor(std::move(executor))
      // Tests widen the window between claiming a job and starting it, where pause and stop race.
      ,
      m_claimDelayMs(qEnvironmentVariableIntValue("MODELDECK_TEST_CLAIM_DELAY_MS"))
{
    setAutoDelete(true);
}

void QueueWorker::run()
{
    TrainingQueue *queue = m_queue;
    const qint64 pid = QCoreApplication::applicationPid();
    auto why = TrainingQueue::WorkerEnd::GateClosed;
    for (;;) {
        const auto ticket = m_gate->mayClaim();
        if (!ticket)
            break;
        auto claimed = claim(pid);
        if (!claimed && !m_gate->isOpen()) {
            // Paused or stopped while it waited for a locked database: nothing was claimed.
            m_gate->leave();
            break;
        }
        if (!claimed || !claimed->has_value()) {
            m_gate->leave();
            if (!claimed) {
                // Not a locked database (claim() waits those out): a real failure.
                const QString message = claimed.error().message;
                QMetaObject::invokeMethod(
                    queue, [queue, message] { queue->onWorkerError(message); },
                    Qt::QueuedConnection);
            }
            why = claimed ? TrainingQueue::WorkerEnd::NothingPending
                          : TrainingQueue::WorkerEnd::Error;
            break;
        }
        const TrainingJob job = **claimed;
        if (m_claimDelayMs > 0)
            QThread::msleep(m_claimDelayMs);
        const auto token = m_gate->admit(job.id, *ticket);
        if (!token) {
            // Paused or stopped between the ticket and the claim: the queue puts it back.
            m_gate->leave();
            const qint64 jobId = job.id;
            QMetaObject::invokeMethod(
                queue, [queue, jobId] { queue->onClaimRaced(jobId); }, Qt::QueuedConnection);
            why = TrainingQueue::WorkerEnd::Raced;
            break;
        }
        QMetaObject::invokeMethod(
            queue, [queue, job] { queue->onJobStarted(job); }, Qt::QueuedConnection);
        const JobResult result = runJob(job, *token);
        m_gate->release(job.id);
        TrainingJob ended = job;
        ended.status = result.status;
        ended.errorMessage = result.error;
        ended.recordId = result.recordId;
        ended.finishedAt = QDateTime::currentDateTimeUtc();
        QMetaObject::invokeMethod(
            queue, [queue, ended] { queue->onJobFinished(ended); }, Qt::QueuedConnection);
    }
    // Pool threads outlive the worker; a connection left registered would outlive its use.
    m_database->releaseThreadConnection();
    QMetaObject::invokeMethod(
        queue, [queue, why] { queue->onWorkerEnded(why); }, Qt::QueuedConnection);
}

std::function<void(const BusyWait &)> QueueWorker::waitReporter() const
{
    TrainingQueue *queue = m_queue;
    const quintptr worker = quintptr(this);
    return [queue, worker](const BusyWait &wait) {
        const QString message = wait.ended ? QString() : wait.message();
        QMetaObject::invokeMethod(
            queue, [queue, worker, message] { queue->onDatabaseWait(worker, message); },
            Qt::QueuedConnection);
    };
}

Result<std::optional<TrainingJob>> QueueWorker::claim(qint64 pid)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    JobRepository jobs(*db);
    BusyRetryOptions retry;
    retry.budgetMs = 0; // as long as the queue runs: the jobs are still there to run
    retry.cancelled = [gate = m_gate] { return !gate->isOpen(); };
    retry.onWait = waitReporter();
    jobs.setBusyRetry(std::move(retry));
    return jobs.claimNext(pid);
}

Status QueueWorker::recordEnd(qint64 jobId, const JobResult &result, const JobProgressRow &finalRow)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    JobRepository jobs(*db);
    BusyRetryOptions retry;
    // The process-wide budget; only closing the application stops the wait early (the job then
    // stays "running" and the next start marks it interrupted).
    retry.cancelled = [gate = m_gate] { return gate->isShuttingDown(); };
    retry.onWait = waitReporter();
    jobs.setBusyRetry(std::move(retry));
    return jobs.finish(jobId, result.status, result.error, result.recordId, &finalRow);
}

JobResult QueueWorker::runJob(const TrainingJob &job, const CancellationToken &token)
{
    const qint64 jobId = job.id;
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QElapsedTimer sinceWrite;
    QElapsedTimer sinceSignal;
    sinceWrite.start();
    sinceSignal.start();
    bool firstSignal = true;
    TrainingQueue *queue = m_queue;

    const auto progressRow = [&](const TrainingProgress &p, bool complete, const QString &error) {
        JobProgressRow row;
        row.jobId = jobId;
        row.percentage = p.overall() * 100;
        row.currentStep = TrainingProgress::stepName(p.step);
        row.stepNumber = int(p.step) + 1;
        row.totalSteps = TrainingProgress::stepCount;
        row.stepPercentage = p.stepFraction * 100;
        row.stepDetails = p.details;
        row.startedAt = started;
        row.updatedAt = QDateTime::currentDateTimeUtc();
        if (p.etaSeconds >= 0)
            row.estimatedCompletion = row.updatedAt.addMSecs(qint64(p.etaSeconds * 1000));
        if (p.search.trials > 0) {
            row.currentIteration = p.search.trial;
            row.totalIterations = p.search.trials;
            row.currentScore = p.search.score;
            row.bestScore = p.search.bestScore;
            row.bestParams = p.search.bestParams;
        } else {
            row.currentIteration = p.epoch;
            row.totalIterations = p.epochs;
            if (p.valLoss >= 0)
                row.currentScore = p.valLoss;
        }
        row.isComplete = complete;
        row.errorMessage = error;
        return row;
    };
    const auto persist = [&](const TrainingProgress &p) {
        auto db = m_database->connection();
        if (!db)
            return;
        const JobProgressRow row = progressRow(p, false, QString());
        // Also a heartbeat. A missed write only delays the display; the next one catches up,
        // and the queue's own heartbeat keeps the job alive meanwhile.
        (void)JobProgressRepository(*db).write(row);
    };

    TrainingProgress last;
    const ProgressCallback onProgress = [&](const TrainingProgress &p) {
        last = p;
        // The database gets at most one write a second, the GUI at most ten updates a second;
        // step ends and the first report always reach the GUI.
        const bool stepEnd = p.stepFraction >= 1.0;
        if (sinceWrite.elapsed() >= 1000) {
            sinceWrite.restart();
            persist(p);
        }
        if (firstSignal || stepEnd || sinceSignal.elapsed() >= 100) {
            firstSignal = false;
            sinceSignal.restart();
            QMetaObject::invokeMethod(
                queue, [queue, jobId, p] { queue->onJobProgress(jobId, p); }, Qt::QueuedConnection);
        }
    };

    JobResult result;
    try {
        result = m_executor(job, token, onProgress);
    } catch (const std::exception &e) {
        // Exceptions never cross into Qt's event loop; they end the job as failed.
        result = { JobStatus::Failed, QString::fromUtf8(e.what()).section(u'\n', 0, 0), 0 };
    } catch (...) {
        result = { JobStatus::Failed,
                   QCoreApplication::translate("modeldeck::QueueWorker", "Unknown error"), 0 };
    }
    if (result.status == JobStatus::Completed) {
        last.step = TrainingProgress::Step::Save;
        last.stepFraction = 1.0;
    }
    const JobProgressRow finalRow = progressRow(last, true, result.error);
    const Status finished = recordEnd(jobId, result, finalRow);
    if (!finished) {
        // The job stays "running" in the database; the next start-up marks it interrupted.
        result.error += u' '
            + QCoreApplication::translate("modeldeck::QueueWorker",
                                          "(Recording the end failed: %1)")
                  .arg(finished.error().message);
    }
    return result;
}

} // namespace modeldeck
