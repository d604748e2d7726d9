#pragma once
// The Strategy Studio page (issue #20): pick a series and a strategy, backtest it with the
// parameters in the table, or train it (a search over its parameters, then walk-forward) with a
// live progress panel; see the scores beside buy and hold, the equity curve, drawdown, trades
// and folds; save a training as a named configuration and reopen, export or delete saved
// ones. Everything reaches the workspace through StrategyFacade; training through
// StrategyTrainingRun.

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
    QCoro::Task<> saveTraining();
    QCoro::Task<> openConfiguration(TrainedConfiguration configuration);

    StrategyForm *form() const { return m_form; }
    StrategyProgressPanel *progressPanel() const { return m_progress; }
    StrategyResultsView *results() const { return m_results; }
    SavedConfigurationsView *savedConfigurations() const { return m_saved; }
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
    void saved(qint64 id);

private:
    void updateState();
    void trainingEnded(const Result<StrategyTrainOutcome> &outcome, bool cancelled);
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
    StrategyTrainingRun *m_run;
    NameFunction m_askName;
    std::optional<std::pair<StrategyTrainRequest, StrategyTrainResult>> m_trained;
    int m_backtests = 0; // the newest backtest's number: older answers are dropped
    bool m_backtesting = false;
    bool m_saving = false;
};

} // namespace modeldeck
