#pragma once
// The retraining schedule in the GUI (Settings ▸ Retraining): while it is on, a timer looks at
// the clock every check interval (and when a workspace opens); inside the window, once per
// window, it queues retrains of the stale active saved models (RetrainScheduler through the
// session's RetrainFacade, off the GUI thread), refreshing their price data first through
// RefreshThenTrain when asked. Also passes "retrain on drift" to the session. Owned by the
// main window; outcomes are reported through message().

#include "queue/RetrainScheduler.h"
#include "queue/RetrainSettings.h"

#include <QObject>
#include <QTimer>
#include <qcoro/qcorotask.h>

namespace modeldeck {

class RefreshThenTrain;
class WorkspaceSession;

class ScheduledRetrain : public QObject
{
    Q_OBJECT
public:
    // The session is not owned and must outlive this object.
    ScheduledRetrain(WorkspaceSession *session, QObject *parent = nullptr);

    // Starts, changes or stops the schedule and sets retraining on drift.
    void apply(const RetrainSettings &settings);
    const RetrainSettings &settings() const { return m_settings; }
    bool isScheduled() const { return m_timer.isActive(); }
    int intervalMs() const { return m_timer.interval(); }
    // Tests drive time; empty: the system clock.
    void setClock(RetrainScheduler::Clock clock) { m_clock = std::move(clock); }

    // One look at the clock (what the timer does); nothing while one is still running.
    QCoro::Task<> tick();

Q_SIGNALS:
    void message(const QString &text);
    // A tick ended (tests wait for it); `queued` new jobs.
    void ticked(int queued);

private:
    WorkspaceSession *m_session;
    RefreshThenTrain *m_refresh;
    RetrainSettings m_settings;
    RetrainScheduler::Clock m_clock;
    QTimer m_timer;
    bool m_ticking = false;
};

} // namespace modeldeck
