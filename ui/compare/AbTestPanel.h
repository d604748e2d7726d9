#pragma once
// The A/B part of the comparison dialog, for exactly two saved models of one series: "Run A/B
// Test" scores both on the same recent bars on a pool thread (progress bar, Cancel), says the
// Diebold–Mariano verdict in words, offers "Activate Winner" (through SavedModelActions, so
// with the same confirmation as everywhere else; only for a winner that is not active yet) and
// lists the pair's past tests.

#include "domain/AbTestRecord.h"
#include "domain/RegisteredModel.h"
#include "services/CompareFacade.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <qcoro/qcorotask.h>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace modeldeck {

class SavedModelActions;
class WorkspaceSession;

class AbTestPanel : public QWidget
{
    Q_OBJECT
public:
    // Neither is owned; both outlive the panel.
    AbTestPanel(WorkspaceSession *session, SavedModelActions *actions, QWidget *parent = nullptr);

    // The two models (as loaded by the comparison). Enables the run when they can be A/B
    // tested, else says why; loads their past tests.
    void setModels(const RegisteredModel &a, const RegisteredModel &b);

    QCoro::Task<> run();
    void cancel();
    QCoro::Task<> activateWinner();
    QCoro::Task<> reloadHistory();

    bool isRunning() const { return m_control != nullptr; }
    const std::optional<AbTestRecord> &lastTest() const { return m_last; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *activateButton() const { return m_activate; }
    QSpinBox *windowBox() const { return m_window; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *resultLabel() const { return m_result; }
    QTreeWidget *historyView() const { return m_history; }

Q_SIGNALS:
    // A run ended: stored (true), or failed or cancelled (false).
    void finished(bool stored);
    void historyLoaded(int tests);
    // The winner was activated (and its test marked).
    void winnerActivated();

private:
    void updateState();
    void pollProgress();

    WorkspaceSession *m_session;
    SavedModelActions *m_actions;
    std::optional<RegisteredModel> m_a;
    std::optional<RegisteredModel> m_b;
    QString m_refusal; // why these two cannot be A/B tested
    std::optional<AbTestRecord> m_last;
    bool m_winnerActive = false;
    std::shared_ptr<AbTestControl> m_control;
    QSpinBox *m_window;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_activate;
    QProgressBar *m_progress;
    QLabel *m_result;
    QTreeWidget *m_history;
    QTimer *m_poll;
};

} // namespace modeldeck
