#pragma once
// The validation loss per epoch of several models in one plot, one line per model (each with
// its own colour and dash pattern, named in the legend), to compare how they trained.

#include "domain/EpochRecord.h"

#include <QChartView>
#include <QList>
#include <vector>

class QLineSeries;
class QValueAxis;

namespace modeldeck {

class CompareLossChart : public QChartView
{
    Q_OBJECT
public:
    explicit CompareLossChart(QWidget *parent = nullptr);

    // Replaces the lines: one per name, from its epochs' validation losses (a model without
    // epochs, e.g. an imported one, gets no line but keeps its place in the colour order).
    void setModels(const QStringList &names, const std::vector<std::vector<EpochRecord>> &epochs);
    const QList<QLineSeries *> &lines() const { return m_lines; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QList<QLineSeries *> m_lines;
    QValueAxis *m_epochAxis;
    QValueAxis *m_lossAxis;
};

} // namespace modeldeck
