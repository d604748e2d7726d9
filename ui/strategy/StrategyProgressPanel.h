#pragma once
// A strategy training as it runs: the steps (Data → Optimize → Validate → Save, the current one
// highlighted, finished ones ticked), overall progress with an ETA, the optimizer's dashboard
// (iteration i/N, best and current objective, best parameters), the fold during Validate, and
// Cancel (Esc).

#include "backtest/StrategyOptimizer.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace modeldeck {

class StepBreadcrumb;

class StrategyProgressPanel : public QFrame
{
    Q_OBJECT
public:
    explicit StrategyProgressPanel(QWidget *parent = nullptr);

    // A new run: everything reset, Cancel enabled.
    void begin(const QString &title, BacktestObjective::Kind objective);
    void setProgress(const StrategyProgress &progress, double etaSeconds);
    // The training's answer (the Optimize search's best) once it finished.
    void showFinalBest(double objective, const QJsonObject &params);
    // The run ended: all steps ticked, or the current one marked failed with `message`.
    void end(bool succeeded, const QString &message);

    StepBreadcrumb *breadcrumb() const { return m_steps; }
    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *iterationLabel() const { return m_iteration; }
    QLabel *foldLabel() const { return m_fold; }
    QLabel *bestLabel() const { return m_best; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_title;
    StepBreadcrumb *m_steps;
    QProgressBar *m_bar;
    QLabel *m_eta;
    QLabel *m_iteration;
    QLabel *m_fold;
    QLabel *m_best;
    QLabel *m_current;
    QLabel *m_bestParams;
    QPushButton *m_cancel;
    BacktestObjective::Kind m_objective = BacktestObjective::Sharpe;
};

} // namespace modeldeck
