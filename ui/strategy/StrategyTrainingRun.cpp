#include "strategy/StrategyTrainingRun.h"

#include "services/StrategyFacade.h"
#include "session/WorkspaceSession.h"

#include <QPointer>

namespace modeldeck {

namespace {

bool sameProgress(const StrategyProgress &a, const StrategyProgress &b)
{
    return a.step == b.step && a.fraction == b.fraction && a.iteration == b.iteration
        && a.fold == b.fold && a.bestObjective == b.bestObjective
        && a.currentObjective == b.currentObjective;
}

} // namespace

StrategyTrainingRun::StrategyTrainingRun(WorkspaceSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &StrategyTrainingRun::poll);
}

StrategyTrainingRun::~StrategyTrainingRun()
{
    // The pool task keeps its own copy of the control; stop it rather than let it run on
    // unseen.
    if (m_running && m_control)
        m_control->token.cancel(tr("Strategy Studio closed"));
}

bool StrategyTrainingRun::start(const StrategyTrainRequest &request)
{
    if (m_running || !m_session->isOpen())
        return false;
    m_running = true;
    m_cancelled = false;
    m_request = request;
    m_control = std::make_shared<StrategyControl>();
    m_eta = std::make_unique<EtaEstimator>();
    m_last = StrategyProgress {};
    m_last.fraction = -1; // the first poll always reports
    m_timer.start();
    Q_EMIT started();
    const std::shared_ptr<StrategyControl> control = m_control;
    QCoro::connect(m_session->strategy().train(request, control), this,
                   [this, control](Result<StrategyTrainOutcome> outcome) {
                       if (control != m_control)
                           return; // a run this object no longer follows
                       poll(); // the last step, so the panel ends where the run did
                       m_timer.stop();
                       m_running = false;
                       Q_EMIT finished(outcome, m_cancelled);
                   });
    return true;
}

void StrategyTrainingRun::cancel()
{
    if (!m_running || !m_control)
        return;
    m_cancelled = true;
    m_control->token.cancel(tr("cancelled by the user"));
}

void StrategyTrainingRun::poll()
{
    if (!m_control)
        return;
    const StrategyProgress latest = m_control->latest();
    if (sameProgress(latest, m_last))
        return;
    m_last = latest;
    Q_EMIT progress(latest, m_eta->update(latest.fraction));
}

} // namespace modeldeck
