#include "strategy/StrategyStudioPage.h"

#include "common/Guarded.h"
#include "common/InlineMessage.h"
#include "domain/Timeframe.h"
#include "services/StrategyFacade.h"
#include "session/WorkspaceSession.h"
#include "strategy/SavedConfigurationsView.h"
#include "strategy/StrategyForm.h"
#include "strategy/StrategyJobsView.h"
#include "strategy/StrategyProgressPanel.h"
#include "strategy/StrategyResultsView.h"
#include "strategy/StrategyText.h"
#include "strategy/StrategyTrainingRun.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace modeldeck {

namespace {

std::optional<QString> askNameDialog(QWidget *parent, const QString &suggested,
                                     const QString &problem)
{
    bool ok = false;
    QString label = StrategyStudioPage::tr("Name of the strategy configuration:");
    if (!problem.isEmpty())
        label = problem + QStringLiteral("\n\n") + label;
    const QString name = QInputDialog::getText(parent, StrategyStudioPage::tr("Save Strategy"),
                                               label, QLineEdit::Normal, suggested, &ok);
    if (!ok)
        return std::nullopt;
    return name;
}

} // namespace

StrategyStudioPage::StrategyStudioPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_form(new StrategyForm(session, this)),
      m_formMessage(new InlineMessage(this)),
      m_backtestButton(new QPushButton(tr("&Backtest"), this)),
      m_trainButton(new QPushButton(tr("Trai&n Strategy"), this)),
      m_saveButton(new QPushButton(tr("Save &Configuration…"), this)),
      m_progress(new StrategyProgressPanel(this)), m_results(new StrategyResultsView(this)),
      m_saved(new SavedConfigurationsView(session, this)),
      m_jobs(new StrategyJobsView(session, this)), m_run(new StrategyTrainingRun(session, this)),
      m_askName(askNameDialog)
{
    m_backtestButton->setToolTip(tr("Backtest the strategy with the parameters in the table "
                                    "(Ctrl+B)"));
    m_trainButton->setToolTip(tr("Search the strategy's parameters for the best objective, then "
                                 "validate them walk-forward (Ctrl+Return)"));
    m_trainButton->setDefault(true);
    m_saveButton->setToolTip(tr("Save the last training's best parameters under a name"));
    m_results->addTab(m_saved, tr("Saved configurations"));
    m_results->addTab(m_jobs, tr("Recent strategy jobs"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_form, 1);
    leftLayout->addWidget(m_formMessage);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backtestButton);
    buttons->addWidget(m_trainButton);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_saveButton);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(left->sizeHint().width() + 20);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_progress);
    rightLayout->addWidget(m_results, 1);
    m_progress->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_backtestButton, &QPushButton::clicked, this, [this] { backtest(); });
    connect(m_trainButton, &QPushButton::clicked, this, &StrategyStudioPage::train);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveTraining(); });
    for (const QKeySequence &keys :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut
            = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_trainButton->isEnabled())
                train();
        });
    }
    auto *backtestKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_B), this, nullptr, nullptr,
                                      Qt::WidgetWithChildrenShortcut);
    connect(backtestKey, &QShortcut::activated, this, [this] {
        if (m_backtestButton->isEnabled())
            backtest();
    });
    connect(m_form, &StrategyForm::changed, this, &StrategyStudioPage::updateState);
    connect(m_progress, &StrategyProgressPanel::cancelRequested, m_run,
            &StrategyTrainingRun::cancel);
    connect(m_run, &StrategyTrainingRun::progress, m_progress, &StrategyProgressPanel::setProgress);
    connect(m_run, &StrategyTrainingRun::finished, this, &StrategyStudioPage::trainingEnded);
    connect(m_run, &StrategyTrainingRun::queued, this,
            [this](qint64 jobId, bool existed, const QString &note) {
                QString text = existed
                    ? tr("The same strategy training is already queued as job %1; following it.")
                          .arg(jobId)
                    : tr("Queued the strategy training as job %1.").arg(jobId);
                if (!note.isEmpty())
                    text += u' ' + note;
                Q_EMIT message(text);
                if (!note.isEmpty())
                    m_formMessage->showMessage(InlineMessage::Kind::Warning, note);
            });
    connect(m_jobs, &StrategyJobsView::rerunRequested, this, &StrategyStudioPage::rerun);
    connect(m_jobs, &StrategyJobsView::openResultRequested, this,
            [this](qint64 jobId, const StrategyTrainRequest &request) {
                openJobResult(jobId, request);
            });
    connect(m_saved, &SavedConfigurationsView::openRequested, this,
            [this](const TrainedConfiguration &c) { openConfiguration(c); });
    connect(m_saved, &SavedConfigurationsView::message, this,
            [this](const QString &text, bool) { Q_EMIT message(text); });
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        m_trained.reset();
        m_results->clear();
        m_form->refreshSeries();
        m_saved->reload();
    });
    if (m_session->isOpen())
        m_saved->reload();
    updateState();
}

void StrategyStudioPage::setNameFunction(NameFunction askName)
{
    m_askName = askName ? std::move(askName) : NameFunction(askNameDialog);
}

bool StrategyStudioPage::withTime(const QString &timeframe) const
{
    const auto tf = Timeframe::parse(timeframe);
    return !tf || tf->seconds() < 86400;
}

void StrategyStudioPage::updateState()
{
    const bool busy = m_run->isRunning() || m_backtesting;
    const QString problem
        = m_session->isOpen() ? m_form->problem() : tr("Open a workspace to backtest strategies.");
    const QString trainProblem = problem.isEmpty() ? m_form->trainProblem() : problem;
    m_backtestButton->setEnabled(!busy && problem.isEmpty());
    m_trainButton->setEnabled(!busy && trainProblem.isEmpty());
    m_saveButton->setEnabled(!busy && !m_saving && m_trained.has_value());
    m_form->setEnabled(!m_run->isRunning());
    if (!trainProblem.isEmpty())
        m_formMessage->showMessage(InlineMessage::Kind::Warning, trainProblem);
    else if (const QString hint = m_form->trainHint(); !hint.isEmpty())
        m_formMessage->showMessage(InlineMessage::Kind::Info, hint);
    else
        m_formMessage->clearMessage();
}

QCoro::Task<bool> StrategyStudioPage::showBacktest(StrategyBacktestRequest request, QString title)
{
    const int number = ++m_backtests;
    m_backtesting = true;
    updateState();
    auto outcome = co_await guarded(this, m_session->strategy().backtest(request, nullptr));
    if (!outcome)
        co_return false; // the page is gone
    if (number != m_backtests)
        co_return false; // a newer backtest owns the view
    m_backtesting = false;
    updateState();
    if (!*outcome) {
        Q_EMIT message(tr("Backtest failed: %1").arg(outcome->error().message));
        m_formMessage->showMessage(InlineMessage::Kind::Error,
                                   tr("Backtest failed: %1").arg(outcome->error().message));
        co_return false;
    }
    m_results->showBacktest(title + QStringLiteral("\n") + StrategyText::params((*outcome)->params),
                            (*outcome)->result, withTime(request.timeframe));
    m_results->setCurrentIndex(0);
    Q_EMIT backtestShown();
    co_return true;
}

QCoro::Task<> StrategyStudioPage::backtest()
{
    if (!m_backtestButton->isEnabled())
        co_return;
    const StrategyBacktestRequest request = m_form->backtestRequest();
    m_trained.reset(); // the view no longer shows the training Save would keep
    m_results->showFolds({}, m_form->objective(), false);
    const QString title
        = tr("Backtest of %1 on %2 %3").arg(request.strategy, request.symbol, request.timeframe);
    if (co_await showBacktest(request, title))
        Q_EMIT message(
            tr("Backtested %1 on %2 %3.").arg(request.strategy, request.symbol, request.timeframe));
}

void StrategyStudioPage::train()
{
    if (!m_trainButton->isEnabled())
        return;
    startTraining(m_form->trainRequest());
}

bool StrategyStudioPage::startTraining(const StrategyTrainRequest &request)
{
    if (m_run->isRunning())
        return false;
    if (auto checked = request.spec.check(); !checked) {
        m_formMessage->showMessage(InlineMessage::Kind::Error, checked.error().message);
        return false;
    }
    ++m_backtests; // a backtest still running no longer owns the view
    m_backtesting = false;
    m_trained.reset();
    if (!m_run->start(request)) {
        if (!m_run->lastError().isEmpty())
            m_formMessage->showMessage(
                InlineMessage::Kind::Error,
                tr("The strategy training was not queued: %1").arg(m_run->lastError()));
        return false;
    }
    m_progress->begin(tr("Training %1 on %2 %3 (%4, %5, budget %6)")
                          .arg(request.spec.strategy, request.symbol, request.timeframe,
                               StrategyText::objectiveName(request.spec.objective),
                               StrategyText::methodName(request.spec.method))
                          .arg(request.spec.budget),
                      request.spec.objective);
    m_progress->show();
    updateState();
    m_progress->cancelButton()->setFocus();
    return true;
}

void StrategyStudioPage::rerun(const StrategyTrainRequest &request)
{
    if (m_run->isRunning()) {
        Q_EMIT message(tr("A strategy training is running; cancel it or wait for it first."));
        return;
    }
    m_form->setTrainRequest(request);
    startTraining(request);
}

QCoro::Task<> StrategyStudioPage::openJobResult(qint64 jobId, StrategyTrainRequest request)
{
    auto outcome = co_await guarded(this, m_session->strategy().jobResult(jobId));
    if (!outcome)
        co_return;
    if (!*outcome) {
        Q_EMIT message(tr("Could not load strategy job %1's result: %2")
                           .arg(jobId)
                           .arg(outcome->error().message));
        co_return;
    }
    if (m_run->isRunning())
        co_return; // the running training owns the view
    m_form->setTrainRequest(request);
    showTraining(request, (*outcome)->result, jobId);
    Q_EMIT message(tr("Opened the result of strategy job %1.").arg(jobId));
}

void StrategyStudioPage::trainingEnded(const Result<StrategyTrainOutcome> &outcome, bool cancelled)
{
    const StrategyTrainRequest &request = m_run->request();
    if (!outcome) {
        const QString text = cancelled ? tr("Training cancelled; nothing was saved.")
                                       : tr("Training failed: %1").arg(outcome.error().message);
        m_progress->end(false, cancelled ? tr("Cancelled") : tr("Failed"));
        updateState();
        m_formMessage->showMessage(
            cancelled ? InlineMessage::Kind::Info : InlineMessage::Kind::Error, text);
        Q_EMIT message(text);
        Q_EMIT trainingFinished(false);
        return;
    }
    const StrategyTrainResult &r = outcome->result;
    m_progress->end(true, tr("Done"));
    m_progress->showFinalBest(r.bestObjective, r.bestParams);
    showTraining(request, r, m_run->jobId());
    Q_EMIT message(tr("Trained %1 on %2 %3: best %4 %5 with %6.")
                       .arg(request.spec.strategy, request.symbol, request.timeframe,
                            StrategyText::objectiveName(request.spec.objective),
                            StrategyText::objectiveValue(request.spec.objective, r.bestObjective),
                            StrategyText::params(r.bestParams)));
    Q_EMIT trainingFinished(true);
}

void StrategyStudioPage::showTraining(const StrategyTrainRequest &request,
                                      const StrategyTrainResult &r, qint64 jobId)
{
    m_trained.emplace(Trained { request, r, jobId });
    const bool time = withTime(request.timeframe);
    m_results->showBacktest(
        tr("Best of %n backtest(s) for %1 on %2 %3, shown over the whole series:", nullptr,
           int(r.trials.size()))
                .arg(request.spec.strategy, request.symbol, request.timeframe)
            + QStringLiteral("\n") + StrategyText::params(r.bestParams),
        r.backtest, time);
    m_results->showFolds(r.foldsJson(), request.spec.objective, time);
    m_results->setCurrentIndex(0);
    m_form->setParams(r.bestParams);
    updateState();
    Q_EMIT trainingShown();
}

QCoro::Task<> StrategyStudioPage::saveTraining()
{
    if (!m_trained || m_saving)
        co_return;
    const auto [request, result, jobId] = *m_trained;
    QString suggested
        = QStringLiteral("%1 %2 %3").arg(request.symbol, request.timeframe, request.spec.strategy);
    QString problem;
    while (true) {
        const std::optional<QString> answer = m_askName(this, suggested, problem);
        if (!answer)
            co_return;
        const QString name = answer->trimmed();
        suggested = name;
        if (name.isEmpty()) {
            problem = tr("A configuration needs a name.");
            continue;
        }
        const auto &listed = m_saved->configurations();
        if (std::any_of(listed.begin(), listed.end(),
                        [&name](const TrainedConfiguration &c) { return c.name == name; })) {
            problem = tr("“%1” is taken by another saved configuration; choose another name.")
                          .arg(name);
            continue;
        }
        StrategyTrainRequest named = request;
        named.saveAs = name;
        named.sourceJobId = jobId;
        m_saving = true;
        updateState();
        auto stored = co_await guarded(
            this, m_session->strategy().save(StrategyService::configurationFrom(named, result)));
        if (!stored)
            co_return;
        m_saving = false;
        if (!*stored) {
            // Another process may have taken the name since the list was loaded.
            problem = tr("Could not save “%1”: %2").arg(name, stored->error().message);
            updateState();
            continue;
        }
        m_trained.reset();
        updateState();
        const qint64 id = (*stored)->id;
        Q_EMIT message(tr("Saved the strategy configuration “%1”.").arg(name));
        co_await m_saved->reload(id);
        Q_EMIT saved(id);
        co_return;
    }
}

QCoro::Task<> StrategyStudioPage::openConfiguration(TrainedConfiguration c)
{
    m_form->setConfiguration(c);
    m_trained.reset();
    const StrategyBacktestRequest request { c.symbol, c.timeframe, c.strategy, c.params,
                                            m_form->backtestRequest().costs };
    const auto objective = BacktestObjective::parse(c.objective);
    const BacktestObjective::Kind kind = objective ? *objective : BacktestObjective::Sharpe;
    m_results->showFolds(c.walkForward, kind, withTime(c.timeframe));
    if (co_await showBacktest(request,
                              tr("Saved configuration “%1”: %2 on %3 %4")
                                  .arg(c.name, c.strategy, c.symbol, c.timeframe)))
        Q_EMIT message(tr("Opened “%1”.").arg(c.name));
}

} // namespace modeldeck
