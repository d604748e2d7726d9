#include "compare/CompareLossChart.h"

#include "common/ChartTheme.h"
#include "compare/CompareColors.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace modeldeck {

CompareLossChart::CompareLossChart(QWidget *parent)
    : QChartView(parent), m_epochAxis(new QValueAxis), m_lossAxis(new QValueAxis)
{
    QChart *chart = ChartTheme::install(this);
    m_epochAxis->setTitleText(tr("Epoch"));
    m_epochAxis->setLabelFormat(QStringLiteral("%d"));
    m_lossAxis->setTitleText(tr("Validation loss"));
    m_lossAxis->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(m_epochAxis, Qt::AlignBottom);
    chart->addAxis(m_lossAxis, Qt::AlignLeft);
    setAccessibleName(tr("Validation loss per epoch of each model"));
    setMinimumHeight(180);
    applyPalette();
}

void CompareLossChart::setModels(const QStringList &names,
                                 const std::vector<std::vector<EpochRecord>> &epochs)
{
    for (QLineSeries *line : std::as_const(m_lines)) {
        chart()->removeSeries(line);
        delete line;
    }
    m_lines.clear();
    double low = 0, high = 0;
    int lastEpoch = 1;
    bool any = false;
    for (qsizetype i = 0; i < names.size() && size_t(i) < epochs.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(names[i]);
        QList<QPointF> points;
        int previous = 0;
        for (const EpochRecord &e : epochs[size_t(i)]) {
            if (e.epoch <= previous || !(e.valLoss >= 0) || !std::isfinite(e.valLoss))
                continue; // hostile rows: keep x increasing, skip unknown losses
            previous = e.epoch;
            points << QPointF(e.epoch, e.valLoss);
            low = any ? std::min(low, e.valLoss) : e.valLoss;
            high = any ? std::max(high, e.valLoss) : e.valLoss;
            lastEpoch = std::max(lastEpoch, e.epoch);
            any = true;
        }
        line->replace(points);
        chart()->addSeries(line);
        line->attachAxis(m_epochAxis);
        line->attachAxis(m_lossAxis);
        m_lines << line;
    }
    m_epochAxis->setRange(1, std::max(2, lastEpoch));
    const double pad = high > low ? (high - low) * 0.05 : std::max(std::abs(high) * 0.1, 1e-6);
    m_lossAxis->setRange(any ? std::max(0.0, low - pad) : 0, any ? high + pad : 1);
    m_lossAxis->applyNiceNumbers();
    chart()->setTitle(any ? QString() : tr("No training epochs recorded for these models."));
    applyPalette();
}

void CompareLossChart::applyPalette()
{
    const bool dark = ChartTheme::applyPalette(this, { m_epochAxis, m_lossAxis });
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        m_lines[i]->setPen(CompareColors::pen(int(i), dark));
}

void CompareLossChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

} // namespace modeldeck
