#pragma once
// Settings ▸ Retraining: the retraining schedule (on/off, age threshold, the window in local
// time, retrains per run, refresh data first, how often to look) and whether a drift alert
// queues a retrain. The values are core's RetrainSettings (the CLI's `queue run --schedule`
// reads the same keys); SettingsDialog saves them on OK.

#include "queue/RetrainSettings.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace modeldeck {

class RetrainSettingsGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit RetrainSettingsGroup(QWidget *parent = nullptr);

    void setSettings(const RetrainSettings &settings);
    RetrainSettings settings() const;
    // Why these values cannot be saved, or empty.
    QString validationError() const;

    QCheckBox *scheduleBox() const { return m_enabled; }
    QSpinBox *ageBox() const { return m_age; }
    QTimeEdit *windowStartEdit() const { return m_start; }
    QTimeEdit *windowEndEdit() const { return m_end; }
    QSpinBox *maxJobsBox() const { return m_maxJobs; }
    QCheckBox *refreshBox() const { return m_refresh; }
    QSpinBox *checkBox() const { return m_check; }
    QCheckBox *driftBox() const { return m_onDrift; }
    QString windowNote() const;

Q_SIGNALS:
    void changed();

private:
    void update();

    QCheckBox *m_enabled;
    QSpinBox *m_age;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QSpinBox *m_maxJobs;
    QCheckBox *m_refresh;
    QSpinBox *m_check;
    QLabel *m_note;
    QCheckBox *m_onDrift;
};

} // namespace modeldeck
