#pragma once
// The training actions for the toolbar and the Training menu: Auto-train…, Start, Pause,
// Resume, Stop and Force Stop, each enabled only when it applies to the queue's state.
// Shortcuts: Ctrl+Shift+T, Ctrl+F5, F6 (Pause and Resume; never enabled together), Shift+F5,
// Ctrl+Shift+F5 (F5 alone is the window's Refresh).

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QWidget;

namespace modeldeck {

class AutoTrainDialog;
class QueueBinding;
class TrainingQueue;
class WorkspaceSession;

class TrainingControls : public QObject
{
    Q_OBJECT
public:
    // Asks a question; true to go ahead. The default shows a warning box over the dialog parent.
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;

    // `session` is not owned (it may be deleted first); dialogs open over `dialogParent`, which
    // also owns this object and the actions (their shortcuts work in its window).
    TrainingControls(WorkspaceSession *session, QWidget *dialogParent);

    QAction *autoTrainAction() const { return m_autoTrain; }
    QAction *startAction() const { return m_start; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *stopAction() const { return m_stop; }
    QAction *forceStopAction() const { return m_forceStop; }
    // In toolbar and menu order, with a null entry where a separator belongs.
    QList<QAction *> actions() const;

    // The open Auto-train dialog, if any (for tests and for the lead's integration).
    AutoTrainDialog *autoTrainDialog() const { return m_dialog; }
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

public Q_SLOTS:
    void showAutoTrain();
    // Names the running job(s) in a confirmation, then cancels them if still running.
    void forceStopWithConfirmation();

Q_SIGNALS:
    // Something for the status bar: a result, an error, why the queue cannot run.
    void message(const QString &text);

private:
    void bind(TrainingQueue *queue);
    void updateActions();

    QueueBinding *m_binding;
    QWidget *m_dialogParent;
    QAction *m_autoTrain;
    QAction *m_start;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_stop;
    QAction *m_forceStop;
    QPointer<AutoTrainDialog> m_dialog;
    Confirmation m_confirm;
    bool m_confirming = false;
};

} // namespace modeldeck
