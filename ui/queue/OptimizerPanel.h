#pragma once
// A hyperparameter search's trials for one job, running or finished (a strategy training job
// has none recorded: only the summary, with its objective instead of skill): a summary line, the
// sortable trial table (SearchTrialsModel), the best skill so far by trial, the skill against a
// chosen parameter and, while the search runs, the current trial's validation loss per epoch.
//
// It reads the recorded trials through JobsFacade::searchTrials when shown and, for a running
// job, again when its progress says a trial ended (the trial count, best score or step moved):
// at most once a second, never per progress event. Hidden, it only notes that it is stale.

#include "common/ReloadGate.h"
#include "domain/TrainingJob.h"
#include "domain/TrainingProgress.h"

#include <QPointer>
#include <QWidget>
#include <optional>
#include <qcoro/qcorotask.h>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace modeldeck {

class BestSoFarChart;
class LossChart;
class ParamScatterChart;
class SearchTrialsModel;
class WorkspaceSession;

class OptimizerPanel : public QWidget
{
    Q_OBJECT
public:
    // `session` is not owned; the panel copes with it being deleted first.
    explicit OptimizerPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    // Compact (the queue dock): the best trial's parameters only as the summary's tooltip.
    void setCompact(bool compact);
    // Shows this search job (running or finished) and reads its trials when visible.
    void setJob(qint64 jobId, const JobSpec &spec, bool running);
    qint64 jobId() const { return m_jobId; }
    // A running job's progress: the summary, the live loss chart and, throttled, a re-read.
    void applyProgress(const TrainingProgress &progress);
    // The job ended: one last read so the table holds every trial.
    void finish();

    SearchTrialsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *summaryLabel() const { return m_summary; }
    BestSoFarChart *bestChart() const { return m_best; }
    ParamScatterChart *scatterChart() const { return m_scatter; }
    QComboBox *paramCombo() const { return m_param; }
    LossChart *liveChart() const { return m_live; }
    int liveTrial() const { return m_liveTrial; }
    int loads() const { return m_loads; } // finished reads of the trials, for tests

public Q_SLOTS:
    QCoro::Task<> reload();

Q_SIGNALS:
    void loaded();
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void requestReload();
    void refreshSummary();
    QString strategySummary() const;
    void refreshScatter();
    void followLiveLoss(const SearchProgress &progress);

    QPointer<WorkspaceSession> m_session;
    SearchTrialsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableView *m_table;
    BestSoFarChart *m_best;
    QComboBox *m_param;
    ParamScatterChart *m_scatter;
    QWidget *m_liveTab;
    LossChart *m_live;
    QTimer *m_throttle;
    ReloadGate m_gate;
    qint64 m_jobId = 0;
    JobSpec m_spec;
    QStringList m_spaceKeys;
    QStringList m_logKeys; // searched log-uniformly: a log axis in the scatter
    bool m_running = false;
    bool m_compact = false;
    bool m_stale = false;
    int m_loads = 0;
    std::optional<SearchProgress> m_progress;
    std::optional<StrategyProgress> m_strategy; // a strategy job's own figures
    int m_lastStep = -1;
    int m_liveTrial = 0;
};

} // namespace modeldeck
