#include "training/ScheduledRetrain.h"

#include "common/Guarded.h"
#include "download/RefreshThenTrain.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"

#include <QPointer>

namespace modeldeck {

ScheduledRetrain::ScheduledRetrain(WorkspaceSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_refresh(new RefreshThenTrain(session, this))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    // A workspace opened inside the window need not wait a whole interval.
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        if (m_timer.isActive())
            tick();
    });
    connect(m_refresh, &RefreshThenTrain::refreshFailed, this, [this](const QStringList &failures) {
        Q_EMIT message(tr("Refreshing before scheduled retraining failed for: %1")
                           .arg(failures.join(QStringLiteral("; "))));
    });
}

void ScheduledRetrain::apply(const RetrainSettings &settings)
{
    m_settings = settings;
    m_session->setRetrainOnDrift(settings.retrainOnDrift);
    if (!settings.scheduleEnabled) {
        m_timer.stop();
        return;
    }
    m_timer.start(settings.checkMinutes * 60 * 1000);
    if (m_session->isOpen())
        tick();
}

QCoro::Task<> ScheduledRetrain::tick()
{
    if (m_ticking || !m_session->isOpen())
        co_return;
    m_ticking = true;
    QPointer<ScheduledRetrain> self(this);
    const RetrainSettings settings = m_settings;
    auto planning = guarded(this, m_session->retraining().planSchedule(settings, m_clock));
    auto planned = co_await planning;
    if (!planned)
        co_return; // this object is gone
    if (!*planned) {
        m_ticking = false;
        Q_EMIT message(tr("Scheduled retraining could not look for stale models: %1")
                           .arg(planned->error().message));
        Q_EMIT ticked(0);
        co_return;
    }
    const SchedulePlan plan = std::move(**planned);
    if (plan.outcome != SchedulePlan::Outcome::Due) {
        m_ticking = false;
        Q_EMIT ticked(0);
        co_return;
    }
    if (settings.refreshFirst && !plan.due.empty()) {
        // Series never downloaded are skipped; a failed refresh still retrains on what is there.
        auto refreshing = guarded(this, m_refresh->run(plan.series(), {}));
        if (!co_await refreshing)
            co_return;
    }
    auto running = guarded(this, m_session->retraining().runSchedule(plan));
    auto ran = co_await running;
    if (!ran)
        co_return;
    m_ticking = false;
    if (!*ran) {
        Q_EMIT message(tr("Scheduled retraining failed: %1").arg(ran->error().message));
        Q_EMIT ticked(0);
        co_return;
    }
    const int queued = int((*ran)->queued.size());
    if (queued > 0 && m_session->queue())
        m_session->queue()->noticeQueuedElsewhere(queued);
    QString text = plan.due.empty()
        ? tr("Scheduled retraining: no active model is older than %n hour(s).", nullptr,
             settings.ageHours)
        : tr("Scheduled retraining queued %n job(s)", nullptr, queued);
    if ((*ran)->alreadyQueued > 0)
        text += tr("; %n already queued", nullptr, (*ran)->alreadyQueued);
    if (!(*ran)->failures.isEmpty())
        text += tr("; not retrained: %1").arg((*ran)->failures.join(QStringLiteral("; ")));
    Q_EMIT message(text);
    Q_EMIT ticked(queued);
}

} // namespace modeldeck
