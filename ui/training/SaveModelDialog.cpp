#include "training/SaveModelDialog.h"

#include "common/ConfirmBox.h"
#include "common/Guarded.h"
#include "common/InlineMessage.h"
#include "common/SkillWarning.h"
#include "session/WorkspaceSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

namespace {

bool askUser(QWidget *parent, const QString &title, const QString &text)
{
    return confirmDestructive(parent, title, text, SaveModelDialog::tr("&Discard"),
                              SaveModelDialog::tr("&Keep Deciding"));
}

const QString kMissing = QStringLiteral("—");

QString number(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? QLocale().toString(*value, 'g', 6) : kMissing;
}

QJsonObject objectAt(const QJsonObject &config, const char *key)
{
    return config.value(QLatin1StringView(key)).toObject();
}

QString skillText(const QJsonObject &config)
{
    const QJsonValue skill = objectAt(config, "metrics").value(QStringLiteral("skill"));
    if (!skill.isDouble() || !std::isfinite(skill.toDouble()))
        return kMissing;
    const double percent = skill.toDouble() * 100.0;
    const QString value = QLocale().toString(std::abs(percent), 'f', 1);
    // The sign is spelled out in words too: colour or a minus alone is easy to miss.
    if (percent >= 0)
        return SaveModelDialog::tr("+%1 % (RMSE lower than the naive forecast)").arg(value);
    return SaveModelDialog::tr("−%1 % (RMSE higher than the naive forecast)").arg(value);
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

SaveModelDialog::SaveModelDialog(WorkspaceSession *session, UndecidedResult result, QWidget *parent)
    : QDialog(parent), m_session(session), m_result(std::move(result)), m_confirm(askUser),
      m_skillWarning(new InlineMessage(this)), m_name(new QLineEdit(this)),
      m_nameMessage(new QLabel(this)), m_description(new QPlainTextEdit(this)),
      m_tags(new QLineEdit(this)), m_activate(new QCheckBox(this)), m_status(new QLabel(this)),
      m_save(new QPushButton(tr("&Save"), this)), m_discard(new QPushButton(tr("&Discard"), this))
{
    const TrainingRecord &r = m_result.record;
    setWindowTitle(tr("Save Trained Model"));
    setObjectName(QStringLiteral("saveModelDialog"));

    auto *intro = new QLabel(
        tr("Training of %1 on %2 %3 finished. Save the model under a name to keep it, or "
           "discard it.")
            .arg(r.bot, r.symbol, r.timeframe),
        this);
    intro->setWordWrap(true);

    m_name->setText(suggestName(r, m_result.takenNames));
    m_name->setAccessibleName(tr("Model name"));
    m_name->setToolTip(
        tr("Required and unique; at most %1 characters, no leading or trailing spaces")
            .arg(ModelRegistry::kMaxNameLength));
    m_name->setClearButtonEnabled(true);
    m_nameMessage->setWordWrap(true);
    m_nameMessage->setTextFormat(Qt::PlainText);
    m_nameMessage->setAccessibleName(tr("Why the name cannot be used"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What this model is for (optional)"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("e.g. intraday, experiment"));
    m_tags->setToolTip(tr("Comma-separated; spaces around tags and repeated tags are dropped"));
    m_activate->setText(tr("Make &active for %1 %2").arg(r.symbol, r.timeframe));
    m_activate->setToolTip(
        tr("Predictions for %1 %2 use this model from now on, replacing the active one")
            .arg(r.symbol, r.timeframe));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Save status"));
    m_status->hide();

    auto *form = new QFormLayout;
    auto *nameField = new QVBoxLayout;
    nameField->addWidget(m_name);
    nameField->addWidget(m_nameMessage);
    form->addRow(tr("&Name:"), nameField);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(nameField)))
        label->setBuddy(m_name);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(QString(), m_activate);

    m_save->setDefault(true);
    m_save->setToolTip(tr("Register the model under this name (Enter)"));
    m_discard->setToolTip(tr("Delete the trained model file; asks first"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    m_discard->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &SaveModelDialog::save);
    connect(m_discard, &QPushButton::clicked, this, &SaveModelDialog::discard);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(makeMetrics());
    // Saving stays allowed (the user may want to compare it later), but never unwarned.
    if (const QString warning = SkillWarning::text(objectAt(r.config, "metrics"));
        !warning.isEmpty())
        m_skillWarning->showMessage(InlineMessage::Kind::Warning, warning);
    layout->addWidget(m_skillWarning);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &SaveModelDialog::validate);
    validate();
    m_name->selectAll();
    m_name->setFocus();
    resize(560, sizeHint().height());
}

QWidget *SaveModelDialog::makeMetrics()
{
    const TrainingRecord &r = m_result.record;
    const QLocale locale;
    const int horizon = objectAt(r.config, "features").value(QStringLiteral("horizon")).toInt(0);
    const int bestEpoch = r.config.value(QStringLiteral("best_epoch")).toInt(0);
    QString series = tr("%1 %2 · %3").arg(r.symbol, r.timeframe, r.bot);
    if (horizon > 0)
        series += u' ' + tr("· %n bar(s) ahead", nullptr, horizon);
    QString epochs = locale.toString(r.epochs);
    if (bestEpoch > 0)
        epochs = tr("%1 (best: %2)").arg(epochs, locale.toString(bestEpoch));
    m_metrics = {
        { tr("Series"), series },
        { tr("RMSE"), number(r.testRmse) },
        { tr("MAE"), number(r.testMae) },
        { tr("Skill vs naive"), skillText(r.config) },
        { tr("Data points"), r.dataPoints > 0 ? locale.toString(r.dataPoints) : kMissing },
        { tr("Period"), r.trainingPeriod.isEmpty() ? kMissing : r.trainingPeriod },
        { tr("Epochs"), r.epochs > 0 ? epochs : kMissing },
        { tr("Trained"),
          r.trainedAt.isValid() ? locale.toString(r.trainedAt.toLocalTime(), QLocale::ShortFormat)
                                : kMissing },
        { tr("Model file"),
          locale.formattedDataSize(qint64(std::max(0.0, r.modelSizeMb) * 1024 * 1024)) },
    };
    auto *box = new QGroupBox(tr("Result on the test split"), this);
    auto *form = new QFormLayout(box);
    for (const auto &[label, value] : std::as_const(m_metrics)) {
        auto *valueLabel = new QLabel(value, box);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse
                                            | Qt::TextSelectableByKeyboard);
        valueLabel->setAccessibleName(label);
        form->addRow(label + u':', valueLabel);
    }
    return box;
}

QString SaveModelDialog::metricText(const QString &label) const
{
    for (const auto &[name, value] : m_metrics) {
        if (name == label)
            return value;
    }
    return {};
}

void SaveModelDialog::setConfirmFunction(ConfirmFunction confirm)
{
    m_confirm = confirm ? std::move(confirm) : ConfirmFunction(askUser);
}

QStringList SaveModelDialog::parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        const QString tag = part.trimmed();
        if (tag.isEmpty())
            continue;
        if (std::none_of(tags.cbegin(), tags.cend(),
                         [&](const QString &t) { return sameName(t, tag); }))
            tags << tag;
    }
    return tags;
}

QString SaveModelDialog::suggestName(const TrainingRecord &record, const QStringList &taken)
{
    const QString base
        = QStringLiteral("%1 %2 %3").arg(record.symbol, record.timeframe, record.bot).trimmed();
    const auto isTaken = [&taken](const QString &name) {
        return std::any_of(taken.cbegin(), taken.cend(),
                           [&](const QString &t) { return sameName(t, name); });
    };
    QString name = base.left(ModelRegistry::kMaxNameLength - 4);
    for (int n = 2; isTaken(name) && n < 1000; ++n)
        name = base.left(ModelRegistry::kMaxNameLength - 4) + u' ' + QString::number(n);
    return name;
}

QString SaveModelDialog::nameError() const
{
    const QString name = m_name->text();
    if (auto valid = ModelRegistry::validateName(name); !valid)
        return valid.error().message;
    const QStringList &taken = m_result.takenNames;
    if (std::any_of(taken.cbegin(), taken.cend(),
                    [&](const QString &t) { return sameName(t, name); }))
        return tr("A model named “%1” already exists; choose another name.").arg(name);
    return {};
}

void SaveModelDialog::validate()
{
    const QString error = nameError();
    m_nameMessage->setText(error);
    m_nameMessage->setVisible(!error.isEmpty());
    m_save->setEnabled(error.isEmpty() && !m_busy);
    m_save->setToolTip(error.isEmpty() ? tr("Register the model under this name (Enter)") : error);
}

void SaveModelDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_name, m_description, m_tags, m_activate, m_discard })
        w->setEnabled(!busy);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    validate();
}

void SaveModelDialog::save()
{
    if (m_busy || !nameError().isEmpty())
        return;
    runSave();
}

QCoro::Task<> SaveModelDialog::runSave()
{
    SaveModelRequest request;
    request.recordId = m_result.record.id;
    request.name = m_name->text();
    request.description = m_description->toPlainText().trimmed();
    request.tags = parseTags(m_tags->text());
    request.activate = m_activate->isChecked();
    setBusy(true, tr("Saving “%1”…").arg(request.name));
    // Copies the model file into models/registry/ and hashes it: never on the GUI thread.
    auto saving = guarded(this, m_session->records().saveUndecided(request));
    auto savedGuarded = co_await saving;
    if (!savedGuarded)
        co_return;
    auto saved = std::move(*savedGuarded);
    if (!saved) {
        // Someone took the name meanwhile (another window, the CLI): say so next to it.
        auto names = guarded(this, m_session->records().takenNames());
        auto takenGuarded = co_await names;
        if (!takenGuarded)
            co_return;
        auto taken = std::move(*takenGuarded);
        if (taken)
            m_result.takenNames = *taken;
        setBusy(false, tr("Not saved: %1").arg(saved.error().toString()));
        Q_EMIT message(tr("The model was not saved: %1").arg(saved.error().toString()), true);
        co_return;
    }
    setBusy(false, {});
    Q_EMIT message(saved->active
                       ? tr("Saved model “%1” (version %2), now active for %3 %4.")
                             .arg(saved->name)
                             .arg(saved->version)
                             .arg(saved->symbol, saved->timeframe)
                       : tr("Saved model “%1” (version %2).").arg(saved->name).arg(saved->version),
                   false);
    Q_EMIT this->saved(saved->name, saved->version);
    accept();
}

void SaveModelDialog::discard()
{
    if (m_busy)
        return;
    const TrainingRecord &r = m_result.record;
    const QString text
        = tr("Discard the %1 model trained on %2 %3?\n\nIts model file (%4) is deleted and its "
             "results archived. This cannot be undone.")
              .arg(r.bot, r.symbol, r.timeframe,
                   QLocale().formattedDataSize(qint64(std::max(0.0, r.modelSizeMb) * 1024 * 1024)));
    QPointer<SaveModelDialog> self(this);
    const bool confirmed = m_confirm(this, tr("Discard trained model"), text);
    if (!self || !confirmed)
        return;
    runDiscard();
}

void SaveModelDialog::reject()
{
    // Escape or the close button: never a silent loss, so it asks like Discard does.
    discard();
}

QCoro::Task<> SaveModelDialog::runDiscard()
{
    setBusy(true, tr("Discarding…"));
    const qint64 id = m_result.record.id;
    auto discarding = guarded(this, m_session->records().discardUndecided(id));
    auto reportGuarded = co_await discarding;
    if (!reportGuarded)
        co_return;
    auto report = std::move(*reportGuarded);
    if (!report) {
        setBusy(false, tr("Not discarded: %1").arg(report.error().toString()));
        Q_EMIT message(tr("The trained model was not discarded: %1").arg(report.error().toString()),
                       true);
        co_return;
    }
    setBusy(false, {});
    if (report->problems.isEmpty())
        Q_EMIT message(tr("Discarded the trained %1 model.").arg(m_result.record.bot), false);
    else
        Q_EMIT message(tr("Discarded the trained model, but: %1").arg(report->problems.join(u' ')),
                       true);
    Q_EMIT discarded(id);
    done(QDialog::Rejected);
}

} // namespace modeldeck
