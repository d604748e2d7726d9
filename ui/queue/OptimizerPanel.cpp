#include "queue/OptimizerPanel.h"

#include "common/Guarded.h"
#include "common/LossChart.h"
#include "queue/JobText.h"
#include "queue/SearchCharts.h"
#include "queue/SearchTrialsModel.h"
#include "queue/StrategyJob.h"
#include "search/SearchSpec.h"
#include "session/WorkspaceSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace modeldeck {

namespace {

// Re-reads of a running search's trials are at least this far apart.
constexpr int kReloadIntervalMs = 1000;

QStringList comboItems(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

} // namespace

OptimizerPanel::OptimizerPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new SearchTrialsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_summary(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_table(new QTableView(this)), m_best(new BestSoFarChart(this)),
      m_param(new QComboBox(this)), m_scatter(new ParamScatterChart(this)),
      m_liveTab(new QWidget(this)), m_live(new LossChart(this)), m_throttle(new QTimer(this))
{
    setObjectName(QStringLiteral("optimizerPanel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Hyperparameter search summary"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SearchTrialsModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Search trials"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SearchTrialsModel::SkillColumn, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_param->setAccessibleName(tr("Parameter to plot skill against"));
    auto *paramLabel = new QLabel(tr("P&arameter:"), this);
    paramLabel->setBuddy(m_param);
    auto *scatterTab = new QWidget(this);
    auto *scatterRow = new QHBoxLayout;
    scatterRow->addWidget(paramLabel);
    scatterRow->addWidget(m_param, 1);
    auto *scatterLayout = new QVBoxLayout(scatterTab);
    scatterLayout->setContentsMargins(0, 0, 0, 0);
    scatterLayout->addLayout(scatterRow);
    scatterLayout->addWidget(m_scatter, 1);
    connect(m_param, &QComboBox::currentIndexChanged, this, &OptimizerPanel::refreshScatter);

    // Trials report validation loss only; the train line would stay empty.
    m_live->setAccessibleName(tr("Current trial's validation loss per epoch"));
    for (QLegendMarker *marker : m_live->chart()->legend()->markers(m_live->trainSeries()))
        marker->setVisible(false);
    auto *liveLayout = new QVBoxLayout(m_liveTab);
    liveLayout->setContentsMargins(0, 0, 0, 0);
    liveLayout->addWidget(m_live);

    // Short names: all four fit the queue dock's width. No mnemonics: in the dock they would
    // clash with the main window's tabs and menus (Ctrl+Tab moves between them).
    m_tabs->addTab(m_table, tr("Trials"));
    m_tabs->addTab(m_best, tr("Best so far"));
    m_tabs->addTab(scatterTab, tr("By parameter"));
    m_tabs->addTab(m_liveTab, tr("Live"));
    m_tabs->setTabToolTip(0, tr("Every recorded trial; click a header to sort"));
    m_tabs->setTabToolTip(1, tr("The best validation skill after each completed trial"));
    m_tabs->setTabToolTip(2, tr("Each completed trial's skill against one parameter"));
    m_tabs->setTabToolTip(3, tr("Validation loss per epoch of a trial that is running"));
    m_tabs->setDocumentMode(true);
    // Its pages' width hints (charts report their scene's size, the table its columns') must
    // not widen the queue dock; the panel takes the width it is given.
    m_tabs->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    m_throttle->setSingleShot(true);
    m_throttle->setInterval(kReloadIntervalMs);
    connect(m_throttle, &QTimer::timeout, this, &OptimizerPanel::reload);
}

void OptimizerPanel::setCompact(bool compact)
{
    m_compact = compact;
    refreshSummary();
}

void OptimizerPanel::setJob(qint64 jobId, const JobSpec &spec, bool running)
{
    const bool sameJob = jobId == m_jobId;
    m_jobId = jobId;
    m_spec = spec;
    m_running = running;
    // A strategy training records no trials: the summary says what its progress said.
    m_tabs->setVisible(!spec.isStrategy());
    if (!sameJob) {
        m_progress.reset();
        m_strategy.reset();
        m_lastStep = -1;
        m_liveTrial = 0;
        m_live->clear();
        m_live->setEmptyText(running ? tr("Waiting for the first epoch of a trial…")
                                     : tr("The search has ended."));
        m_model->setTrials({});
        m_spaceKeys.clear();
        m_logKeys.clear();
        // The space names the searched parameters before any trial has finished.
        if (auto search = SearchSpec::fromJson(spec.search)) {
            if (auto space = search->spaceFor(spec.bot)) {
                for (const SearchDimension &d : space->dimensions()) {
                    m_spaceKeys << d.key;
                    if (d.log)
                        m_logKeys << d.key;
                }
            }
        }
    }
    m_tabs->setTabEnabled(m_tabs->indexOf(m_liveTab), running);
    refreshSummary();
    requestReload();
}

void OptimizerPanel::applyProgress(const TrainingProgress &p)
{
    if (m_jobId == 0 || p.search.trials <= 0)
        return;
    const SearchProgress &s = p.search;
    // A trial ended when another one started, the best changed, or the trials are over (the
    // last ones end without a new start: the step moves on to Validate).
    const bool trialEnded = !m_progress || s.trial != m_progress->trial
        || s.bestScore != m_progress->bestScore || int(p.step) != m_lastStep;
    m_progress = s;
    if (p.strategy)
        m_strategy = p.strategy;
    m_lastStep = int(p.step);
    followLiveLoss(s);
    refreshSummary();
    if (trialEnded)
        requestReload();
}

void OptimizerPanel::finish()
{
    m_running = false;
    m_throttle->stop();
    m_stale = true;
    if (isVisible())
        reload();
}

void OptimizerPanel::followLiveLoss(const SearchProgress &s)
{
    // The progress names the trial and epoch of the latest validation loss; with trials in
    // parallel they interleave. The chart follows one trial until it is recorded as ended,
    // then the next that reports.
    if (s.liveTrial <= 0 || s.liveEpoch <= 0 || !s.score)
        return;
    const int trial = s.liveTrial;
    const int epoch = s.liveEpoch;
    const double loss = *s.score;
    bool ended = m_liveTrial == 0;
    for (const SearchTrial &t : m_model->trials())
        ended = ended || t.number == m_liveTrial;
    if (trial != m_liveTrial) {
        if (!ended)
            return;
        m_liveTrial = trial;
        m_live->clear();
        m_tabs->setTabText(m_tabs->indexOf(m_liveTab), tr("Live (trial %1)").arg(trial));
    }
    m_live->appendPoint(epoch, -1, loss);
}

void OptimizerPanel::requestReload()
{
    if (!isVisible()) {
        m_stale = true; // read when shown
        return;
    }
    if (!m_throttle->isActive())
        m_throttle->start();
}

void OptimizerPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale || m_loads == 0)
        reload();
}

QCoro::Task<> OptimizerPanel::reload()
{
    if (!m_gate.enter())
        co_return;
    do {
        m_stale = false;
        WorkspaceSession *session = m_session;
        const qint64 jobId = m_jobId;
        if (!session || !session->isOpen() || jobId == 0 || m_spec.isStrategy())
            continue;
        // Named: GCC 12 destroys temporaries of a full-expression holding co_await twice.
        auto task = guarded(this, session->jobs().searchTrials(jobId));
        auto trialsGuarded = co_await task;
        if (!trialsGuarded)
            co_return;
        if (jobId != m_jobId)
            continue; // another job was chosen meanwhile; the loop reads that one
        auto trials = std::move(*trialsGuarded);
        if (!trials) {
            Q_EMIT message(trials.error().message);
            continue;
        }
        const QString key = m_param->currentText();
        m_model->setTrials(std::move(*trials), m_spaceKeys);
        m_best->setTrials(m_model->trials());
        if (comboItems(m_param) != m_model->paramKeys()) {
            const QSignalBlocker block(m_param);
            m_param->clear();
            m_param->addItems(m_model->paramKeys());
            m_param->setCurrentIndex(std::max(0, m_param->findText(key)));
        }
        refreshScatter();
        refreshSummary();
        ++m_loads;
    } while (m_gate.again());
    Q_EMIT loaded();
}

void OptimizerPanel::refreshScatter()
{
    const QString key = m_param->currentText();
    m_scatter->setTrials(m_model->trials(), key, m_logKeys.contains(key));
}

QString OptimizerPanel::strategySummary() const
{
    // Where a search shows validation skill, a strategy shows its objective by name.
    const QString objective = objectiveLabel(strategyObjectiveOf(m_spec));
    if (!m_progress || m_progress->trials <= 0)
        return m_running ? tr("No backtest has finished yet.")
                         : tr("The strategy training has ended.");
    QStringList lines;
    if (m_running && m_strategy && m_strategy->step == StrategyProgress::Step::Validate)
        lines << tr("Walk-forward fold %1 of %2").arg(m_strategy->fold).arg(m_strategy->folds);
    else
        lines << tr("Optimisation: %1 of %2 backtests")
                     .arg(m_progress->trial)
                     .arg(m_progress->trials);
    if (m_progress->bestScore)
        lines << tr("Best %1 %2").arg(objective, JobText::number(-*m_progress->bestScore));
    if (m_running && m_progress->score && m_strategy
        && m_strategy->step == StrategyProgress::Step::Optimize)
        lines.last() += tr(" · current %1").arg(JobText::number(-*m_progress->score));
    return lines.join(u'\n');
}

void OptimizerPanel::refreshSummary()
{
    if (m_spec.isStrategy()) {
        const QString params = m_progress && !m_progress->bestParams.isEmpty()
            ? SearchTrialsModel::paramsText(m_progress->bestParams)
            : QString();
        m_summary->setText(
            strategySummary()
            + (params.isEmpty() || m_compact ? QString() : QStringLiteral(" · ") + params));
        m_summary->setToolTip(params);
        return;
    }
    // The running job's details line already says which trial runs; this says what ended.
    QStringList lines;
    const std::vector<SearchTrial> &trials = m_model->trials();
    const int recorded = int(trials.size());
    int complete = 0;
    int pruned = 0;
    for (const SearchTrial &t : trials) {
        complete += t.state == SearchTrial::State::Complete;
        pruned += t.state == SearchTrial::State::Pruned;
    }
    const QString states = tr("%1 complete, %2 pruned, %3 failed")
                               .arg(complete)
                               .arg(pruned)
                               .arg(recorded - complete - pruned);
    if (m_running && m_progress && m_progress->trials > 0)
        lines
            << tr("%1 of %2 trials recorded: %3").arg(recorded).arg(m_progress->trials).arg(states);
    else if (recorded > 0)
        lines << tr("%n trial(s) recorded", nullptr, recorded) + QStringLiteral(": ") + states;
    else
        lines << (m_running ? tr("No trial has finished yet.") : tr("No trial was recorded."));
    QString params;
    if (const auto best = SearchTrialsModel::bestTrial(trials)) {
        const auto skill = SearchTrialsModel::skillOf(*best);
        params = SearchTrialsModel::paramsText(best->params);
        lines << tr("Best: trial %1, skill %2")
                     .arg(best->number)
                     .arg(skill ? JobText::number(*skill) : QStringLiteral("–"));
    } else if (m_progress && !m_progress->bestParams.isEmpty()) {
        params = SearchTrialsModel::paramsText(m_progress->bestParams);
        lines << tr("Best so far");
    }
    // In the narrow dock the parameters (a dozen keys) go to the tooltip; the table has them.
    if (!params.isEmpty() && !m_compact)
        lines.last() += QStringLiteral(" · ") + params;
    m_summary->setText(lines.join(u'\n'));
    m_summary->setToolTip(params);
}

} // namespace modeldeck
