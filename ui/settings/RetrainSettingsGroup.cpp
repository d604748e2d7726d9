#include "settings/RetrainSettingsGroup.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>

namespace modeldeck {

RetrainSettingsGroup::RetrainSettingsGroup(QWidget *parent)
    : QGroupBox(tr("Retraining"), parent),
      m_enabled(new QCheckBox(tr("Retrain stale models on a sc&hedule"), this)),
      m_age(new QSpinBox(this)), m_start(new QTimeEdit(this)), m_end(new QTimeEdit(this)),
      m_maxJobs(new QSpinBox(this)),
      m_refresh(new QCheckBox(tr("Re&fresh their price data first (downloaded series)"), this)),
      m_check(new QSpinBox(this)), m_note(new QLabel(this)),
      m_onDrift(new QCheckBox(tr("Retrain a&utomatically when drift is found"), this))
{
    m_enabled->setToolTip(
        tr("While ModelDeck (or modeldeck-cli queue run --schedule) runs, queue a new version "
           "of each active saved model older than the threshold, once per window"));
    m_age->setRange(1, RetrainSettings::kMaxAgeHours);
    m_age->setSuffix(tr(" h"));
    m_age->setAccessibleName(tr("Retrain models older than hours"));
    m_age->setToolTip(tr("An active saved model trained longer ago than this is retrained"));
    for (QTimeEdit *edit : { m_start, m_end })
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setAccessibleName(tr("Window start"));
    m_end->setAccessibleName(tr("Window end"));
    m_start->setToolTip(tr("Local time the window opens; it may end the next morning"));
    m_end->setToolTip(tr("Local time the window closes; equal to the start: the whole day"));
    m_maxJobs->setRange(1, RetrainSettings::kMaxJobsPerRun);
    m_maxJobs->setAccessibleName(tr("Most retrains per run"));
    m_maxJobs->setToolTip(tr("The oldest models go first; the others wait for the next window"));
    m_check->setRange(RetrainSettings::kMinCheckMinutes, RetrainSettings::kMaxCheckMinutes);
    m_check->setSuffix(tr(" min"));
    m_check->setAccessibleName(tr("Check every minutes"));
    m_check->setToolTip(tr("How often the running app looks whether the window has opened"));
    m_note->setWordWrap(true);
    m_onDrift->setToolTip(
        tr("When filling in actual values raises a drift alert for a saved model, queue a "
           "retrain of it with the alert as the reason (an identical queued job is reused)"));

    auto *window = new QHBoxLayout;
    window->addWidget(m_start);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_end);
    window->addStretch(1);
    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("&Age threshold:"), m_age);
    form->addRow(tr("&Window:"), window);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(window)))
        label->setBuddy(m_start);
    form->addRow(QString(), m_note);
    form->addRow(tr("&Most retrains per run:"), m_maxJobs);
    form->addRow(m_refresh);
    form->addRow(tr("Check e&very:"), m_check);
    form->addRow(m_onDrift);

    for (QSpinBox *box : { m_age, m_maxJobs, m_check })
        connect(box, &QSpinBox::valueChanged, this, &RetrainSettingsGroup::update);
    for (QTimeEdit *edit : { m_start, m_end })
        connect(edit, &QTimeEdit::timeChanged, this, &RetrainSettingsGroup::update);
    for (QCheckBox *box : { m_enabled, m_refresh, m_onDrift })
        connect(box, &QCheckBox::toggled, this, &RetrainSettingsGroup::update);
    setSettings(RetrainSettings());
}

void RetrainSettingsGroup::setSettings(const RetrainSettings &s)
{
    m_enabled->setChecked(s.scheduleEnabled);
    m_age->setValue(s.ageHours);
    m_start->setTime(s.windowStart);
    m_end->setTime(s.windowEnd);
    m_maxJobs->setValue(s.maxJobsPerRun);
    m_refresh->setChecked(s.refreshFirst);
    m_check->setValue(s.checkMinutes);
    m_onDrift->setChecked(s.retrainOnDrift);
    update();
}

RetrainSettings RetrainSettingsGroup::settings() const
{
    RetrainSettings s;
    s.scheduleEnabled = m_enabled->isChecked();
    s.ageHours = m_age->value();
    s.windowStart = m_start->time();
    s.windowEnd = m_end->time();
    s.maxJobsPerRun = m_maxJobs->value();
    s.refreshFirst = m_refresh->isChecked();
    s.checkMinutes = m_check->value();
    s.retrainOnDrift = m_onDrift->isChecked();
    return s;
}

QString RetrainSettingsGroup::validationError() const
{
    const Status valid = settings().validate();
    return valid ? QString() : valid.error().message;
}

QString RetrainSettingsGroup::windowNote() const
{
    const QTime start = m_start->time();
    const QTime end = m_end->time();
    if (start == end)
        return tr("Start equal to end: the whole day, one run a day from %1.")
            .arg(start.toString(QStringLiteral("HH:mm")));
    if (end < start)
        return tr("Overnight: from %1 until %2 the next morning, one run per night.")
            .arg(start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")));
    return tr("From %1 to %2, one run a day.")
        .arg(start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")));
}

void RetrainSettingsGroup::update()
{
    const bool on = m_enabled->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *> { m_age, m_start, m_end, m_maxJobs,
                                                         m_refresh, m_check, m_note })
        w->setEnabled(on);
    m_note->setText(windowNote());
    Q_EMIT changed();
}

} // namespace modeldeck
