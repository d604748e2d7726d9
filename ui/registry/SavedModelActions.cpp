#include "registry/SavedModelActions.h"

#include "common/ConfirmBox.h"
#include "common/Guarded.h"
#include "common/SkillWarning.h"
#include "registry/SavedModelListModel.h"
#include "services/ModelRegistry.h"
#include "session/WorkspaceSession.h"

#include <QFile>
#include <QLocale>
#include <QPointer>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

namespace {

bool askUser(QWidget *parent, const QString &title, const QString &text, const QString &accept)
{
    return confirmDestructive(parent, title, text, accept);
}

QString modelText(const RegisteredModel &m)
{
    return SavedModelActions::tr("“%1” v%2").arg(m.name).arg(m.version);
}

} // namespace

SavedModelActions::SavedModelActions(WorkspaceSession *session, QWidget *parent)
    : QObject(parent), m_session(session), m_dialogParent(parent), m_confirm(askUser)
{
}

void SavedModelActions::setConfirmFunction(ConfirmFunction confirm)
{
    m_confirm = confirm ? std::move(confirm) : ConfirmFunction(askUser);
}

void SavedModelActions::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

bool SavedModelActions::confirm(const QString &title, const QString &text,
                                const QString &accept) const
{
    return m_confirm(m_dialogParent, title, text, accept);
}

QCoro::Task<bool> SavedModelActions::activate(QString name, int version, bool askFirst,
                                              ActivateFunction how)
{
    if (m_busy || !m_session->isOpen())
        co_return false;
    QPointer<SavedModelActions> self(this);
    setBusy(true);
    auto planning = guarded(this, m_session->registry().planActivation(name, version));
    auto planGuarded = co_await planning;
    if (!planGuarded)
        co_return false;
    auto plan = std::move(*planGuarded);
    if (!plan) {
        setBusy(false);
        Q_EMIT message(tr("Error: %1 v%2 could not be activated: %3")
                           .arg(name)
                           .arg(version)
                           .arg(plan.error().toString()),
                       true);
        co_return false;
    }
    const RegisteredModel &target = plan->target;
    const QString series = tr("%1 %2").arg(target.symbol, target.timeframe);
    if (plan->current && plan->current->id == target.id) {
        setBusy(false);
        Q_EMIT message(tr("%1 is already the active model for %2.").arg(modelText(target), series),
                       false);
        co_return false;
    }
    if (askFirst) {
        const QString replaces = plan->current
            ? tr("It replaces %1, which stays saved and can be activated again.")
                  .arg(modelText(*plan->current))
            : tr("No model is active for %1 yet.").arg(series);
        QString text
            = tr("Make %1 the active model for %2?\n\n%3").arg(modelText(target), series, replaces);
        // Predictions would come from a model that loses to "tomorrow = today": say so here,
        // where the choice is made, not only on the card.
        if (const QString warning = SkillWarning::text(target.metrics); !warning.isEmpty())
            text += QStringLiteral("\n\n") + warning;
        const bool go = confirm(tr("Activate model"), text, tr("&Activate"));
        if (!self)
            co_return false;
        if (!go) {
            setBusy(false);
            Q_EMIT message(tr("Nothing changed: %1 was not activated.").arg(modelText(target)),
                           false);
            co_return false;
        }
    }
    auto activating = guarded(this, how ? how() : m_session->registry().activate(name, version));
    auto doneGuarded = co_await activating;
    if (!doneGuarded)
        co_return false;
    auto done = std::move(*doneGuarded);
    setBusy(false);
    if (!done) {
        Q_EMIT message(tr("Error: %1 could not be activated: %2")
                           .arg(modelText(target), done.error().toString()),
                       true);
        co_return false;
    }
    Q_EMIT message(done->replaced
                       ? tr("%1 is now the active model for %2 (replacing %3).")
                             .arg(modelText(target), series, modelText(*done->replaced))
                       : tr("%1 is now the active model for %2.").arg(modelText(target), series),
                   false);
    Q_EMIT activated(target.symbol, target.timeframe, target.name, target.version);
    Q_EMIT changed();
    co_return true;
}

QCoro::Task<bool> SavedModelActions::rename(QString oldName, QString newName)
{
    if (m_busy || !m_session->isOpen() || oldName == newName)
        co_return false;
    setBusy(true);
    auto renaming = guarded(this, m_session->registry().rename(oldName, newName));
    auto doneGuarded = co_await renaming;
    if (!doneGuarded)
        co_return false;
    auto done = std::move(*doneGuarded);
    setBusy(false);
    if (!done) {
        Q_EMIT message(
            tr("Error: “%1” could not be renamed: %2").arg(oldName, done.error().toString()), true);
        co_return false;
    }
    Q_EMIT message(
        tr("Renamed “%1” to “%2”; its versions and files are unchanged.").arg(oldName, newName),
        false);
    Q_EMIT changed();
    co_return true;
}

QCoro::Task<bool> SavedModelActions::setDetails(QString name, QString description, QStringList tags)
{
    if (m_busy || !m_session->isOpen())
        co_return false;
    setBusy(true);
    auto saving = guarded(this, m_session->registry().setDetails(name, description, tags));
    auto doneGuarded = co_await saving;
    if (!doneGuarded)
        co_return false;
    auto done = std::move(*doneGuarded);
    setBusy(false);
    if (!done) {
        Q_EMIT message(tr("Error: the description and tags of “%1” were not saved: %2")
                           .arg(name, done.error().toString()),
                       true);
        co_return false;
    }
    Q_EMIT message(tr("Saved the description and tags of “%1”.").arg(name), false);
    Q_EMIT changed();
    co_return true;
}

QCoro::Task<bool> SavedModelActions::exportModel(QString name, int version, QString dir)
{
    if (m_busy || !m_session->isOpen() || dir.isEmpty())
        co_return false;
    QPointer<SavedModelActions> self(this);
    setBusy(true);
    auto planning = guarded(this, m_session->registry().planExport(name, version, dir));
    auto planGuarded = co_await planning;
    if (!planGuarded)
        co_return false;
    auto plan = std::move(*planGuarded);
    const QString what = tr("“%1” v%2").arg(name).arg(version);
    if (!plan) {
        setBusy(false);
        Q_EMIT message(tr("Error: %1 could not be exported: %2").arg(what, plan.error().toString()),
                       true);
        co_return false;
    }
    const bool overwrite = !plan->existing.isEmpty();
    if (overwrite) {
        const bool go = confirm(tr("Replace files"),
                                tr("These files already exist and will be replaced by %1:\n\n%2")
                                    .arg(what, plan->existing.join(u'\n')),
                                tr("&Replace"));
        if (!self)
            co_return false;
        if (!go) {
            setBusy(false);
            Q_EMIT message(tr("Nothing was exported."), false);
            co_return false;
        }
    }
    auto exporting
        = guarded(this, m_session->registry().exportModel(name, version, dir, overwrite));
    auto doneGuarded = co_await exporting;
    if (!doneGuarded)
        co_return false;
    auto done = std::move(*doneGuarded);
    setBusy(false);
    if (!done) {
        Q_EMIT message(tr("Error: %1 could not be exported: %2").arg(what, done.error().toString()),
                       true);
        co_return false;
    }
    Q_EMIT message(tr("Exported %1 to %2 and %3.").arg(what, done->modelFile, done->sidecarFile),
                   false);
    co_return true;
}

QCoro::Task<bool> SavedModelActions::remove(QString name, std::optional<int> version)
{
    if (m_busy || !m_session->isOpen())
        co_return false;
    QPointer<SavedModelActions> self(this);
    setBusy(true);
    auto listing = guarded(this, m_session->registry().versions(name));
    auto allGuarded = co_await listing;
    if (!allGuarded)
        co_return false;
    auto all = std::move(*allGuarded);
    const QString what = version ? tr("“%1” v%2").arg(name).arg(*version) : tr("“%1”").arg(name);
    if (!all) {
        setBusy(false);
        Q_EMIT message(tr("Error: %1 could not be deleted: %2").arg(what, all.error().toString()),
                       true);
        co_return false;
    }
    int count = 0;
    qint64 bytes = 0;
    const RegisteredModel *active = nullptr;
    for (const RegisteredModel &m : *all) {
        if (version && m.version != *version)
            continue;
        ++count;
        bytes += std::max<qint64>(0, m.fileSize);
        if (m.active)
            active = &m;
    }
    if (count == 0) {
        setBusy(false);
        Q_EMIT message(tr("Error: %1 could not be deleted: it has no such version.").arg(what),
                       true);
        co_return false;
    }
    const QLocale locale;
    QString text = version ? tr("Delete version %1 of “%2”?").arg(*version).arg(name)
                           : tr("Delete “%1” and all its versions?").arg(name);
    text += QStringLiteral("\n\n")
        + tr("Versions to delete: %1\nModel files: %2")
              .arg(locale.toString(count), SavedModelListModel::sizeText(bytes));
    if (active) {
        text += QStringLiteral("\n\n")
            + tr("This is the active model for %1 %2: that series will have no active model until "
                 "you activate another.")
                  .arg(active->symbol, active->timeframe);
    }
    text += QStringLiteral("\n\n") + tr("The files cannot be recovered.");
    const bool go = confirm(tr("Delete saved model"), text, tr("&Delete"));
    if (!self)
        co_return false;
    if (!go) {
        setBusy(false);
        Q_EMIT message(tr("Nothing was deleted."), false);
        co_return false;
    }
    auto removing = guarded(this, m_session->registry().remove(name, version));
    auto doneGuarded = co_await removing;
    if (!doneGuarded)
        co_return false;
    auto done = std::move(*doneGuarded);
    setBusy(false);
    if (!done) {
        Q_EMIT message(tr("Error: %1 could not be deleted: %2").arg(what, done.error().toString()),
                       true);
        co_return false;
    }
    QString summary = tr("Deleted %1: versions: %2, freed %3.")
                          .arg(what, locale.toString(done->versions),
                               SavedModelListModel::sizeText(done->bytes));
    if (done->filesLeft > 0)
        summary += u' '
            + tr("Files that could not be removed: %1 (the next clean-up of the models folder "
                 "removes them).")
                  .arg(locale.toString(done->filesLeft));
    Q_EMIT message(summary, done->filesLeft > 0);
    Q_EMIT changed();
    co_return true;
}

QCoro::Task<bool> SavedModelActions::retrain(QString name, QString reason)
{
    if (m_busy || !m_session->isOpen())
        co_return false;
    setBusy(true);
    RetrainRequest request;
    request.modelName = name;
    request.trigger = RetrainTriggerKind::Manual;
    request.reason = reason;
    auto queueing = guarded(this, m_session->retrain(std::move(request)));
    auto ticketGuarded = co_await queueing;
    if (!ticketGuarded)
        co_return false;
    auto ticket = std::move(*ticketGuarded);
    setBusy(false);
    if (!ticket) {
        Q_EMIT message(tr("Error: %1").arg(ticket.error().message), true);
        co_return false;
    }
    const QString eta = RetrainEtaEstimate::describe(ticket->eta);
    Q_EMIT message(ticket->duplicate
                       ? tr("Already queued as job %1 — %2").arg(ticket->jobId).arg(eta)
                       : tr("Queued job %1 — %2").arg(ticket->jobId).arg(eta),
                   false);
    co_return true;
}

} // namespace modeldeck
