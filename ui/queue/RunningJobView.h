#pragma once
// One training job as it runs: title, overall progress, the step breadcrumb, the step's
// details, the ETA and the loss chart; for a hyperparameter search the OptimizerPanel (trials,
// best so far, skill by parameter, the current trial's loss) takes the loss chart's place.
// QueuePanel decides which job it shows.

#include "domain/TrainingJob.h"
#include "domain/TrainingProgress.h"

#include <QWidget>
#include <optional>
#include <vector>

class QLabel;
class QProgressBar;

namespace modeldeck {

class LossChart;
class OptimizerPanel;
class StepBreadcrumb;
class WorkspaceSession;

class RunningJobView : public QWidget
{
    Q_OBJECT
public:
    // `session` (not owned) is where the optimizer panel reads a search's trials.
    explicit RunningJobView(WorkspaceSession *session, QWidget *parent = nullptr);

    // Starts showing a job; `epochs` and `last` restore what is known of it already. A `spec`
    // with search settings shows the optimizer panel instead of the loss chart.
    void showJob(qint64 jobId, const QString &title, const std::vector<EpochRecord> &epochs = {},
                 const TrainingProgress *last = nullptr, const JobSpec *spec = nullptr);
    void setTitle(const QString &title);
    // Another job also runs: "+1 more job running" with their titles as tooltip.
    void setOthers(const QStringList &titles);
    void applyProgress(const TrainingProgress &progress);
    // The epoch's losses for the chart; earlier or repeated epochs are ignored.
    void appendEpoch(const EpochRecord &epoch);
    // The shown job ended: keeps its last progress on screen with the outcome.
    void finish(JobStatus status, const QString &error);
    // Nothing to show (`message` says why: idle, paused…).
    void showIdle(const QString &message);

    qint64 jobId() const { return m_jobId; } // 0 once the shown job ended
    // The job shown, running or ended (its title may still arrive late); 0 when idle.
    qint64 shownJobId() const { return m_shownJobId; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *othersLabel() const { return m_others; }
    QProgressBar *progressBar() const { return m_progress; }
    StepBreadcrumb *breadcrumb() const { return m_steps; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *etaLabel() const { return m_eta; }
    LossChart *lossChart() const { return m_chart; }
    OptimizerPanel *optimizerPanel() const { return m_optimizer; }

private:
    // Shows the optimizer panel for this search job, or the loss chart when `spec` is null.
    void showSearch(const JobSpec *spec);

    qint64 m_jobId = 0;
    qint64 m_shownJobId = 0;
    QString m_jobTitle;
    std::optional<JobStatus> m_outcome; // set once the shown job ended
    QLabel *m_title;
    QLabel *m_others;
    QProgressBar *m_progress;
    StepBreadcrumb *m_steps;
    QLabel *m_details;
    QLabel *m_eta;
    LossChart *m_chart;
    OptimizerPanel *m_optimizer;
};

} // namespace modeldeck
