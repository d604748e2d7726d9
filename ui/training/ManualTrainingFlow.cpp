#include "training/ManualTrainingFlow.h"

#include "common/Guarded.h"
#include "domain/TrainingJob.h"
#include "queue/TrainingQueue.h"
#include "services/ManualResults.h"
#include "session/WorkspaceSession.h"
#include "training/SaveModelDialog.h"

#include <QMessageBox>
#include <QWidget>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

ManualTrainingFlow::ManualTrainingFlow(WorkspaceSession *session, QWidget *dialogParent,
                                       QObject *parent)
    : QObject(parent), m_session(session), m_dialogParent(dialogParent)
{
    connect(m_session, &WorkspaceSession::queueChanged, this, &ManualTrainingFlow::followQueue);
    if (m_session->queue())
        followQueue(m_session->queue());
}

void ManualTrainingFlow::followQueue(TrainingQueue *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    // Another workspace: what was waiting belongs to the old one.
    m_queue = queue;
    m_waiting.clear();
    m_offered.clear();
    if (m_dialog)
        m_dialog
            ->deleteLater(); // its result stays pending in its own workspace, offered there again
    if (!queue)
        return;
    connect(queue, &TrainingQueue::jobFinished, this, &ManualTrainingFlow::onJobFinished);
    offerUndecided();
}

void ManualTrainingFlow::offerUndecided()
{
    // Only the process that owns the queue asks: two windows on one workspace would otherwise
    // both offer the same result.
    if (m_queue && m_queue->isOwner())
        loadUndecided();
}

QCoro::Task<> ManualTrainingFlow::loadUndecided()
{
    auto loading = guarded(this, m_session->records().undecided());
    auto recordsGuarded = co_await loading;
    if (!recordsGuarded)
        co_return;
    auto records = std::move(*recordsGuarded);
    if (!records) {
        Q_EMIT message(
            tr("Could not look for unsaved training results: %1").arg(records.error().toString()),
            true);
        co_return;
    }
    if (!records->empty()) {
        Q_EMIT message(
            tr("%n trained model(s) from an earlier session wait for you to save or discard them.",
               nullptr, int(records->size())),
            false);
    }
    for (const TrainingRecord &r : *records)
        offer(r.id);
}

void ManualTrainingFlow::onJobFinished(const TrainingJob &job)
{
    if (!job.spec.manual)
        return;
    const JobSpec &spec = job.spec;
    const QString what = tr("%1 on %2 %3").arg(spec.bot, spec.symbol, spec.timeframe);
    switch (job.status) {
    case JobStatus::Completed:
        if (job.recordId > 0)
            offer(job.recordId);
        break;
    case JobStatus::Cancelled:
        reportFailure(job.id,
                      tr("Training %1 was cancelled; there is no model to save.").arg(what));
        break;
    default:
        reportFailure(job.id,
                      tr("Training %1 failed; there is no model to save.\n\n%2")
                          .arg(what,
                               job.errorMessage.isEmpty() ? tr("No reason was recorded.")
                                                          : job.errorMessage));
        break;
    }
}

void ManualTrainingFlow::reportFailure(qint64 jobId, const QString &text)
{
    Q_EMIT manualJobFailed(jobId, text);
    Q_EMIT message(QString(text).replace(QStringLiteral("\n\n"), QStringLiteral(" ")), true);
    if (!m_showFailures)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Manual training"), text, QMessageBox::Ok,
                                m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ManualTrainingFlow::offer(qint64 recordId)
{
    if (m_offered.contains(recordId))
        return;
    m_offered.insert(recordId);
    m_waiting << recordId;
    if (!m_showing)
        showNext();
}

QCoro::Task<> ManualTrainingFlow::showNext()
{
    while (!m_waiting.isEmpty()) {
        m_showing = true;
        const qint64 recordId = m_waiting.takeFirst();
        const QPointer<TrainingQueue> queue = m_queue;
        auto loading = guarded(this, m_session->records().loadUndecided(recordId));
        auto resultGuarded = co_await loading;
        if (!resultGuarded)
            co_return;
        auto result = std::move(*resultGuarded);
        if (queue != m_queue)
            continue; // the workspace changed meanwhile: its own results are waiting now
        if (!result) {
            Q_EMIT message(tr("Could not load training result %1: %2")
                               .arg(recordId)
                               .arg(result.error().toString()),
                           true);
            continue;
        }
        if (!result->has_value())
            continue; // decided elsewhere meanwhile, or its file went missing
        auto *dialog = new SaveModelDialog(m_session, std::move(**result), m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog = dialog;
        connect(dialog, &SaveModelDialog::saved, this, &ManualTrainingFlow::modelSaved);
        connect(dialog, &SaveModelDialog::discarded, this, &ManualTrainingFlow::resultDiscarded);
        connect(dialog, &SaveModelDialog::message, this, &ManualTrainingFlow::message);
        // The next result waits until this one is decided (or the dialog goes with its workspace).
        connect(dialog, &QObject::destroyed, this, [this] {
            m_showing = false;
            if (!m_waiting.isEmpty())
                showNext();
        });
        dialog->open();
        Q_EMIT dialogShown(dialog);
        co_return;
    }
    m_showing = false;
}

} // namespace modeldeck
