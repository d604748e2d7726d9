#pragma once
// The dialogs in front of saved-model actions that need input: a new name, description and
// tags, a folder to export to, a version to roll back to or delete. Each validates what it
// can before asking SavedModelActions to do the work off the GUI thread.

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <qcoro/qcorotask.h>

class QWidget;

namespace modeldeck {

class SavedModelActions;
class WorkspaceSession;

class SavedModelPrompts : public QObject
{
    Q_OBJECT
public:
    // Neither the session nor the actions are owned; both outlive the prompts.
    SavedModelPrompts(WorkspaceSession *session, SavedModelActions *actions, QWidget *parent);

    // Asks for a new name until it is valid or the user cancels.
    QCoro::Task<> rename(QString name);
    // `metrics` are the model's, for the dialog's skill warning.
    QCoro::Task<> editDetails(QString name, QString description, QStringList tags,
                              QJsonObject metrics = {});
    // Asks for a folder, then exports `version` there.
    QCoro::Task<> exportModel(QString name, int version);
    // Asks for an optional reason, then queues a retrain of `name`.
    QCoro::Task<> retrain(QString name);
    // Lists the versions (loaded off the GUI thread) to activate or delete one.
    QCoro::Task<> versions(QString name);

private:
    WorkspaceSession *m_session;
    SavedModelActions *m_actions;
    QWidget *m_parent;
};

} // namespace modeldeck
