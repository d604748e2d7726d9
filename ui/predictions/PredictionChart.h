#pragma once
// A series' recent closes with saved predictions at their target times: each prediction a
// point inside its 80 % and 95 % interval boxes, and the actual close, once known, as a
// square. Times are labelled in UTC like every bar time; every kind of mark has a legend
// entry (shape and text, not colour alone) and colours follow the light or dark palette.

#include "domain/Bar.h"
#include "domain/Prediction.h"

#include <QChartView>
#include <vector>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace modeldeck {

class PredictionChart : public QChartView
{
    Q_OBJECT
public:
    explicit PredictionChart(QWidget *parent = nullptr);

    // Replaces what is shown. Bars ascending (as loaded); predictions in any order, those of
    // other series are the caller's business. Non-finite values are left out.
    void setData(const std::vector<Bar> &bars, const std::vector<Prediction> &predictions,
                 const QString &timeframe);
    void clear();
    // Shown in the plot while there is nothing to draw.
    void setEmptyText(const QString &text);

    // QDateTimeAxis (Qt 6.4) labels in local time only; x values are shifted so that its
    // labels read the UTC time of `utcMs`. Use this to find a time on the chart.
    static qreal chartX(qint64 utcMs);

    QLineSeries *closeSeries() const { return m_close; }
    QScatterSeries *predictedSeries() const { return m_predicted; }
    QScatterSeries *actualSeries() const { return m_actual; }
    QAreaSeries *band80() const { return m_band80; }
    QAreaSeries *band95() const { return m_band95; }
    QDateTimeAxis *timeAxis() const { return m_timeAxis; }
    QValueAxis *priceAxis() const { return m_priceAxis; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void refreshText();

    QLineSeries *m_close;
    QAreaSeries *m_band95;
    QAreaSeries *m_band80;
    QScatterSeries *m_predicted;
    QScatterSeries *m_actual;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_priceAxis;
    QString m_emptyText;
    QString m_summary;
};

} // namespace modeldeck
