#include "cards/ModelClearer.h"

#include "common/ConfirmBox.h"
#include "common/Guarded.h"
#include "session/WorkspaceSession.h"

#include <QLocale>
#include <QPointer>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

namespace {

bool askUser(QWidget *parent, const QString &title, const QString &text)
{
    return confirmDestructive(parent, title, text, ModelClearer::tr("&Delete"));
}

} // namespace

ModelClearer::ModelClearer(WorkspaceSession *session, QWidget *parent)
    : QObject(parent), m_session(session), m_dialogParent(parent), m_confirm(askUser)
{
}

void ModelClearer::setConfirmFunction(ConfirmFunction confirm)
{
    m_confirm = confirm ? std::move(confirm) : ConfirmFunction(askUser);
}

QCoro::Task<int> ModelClearer::clear(ArchiveScope scope, QString what)
{
    if (m_busy || !m_session->isOpen())
        co_return 0;
    QPointer<ModelClearer> self(this);
    m_busy = true;
    auto planned = guarded(this, m_session->records().planArchive(scope));
    auto planGuarded = co_await planned;
    if (!planGuarded)
        co_return 0;
    auto plan = std::move(*planGuarded);
    m_busy = false;
    if (!plan) {
        Q_EMIT message(tr("Error: %1").arg(plan.error().toString()), true);
        co_return 0;
    }
    if (plan->ids.empty()) {
        Q_EMIT message(tr("Nothing to clear: %1 is already archived.").arg(what), false);
        co_return 0;
    }
    const QLocale locale;
    // Counts as "label: number" read right for any count without plural forms.
    const QString text
        = tr("Clear %1?\n\nTraining records to archive: %2\nModel files to delete: %3 (%4 MB)\n\n"
             "The records stay in the history; the files cannot be recovered.")
              .arg(what, locale.toString(qint64(plan->ids.size())), locale.toString(plan->files),
                   locale.toString(plan->megabytes, 'f', 1));
    m_busy = true;
    const bool confirmed = m_confirm(m_dialogParent, tr("Clear models"), text);
    if (!self)
        co_return 0;
    if (!confirmed) {
        m_busy = false;
        Q_EMIT message(tr("Nothing was cleared."), false);
        co_return 0;
    }
    auto archiving = guarded(this, m_session->records().archive(plan->ids));
    auto reportGuarded = co_await archiving;
    if (!reportGuarded)
        co_return 0;
    auto report = std::move(*reportGuarded);
    m_busy = false;
    if (!report) {
        Q_EMIT message(tr("Error: nothing was cleared: %1").arg(report.error().toString()), true);
        co_return 0;
    }
    QString summary
        = tr("Cleared %1. Records archived: %2; files deleted: %3 (%4 MB).")
              .arg(what, locale.toString(report->archived), locale.toString(report->filesRemoved),
                   locale.toString(report->megabytesFreed, 'f', 1));
    if (!report->problems.isEmpty())
        summary += u' ' + tr("Error: %1").arg(report->problems.join(u' '));
    Q_EMIT message(summary, !report->problems.isEmpty());
    co_return report->archived;
}

} // namespace modeldeck
