#pragma once
// Shown when a manual training job finishes (or at start-up for a result nobody decided on):
// the result's metrics, a required unique name (validated live), description, tags and
// whether to make it the active model of its series. Save registers the model; Discard
// (and Escape or closing the window, after a confirmation) deletes its file and archives the
// record. Both run off the GUI thread; the dialog never loses a result without asking.

#include "services/ManualResults.h"

#include <QDialog>
#include <QStringList>
#include <functional>
#include <qcoro/qcorotask.h>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace modeldeck {

class InlineMessage;
class WorkspaceSession;

class SaveModelDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks the user to confirm a destructive action; true to go ahead. Replaceable for tests.
    using ConfirmFunction
        = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    // `result` was loaded off the GUI thread (ManualResults::load), with the names in use.
    // The session is not owned and outlives the dialog.
    SaveModelDialog(WorkspaceSession *session, UndecidedResult result, QWidget *parent = nullptr);

    void setConfirmFunction(ConfirmFunction confirm);

    qint64 recordId() const { return m_result.record.id; }
    // Why Save is disabled (empty, invalid or taken name), or empty.
    QString nameError() const;
    bool isBusy() const { return m_busy; }
    // "a, b ,a,, c" → {"a", "b", "c"}: trimmed, empty ones dropped, duplicates (ignoring case)
    // dropped keeping the first spelling.
    static QStringList parseTags(const QString &text);
    // A free name like "AAPL 1h lstm_bot", with " 2", " 3"… when taken.
    static QString suggestName(const TrainingRecord &record, const QStringList &taken);

    QLineEdit *nameEdit() const { return m_name; }
    QLabel *nameMessage() const { return m_nameMessage; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QCheckBox *activateBox() const { return m_activate; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *discardButton() const { return m_discard; }
    QLabel *statusLabel() const { return m_status; }
    // Shown under the metrics when the model forecasts worse than the naive forecast.
    InlineMessage *skillWarning() const { return m_skillWarning; }
    // The metric values shown, e.g. {"RMSE", "1.234"}, for tests and accessibility checks.
    QString metricText(const QString &label) const;

public Q_SLOTS:
    void save();
    // Asks first; discards when confirmed.
    void discard();
    // Escape and the window's close button: the same as Discard, confirmation included.
    void reject() override;

Q_SIGNALS:
    void saved(const QString &name, int version);
    void discarded(qint64 recordId);
    // One line for the status bar.
    void message(const QString &text, bool error);

private:
    QWidget *makeMetrics();
    void validate();
    void setBusy(bool busy, const QString &status);
    QCoro::Task<> runSave();
    QCoro::Task<> runDiscard();

    WorkspaceSession *m_session;
    UndecidedResult m_result;
    ConfirmFunction m_confirm;
    QList<QPair<QString, QString>> m_metrics;
    InlineMessage *m_skillWarning;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QPlainTextEdit *m_description;
    QLineEdit *m_tags;
    QCheckBox *m_activate;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_discard;
    bool m_busy = false;
};

} // namespace modeldeck
