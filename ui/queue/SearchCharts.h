#pragma once
// The optimizer panel's two charts over a search's recorded trials: the best deployed skill so
// far against the trial number, and each completed trial's skill against one parameter (a log
// axis for a parameter searched log-uniformly, a category axis for choices).

#include "domain/SearchTrial.h"

#include <QChartView>
#include <vector>

class QAbstractAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace modeldeck {

class BestSoFarChart : public QChartView
{
    Q_OBJECT
public:
    explicit BestSoFarChart(QWidget *parent = nullptr);
    void setTrials(const std::vector<SearchTrial> &trials);
    QLineSeries *series() const { return m_line; }
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineSeries *m_line;
    QScatterSeries *m_all; // every completed trial, faint, for context
    QValueAxis *m_x;
    QValueAxis *m_y;
};

class ParamScatterChart : public QChartView
{
    Q_OBJECT
public:
    explicit ParamScatterChart(QWidget *parent = nullptr);
    // `logScale`: the space samples the key log-uniformly.
    void setTrials(const std::vector<SearchTrial> &trials, const QString &key, bool logScale);
    QScatterSeries *series() const { return m_points; }
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void replaceXAxis(QAbstractAxis *axis);
    void applyPalette();

    QScatterSeries *m_points;
    QAbstractAxis *m_x = nullptr;
    QValueAxis *m_y;
};

} // namespace modeldeck
