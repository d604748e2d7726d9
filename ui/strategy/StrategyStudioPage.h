#pragma once
// The Strategy Studio page (issue #20): pick a series and a strategy, backtest it with the
// parameters in the table, or train it (a search over its parameters, then walk-forward) with a
// live progress panel; see the scores beside buy and hold, the equity curve, drawdown, trades
// and folds; save a training as a named configuration and reopen, export or delete saved
// ones. Everything reaches the workspace through StrategyFacade; training through
// StrategyTrainingRun (a queue job); recent strategy jobs can be re-run or their results opened.

#include "services/StrategyService.h"

#include <QWidget>
#include <functional>
#include <optional>
#include <qcoro/qcorotask.h>

class QPushButton;

namespace modeldeck {

class InlineMessage;
class SavedConfigurationsView;
class StrategyForm;
class StrategyJobsView;
class StrategyProgressPanel;
class StrategyResultsView;
class StrategyTrainingRun;
class WorkspaceSession;

class StrategyStudioPage : public QWidget
{
    Q_OBJECT
public:
    // Asks for a configuration's name; `problem` says why the last one was refused (empty the
    // first time). Empty optional: the user cancelled.
    using NameFunction = std::function<std::optional<QString>(
        QWidget *parent, const QString &suggested, const QString &problem)>;

    explicit StrategyStudioPage(WorkspaceSession *session, QWidget *parent = nullptr);

    void setNameFunction(NameFunction askName);

    // The actions behind the buttons (also for tests).
    QCoro::Task<> backtest();
    void train();
    // Queues `request` as it is (a job's "Re-run with Same Config"), shown in the form.
    void rerun(const StrategyTrainRequest &request);
    // A finished job's result, shown as a training's (and savable).
    QCoro::Task<> openJobResult(qint64 jobId, StrategyTrainRequest request);
    QCoro::Task<> saveTraining();
    QCoro::Task<> openConfiguration(TrainedConfiguration configuration);

    StrategyForm *form() const { return m_form; }
    StrategyProgressPanel *progressPanel() const { return m_progress; }
    StrategyResultsView *results() const { return m_results; }
    SavedConfigurationsView *savedConfigurations() const { return m_saved; }
    StrategyJobsView *strategyJobs() const { return m_jobs; }
    StrategyTrainingRun *trainingRun() const { return m_run; }
    QPushButton *backtestButton() const { return m_backtestButton; }
    QPushButton *trainButton() const { return m_trainButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    InlineMessage *formMessage() const { return m_formMessage; }
    // The last training's outcome while it can be saved.
    bool hasUnsavedTraining() const { return m_trained.has_value(); }

Q_SIGNALS:
    void message(const QString &text);
    // A backtest's results are shown (the page's own, or a saved configuration's).
    void backtestShown();
    void trainingFinished(bool succeeded);
    // A training's result is shown (one that just ended, or a job's opened from the list).
    void trainingShown();
    void saved(qint64 id);

private:
    void updateState();
    bool startTraining(const StrategyTrainRequest &request);
    void trainingEnded(const Result<StrategyTrainOutcome> &outcome, bool cancelled);
    void showTraining(const StrategyTrainRequest &request, const StrategyTrainResult &result,
                      qint64 jobId);
    bool withTime(const QString &timeframe) const;
    QCoro::Task<bool> showBacktest(StrategyBacktestRequest request, QString title);

    WorkspaceSession *m_session;
    StrategyForm *m_form;
    InlineMessage *m_formMessage;
    QPushButton *m_backtestButton;
    QPushButton *m_trainButton;
    QPushButton *m_saveButton;
    StrategyProgressPanel *m_progress;
    StrategyResultsView *m_results;
    SavedConfigurationsView *m_saved;
    StrategyJobsView *m_jobs;
    StrategyTrainingRun *m_run;
    NameFunction m_askName;
    struct Trained
    {
        StrategyTrainRequest request;
        StrategyTrainResult result;
        qint64 jobId = 0; // the queue's job that trained it, 0 for a direct run
    };
    std::optional<Trained> m_trained;
    int m_backtests = 0; // the newest backtest's number: older answers are dropped
    bool m_backtesting = false;
    bool m_saving = false;
};

} // namespace modeldeck
