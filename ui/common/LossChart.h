#pragma once
// Train and validation loss per epoch as two lines (validation dashed, both in the legend, so
// colour is not the only cue). Used live for the running job and for finished runs.

#include "domain/EpochRecord.h"

#include <QChartView>
#include <vector>

class QLineSeries;
class QValueAxis;

namespace modeldeck {

class LossChart : public QChartView
{
    Q_OBJECT
public:
    explicit LossChart(QWidget *parent = nullptr);

    // Replaces the lines with these epochs.
    void setSeries(const std::vector<EpochRecord> &epochs);
    // Adds an epoch; one at or before the last shown epoch replaces nothing and is ignored.
    // A negative loss means "not known" and leaves a gap in that line.
    void appendPoint(int epoch, double trainLoss, double valLoss);
    void clear();
    // Shown in the plot while there are no points ("Waiting for the first epoch…").
    void setEmptyText(const QString &text);

    int pointCount() const { return m_lastEpoch > 0 ? int(m_points) : 0; }
    int lastEpoch() const { return m_lastEpoch; }
    QLineSeries *trainSeries() const { return m_train; }
    QLineSeries *validationSeries() const { return m_validation; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void extendRange(double value);
    void rescale();
    void refreshText();

    QLineSeries *m_train;
    QLineSeries *m_validation;
    QValueAxis *m_epochAxis;
    QValueAxis *m_lossAxis;
    QString m_emptyText;
    int m_lastEpoch = 0;
    qsizetype m_points = 0;
    double m_min = 0;
    double m_max = 0;
    bool m_hasRange = false;
};

} // namespace modeldeck
