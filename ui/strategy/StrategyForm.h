#pragma once
// Strategy Studio's settings: the series (from the workspace's symbols), the strategy and its
// parameters for a plain backtest, and how training searches (objective, optimizer, budget,
// walk-forward days) and what trading costs. It builds the requests the facade takes and says
// in words what keeps one from running (problem()).

#include "domain/TrainedConfiguration.h"
#include "services/StrategyService.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace modeldeck {

class WorkspaceSession;
class Strategy;
class StrategyParamTable;

class StrategyForm : public QWidget
{
    Q_OBJECT
public:
    explicit StrategyForm(WorkspaceSession *session, QWidget *parent = nullptr);

    // Refills the series pickers from the session's symbols, keeping the choice when it is
    // still there.
    void refreshSeries();
    void setSeries(const QString &symbol, const QString &timeframe);
    void setStrategy(const QString &name);
    // The parameter table's values (over the strategy's defaults); unknown keys are ignored.
    void setParams(const QJsonObject &params);
    // Everything a training request says (a job re-run): series, strategy, fixed parameters,
    // objective, optimizer, budget, windows and costs.
    void setTrainRequest(const StrategyTrainRequest &request);
    // Everything a saved configuration says: series, strategy, params, objective and costs.
    void setConfiguration(const TrainedConfiguration &configuration);

    QString symbol() const;
    QString timeframe() const;
    QString strategy() const;
    QJsonObject params() const;
    BacktestObjective::Kind objective() const;
    StrategyBacktestRequest backtestRequest() const;
    StrategyTrainRequest trainRequest() const;

    // Why neither action can run (no series, no strategy), or empty.
    QString problem() const;
    // Why training cannot run (walk-forward days that do not fit the series, …), or empty.
    QString trainProblem() const;
    // Advice that does not stop training (a TPE budget that never leaves its random start).
    QString trainHint() const;

    QComboBox *symbolBox() const { return m_symbol; }
    QComboBox *timeframeBox() const { return m_timeframe; }
    QComboBox *strategyBox() const { return m_strategy; }
    QComboBox *objectiveBox() const { return m_objective; }
    QComboBox *optimizerBox() const { return m_optimizer; }
    QSpinBox *budgetBox() const { return m_budget; }
    QSpinBox *trainDaysBox() const { return m_trainDays; }
    QSpinBox *testDaysBox() const { return m_testDays; }
    QDoubleSpinBox *commissionBox() const { return m_commission; }
    QDoubleSpinBox *slippageBox() const { return m_slippage; }
    QCheckBox *shortBox() const { return m_short; }
    StrategyParamTable *paramTable() const { return m_params; }

Q_SIGNALS:
    void changed();

private:
    void fillTimeframes();
    void strategyChanged();
    void seriesChanged();
    // Walk-forward days that fit the series (a year / a quarter for years of daily bars), until
    // the user sets them.
    void suggestDays();
    double seriesDays() const;
    BacktestOptions costs() const;
    void setCosts(const BacktestOptions &costs);
    const Strategy *currentStrategy() const;

    WorkspaceSession *m_session;
    QComboBox *m_symbol;
    QComboBox *m_timeframe;
    QComboBox *m_strategy;
    QLabel *m_description;
    QComboBox *m_objective;
    QComboBox *m_optimizer;
    QSpinBox *m_budget;
    QSpinBox *m_trainDays;
    QSpinBox *m_testDays;
    QDoubleSpinBox *m_commission;
    QDoubleSpinBox *m_slippage;
    QCheckBox *m_short;
    StrategyParamTable *m_params;
    bool m_daysEdited = false;
    bool m_settingDays = false;
};

} // namespace modeldeck
