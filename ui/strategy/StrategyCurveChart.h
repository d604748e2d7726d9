#pragma once
// A backtest's equity curve (return since the start, in percent) or its drawdown (below the
// running peak, drawn as a filled area under zero) over bar time. Long series are thinned to
// about kMaxPoints points, keeping each stretch's deepest drawdown so the worst one still shows.

#include "backtest/BacktestEngine.h"

#include <QChartView>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace modeldeck {

class StrategyCurveChart : public QChartView
{
    Q_OBJECT
public:
    enum class Kind { Equity, Drawdown };
    static constexpr int kMaxPoints = 1500;

    explicit StrategyCurveChart(Kind kind, QWidget *parent = nullptr);

    // `withTime`: intraday bars (axis labels with the time of day).
    void setResult(const BacktestResult &result, bool withTime);
    void clear();
    int pointCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void refreshText();

    Kind m_kind;
    QLineSeries *m_line;
    QLineSeries *m_zero; // the drawdown area's lower edge
    QAreaSeries *m_area = nullptr;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QString m_summary;
};

} // namespace modeldeck
