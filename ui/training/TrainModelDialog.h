#pragma once
// Training ▸ Train Model…: one series, one bot, a horizon and optional hyperparameters (pre-
// filled with Settings' defaults for the bot). OK queues one manual job ahead of the auto-train
// backlog and starts the queue if it is idle; the result then waits for the user's Save or
// Discard (ManualTrainingFlow) instead of being recorded as an ordinary model.

#include "domain/TrainingJob.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace modeldeck {

class WorkspaceSession;

class TrainModelDialog : public QDialog
{
    Q_OBJECT
public:
    // Series come from session->symbols() (already loaded, no SQL here). The session is not
    // owned and outlives the dialog.
    explicit TrainModelDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    // Preselects a series (e.g. the one selected on the Symbols page); unknown ones are ignored.
    void setSeries(const QString &symbol, const QString &timeframe);

    // What OK queues: manual, with the manual priority. Params are {} while the text is invalid.
    JobSpec spec() const;
    // Why OK is disabled, or empty.
    QString validationError() const;
    // The job OK queued (0 before).
    qint64 queuedJobId() const { return m_queuedJobId; }

    QComboBox *symbolBox() const { return m_symbol; }
    QComboBox *timeframeBox() const { return m_timeframe; }
    QComboBox *botBox() const { return m_bot; }
    QSpinBox *horizonBox() const { return m_horizon; }
    QPlainTextEdit *paramsEdit() const { return m_params; }
    QPushButton *okButton() const;
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    // Queues the job (the OK button) and closes the dialog; on error it stays open and says why.
    void queueJob();

Q_SIGNALS:
    // One line for the status bar.
    void queued(qint64 jobId, const QString &summary);

private:
    void fillTimeframes();
    void botChanged();
    void validate();
    qint64 barCount() const;

    WorkspaceSession *m_session;
    QHash<QString, QHash<QString, qint64>> m_bars; // symbol → timeframe → bars
    QComboBox *m_symbol;
    QComboBox *m_timeframe;
    QComboBox *m_bot;
    QSpinBox *m_horizon;
    QPlainTextEdit *m_params;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QString
        m_prefill; // the text the bot's defaults filled in; replaced on a bot change if unedited
    qint64 m_queuedJobId = 0;
};

} // namespace modeldeck
