#pragma once
// A deployed model's live accuracy over time, one point per fill of actual values
// (performance_metrics): skill vs naive and 95 % interval coverage in percent on the left axis,
// RMSE on the right. Skill below 0 means the model now loses to "tomorrow = today"; coverage
// well under 95 % means its intervals are too narrow. The latest figures are the tooltip.

#include "monitoring/LivePerformance.h"

#include <QChartView>
#include <vector>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace modeldeck {

class LiveAccuracyChart : public QChartView
{
    Q_OBJECT
public:
    explicit LiveAccuracyChart(QWidget *parent = nullptr);

    // Oldest first (PredictionsFacade::accuracyHistory); replaces what is shown.
    void setHistory(const std::vector<PerformanceSnapshot> &history);
    void setEmptyText(const QString &text);

    int pointCount() const { return int(m_points); }
    QLineSeries *skillSeries() const { return m_skill; }
    QLineSeries *coverageSeries() const { return m_coverage; }
    QLineSeries *rmseSeries() const { return m_rmse; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLineSeries *m_skill;
    QLineSeries *m_coverage;
    QLineSeries *m_rmse;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_percentAxis;
    QValueAxis *m_rmseAxis;
    QString m_emptyText;
    qsizetype m_points = 0;
};

} // namespace modeldeck
