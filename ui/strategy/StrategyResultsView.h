#pragma once
// What a backtest or a training found, in three tabs: the scores beside buy and hold with the
// equity curve and drawdown, the trades, and the walk-forward folds (train and test periods,
// the fold's parameters, its test objective and return beside buy and hold). The page adds its
// own tabs (saved configurations, jobs) after these.

#include "backtest/BacktestEngine.h"
#include "backtest/BacktestScores.h"

#include <QJsonArray>
#include <QTabWidget>

class QLabel;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace modeldeck {

class StrategyCurveChart;

class StrategyResultsView : public QTabWidget
{
    Q_OBJECT
public:
    explicit StrategyResultsView(QWidget *parent = nullptr);

    // `title` says what was run ("ma_crossover on AAPL 1d · fast 10 · slow 30"); `withTime`
    // for intraday bars.
    void showBacktest(const QString &title, const BacktestResult &result, bool withTime);
    // StrategyFold::toJson per fold; an empty array says walk-forward was off.
    void showFolds(const QJsonArray &folds, BacktestObjective::Kind objective, bool withTime);
    void clear();

    QTableWidget *scoresTable() const { return m_scores; }
    StrategyCurveChart *equityChart() const { return m_equity; }
    StrategyCurveChart *drawdownChart() const { return m_drawdown; }
    QTableView *tradesView() const { return m_tradesView; }
    QTableView *foldsView() const { return m_foldsView; }
    QStandardItemModel *tradesModel() const { return m_trades; }
    QStandardItemModel *foldsModel() const { return m_folds; }
    QLabel *titleLabel() const { return m_title; }

private:
    void fillScores(const BacktestResult &result);

    QLabel *m_title;
    QTableWidget *m_scores;
    StrategyCurveChart *m_equity;
    StrategyCurveChart *m_drawdown;
    QStandardItemModel *m_trades;
    QTableView *m_tradesView;
    QLabel *m_foldsNote;
    QStandardItemModel *m_folds;
    QTableView *m_foldsView;
};

} // namespace modeldeck
