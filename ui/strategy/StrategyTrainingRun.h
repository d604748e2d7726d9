#pragma once
// One strategy training as Strategy Studio follows it: start, cancel, progress with an ETA,
// and the outcome. A seam: the page knows only these signals. Training runs as a job of the
// workspace's TrainingQueue (queue/StrategyJob), followed through jobStarted / jobProgress /
// jobFinished and loaded with StrategyFacade::jobResult when it completes; Cancel removes a
// pending job or cancels the running one. When this process does not own the queue (another
// window or `queue run` does), the job would run elsewhere unseen, so the run falls back to a
// direct StrategyFacade::train on the pool, its progress polled from the shared
// StrategyControl on a timer. Either way the GUI thread never waits.

#include "backtest/StrategyOptimizer.h"
#include "domain/TrainingJob.h"
#include "domain/TrainingProgress.h"
#include "services/StrategyService.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qcoro/qcorotask.h>

namespace modeldeck {

struct StrategyControl;
class TrainingQueue;
class WorkspaceSession;

class StrategyTrainingRun : public QObject
{
    Q_OBJECT
public:
    explicit StrategyTrainingRun(WorkspaceSession *session, QObject *parent = nullptr);
    ~StrategyTrainingRun() override;

    // False (and nothing starts) while a run is going; also when the job cannot be queued,
    // with lastError() saying why.
    bool start(const StrategyTrainRequest &request);
    // Asks the run to stop; finished() follows with cancelled set.
    void cancel();
    bool isRunning() const { return m_running; }
    // The queue's job (0: none, or the direct path).
    qint64 jobId() const { return m_jobId; }
    bool usesQueue() const { return m_jobId > 0; }
    const StrategyTrainRequest &request() const { return m_request; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void started();
    // The job is in the queue (`existed`: the identical job was already there, now followed);
    // `note` says what the user should know (a paused queue), or is empty.
    void queued(qint64 jobId, bool existed, const QString &note);
    // At most ten times a second while something changed; etaSeconds < 0: still estimating.
    void progress(const modeldeck::StrategyProgress &progress, double etaSeconds);
    // `cancelled`: the user's cancel ended the run (the outcome is then its error).
    void finished(const modeldeck::Result<modeldeck::StrategyTrainOutcome> &outcome,
                  bool cancelled);

private:
    void followQueue(TrainingQueue *queue);
    bool startQueued(TrainingQueue *queue);
    void startDirect();
    void onJobProgress(qint64 jobId, const TrainingProgress &progress);
    void onJobFinished(const TrainingJob &job);
    QCoro::Task<> loadResult(qint64 jobId);
    void end(const Result<StrategyTrainOutcome> &outcome);
    void poll();

    WorkspaceSession *m_session;
    QPointer<TrainingQueue> m_queue;
    QTimer m_timer;
    std::shared_ptr<StrategyControl> m_control;
    StrategyTrainRequest m_request;
    std::unique_ptr<EtaEstimator> m_eta;
    StrategyProgress m_last;
    qint64 m_jobId = 0;
    QString m_lastError;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace modeldeck
