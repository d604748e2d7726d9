#pragma once
// A series' closes over a recent window with each model's forecasts of the same bars as a line
// of its own (colour and dash pattern per model, named in the legend), at their target times in
// UTC like every chart of bars.

#include "domain/Bar.h"
#include "domain/Prediction.h"

#include <QChartView>
#include <QList>
#include <vector>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace modeldeck {

class CompareForecastChart : public QChartView
{
    Q_OBJECT
public:
    explicit CompareForecastChart(QWidget *parent = nullptr);

    // Replaces what is shown: the closes, and one line per name from its forecasts.
    void setData(const std::vector<Bar> &bars, const QStringList &names,
                 const std::vector<std::vector<Prediction>> &forecasts);
    QLineSeries *closeSeries() const { return m_close; }
    const QList<QLineSeries *> &forecastLines() const { return m_lines; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLineSeries *m_close;
    QList<QLineSeries *> m_lines;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_priceAxis;
};

} // namespace modeldeck
