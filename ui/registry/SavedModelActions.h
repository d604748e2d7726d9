#pragma once
// What the user can do to a saved model, as the GUI does it: each action asks what it must
// (with what will change or be lost), runs the registry write on a pool thread, and reports
// one message naming the model and what happened or failed. Prompts for names and folders
// are the page's; confirmations go through a replaceable function so tests can answer them.

#include "services/ModelRegistry.h"
#include "util/Result.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>
#include <qcoro/qcorotask.h>

class QWidget;

namespace modeldeck {

class WorkspaceSession;

class SavedModelActions : public QObject
{
    Q_OBJECT
public:
    // Asks the user to confirm; true to go ahead. `accept` is the label of the go-ahead button.
    using ConfirmFunction = std::function<bool(QWidget *parent, const QString &title,
                                               const QString &text, const QString &accept)>;

    // The session is not owned and outlives the actions; dialogs are parented to `parent`.
    SavedModelActions(WorkspaceSession *session, QWidget *parent);

    void setConfirmFunction(ConfirmFunction confirm);
    bool isBusy() const { return m_busy; }

    // Each returns true when the registry changed. Busy (another action runs): false at once.
    // Runs the activation itself once confirmed (default: the registry's activate(name,
    // version)); an A/B test's "Activate winner" also marks its test, in the same transaction.
    using ActivateFunction = std::function<QCoro::Task<Result<Activation>>()>;

    // Makes `version` the active model of its series, after confirming which one it replaces.
    QCoro::Task<bool> activate(QString name, int version, bool confirm = true,
                               ActivateFunction how = {});
    QCoro::Task<bool> rename(QString oldName, QString newName);
    QCoro::Task<bool> setDetails(QString name, QString description, QStringList tags);
    // Writes NAME-vN.pt and .json into `dir`, asking before replacing existing files.
    QCoro::Task<bool> exportModel(QString name, int version, QString dir);
    // One version, or every version when `version` is empty; confirms with the count, MB and
    // the series left without an active model.
    QCoro::Task<bool> remove(QString name, std::optional<int> version);
    // Queues a new version of `name` with its active version's settings (RetrainTrigger,
    // trigger "manual", `reason` kept with the job) and says "Queued job 42 — about 3 min" or
    // "Already queued as job 40". True when a job is queued (new or the identical one).
    QCoro::Task<bool> retrain(QString name, QString reason);

Q_SIGNALS:
    void message(const QString &text, bool error);
    // The registry changed: views reload.
    void changed();
    // After a successful activate(): `name` v`version` is the active model of the series.
    void activated(const QString &symbol, const QString &timeframe, const QString &name,
                   int version);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    bool confirm(const QString &title, const QString &text, const QString &accept) const;

    WorkspaceSession *m_session;
    QWidget *m_dialogParent;
    ConfirmFunction m_confirm;
    bool m_busy = false;
};

} // namespace modeldeck
