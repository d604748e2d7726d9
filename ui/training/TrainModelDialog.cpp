#include "training/TrainModelDialog.h"

#include "common/ComboRefill.h"
#include "models/ModelConfig.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "training/TrainingSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace modeldeck {

namespace {

constexpr int kMaxHorizon = 1000;

// The built-in defaults, shown greyed while the field is empty.
QString builtInDefaultsText(const QString &bot)
{
    return QString::fromUtf8(
        QJsonDocument(TrainingSettings::defaultParams(bot)).toJson(QJsonDocument::Compact));
}

} // namespace

TrainModelDialog::TrainModelDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_symbol(new QComboBox(this)),
      m_timeframe(new QComboBox(this)), m_bot(new QComboBox(this)), m_horizon(new QSpinBox(this)),
      m_params(new QPlainTextEdit(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Train Model"));
    setObjectName(QStringLiteral("trainModelDialog"));

    for (const SymbolSummary &s : m_session->symbols()) {
        auto &bars = m_bars[s.symbol.name];
        for (const SeriesSummary &series : s.series)
            bars[series.timeframe] = series.barCount;
        if (!s.series.empty())
            m_symbol->addItem(s.symbol.name, s.symbol.name);
    }
    m_symbol->setAccessibleName(tr("Symbol"));
    m_symbol->setToolTip(tr("The series to train on"));
    m_timeframe->setAccessibleName(tr("Timeframe"));
    m_timeframe->setToolTip(tr("Timeframes this symbol has bars for"));
    // The naive baseline has no network and so nothing to save: it is not offered here.
    for (const QString &bot : ModelConfig::bots()) {
        if (bot != QLatin1StringView("naive"))
            m_bot->addItem(bot, bot);
    }
    m_bot->setAccessibleName(tr("Bot"));
    m_bot->setToolTip(tr("The model type to train"));
    m_horizon->setRange(1, kMaxHorizon);
    m_horizon->setAccessibleName(tr("Horizon in bars"));
    m_horizon->setToolTip(tr("How many bars ahead the model predicts the close"));
    m_horizon->setSuffix(tr(" bar(s) ahead"));
    m_params->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_params->setAccessibleName(tr("Hyperparameters (JSON)"));
    m_params->setTabChangesFocus(true);
    // Tall enough for the greyed defaults of every key, network and feature settings alike.
    m_params->setMaximumHeight(fontMetrics().lineSpacing() * 10);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Training summary"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Symbol:"), m_symbol);
    form->addRow(tr("&Timeframe:"), m_timeframe);
    form->addRow(tr("&Bot:"), m_bot);
    form->addRow(tr("&Horizon:"), m_horizon);
    form->addRow(tr("Hyper&parameters:"), m_params);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    okButton()->setText(tr("&Train"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TrainModelDialog::queueJob);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_symbol, &QComboBox::currentIndexChanged, this, [this] {
        fillTimeframes();
        validate();
    });
    connect(m_timeframe, &QComboBox::currentIndexChanged, this, &TrainModelDialog::validate);
    connect(m_bot, &QComboBox::currentIndexChanged, this, &TrainModelDialog::botChanged);
    connect(m_horizon, &QSpinBox::valueChanged, this, &TrainModelDialog::validate);
    connect(m_params, &QPlainTextEdit::textChanged, this, &TrainModelDialog::validate);

    fillTimeframes();
    botChanged();
    resize(520, sizeHint().height());
}

QPushButton *TrainModelDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void TrainModelDialog::setSeries(const QString &symbol, const QString &timeframe)
{
    if (const int i = m_symbol->findData(symbol); i >= 0)
        m_symbol->setCurrentIndex(i);
    if (const int i = m_timeframe->findData(timeframe); i >= 0)
        m_timeframe->setCurrentIndex(i);
}

void TrainModelDialog::fillTimeframes()
{
    QList<ComboItem> items;
    for (const SymbolSummary &s : m_session->symbols()) {
        if (s.symbol.name != m_symbol->currentData().toString())
            continue;
        for (const SeriesSummary &series : s.series) {
            items.append(
                { tr("%1 (%2 bars)").arg(series.timeframe, QLocale().toString(series.barCount)),
                  series.timeframe });
        }
    }
    // Keep the timeframe when the new symbol has it too (switching AAPL 1h to MSFT 1h).
    refillCombo(m_timeframe, items);
}

void TrainModelDialog::botChanged()
{
    const QString bot = m_bot->currentData().toString();
    const QString defaults = AppSettings::botDefaultsText(bot);
    // Settings' defaults replace the text unless the user typed their own.
    if (m_params->toPlainText() == m_prefill) {
        m_prefill = defaults;
        m_params->setPlainText(defaults);
    }
    m_params->setPlaceholderText(builtInDefaultsText(bot));
    m_params->setToolTip(
        tr("A JSON object overriding the built-in defaults of %1, e.g. {\"epochs\": 20}. "
           "Pre-filled with the defaults from Settings; empty uses the built-in defaults.")
            .arg(bot));
    validate();
}

qint64 TrainModelDialog::barCount() const
{
    return m_bars.value(m_symbol->currentData().toString())
        .value(m_timeframe->currentData().toString());
}

JobSpec TrainModelDialog::spec() const
{
    JobSpec spec;
    spec.symbol = m_symbol->currentData().toString();
    spec.timeframe = m_timeframe->currentData().toString();
    spec.bot = m_bot->currentData().toString();
    spec.horizon = m_horizon->value();
    spec.priority = JobSpec::kManualPriority;
    spec.manual = true;
    if (SettingsDialog::checkBotDefaults(spec.bot, m_params->toPlainText()).isEmpty())
        spec.params = QJsonDocument::fromJson(m_params->toPlainText().toUtf8()).object();
    return spec;
}

QString TrainModelDialog::validationError() const
{
    if (!m_session->queue())
        return tr("Open a workspace first.");
    if (m_symbol->count() == 0)
        return tr(
            "This workspace has no price history yet: import a CSV file or download bars first.");
    const JobSpec job = spec();
    if (job.symbol.isEmpty() || job.timeframe.isEmpty())
        return tr("Choose a symbol and a timeframe.");
    if (const QString error = SettingsDialog::checkBotDefaults(job.bot, m_params->toPlainText());
        !error.isEmpty())
        return tr("Hyperparameters: %1").arg(error);
    const auto settings = TrainingSettings::fromParams(job.bot, job.params, job.horizon);
    if (!settings)
        return settings.error().message;
    const qint64 needed = settings->barsRequired();
    if (barCount() < needed) {
        return tr("%1 %2 has %3 bars; %4 with a lookback of %5 and a horizon of %6 needs at least "
                  "%7.")
            .arg(job.symbol, job.timeframe, QLocale().toString(barCount()), job.bot)
            .arg(settings->model.lookback)
            .arg(job.horizon)
            .arg(QLocale().toString(needed));
    }
    return {};
}

void TrainModelDialog::validate()
{
    const QString error = validationError();
    okButton()->setEnabled(error.isEmpty());
    okButton()->setToolTip(error);
    if (!error.isEmpty()) {
        m_message->setText(error);
        return;
    }
    const JobSpec job = spec();
    m_message->setText(
        tr("Trains %1 on %2 %3 next, ahead of queued auto-train jobs. When it finishes you "
           "choose whether to save the model under a name or discard it.")
            .arg(job.bot, job.symbol, job.timeframe));
}

void TrainModelDialog::queueJob()
{
    TrainingQueue *queue = m_session->queue();
    if (!queue || !validationError().isEmpty())
        return;
    const JobSpec job = spec();
    bool existed = false;
    // One short insert on this thread, as TrainingQueue does for every enqueue.
    auto id = queue->enqueue(job, &existed);
    if (!id) {
        m_message->setText(tr("The job was not queued: %1").arg(id.error().message));
        return;
    }
    m_queuedJobId = *id;
    QString summary = existed
        ? tr("The same manual training of %1 %2 %3 is already queued.")
              .arg(job.symbol, job.timeframe, job.bot)
        : tr("Queued manual training of %1 %2 %3.").arg(job.symbol, job.timeframe, job.bot);
    if (queue->state() == TrainingQueue::State::Idle) {
        queue->start();
    } else if (queue->isPaused()) {
        summary += u' ' + tr("The queue is paused: resume it to train.");
    }
    Q_EMIT queued(*id, summary);
    accept();
}

} // namespace modeldeck
