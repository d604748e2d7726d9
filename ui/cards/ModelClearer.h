#pragma once
// Clearing models as the user sees it: plan what a clear takes (off the GUI thread), ask
// for confirmation with the count and MB, archive and delete the files (off the GUI thread),
// and say what happened.

#include "services/ModelStore.h"

#include <QObject>
#include <functional>
#include <qcoro/qcorotask.h>

class QWidget;

namespace modeldeck {

class WorkspaceSession;

class ModelClearer : public QObject
{
    Q_OBJECT
public:
    // Asks the user to confirm a destructive action; true to go ahead. Replaceable for tests.
    using ConfirmFunction
        = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    // The session is not owned and outlives the clearer; dialogs are parented to `parent`.
    ModelClearer(WorkspaceSession *session, QWidget *parent);

    void setConfirmFunction(ConfirmFunction confirm);
    bool isBusy() const { return m_busy; }
    // `what` names the scope in messages ("all AAPL 1h models"). Returns how many records
    // were archived: 0 when there was nothing to clear, the user declined, or it failed.
    QCoro::Task<int> clear(ArchiveScope scope, QString what);

Q_SIGNALS:
    void message(const QString &text, bool error);

private:
    WorkspaceSession *m_session;
    QWidget *m_dialogParent;
    ConfirmFunction m_confirm;
    bool m_busy = false;
};

} // namespace modeldeck
