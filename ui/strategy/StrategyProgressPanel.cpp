#include "strategy/StrategyProgressPanel.h"

#include "queue/JobText.h"
#include "queue/StepBreadcrumb.h"
#include "strategy/StrategyText.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace modeldeck {

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("–"), parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StrategyProgressPanel::StrategyProgressPanel(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_steps(new StepBreadcrumb(this)),
      m_bar(new QProgressBar(this)), m_eta(new QLabel(this)), m_iteration(valueLabel(this)),
      m_fold(valueLabel(this)), m_best(valueLabel(this)), m_current(valueLabel(this)),
      m_bestParams(valueLabel(this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Strategy training progress"));
    m_steps->setSteps(StrategyText::stepNames());
    m_steps->setAccessibleName(tr("Strategy training steps"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    m_bar->setAccessibleName(tr("Strategy training progress"));
    m_bestParams->setWordWrap(true);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setToolTip(tr("Stop the training; nothing is saved (Esc)"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_eta);
    top->addWidget(m_cancel);
    // Two columns of figures and the parameters across, so the panel leaves the results room.
    auto *dashboard = new QGridLayout;
    dashboard->addWidget(new QLabel(tr("Iteration:"), this), 0, 0);
    dashboard->addWidget(m_iteration, 0, 1);
    dashboard->addWidget(new QLabel(tr("Best objective:"), this), 0, 2);
    dashboard->addWidget(m_best, 0, 3);
    dashboard->addWidget(new QLabel(tr("Fold:"), this), 1, 0);
    dashboard->addWidget(m_fold, 1, 1);
    dashboard->addWidget(new QLabel(tr("Current objective:"), this), 1, 2);
    dashboard->addWidget(m_current, 1, 3);
    dashboard->addWidget(new QLabel(tr("Best parameters:"), this), 2, 0);
    dashboard->addWidget(m_bestParams, 2, 1, 1, 3);
    dashboard->setColumnStretch(1, 1);
    dashboard->setColumnStretch(3, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_steps);
    layout->addWidget(m_bar);
    layout->addLayout(dashboard);
    connect(m_cancel, &QPushButton::clicked, this, &StrategyProgressPanel::cancelRequested);
}

void StrategyProgressPanel::begin(const QString &title, BacktestObjective::Kind objective)
{
    m_objective = objective;
    m_title->setText(title);
    m_steps->setCurrentStep(0);
    m_bar->setValue(0);
    m_bar->setFormat(QStringLiteral("%p %"));
    m_eta->setText(JobText::eta(-1));
    for (QLabel *label : { m_iteration, m_fold, m_best, m_current, m_bestParams })
        label->setText(QStringLiteral("–"));
    m_cancel->setEnabled(true);
}

void StrategyProgressPanel::setProgress(const StrategyProgress &p, double etaSeconds)
{
    m_steps->setCurrentStep(int(p.step));
    m_bar->setValue(int(std::lround(std::clamp(p.fraction, 0.0, 1.0) * 1000)));
    m_eta->setText(JobText::eta(etaSeconds));
    const QLocale locale;
    m_iteration->setText(p.iterations > 0 ? tr("%1 / %2").arg(locale.toString(p.iteration),
                                                              locale.toString(p.iterations))
                                          : QStringLiteral("–"));
    m_fold->setText(p.folds > 0 && p.step == StrategyProgress::Step::Validate
                        ? tr("%1 / %2").arg(locale.toString(p.fold), locale.toString(p.folds))
                        : QStringLiteral("–"));
    const QString objective = StrategyText::objectiveName(m_objective);
    m_best->setText(p.bestObjective ? tr("%1 (%2)").arg(
                        StrategyText::objectiveValue(m_objective, *p.bestObjective), objective)
                                    : QStringLiteral("–"));
    m_current->setText(p.currentObjective
                           ? StrategyText::objectiveValue(m_objective, *p.currentObjective)
                           : QStringLiteral("–"));
    m_bestParams->setText(p.bestParams.isEmpty() ? QStringLiteral("–")
                                                 : StrategyText::params(p.bestParams));
}

void StrategyProgressPanel::showFinalBest(double objective, const QJsonObject &params)
{
    // During Validate the dashboard follows each fold's own search; the run's answer is the
    // Optimize search's best.
    m_best->setText(tr("%1 (%2)").arg(StrategyText::objectiveValue(m_objective, objective),
                                      StrategyText::objectiveName(m_objective)));
    m_bestParams->setText(StrategyText::params(params));
    m_current->setText(QStringLiteral("–"));
}

void StrategyProgressPanel::end(bool succeeded, const QString &message)
{
    m_cancel->setEnabled(false);
    m_eta->setText(message);
    if (succeeded) {
        m_bar->setValue(m_bar->maximum());
        m_steps->setCurrentStep(m_steps->steps().size() - 1, StepBreadcrumb::Outcome::Completed);
    } else {
        m_steps->setCurrentStep(std::max(0, m_steps->currentStep()),
                                StepBreadcrumb::Outcome::Failed);
    }
}

} // namespace modeldeck
