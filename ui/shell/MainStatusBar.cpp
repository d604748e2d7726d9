#include "shell/MainStatusBar.h"

#include "common/ElidedLabel.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"

#include <QDir>
#include <QToolButton>

namespace modeldeck {

MainStatusBar::MainStatusBar(WorkspaceSession *session, QWidget *parent)
    : QStatusBar(parent), m_session(session), m_alertsButton(new QToolButton(this)),
      m_queueLabel(new ElidedLabel(Qt::ElideRight, this)),
      m_workspaceLabel(new ElidedLabel(Qt::ElideMiddle, this)) // a path's both ends matter
{
    m_queueLabel->setObjectName(QStringLiteral("queueStatus"));
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceStatus"));
    m_alertsButton->setObjectName(QStringLiteral("alertsStatus"));
    m_alertsButton->setAutoRaise(true);
    m_alertsButton->setToolTip(tr("Show the Alerts panel"));
    m_alertsButton->hide();
    connect(m_alertsButton, &QToolButton::clicked, this, &MainStatusBar::alertsRequested);
    addPermanentWidget(m_alertsButton);
    addPermanentWidget(m_queueLabel);
    addPermanentWidget(m_workspaceLabel);
    connect(m_session, &WorkspaceSession::queueChanged, this, [this](TrainingQueue *queue) {
        connect(queue, &TrainingQueue::countsChanged, this, &MainStatusBar::updateQueue);
        connect(queue, &TrainingQueue::stateChanged, this, &MainStatusBar::updateQueue);
        updateQueue();
        noteRecovery(queue->recoveredJobs(), queue->startupCleanup());
        connect(queue, &TrainingQueue::startupCleanupFinished, this,
                [this, queue](const QString &error) {
                    if (error.isEmpty())
                        noteRecovery(queue->recoveredJobs(), queue->startupCleanup());
                    else
                        showMessage(tr("Model files were not checked at start-up: %1").arg(error));
                });
    });
    connect(m_session, &WorkspaceSession::queueUnavailable, this, [this](const QString &message) {
        m_queueLabel->setText(tr("Queue: owned by another process"));
        m_queueLabel->setToolTip(message);
    });
    connect(m_session, &WorkspaceSession::opened, this, [this](const QString &dir) {
        m_workspaceLabel->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(dir)));
    });
    connect(m_session, &WorkspaceSession::symbolsChanged, this, &MainStatusBar::showSummary);
}

void MainStatusBar::setOpenAlerts(int open)
{
    m_alertsButton->setText(QStringLiteral("⚠ ") + tr("%n open alert(s)", nullptr, open));
    m_alertsButton->setVisible(open > 0);
}

QString MainStatusBar::queueText() const
{
    return m_queueLabel->text();
}

QString MainStatusBar::workspaceText() const
{
    return m_workspaceLabel->text();
}

void MainStatusBar::showSummary()
{
    const int symbols = int(m_session->symbols().size());
    if (symbols > 0 && !m_recoveryNote.isEmpty())
        showMessage(tr("%n symbol(s)", nullptr, symbols) + QStringLiteral(" · ") + m_recoveryNote);
    else if (symbols > 0)
        showMessage(tr("%n symbol(s)", nullptr, symbols));
    else if (m_session->isOpen()) // replaces "Opening …"
        showMessage(tr("No price history yet: Data ▸ Import CSV… or Data ▸ Download…"));
}

void MainStatusBar::noteRecovery(const RecoveredJobs &recovered, const ReconcileReport &cleanup)
{
    QStringList parts;
    // Each removed file is also logged by name (category modeldeck.models).
    if (!cleanup.removedFiles.isEmpty())
        parts << tr("%n unreferenced model file(s) removed", nullptr,
                    int(cleanup.removedFiles.size()));
    if (cleanup.recordsMissingFile > 0)
        parts << tr("%n model(s) marked failed: model file missing", nullptr,
                    cleanup.recordsMissingFile);
    if (recovered.completed > 0)
        parts << tr("%n job(s) saved just before ModelDeck stopped marked completed", nullptr,
                    recovered.completed);
    if (recovered.requeued > 0)
        parts << tr("%n job(s) interrupted when ModelDeck stopped are queued again", nullptr,
                    recovered.requeued);
    if (recovered.poisoned > 0)
        parts << tr("%n job(s) failed after %1 interruptions in a row", nullptr, recovered.poisoned)
                     .arg(RecoveredJobs::kMaxInterruptions);
    m_recoveryNote = parts.join(QStringLiteral("; "));
    if (!m_recoveryNote.isEmpty())
        showMessage(m_recoveryNote);
}

void MainStatusBar::updateQueue()
{
    const TrainingQueue *queue = m_session->queue();
    if (!queue || !queue->isOwner())
        return;
    const JobCounts c = queue->counts();
    QString state;
    switch (queue->state()) {
    case TrainingQueue::State::Idle:
        state = tr("idle");
        break;
    case TrainingQueue::State::Running:
        state = tr("running");
        break;
    case TrainingQueue::State::Paused:
        state = tr("paused");
        break;
    case TrainingQueue::State::Stopping:
        state = tr("stopping");
        break;
    }
    m_queueLabel->setText(tr("Queue %1: %2 running · %3 pending · %4 done · %5 failed")
                              .arg(state)
                              .arg(c.running)
                              .arg(c.pending)
                              .arg(c.completed)
                              .arg(c.failed));
}

void MainStatusBar::showDemoTraining(int jobs)
{
    TrainingQueue *queue = m_session->queue();
    if (!queue)
        return;
    // A newcomer's first word on what is going on, so it stays longer than the usual few seconds
    // (capped, in case the queue is paused and left); short, as the queue and workspace labels
    // share the bar's width.
    const QString text = tr("Training %n demo model(s) on the sample data…", nullptr, jobs);
    showMessage(text, 10 * 60 * 1000);
    connect(
        queue, &TrainingQueue::drained, this,
        [this, text] {
            if (currentMessage() == text)
                showSummary();
        },
        Qt::SingleShotConnection);
}

} // namespace modeldeck
