#pragma once
// Preferences: the workspace folder, how many training jobs run at once and with how many
// torch threads each (workers × threads ≤ cores), when a model counts as stale, desktop
// notifications, default hyperparameters per bot (validated JSON), and retraining
// (RetrainSettingsGroup: the schedule and retraining on drift). Stored through AppSettings
// (retraining: RetrainSettings) on OK.

#include <QDialog>
#include <QHash>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace modeldeck {

class AppearanceSettingsGroup;
class RetrainSettingsGroup;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // currentWorkspace: the open workspace's folder, shown and compared against on OK.
    explicit SettingsDialog(const QString &currentWorkspace, QWidget *parent = nullptr);

    // Why OK is refused, or empty.
    QString validationError() const;
    // The live note under the thread settings.
    QString threadHint() const;
    // Why `json` is not valid default hyperparameters for `bot` (empty text is valid), or empty.
    static QString checkBotDefaults(const QString &bot, const QString &json);

    QLineEdit *workspaceEdit() const { return m_workspace; }
    QSpinBox *workersBox() const { return m_workers; }
    QSpinBox *threadsBox() const { return m_threads; }
    QSpinBox *staleHoursBox() const { return m_staleHours; }
    QCheckBox *notificationsBox() const { return m_notifications; }
    QComboBox *botCombo() const { return m_bot; }
    QComboBox *languageCombo() const { return m_language; }
    QPlainTextEdit *paramsEdit() const { return m_params; }
    RetrainSettingsGroup *retrainGroup() const { return m_retrain; }
    AppearanceSettingsGroup *appearanceGroup() const { return m_appearance; }
    QPushButton *okButton() const;
    // After OK: the settings keys (as AppSettings stores them) whose values OK changed, for the
    // audit log; empty when nothing changed.
    QStringList changedKeys() const { return m_changedKeys; }

public Q_SLOTS:
    void accept() override;
    // Training settings and every bot's hyperparameters back to the built-in defaults (not yet
    // saved); the workspace folder is left as it is.
    void restoreDefaults();

Q_SIGNALS:
    // OK with a different folder: the main window opens it (MainWindow::openWorkspace).
    void workspaceChangeRequested(const QString &dir);
    // OK pressed and the values saved: apply what can change live (e.g. concurrent jobs).
    void settingsChanged();

private:
    void load();
    void showBot(const QString &bot);
    void validate();
    void chooseWorkspace();

    QString m_currentWorkspace;
    QLineEdit *m_workspace;
    QSpinBox *m_workers;
    QSpinBox *m_threads;
    QLabel *m_threadHint;
    QSpinBox *m_staleHours;
    QCheckBox *m_notifications;
    QComboBox *m_bot;
    QComboBox *m_language; // data: "" (the system's), "en", "de", "hi"
    QPlainTextEdit *m_params;
    QLabel *m_paramsError;
    QLabel *m_workspaceError;
    RetrainSettingsGroup *m_retrain;
    AppearanceSettingsGroup *m_appearance;
    QDialogButtonBox *m_buttons;
    QHash<QString, QString> m_botTexts; // edited text per bot, saved on OK
    QStringList m_changedKeys;
    QString m_shownBot;
};

} // namespace modeldeck
