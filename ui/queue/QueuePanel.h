#pragma once
// The training queue dock: the running job (RunningJobView: progress, steps, details, ETA,
// loss chart, search), the run's overall progress (done / total since Start), and the waiting
// jobs with Remove, Move up/down, drag-and-drop reordering and priority.
// With several jobs running at once it follows the most recently started one and names the
// others in a "+N more running" line.

#include "domain/EpochRecord.h"
#include "domain/TrainingJob.h"
#include "domain/TrainingProgress.h"

#include <QHash>
#include <QWidget>
#include <vector>

class QLabel;
class QProgressBar;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace modeldeck {

class PendingJobsModel;
class QueueBinding;
class RunningJobView;
class TrainingQueue;
class WorkspaceSession;

class QueuePanel : public QWidget
{
    Q_OBJECT
public:
    // `session` is not owned; the panel copes with it being deleted first.
    explicit QueuePanel(WorkspaceSession *session, QWidget *parent = nullptr);

    RunningJobView *runningJob() const { return m_running; }
    PendingJobsModel *pendingModel() const { return m_model; }
    QTableView *pendingView() const { return m_view; }
    QLabel *queueStatusLabel() const { return m_status; }
    QProgressBar *queueProgressBar() const { return m_runProgress; }
    QToolButton *removeButton() const { return m_remove; }
    QToolButton *moveUpButton() const { return m_up; }
    QToolButton *moveDownButton() const { return m_down; }
    QSpinBox *prioritySpinBox() const { return m_priority; }

    // The job the pending list has selected (0 if none).
    qint64 selectedJob() const;
    void selectJob(qint64 jobId);

public Q_SLOTS:
    void removeSelected();
    void moveSelected(int delta);

Q_SIGNALS:
    // For the status bar: errors from queue operations.
    void message(const QString &text);

private:
    struct LiveJob
    {
        TrainingJob job;
        TrainingProgress last;
        bool hasProgress = false;
        std::vector<EpochRecord> epochs;
        qint64 startOrder = 0;
    };

    void bind(TrainingQueue *queue);
    void onJobStarted(const TrainingJob &job);
    void onJobProgress(qint64 jobId, const TrainingProgress &progress);
    void onJobFinished(const TrainingJob &job);
    void showJob(qint64 jobId);
    static QString titleOf(const LiveJob &live);
    void refreshOthers();
    void refreshStatus();
    void refreshButtons();
    void applyPriority(int priority);

    QueueBinding *m_binding;
    PendingJobsModel *m_model;
    RunningJobView *m_running;
    QLabel *m_status;
    QProgressBar *m_runProgress;
    QLabel *m_pendingTitle;
    QStackedWidget *m_pendingStack;
    QLabel *m_pendingEmpty;
    QTableView *m_view;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
    QSpinBox *m_priority;
    QHash<qint64, LiveJob> m_live;
    qint64 m_startCounter = 0;
    int m_finishedAtStart = 0;
    QList<qint64> m_reselect;
};

} // namespace modeldeck
