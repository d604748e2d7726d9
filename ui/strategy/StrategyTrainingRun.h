#pragma once
// One strategy training as Strategy Studio follows it: start, cancel, progress with an ETA,
// and the outcome. A seam: the page knows only these signals, so training can move from a
// direct facade call (now: StrategyFacade::train on a pool thread) to a queued job without
// the page changing. Progress is polled from the shared StrategyControl on a timer, so the GUI
// thread never waits and no signal crosses threads.

#include "backtest/StrategyOptimizer.h"
#include "domain/TrainingProgress.h"
#include "services/StrategyService.h"
#include "util/Result.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace modeldeck {

struct StrategyControl;
class WorkspaceSession;

class StrategyTrainingRun : public QObject
{
    Q_OBJECT
public:
    explicit StrategyTrainingRun(WorkspaceSession *session, QObject *parent = nullptr);
    ~StrategyTrainingRun() override;

    // False (and nothing starts) while a run is going.
    bool start(const StrategyTrainRequest &request);
    // Asks the run to stop; finished() follows with cancelled set.
    void cancel();
    bool isRunning() const { return m_running; }
    const StrategyTrainRequest &request() const { return m_request; }

Q_SIGNALS:
    void started();
    // At most ten times a second while something changed; etaSeconds < 0: still estimating.
    void progress(const modeldeck::StrategyProgress &progress, double etaSeconds);
    // `cancelled`: the user's cancel ended the run (the outcome is then its error).
    void finished(const modeldeck::Result<modeldeck::StrategyTrainOutcome> &outcome,
                  bool cancelled);

private:
    void poll();

    WorkspaceSession *m_session;
    QTimer m_timer;
    std::shared_ptr<StrategyControl> m_control;
    StrategyTrainRequest m_request;
    std::unique_ptr<EtaEstimator> m_eta;
    StrategyProgress m_last;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace modeldeck
