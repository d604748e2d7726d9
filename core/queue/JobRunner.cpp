#include "JobRunner.h"

#include "queue/TrainingQueue.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "training/CancellationToken.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

namespace modeldeck {

JobRunner::JobRunner(TrainingQueue *queue, std::shared_ptr<Database> database, TrainingJob job, JobExecutor executor,
                     std::shared_ptr<CancellationToken> token)
    : m_queue(queue)
    , m_database(std::move(database))
    , m_job(std::move(job))
    , m_executor(std::move(executor))
    , m_token(std::move(token))
{
    setAutoDelete(true);
}

void JobRunner::run()
{
    const qint64 jobId = m_job.id;
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
        row.currentIteration = p.epoch;
        row.totalIterations = p.epochs;
        if (p.valLoss >= 0)
            row.currentScore = p.valLoss;
        row.isComplete = complete;
        row.errorMessage = error;
        return row;
    };
    const auto persist = [&](const TrainingProgress &p) {
        auto db = m_database->connection();
        if (!db)
            return;
        const JobProgressRow row = progressRow(p, false, QString());
        // Also the heartbeat. A missed write only delays the display; the next one catches up,
        // and a job that stops writing altogether is what the stuck-job sweep is for.
        (void)JobRepository(*db).writeProgress(row);
    };

    TrainingProgress last;
    const ProgressCallback onProgress = [&](const TrainingProgress &p) {
        last = p;
        // The database gets at most one write a second (it doubles as the heartbeat; claiming
        // the job wrote the first one), the GUI at most ten updates a second; step ends and
        // the first report always reach the GUI.
        const bool stepEnd = p.stepFraction >= 1.0;
        if (sinceWrite.elapsed() >= 1000) {
            sinceWrite.restart();
            persist(p);
        }
        if (firstSignal || stepEnd || sinceSignal.elapsed() >= 100) {
            firstSignal = false;
            sinceSignal.restart();
            QMetaObject::invokeMethod(queue, [queue, jobId, p] { queue->onJobProgress(jobId, p); }, Qt::QueuedConnection);
        }
    };

    JobResult result;
    try {
        result = m_executor(m_job, *m_token, onProgress);
    } catch (const std::exception &e) {
        // Exceptions never cross into Qt's event loop; they end the job as failed.
        result = {JobStatus::Failed, QString::fromUtf8(e.what()).section(u'\n', 0, 0), 0};
    } catch (...) {
        result = {JobStatus::Failed, QCoreApplication::translate("modeldeck::JobRunner", "Unknown error"), 0};
    }
    if (result.status == JobStatus::Completed) {
        last.step = TrainingProgress::Step::Save;
        last.stepFraction = 1.0;
    }
    const JobProgressRow finalRow = progressRow(last, true, result.error);
    const Status finished = [&] {
        auto db = m_database->connection();
        return db ? JobRepository(*db).finish(jobId, result.status, result.error, result.recordId, &finalRow)
                  : Status(db.error());
    }();
    if (!finished) {
        // The job stays "running" in the database; the next start-up marks it interrupted.
        result.error += u' ' + QCoreApplication::translate("modeldeck::JobRunner", "(Recording the end failed: %1)")
                                   .arg(finished.error().message);
    }
    m_database->releaseThreadConnection();
    QMetaObject::invokeMethod(queue, [queue, jobId, result] { queue->onJobFinished(jobId, result); },
                              Qt::QueuedConnection);
}

} // namespace modeldeck
