#include "strategy/StrategyResultsView.h"

#include "strategy/StrategyCurveChart.h"
#include "strategy/StrategyText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace modeldeck {

namespace {

constexpr double kMsPerYear = 365.25 * 86'400'000.0;

QStandardItem *textItem(const QString &text, bool number = false)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableView *tableView(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    return view;
}

// Buy and hold's CAGR over the same window (BacktestScores' rule: years between the window's
// first and last bar); NaN when no time passes.
double holdCagr(const BacktestResult &r)
{
    if (r.times.size() < 2)
        return std::nan("");
    const double years = double(r.times.back() - r.times.front()) / kMsPerYear;
    if (years <= 0 || r.scores.buyAndHoldReturn <= -1)
        return std::nan("");
    return std::pow(1 + r.scores.buyAndHoldReturn, 1 / years) - 1;
}

} // namespace

StrategyResultsView::StrategyResultsView(QWidget *parent)
    : QTabWidget(parent), m_title(new QLabel(this)), m_scores(new QTableWidget(this)),
      m_equity(new StrategyCurveChart(StrategyCurveChart::Kind::Equity, this)),
      m_drawdown(new StrategyCurveChart(StrategyCurveChart::Kind::Drawdown, this)),
      m_trades(new QStandardItemModel(this)), m_tradesView(tableView(m_trades, tr("Trades"), this)),
      m_foldsNote(new QLabel(this)), m_folds(new QStandardItemModel(this)),
      m_foldsView(tableView(m_folds, tr("Walk-forward folds"), this))
{
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scores->setColumnCount(2);
    m_scores->setHorizontalHeaderLabels({ tr("Strategy"), tr("Buy and hold") });
    m_scores->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_scores->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_scores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scores->setSelectionMode(QAbstractItemView::NoSelection);
    m_scores->setAccessibleName(tr("Scores"));
    m_scores->setToolTip(tr("Buy and hold is what holding the symbol through the same bars "
                            "returned, without costs; only its return and CAGR are known"));
    const QStringList rows { tr("Total return"), tr("CAGR"),    tr("Sharpe"),        tr("Sortino"),
                             tr("Max drawdown"), tr("Calmar"),  tr("Profit factor"), tr("Win rate"),
                             tr("Trades"),       tr("Exposure") };
    m_scores->setRowCount(int(rows.size()));
    m_scores->setVerticalHeaderLabels(rows);
    // As wide and tall as its figures, so neither column is cut off; the charts take the rest.
    m_scores->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_scores->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scores->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scores->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_equity);
    charts->addWidget(m_drawdown);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    auto *summary = new QWidget(this);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->addWidget(m_title);
    auto *row = new QHBoxLayout;
    auto *scoresColumn = new QVBoxLayout;
    scoresColumn->addWidget(m_scores);
    scoresColumn->addStretch(1);
    row->addLayout(scoresColumn);
    row->addWidget(charts, 1);
    summaryLayout->addLayout(row, 1);
    addTab(summary, tr("Results"));

    m_trades->setHorizontalHeaderLabels({ tr("Side"), tr("Entry"), tr("Entry price"), tr("Exit"),
                                          tr("Exit price"), tr("Bars"), tr("Return") });
    addTab(m_tradesView, tr("Trades"));

    m_foldsNote->setWordWrap(true);
    auto *folds = new QWidget(this);
    auto *foldsLayout = new QVBoxLayout(folds);
    foldsLayout->addWidget(m_foldsNote);
    foldsLayout->addWidget(m_foldsView, 1);
    addTab(folds, tr("Walk-forward"));
    clear();
}

void StrategyResultsView::clear()
{
    m_title->setText(tr("Choose a series and a strategy, then run a backtest (Ctrl+B) or train "
                        "the strategy (Ctrl+Return)."));
    for (int r = 0; r < m_scores->rowCount(); ++r) {
        for (int c = 0; c < 2; ++c)
            m_scores->setItem(r, c, new QTableWidgetItem(QStringLiteral("–")));
    }
    m_equity->clear();
    m_drawdown->clear();
    m_trades->removeRows(0, m_trades->rowCount());
    showFolds({}, BacktestObjective::Sharpe, false);
}

void StrategyResultsView::fillScores(const BacktestResult &r)
{
    const BacktestScores &s = r.scores;
    const QString none = QStringLiteral("–");
    const QStringList strategy {
        StrategyText::percent(s.totalReturn), StrategyText::percent(s.cagr),
        StrategyText::ratio(s.sharpe),        StrategyText::ratio(s.sortino),
        StrategyText::percent(s.maxDrawdown), StrategyText::ratio(s.calmar),
        StrategyText::ratio(s.profitFactor),  StrategyText::percent(s.winRate),
        QLocale().toString(s.trades),         StrategyText::percent(s.exposure)
    };
    const QStringList hold { StrategyText::percent(s.buyAndHoldReturn),
                             StrategyText::percent(holdCagr(r)),
                             none,
                             none,
                             none,
                             none,
                             none,
                             none,
                             none,
                             StrategyText::percent(1) };
    for (int row = 0; row < strategy.size(); ++row) {
        for (auto [column, text] : { std::pair { 0, strategy[row] }, std::pair { 1, hold[row] } }) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_scores->setItem(row, column, item);
        }
    }
    m_scores->resizeColumnsToContents();
    m_scores->updateGeometry();
    // The strategy's return beside holding's, so "beat buy and hold" does not rest on reading
    // two cells.
    const bool beat = s.totalReturn > s.buyAndHoldReturn;
    m_scores->item(0, 0)->setToolTip(beat ? tr("Above buy and hold over the same bars")
                                          : tr("Not above buy and hold over the same bars"));
}

void StrategyResultsView::showBacktest(const QString &title, const BacktestResult &result,
                                       bool withTime)
{
    m_title->setText(title);
    fillScores(result);
    m_equity->setResult(result, withTime);
    m_drawdown->setResult(result, withTime);
    m_trades->removeRows(0, m_trades->rowCount());
    const QLocale locale;
    for (const BacktestTrade &t : result.trades) {
        m_trades->appendRow(
            { textItem(t.direction > 0 ? tr("long") : tr("short")),
              textItem(StrategyText::time(t.entryTimeMs, withTime)),
              textItem(locale.toString(t.entryPrice, 'g', 8), true),
              textItem(t.open ? tr("%1 (open)").arg(StrategyText::time(t.exitTimeMs, withTime))
                              : StrategyText::time(t.exitTimeMs, withTime)),
              textItem(locale.toString(t.exitPrice, 'g', 8), true),
              textItem(locale.toString(t.bars), true),
              textItem(StrategyText::percent(t.returnFraction), true) });
    }
    m_tradesView->resizeColumnsToContents();
    setTabText(indexOf(m_tradesView),
               tr("Trades (%1)").arg(QLocale().toString(qint64(result.trades.size()))));
}

void StrategyResultsView::showFolds(const QJsonArray &folds, BacktestObjective::Kind objective,
                                    bool withTime)
{
    m_folds->clear();
    m_folds->setHorizontalHeaderLabels({ tr("Fold"), tr("Train from"), tr("Test from"),
                                         tr("Test to"), tr("Parameters"),
                                         tr("Test %1").arg(StrategyText::objectiveName(objective)),
                                         tr("Test return"), tr("Buy and hold") });
    for (const QJsonValue &value : folds) {
        const QJsonObject f = value.toObject();
        const BacktestScores test
            = BacktestScores::fromJson(f.value(QStringLiteral("test")).toObject());
        m_folds->appendRow(
            { textItem(QLocale().toString(f.value(QStringLiteral("fold")).toInt()), true),
              textItem(StrategyText::isoTime(f.value(QStringLiteral("train_begin")).toString(),
                                             withTime)),
              textItem(StrategyText::isoTime(f.value(QStringLiteral("test_begin")).toString(),
                                             withTime)),
              textItem(
                  StrategyText::isoTime(f.value(QStringLiteral("test_end")).toString(), withTime)),
              textItem(StrategyText::params(f.value(QStringLiteral("params")).toObject())),
              textItem(StrategyText::objectiveValue(objective,
                                                    BacktestObjective::value(objective, test)),
                       true),
              textItem(StrategyText::percent(test.totalReturn), true),
              textItem(StrategyText::percent(test.buyAndHoldReturn), true) });
    }
    m_foldsView->resizeColumnsToContents();
    m_foldsNote->setText(
        folds.isEmpty()
            ? tr("No walk-forward folds: set train and test windows to validate the training "
                 "on bars it did not search.")
            : tr("Each fold searched its train window only and was tested on the days after "
                 "it."));
    setTabText(indexOf(m_foldsView->parentWidget()),
               folds.isEmpty() ? tr("Walk-forward")
                               : tr("Walk-forward (%1)").arg(QLocale().toString(folds.size())));
}

} // namespace modeldeck
