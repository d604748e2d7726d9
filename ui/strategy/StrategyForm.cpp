#include "strategy/StrategyForm.h"

#include "backtest/Strategy.h"
#include "common/ComboRefill.h"
#include "session/WorkspaceSession.h"
#include "strategy/StrategyParamTable.h"
#include "strategy/StrategyText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace modeldeck {

namespace {

constexpr double kMsPerDay = 86'400'000.0;
constexpr int kTpeStartupTrials = SamplerOptions {}.startupTrials;

QDoubleSpinBox *percentBox(QWidget *parent, const QString &name, const QString &tip)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 10); // percent per side
    box->setDecimals(3);
    box->setSingleStep(0.01);
    box->setSuffix(QStringLiteral(" %"));
    box->setAccessibleName(name);
    box->setToolTip(tip);
    return box;
}

} // namespace

StrategyForm::StrategyForm(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_symbol(new QComboBox(this)),
      m_timeframe(new QComboBox(this)), m_strategy(new QComboBox(this)),
      m_description(new QLabel(this)), m_objective(new QComboBox(this)),
      m_optimizer(new QComboBox(this)), m_budget(new QSpinBox(this)),
      m_trainDays(new QSpinBox(this)), m_testDays(new QSpinBox(this)),
      m_commission(
          percentBox(this, tr("Commission"),
                     tr("Commission per trade side, as a percentage of the traded value"))),
      m_slippage(percentBox(this, tr("Slippage"),
                            tr("Slippage per trade side, as a percentage of the price"))),
      m_short(new QCheckBox(tr("Allow short positions"), this)),
      m_params(new StrategyParamTable(this))
{
    m_symbol->setAccessibleName(tr("Symbol"));
    m_symbol->setToolTip(tr("The series to backtest and train on"));
    m_timeframe->setAccessibleName(tr("Timeframe"));
    m_timeframe->setToolTip(tr("Timeframes this symbol has bars for"));
    for (const Strategy *s : builtInStrategies())
        m_strategy->addItem(s->name(), s->name());
    m_strategy->setAccessibleName(tr("Strategy"));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    for (const QString &name : BacktestObjective::names()) {
        if (auto kind = BacktestObjective::parse(name))
            m_objective->addItem(StrategyText::objectiveName(*kind), int(*kind));
    }
    m_objective->setCurrentIndex(m_objective->findData(int(BacktestObjective::Sharpe)));
    m_objective->setAccessibleName(tr("Objective"));
    m_objective->setToolTip(tr("The score training maximises"));
    for (Method m : { Method::Bayes, Method::Random, Method::Grid })
        m_optimizer->addItem(StrategyText::methodName(m), int(m));
    m_optimizer->setAccessibleName(tr("Optimizer"));
    m_optimizer->setToolTip(tr("How training picks the parameters to try: TPE learns from the "
                               "backtests so far, random draws, grid walks an even grid"));
    m_budget->setRange(1, StrategyTrainSpec::kMaxBudget);
    m_budget->setValue(50);
    m_budget->setAccessibleName(tr("Budget"));
    m_budget->setToolTip(tr("Backtests per search (each walk-forward fold searches again)"));
    for (QSpinBox *days : { m_trainDays, m_testDays }) {
        days->setRange(0, 36500);
        days->setSpecialValueText(tr("off"));
        days->setSuffix(tr(" days"));
    }
    m_trainDays->setAccessibleName(tr("Walk-forward train days"));
    m_trainDays->setToolTip(tr("Days each walk-forward fold searches on (0: no walk-forward)"));
    m_testDays->setAccessibleName(tr("Walk-forward test days"));
    m_testDays->setToolTip(tr("Days each fold's best parameters are tested on, after its train "
                              "days (0: no walk-forward)"));
    m_commission->setValue(0.1);
    m_short->setToolTip(tr("Sell signals open short positions instead of going flat"));

    auto *series = new QFormLayout;
    series->addRow(tr("S&ymbol:"), m_symbol);
    series->addRow(tr("T&imeframe:"), m_timeframe);
    series->addRow(tr("Strate&gy:"), m_strategy);
    series->addRow(m_description);
    auto *training = new QFormLayout;
    training->addRow(tr("&Objective:"), m_objective);
    training->addRow(tr("Optimi&zer:"), m_optimizer);
    training->addRow(tr("B&udget:"), m_budget);
    training->addRow(tr("Train &window:"), m_trainDays);
    training->addRow(tr("Test window:"), m_testDays);
    training->addRow(tr("Commission:"), m_commission);
    training->addRow(tr("Slippage:"), m_slippage);
    training->addRow(m_short);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(series);
    layout->addWidget(new QLabel(tr("Parameters for a backtest:"), this));
    layout->addWidget(m_params);
    layout->addLayout(training);
    layout->addStretch(1);

    connect(m_symbol, &QComboBox::currentIndexChanged, this, [this] {
        fillTimeframes();
        seriesChanged();
    });
    connect(m_timeframe, &QComboBox::currentIndexChanged, this, &StrategyForm::seriesChanged);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &StrategyForm::strategyChanged);
    for (QComboBox *box : { m_objective, m_optimizer })
        connect(box, &QComboBox::currentIndexChanged, this, &StrategyForm::changed);
    for (QSpinBox *days : { m_trainDays, m_testDays }) {
        connect(days, &QSpinBox::valueChanged, this, [this] {
            if (!m_settingDays)
                m_daysEdited = true;
            Q_EMIT changed();
        });
    }
    connect(m_budget, &QSpinBox::valueChanged, this, &StrategyForm::changed);
    connect(m_session, &WorkspaceSession::symbolsChanged, this, &StrategyForm::refreshSeries);
    refreshSeries();
    strategyChanged();
}

void StrategyForm::refreshSeries()
{
    QList<ComboItem> items;
    for (const SymbolSummary &s : m_session->symbols()) {
        if (!s.series.empty())
            items.append({ s.symbol.name, s.symbol.name });
    }
    const QString before = symbol();
    refillCombo(m_symbol, items);
    fillTimeframes();
    if (symbol() != before)
        m_daysEdited = false;
    seriesChanged();
}

void StrategyForm::fillTimeframes()
{
    QList<ComboItem> items;
    for (const SymbolSummary &s : m_session->symbols()) {
        if (s.symbol.name != symbol())
            continue;
        for (const SeriesSummary &series : s.series)
            items.append(
                { tr("%1 (%2 bars)").arg(series.timeframe, QLocale().toString(series.barCount)),
                  series.timeframe });
    }
    refillCombo(m_timeframe, items);
}

void StrategyForm::seriesChanged()
{
    suggestDays();
    Q_EMIT changed();
}

double StrategyForm::seriesDays() const
{
    for (const SymbolSummary &s : m_session->symbols()) {
        if (s.symbol.name != symbol())
            continue;
        for (const SeriesSummary &series : s.series) {
            if (series.timeframe == timeframe())
                return double(series.lastMs - series.firstMs) / kMsPerDay;
        }
    }
    return 0;
}

void StrategyForm::suggestDays()
{
    if (m_daysEdited)
        return;
    // A year to search and a quarter to test when the series holds several folds of them (daily
    // bars over years); otherwise half and a sixth of the span, so a short intraday series
    // still gets a few folds; off when under three days.
    const double days = seriesDays();
    int train = 0;
    int test = 0;
    if (days >= 365 + 3 * 90) {
        train = 365;
        test = 90;
    } else if (days >= 3) {
        train = std::max(1, int(days / 2));
        test = std::max(1, int(days / 6));
    }
    m_settingDays = true;
    m_trainDays->setValue(train);
    m_testDays->setValue(test);
    m_settingDays = false;
}

const Strategy *StrategyForm::currentStrategy() const
{
    return findStrategy(strategy());
}

void StrategyForm::strategyChanged()
{
    const Strategy *s = currentStrategy();
    m_description->setText(s ? s->description() : QString());
    m_strategy->setToolTip(m_description->text());
    m_params->setStrategy(s);
    Q_EMIT changed();
}

void StrategyForm::setSeries(const QString &symbolName, const QString &timeframeName)
{
    if (const int i = m_symbol->findData(symbolName); i >= 0)
        m_symbol->setCurrentIndex(i);
    if (const int i = m_timeframe->findData(timeframeName); i >= 0)
        m_timeframe->setCurrentIndex(i);
}

void StrategyForm::setStrategy(const QString &name)
{
    if (const int i = m_strategy->findData(name); i >= 0)
        m_strategy->setCurrentIndex(i);
}

void StrategyForm::setParams(const QJsonObject &values)
{
    m_params->setValues(values);
}

void StrategyForm::setConfiguration(const TrainedConfiguration &c)
{
    setSeries(c.symbol, c.timeframe);
    setStrategy(c.strategy);
    setParams(c.params);
    if (auto kind = BacktestObjective::parse(c.objective))
        m_objective->setCurrentIndex(std::max(0, m_objective->findData(int(*kind))));
    const QJsonObject training = c.scores.value(QStringLiteral("training")).toObject();
    if (training.contains(QStringLiteral("commission"))) {
        BacktestOptions costs;
        costs.commission = training.value(QStringLiteral("commission")).toDouble();
        costs.slippage = training.value(QStringLiteral("slippage")).toDouble();
        costs.allowShort = training.value(QStringLiteral("short")).toBool();
        setCosts(costs);
    }
}

void StrategyForm::setTrainRequest(const StrategyTrainRequest &request)
{
    const StrategyTrainSpec &spec = request.spec;
    setSeries(request.symbol, request.timeframe);
    setStrategy(spec.strategy);
    setParams(spec.fixedParams);
    m_objective->setCurrentIndex(std::max(0, m_objective->findData(int(spec.objective))));
    m_optimizer->setCurrentIndex(std::max(0, m_optimizer->findData(int(spec.method))));
    m_budget->setValue(spec.budget);
    m_settingDays = true; // the job's windows, not a suggestion
    m_trainDays->setValue(spec.trainDays);
    m_testDays->setValue(spec.testDays);
    m_settingDays = false;
    m_daysEdited = true;
    setCosts(spec.costs);
}

void StrategyForm::setCosts(const BacktestOptions &costs)
{
    m_commission->setValue(costs.commission * 100);
    m_slippage->setValue(costs.slippage * 100);
    m_short->setChecked(costs.allowShort);
}

QString StrategyForm::symbol() const
{
    return m_symbol->currentData().toString();
}

QString StrategyForm::timeframe() const
{
    return m_timeframe->currentData().toString();
}

QString StrategyForm::strategy() const
{
    return m_strategy->currentData().toString();
}

QJsonObject StrategyForm::params() const
{
    return m_params->values();
}

BacktestObjective::Kind StrategyForm::objective() const
{
    return BacktestObjective::Kind(m_objective->currentData().toInt());
}

BacktestOptions StrategyForm::costs() const
{
    BacktestOptions costs;
    costs.commission = m_commission->value() / 100;
    costs.slippage = m_slippage->value() / 100;
    costs.allowShort = m_short->isChecked();
    return costs;
}

StrategyBacktestRequest StrategyForm::backtestRequest() const
{
    return { symbol(), timeframe(), strategy(), params(), costs() };
}

StrategyTrainRequest StrategyForm::trainRequest() const
{
    StrategyTrainRequest request;
    request.symbol = symbol();
    request.timeframe = timeframe();
    StrategyTrainSpec &spec = request.spec;
    spec.strategy = strategy();
    spec.objective = objective();
    spec.method = Method(m_optimizer->currentData().toInt());
    spec.budget = m_budget->value();
    spec.trainDays = m_trainDays->value();
    spec.testDays = m_testDays->value();
    spec.costs = costs();
    return request;
}

QString StrategyForm::problem() const
{
    if (m_symbol->count() == 0)
        return tr("This workspace has no price series yet: import a CSV file or download "
                  "bars first.");
    if (symbol().isEmpty() || timeframe().isEmpty())
        return tr("Choose a symbol and a timeframe.");
    if (!currentStrategy())
        return tr("Choose a strategy.");
    return {};
}

QString StrategyForm::trainProblem() const
{
    const int train = m_trainDays->value();
    const int test = m_testDays->value();
    if ((train > 0) != (test > 0))
        return tr("Walk-forward needs both a train and a test window (or neither): set both "
                  "above 0 days, or both to off.");
    const double days = seriesDays();
    if (train > 0 && days < train + test)
        return tr("%1 %2 spans %3 days; a walk-forward fold needs the train and test windows, "
                  "%4 days. Shorten them or turn walk-forward off.")
            .arg(symbol(), timeframe(), QLocale().toString(days, 'f', 1))
            .arg(train + test);
    return {};
}

QString StrategyForm::trainHint() const
{
    if (Method(m_optimizer->currentData().toInt()) == Method::Bayes
        && m_budget->value() <= kTpeStartupTrials)
        return tr("TPE starts with %1 random backtests, so a budget of %2 never uses its model: "
                  "raise the budget or choose Random.")
            .arg(kTpeStartupTrials)
            .arg(m_budget->value());
    return {};
}

} // namespace modeldeck
