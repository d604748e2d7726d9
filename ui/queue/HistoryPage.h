#pragma once
// Past training jobs: status, what was trained, when, how long, attempts, test metrics and
// errors, filtered by status, with "Re-run with same config". Reloads when a job finishes.
// For a hyperparameter search: its trials in an OptimizerPanel dialog (Enter, double-click or
// "Search trials…") and "Train best config", a plain training job with the best trial's
// parameters over the job's own.
//
// Re-running a failed, cancelled or interrupted job retries that same job
// (TrainingQueue::retry): one job keeps its attempts and ends up with one final outcome,
// instead of a failed row plus a duplicate. A completed job cannot be retried, so its spec is
// queued as a new job (TrainingQueue::enqueue), which trains a new version of the model.

#include "common/ReloadGate.h"
#include "domain/SearchTrial.h"
#include "domain/TrainingJob.h"

#include <QWidget>
#include <optional>
#include <qcoro/qcorotask.h>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace modeldeck {

class EmptyStateStack;
class HistoryModel;
class OptimizerPanel;
class QueueBinding;
class TrainingQueue;
class WorkspaceSession;

class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    // `session` is not owned; the view copes with it being deleted first.
    explicit HistoryPage(WorkspaceSession *session, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *statusFilter() const { return m_filter; }
    QPushButton *rerunButton() const { return m_rerun; }
    QPushButton *trialsButton() const { return m_trials; }
    QPushButton *trainBestButton() const { return m_trainBest; }
    QLabel *countLabel() const { return m_count; }
    // Shows only jobs with this status (nullopt: all).
    void setStatusFilter(std::optional<JobStatus> status);
    // The job of the current row (0 if none).
    qint64 currentJob() const;
    void selectJob(qint64 jobId);

public Q_SLOTS:
    QCoro::Task<> reload();
    // Re-runs the current row's job (see above); the outcome goes to message().
    void rerunSelected();
    // Opens the current row's search trials in a dialog; null when the row is no search.
    OptimizerPanel *showTrials();
    // Queues the current search's best configuration as a training job (see above).
    void trainBest();

Q_SIGNALS:
    void message(const QString &text);
    void loaded();

private:
    void bind(TrainingQueue *queue);
    void refreshState();
    const JobHistoryEntry *currentRow() const;
    // Reads the current search job's trials for "Train best config" (once per job).
    QCoro::Task<> loadBest();

    QueueBinding *m_binding;
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_filter;
    QPushButton *m_rerun;
    QPushButton *m_trials;
    QPushButton *m_trainBest;
    QPushButton *m_refresh;
    QLabel *m_count;
    EmptyStateStack *m_stack;
    ReloadGate m_gate;
    int m_limit = 500;
    qint64 m_bestJob = 0; // the search job m_best belongs to (0: none read yet)
    bool m_bestLoading = false;
    std::optional<SearchTrial> m_best;
};

} // namespace modeldeck
