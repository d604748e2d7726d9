#include "registry/SavedModelPrompts.h"

#include "common/Guarded.h"
#include "registry/ModelDetailsDialog.h"
#include "registry/ModelVersionsDialog.h"
#include "registry/SavedModelActions.h"
#include "services/ModelRegistry.h"
#include "session/WorkspaceSession.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

SavedModelPrompts::SavedModelPrompts(WorkspaceSession *session, SavedModelActions *actions,
                                     QWidget *parent)
    : QObject(parent), m_session(session), m_actions(actions), m_parent(parent)
{
}

QCoro::Task<> SavedModelPrompts::rename(QString name)
{
    QPointer<SavedModelPrompts> self(this);
    QString proposal = name;
    QString problem;
    for (;;) {
        bool ok = false;
        const QString label = problem.isEmpty()
            ? tr("New name for “%1” and all its versions:").arg(name)
            : tr("%1\n\nNew name for “%2” and all its versions:").arg(problem, name);
        proposal = QInputDialog::getText(m_parent, tr("Rename Model"), label, QLineEdit::Normal,
                                         proposal, &ok);
        if (!self || !ok || proposal == name)
            co_return;
        const Status valid = ModelRegistry::validateName(proposal);
        if (valid)
            break;
        problem = valid.error().message;
    }
    auto renaming = m_actions->rename(name, proposal);
    co_await renaming;
}

QCoro::Task<> SavedModelPrompts::retrain(QString name)
{
    QPointer<SavedModelPrompts> self(this);
    bool ok = false;
    const QString reason = QInputDialog::getText(
        m_parent, tr("Retrain Model"),
        tr("Queue a new version of “%1” with the settings of its active version.\n\n"
           "Reason (optional, kept with the job):")
            .arg(name),
        QLineEdit::Normal, QString(), &ok);
    if (!self || !ok)
        co_return;
    auto queueing = m_actions->retrain(name, reason);
    co_await queueing;
}

QCoro::Task<> SavedModelPrompts::editDetails(QString name, QString description, QStringList tags,
                                             QJsonObject metrics)
{
    QPointer<SavedModelPrompts> self(this);
    ModelDetailsDialog dialog(name, description, tags, metrics, m_parent);
    if (dialog.exec() != QDialog::Accepted || !self)
        co_return;
    auto saving = m_actions->setDetails(name, dialog.description(), dialog.tags());
    co_await saving;
}

QCoro::Task<> SavedModelPrompts::exportModel(QString name, int version)
{
    QPointer<SavedModelPrompts> self(this);
    const QString dir = QFileDialog::getExistingDirectory(
        m_parent, tr("Export “%1” v%2 to Folder").arg(name).arg(version),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!self || dir.isEmpty())
        co_return;
    auto exporting = m_actions->exportModel(name, version, dir);
    co_await exporting;
}

QCoro::Task<> SavedModelPrompts::versions(QString name)
{
    QPointer<SavedModelPrompts> self(this);
    auto loading = guarded(this, m_session->registry().versions(name));
    auto allGuarded = co_await loading;
    if (!allGuarded)
        co_return;
    auto all = std::move(*allGuarded);
    if (!all) {
        QMessageBox::warning(
            m_parent, tr("Versions"),
            tr("The versions of “%1” could not be listed:\n%2").arg(name, all.error().toString()));
        co_return;
    }
    ModelVersionsDialog dialog(*all, m_parent);
    if (dialog.exec() != QDialog::Accepted || !self || dialog.selectedVersion() <= 0)
        co_return;
    if (dialog.choice() == ModelVersionsDialog::Choice::Activate) {
        auto activating = m_actions->activate(name, dialog.selectedVersion());
        co_await activating;
    } else if (dialog.choice() == ModelVersionsDialog::Choice::Delete) {
        // The last version left: deleting it deletes the model, and the confirmation says so.
        const std::optional<int> version
            = all->size() > 1 ? std::optional<int>(dialog.selectedVersion()) : std::nullopt;
        auto removing = m_actions->remove(name, version);
        co_await removing;
    }
}

} // namespace modeldeck
