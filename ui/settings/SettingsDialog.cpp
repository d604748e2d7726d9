#include "settings/SettingsDialog.h"

#include "models/ModelConfig.h"
#include "settings/AppSettings.h"
#include "settings/AppearanceSettingsGroup.h"
#include "settings/RetrainSettingsGroup.h"
#include "training/TrainingSettings.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace modeldeck {

namespace {

QString defaultsJson(const QString &bot)
{
    return QString::fromUtf8(
        QJsonDocument(TrainingSettings::defaultParams(bot)).toJson(QJsonDocument::Indented));
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setVisible(false);
    return label;
}

void showError(QLabel *label, const QString &error)
{
    label->setText(error.isEmpty() ? QString() : SettingsDialog::tr("⚠ %1").arg(error));
    label->setVisible(!error.isEmpty());
}

} // namespace

SettingsDialog::SettingsDialog(const QString &currentWorkspace, QWidget *parent)
    : QDialog(parent), m_currentWorkspace(currentWorkspace), m_workspace(new QLineEdit(this)),
      m_workers(new QSpinBox(this)), m_threads(new QSpinBox(this)), m_threadHint(new QLabel(this)),
      m_staleHours(new QSpinBox(this)),
      m_notifications(new QCheckBox(tr("Show desktop &notifications"), this)),
      m_bot(new QComboBox(this)), m_language(new QComboBox(this)),
      m_params(new QPlainTextEdit(this)), m_paramsError(errorLabel(this)),
      m_workspaceError(errorLabel(this)), m_retrain(new RetrainSettingsGroup(this)),
      m_appearance(new AppearanceSettingsGroup(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Settings"));
    resize(620, 700);
    const int cores = AppSettings::cores();

    m_workspace->setAccessibleName(tr("Workspace folder"));
    m_workspace->setToolTip(
        tr("Folder with the workspace database and models; a new folder is created"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setToolTip(tr("Choose the workspace folder"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseWorkspace);
    auto *workspaceRow = new QHBoxLayout;
    workspaceRow->addWidget(m_workspace, 1);
    workspaceRow->addWidget(browse);
    auto *workspaceBox = new QGroupBox(tr("Workspace"), this);
    auto *workspaceLayout = new QVBoxLayout(workspaceBox);
    workspaceLayout->addLayout(workspaceRow);
    workspaceLayout->addWidget(m_workspaceError);
    auto *workspaceNote = new QLabel(tr("Another folder is opened when you press OK."), this);
    workspaceNote->setWordWrap(true);
    workspaceLayout->addWidget(workspaceNote);

    // Each language named in itself, so that a reader finds theirs whatever is shown now.
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : Translations::available())
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setAccessibleName(tr("Language"));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto *languageNote = new QLabel(tr("Applies after ModelDeck restarts."), this);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addWidget(languageNote, 1);
    workspaceLayout->addLayout(languageRow);

    m_workers->setRange(1, cores);
    m_workers->setToolTip(tr("Training jobs that run at the same time (1 to %1)").arg(cores));
    m_workers->setAccessibleName(tr("Concurrent training jobs"));
    m_threads->setRange(0, cores);
    m_threads->setSpecialValueText(tr("Auto"));
    m_threads->setToolTip(
        tr("Torch threads per job; Auto is one, the fastest for ModelDeck's models, also beside "
           "other busy programs"));
    m_threads->setAccessibleName(tr("Torch threads per job"));
    m_threadHint->setWordWrap(true);
    m_staleHours->setRange(1, AppSettings::kMaxStaleHours);
    m_staleHours->setSuffix(tr(" h"));
    m_staleHours->setToolTip(
        tr("Active models trained longer ago than this count as stale and are due for "
           "retraining"));
    m_staleHours->setAccessibleName(tr("Stale after hours"));
    auto *trainingBox = new QGroupBox(tr("Training"), this);
    auto *trainingForm = new QFormLayout(trainingBox);
    trainingForm->addRow(tr("Concurrent &jobs:"), m_workers);
    // The hint sits under the spin box in the same field: a row of its own in the form gets
    // padded with space from the word-wrapping height calculation.
    auto *threadsField = new QVBoxLayout;
    threadsField->addWidget(m_threads);
    threadsField->addWidget(m_threadHint);
    trainingForm->addRow(tr("Torch &threads per job:"), threadsField);
    if (auto *label = qobject_cast<QLabel *>(trainingForm->labelForField(threadsField)))
        label->setBuddy(m_threads); // Alt+T reaches the spin box
    trainingForm->addRow(tr("Models are &stale after:"), m_staleHours);
    m_notifications->setToolTip(
        tr("New alerts and training jobs that finish or fail, through the system tray where "
           "the desktop has one"));
    trainingForm->addRow(QString(), m_notifications);

    for (const QString &bot : ModelConfig::bots())
        m_bot->addItem(bot, bot);
    m_bot->setAccessibleName(tr("Bot"));
    m_params->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_params->setAccessibleName(tr("Default hyperparameters (JSON)"));
    m_params->setToolTip(
        tr("A JSON object overriding the built-in defaults shown in grey, e.g. "
           "{\"epochs\": 20, \"hidden_size\": 32}. Empty uses the built-in defaults."));
    m_params->setTabChangesFocus(true);
    auto *reset = new QPushButton(tr("Use &Built-in Defaults"), this);
    reset->setToolTip(tr("Clear this bot's overrides"));
    connect(reset, &QPushButton::clicked, m_params, &QPlainTextEdit::clear);
    auto *botLabel = new QLabel(tr("B&ot:"), this);
    botLabel->setBuddy(m_bot);
    auto *botRow = new QHBoxLayout;
    botRow->addWidget(botLabel);
    botRow->addWidget(m_bot, 1);
    botRow->addWidget(reset);
    auto *paramsBox = new QGroupBox(tr("Default hyperparameters"), this);
    auto *paramsLayout = new QVBoxLayout(paramsBox);
    paramsLayout->addLayout(botRow);
    paramsLayout->addWidget(m_params, 1);
    paramsLayout->addWidget(m_paramsError);

    QPushButton *restore = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setToolTip(
        tr("Training settings and hyperparameters back to the built-in defaults; the "
           "workspace folder stays"));
    connect(restore, &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(workspaceBox);
    layout->addWidget(trainingBox);
    layout->addWidget(m_retrain);
    layout->addWidget(m_appearance);
    layout->addWidget(paramsBox, 1);
    layout->addWidget(m_buttons);

    load();
    connect(m_workspace, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_workers, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_threads, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_retrain, &RetrainSettingsGroup::changed, this, &SettingsDialog::validate);
    connect(m_bot, &QComboBox::currentIndexChanged, this,
            [this] { showBot(m_bot->currentData().toString()); });
    connect(m_params, &QPlainTextEdit::textChanged, this, [this] {
        m_botTexts[m_shownBot] = m_params->toPlainText();
        validate();
    });
    validate();
}

QPushButton *SettingsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SettingsDialog::load()
{
    m_workspace->setText(QDir::toNativeSeparators(
        m_currentWorkspace.isEmpty() ? AppSettings::workspaceDir() : m_currentWorkspace));
    m_workers->setValue(AppSettings::workers());
    m_threads->setValue(AppSettings::torchThreads());
    m_staleHours->setValue(AppSettings::staleHours());
    m_notifications->setChecked(AppSettings::desktopNotifications());
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    m_retrain->setSettings(RetrainSettings::load());
    m_appearance->setTheme(AppSettings::theme());
    for (const QString &bot : ModelConfig::bots())
        m_botTexts[bot] = AppSettings::botDefaultsText(bot);
    showBot(m_bot->currentData().toString());
}

void SettingsDialog::showBot(const QString &bot)
{
    m_shownBot = bot;
    const QSignalBlocker blocker(m_params); // switching bots is not an edit
    m_params->setPlaceholderText(defaultsJson(bot));
    m_params->setPlainText(m_botTexts.value(bot));
    validate();
}

QString SettingsDialog::checkBotDefaults(const QString &bot, const QString &json)
{
    if (json.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    const QByteArray utf8 = json.toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column of the byte offset, as an editor counts them.
        const QByteArray before = utf8.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column
            = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
        return tr("Line %1, column %2: %3.").arg(line).arg(column).arg(parseError.errorString());
    }
    if (!doc.isObject())
        return tr("The hyperparameters must be a JSON object such as {\"epochs\": 20}.");
    const auto settings = TrainingSettings::fromParams(bot, doc.object());
    return settings ? QString() : settings.error().message;
}

QString SettingsDialog::threadHint() const
{
    const int cores = AppSettings::cores();
    const int workers = m_workers->value();
    const int threads = AppSettings::effectiveTorchThreads(m_threads->value());
    const QString product = tr("%n job(s)", nullptr, workers) + QStringLiteral(" × ")
        + tr("%n thread(s)", nullptr, threads) + QStringLiteral(" = ")
        + QLocale().toString(workers * threads);
    if (!AppSettings::fitsCores(workers, m_threads->value(), cores)) {
        return tr("%1 threads, more than the %n core(s) of this computer: lower the jobs or the "
                  "threads.",
                  nullptr, cores)
            .arg(product);
    }
    return tr("%1 of the %n core(s) of this computer. Thread changes apply after ModelDeck "
              "restarts.",
              nullptr, cores)
        .arg(product);
}

QString SettingsDialog::validationError() const
{
    const QString dir = m_workspace->text().trimmed();
    if (dir.isEmpty())
        return tr("Choose a workspace folder.");
    if (QFileInfo fi(dir); fi.exists() && !fi.isDir())
        return tr("%1 is a file, not a folder.").arg(dir);
    if (!AppSettings::fitsCores(m_workers->value(), m_threads->value(), AppSettings::cores()))
        return threadHint();
    if (const QString error = m_retrain->validationError(); !error.isEmpty())
        return error;
    for (const QString &bot : ModelConfig::bots()) {
        if (const QString error = checkBotDefaults(bot, m_botTexts.value(bot)); !error.isEmpty())
            return tr("%1: %2").arg(bot, error);
    }
    return {};
}

void SettingsDialog::validate()
{
    const QString dir = m_workspace->text().trimmed();
    QFileInfo fi(dir);
    showError(m_workspaceError,
              dir.isEmpty()                    ? tr("Choose a workspace folder.")
                  : fi.exists() && !fi.isDir() ? tr("This is a file, not a folder.")
                                               : QString());

    const bool fits
        = AppSettings::fitsCores(m_workers->value(), m_threads->value(), AppSettings::cores());
    m_threadHint->setText(fits ? threadHint() : tr("⚠ %1").arg(threadHint()));

    QStringList invalidBots;
    QStyle *style = QApplication::style();
    for (int i = 0; i < m_bot->count(); ++i) {
        const QString bot = m_bot->itemData(i).toString();
        const bool bad = !checkBotDefaults(bot, m_botTexts.value(bot)).isEmpty();
        // The text says it too: the icon alone would be colour only.
        m_bot->setItemText(i, bad ? tr("%1 (invalid)").arg(bot) : bot);
        m_bot->setItemIcon(i, bad ? style->standardIcon(QStyle::SP_MessageBoxCritical) : QIcon());
        if (bad && bot != m_shownBot)
            invalidBots << bot;
    }
    QString paramsError = checkBotDefaults(m_shownBot, m_botTexts.value(m_shownBot));
    if (!invalidBots.isEmpty()) {
        const QString others = tr("Also invalid: %1.").arg(invalidBots.join(QStringLiteral(", ")));
        paramsError = paramsError.isEmpty() ? others : paramsError + u' ' + others;
    }
    showError(m_paramsError, paramsError);
    okButton()->setEnabled(validationError().isEmpty());
    okButton()->setToolTip(validationError());
}

void SettingsDialog::restoreDefaults()
{
    m_workers->setValue(AppSettings::kDefaultWorkers);
    m_threads->setValue(AppSettings::kDefaultTorchThreads);
    m_staleHours->setValue(AppSettings::kDefaultStaleHours);
    m_notifications->setChecked(AppSettings::kDefaultDesktopNotifications);
    m_retrain->setSettings(RetrainSettings());
    for (const QString &bot : ModelConfig::bots())
        m_botTexts[bot].clear();
    showBot(m_shownBot);
}

void SettingsDialog::chooseWorkspace()
{
    const QString dir
        = QFileDialog::getExistingDirectory(this, tr("Workspace Folder"), m_workspace->text());
    if (!dir.isEmpty())
        m_workspace->setText(QDir::toNativeSeparators(dir));
}

void SettingsDialog::accept()
{
    if (!validationError().isEmpty())
        return;
    const QString dir = QDir::cleanPath(QDir::fromNativeSeparators(m_workspace->text().trimmed()));
    const bool moved = dir != QDir::cleanPath(m_currentWorkspace);
    // Compared before saving, as the stored (clamped) values read back.
    m_changedKeys.clear();
    if (m_workers->value() != AppSettings::workers())
        m_changedKeys << QStringLiteral("training/workers");
    if (m_threads->value() != AppSettings::torchThreads())
        m_changedKeys << QStringLiteral("training/torchThreads");
    if (m_staleHours->value() != AppSettings::staleHours())
        m_changedKeys << QStringLiteral("training/staleHours");
    for (const QString &bot : ModelConfig::bots()) {
        if (m_botTexts.value(bot).trimmed() != AppSettings::botDefaultsText(bot).trimmed())
            m_changedKeys << QStringLiteral("training/defaults/") + bot;
    }
    if (m_notifications->isChecked() != AppSettings::desktopNotifications())
        m_changedKeys << QStringLiteral("ui/notifications");
    if (m_language->currentData().toString() != AppSettings::language())
        m_changedKeys << QStringLiteral("ui/language");
    if (!(m_retrain->settings() == RetrainSettings::load()))
        m_changedKeys << QStringLiteral("retraining");
    if (m_appearance->theme() != AppSettings::theme())
        m_changedKeys << QStringLiteral("ui/theme");
    if (moved)
        m_changedKeys << QStringLiteral("workspace/last");
    AppSettings::setWorkers(m_workers->value());
    AppSettings::setTorchThreads(m_threads->value());
    AppSettings::setStaleHours(m_staleHours->value());
    AppSettings::setDesktopNotifications(m_notifications->isChecked());
    AppSettings::setLanguage(m_language->currentData().toString());
    m_retrain->settings().save();
    AppSettings::setTheme(m_appearance->theme());
    for (const QString &bot : ModelConfig::bots())
        AppSettings::setBotDefaultsText(bot, m_botTexts.value(bot));
    QDialog::accept();
    Q_EMIT settingsChanged();
    if (moved)
        Q_EMIT workspaceChangeRequested(QFileInfo(dir).absoluteFilePath());
}

} // namespace modeldeck
