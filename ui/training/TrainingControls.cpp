#include "training/TrainingControls.h"

#include "domain/TrainingJob.h"
#include "queue/JobText.h"
#include "queue/QueueBinding.h"
#include "queue/TrainingQueue.h"
#include "training/AutoTrainDialog.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>
#include <algorithm>

namespace modeldeck {

namespace {

QAction *makeAction(QWidget *owner, const QString &icon, const QString &text,
                    const QKeySequence &shortcut)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, owner);
    action->setShortcut(shortcut);
    // The actions live on the main window; their shortcuts work anywhere in it.
    action->setShortcutContext(Qt::WindowShortcut);
    owner->addAction(action);
    return action;
}

// Tooltip and status tip: what the action does, with its shortcut.
void describe(QAction *action, const QString &what)
{
    const QString text = action->shortcut().isEmpty()
        ? what
        : QStringLiteral("%1 (%2)").arg(what,
                                        action->shortcut().toString(QKeySequence::NativeText));
    action->setToolTip(text);
    action->setStatusTip(what);
    action->setProperty("modeldeckDescription", text);
}

} // namespace

TrainingControls::TrainingControls(WorkspaceSession *session, QWidget *dialogParent)
    : QObject(dialogParent), m_binding(new QueueBinding(session, this)),
      m_dialogParent(dialogParent)
{
    // Ctrl+Shift+T: Ctrl+T is the standard "new tab" key.
    m_autoTrain = makeAction(dialogParent, QStringLiteral("system-run"), tr("&Auto-train…"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_start = makeAction(dialogParent, QStringLiteral("media-playback-start"), tr("&Start"),
                         QKeySequence(Qt::CTRL | Qt::Key_F5));
    m_pause = makeAction(dialogParent, QStringLiteral("media-playback-pause"), tr("&Pause"),
                         QKeySequence(Qt::Key_F6));
    m_resume = makeAction(dialogParent, QStringLiteral("media-playback-start"), tr("&Resume"),
                          QKeySequence(Qt::Key_F6));
    m_stop = makeAction(dialogParent, QStringLiteral("media-playback-stop"), tr("S&top"),
                        QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_forceStop = makeAction(dialogParent, QStringLiteral("process-stop"), tr("&Force Stop"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));

    describe(m_autoTrain, tr("Queue a training job for every chosen symbol, timeframe and bot"));
    describe(m_start, tr("Start training the waiting jobs, one after another"));
    describe(m_pause,
             tr("Pause the queue: the current job finishes, the waiting jobs stay queued"));
    describe(m_resume, tr("Resume the paused queue with the next waiting job"));
    describe(m_stop, tr("Stop the queue: the current job finishes, the waiting jobs are removed"));
    describe(m_forceStop,
             tr("Cancel the running job now (its progress is lost) and remove the waiting jobs"));
    for (QAction *a : { m_autoTrain, m_start, m_pause, m_resume, m_stop, m_forceStop })
        a->setObjectName(a->text().remove(u'&').remove(u'…').remove(u' ').toLower()
                         + QStringLiteral("Action"));

    connect(m_autoTrain, &QAction::triggered, this, &TrainingControls::showAutoTrain);
    // Each acts on whichever queue is current when triggered.
    const auto onQueue = [this](void (TrainingQueue::*call)()) {
        return [this, call] {
            if (TrainingQueue *q = m_binding->queue())
                (q->*call)();
        };
    };
    connect(m_start, &QAction::triggered, this, onQueue(&TrainingQueue::start));
    connect(m_pause, &QAction::triggered, this, onQueue(&TrainingQueue::pause));
    connect(m_resume, &QAction::triggered, this, onQueue(&TrainingQueue::resume));
    connect(m_stop, &QAction::triggered, this, onQueue(&TrainingQueue::stop));
    connect(m_forceStop, &QAction::triggered, this, &TrainingControls::forceStopWithConfirmation);

    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::warning(m_dialogParent, title, text,
                                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };

    connect(m_binding, &QueueBinding::queueChanged, this, &TrainingControls::bind);
    connect(m_binding, &QueueBinding::availabilityChanged, this, &TrainingControls::updateActions);
    connect(m_binding, &QueueBinding::unavailable, this, &TrainingControls::message);
    bind(m_binding->queue());
}

QList<QAction *> TrainingControls::actions() const
{
    return { m_autoTrain, nullptr, m_start, m_pause, m_resume, m_stop, m_forceStop };
}

void TrainingControls::bind(TrainingQueue *queue)
{
    if (queue) {
        connect(queue, &TrainingQueue::stateChanged, this, &TrainingControls::updateActions,
                Qt::UniqueConnection);
        connect(queue, &TrainingQueue::countsChanged, this, &TrainingControls::updateActions,
                Qt::UniqueConnection);
        connect(queue, &TrainingQueue::jobStarted, this, &TrainingControls::updateActions,
                Qt::UniqueConnection);
        connect(queue, &TrainingQueue::jobFinished, this, &TrainingControls::updateActions,
                Qt::UniqueConnection);
        connect(queue, &TrainingQueue::errorOccurred, this, &TrainingControls::message,
                Qt::UniqueConnection);
    }
    updateActions();
}

void TrainingControls::updateActions()
{
    TrainingQueue *queue = m_binding->queue();
    const bool canRun = m_binding->canRun();
    const auto state = queue ? queue->state() : TrainingQueue::State::Idle;
    const JobCounts counts = queue ? queue->counts() : JobCounts {};
    const bool jobRunning = queue && (counts.running > 0 || !queue->currentJobs().isEmpty());

    // Adding jobs needs no lock: the process that owns the queue picks them up.
    m_autoTrain->setEnabled(queue != nullptr && !m_dialog);
    // Start from Stopping too: the queue then keeps the finishing job and runs the new ones.
    m_start->setEnabled(
        canRun && counts.pending > 0
        && (state == TrainingQueue::State::Idle || state == TrainingQueue::State::Stopping));
    m_pause->setEnabled(canRun && state == TrainingQueue::State::Running);
    m_resume->setEnabled(canRun && state == TrainingQueue::State::Paused);
    m_stop->setEnabled(
        canRun
        && (state == TrainingQueue::State::Running || state == TrainingQueue::State::Paused));
    m_forceStop->setEnabled(canRun && jobRunning && !m_confirming);

    // Disabled for want of the queue: the tooltip says why instead of what the action does.
    const QString reason = m_binding->unavailableReason();
    for (QAction *a : { m_start, m_pause, m_resume, m_stop, m_forceStop }) {
        const QString description = a->property("modeldeckDescription").toString();
        a->setToolTip(canRun || reason.isEmpty() ? description : reason);
    }
    // Pause and Resume share F6 and a toolbar place; show the one that applies.
    m_resume->setVisible(state == TrainingQueue::State::Paused);
    m_pause->setVisible(state != TrainingQueue::State::Paused);
}

void TrainingControls::showAutoTrain()
{
    if (!m_binding->queue() || !m_binding->session())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new AutoTrainDialog(m_binding->session(), m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &AutoTrainDialog::queued, this, &TrainingControls::message);
    connect(m_dialog, &QObject::destroyed, this, &TrainingControls::updateActions);
    updateActions();
    // open(), not exec(): no nested event loop while the queue keeps reporting.
    m_dialog->open();
}

void TrainingControls::forceStopWithConfirmation()
{
    TrainingQueue *queue = m_binding->queue();
    if (!queue || !m_binding->canRun() || m_confirming)
        return;
    QPointer<TrainingControls> self(this);
    QPointer<TrainingQueue> guardedQueue(queue);
    QList<qint64> ids;
    QStringList titles;
    for (const TrainingJob &job : queue->currentJobs()) {
        ids << job.id;
        titles << JobText::title(job.spec);
    }
    m_confirming = true;
    updateActions();
    const int pending = queue->counts().pending;
    QString text = titles.isEmpty() ? tr("Force stop the training queue?")
                                    : tr("Cancel “%1” now?", nullptr, int(titles.size()))
                                          .arg(titles.join(QStringLiteral("”, “")));
    text += u"\n\n" + tr("Its training progress is lost and the run is recorded as cancelled.");
    if (pending > 0)
        text += u' ' + tr("%n waiting job(s) will be removed from the queue.", nullptr, pending);
    // The default confirmation runs a nested event loop: the queue may change meanwhile.
    const bool go = m_confirm(tr("Force Stop"), text);
    if (!self)
        return;
    m_confirming = false;
    if (go && guardedQueue) {
        // Only what was confirmed: if those jobs ended meanwhile, a later job is not cancelled.
        const QList<TrainingJob> now = guardedQueue->currentJobs();
        const bool stillRunning = ids.isEmpty()
            || std::any_of(now.begin(), now.end(),
                           [&](const TrainingJob &job) { return ids.contains(job.id); });
        if (stillRunning)
            guardedQueue->forceStop(tr("force-stopped by the user"));
        else
            Q_EMIT message(
                tr("The job finished before it could be stopped; nothing was cancelled."));
    }
    updateActions();
}

} // namespace modeldeck
