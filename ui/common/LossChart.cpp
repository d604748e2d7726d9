#include "common/LossChart.h"

#include "common/ChartTheme.h"
#include "queue/JobText.h"

#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <cmath>

namespace modeldeck {

LossChart::LossChart(QWidget *parent)
    : QChartView(parent), m_train(new QLineSeries), m_validation(new QLineSeries),
      m_epochAxis(new QValueAxis), m_lossAxis(new QValueAxis),
      m_emptyText(tr("Waiting for the first epoch…"))
{
    QChart *chart = ChartTheme::install(this);
    m_train->setName(tr("Train loss"));
    m_validation->setName(tr("Validation loss"));
    chart->addSeries(m_train);
    chart->addSeries(m_validation);
    m_epochAxis->setTitleText(tr("Epoch"));
    m_epochAxis->setLabelFormat(QStringLiteral("%d"));
    m_epochAxis->setTickType(QValueAxis::TicksDynamic);
    m_lossAxis->setTitleText(tr("Loss"));
    m_lossAxis->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(m_epochAxis, Qt::AlignBottom);
    chart->addAxis(m_lossAxis, Qt::AlignLeft);
    for (QLineSeries *s : { m_train, m_validation }) {
        s->attachAxis(m_epochAxis);
        s->attachAxis(m_lossAxis);
    }
    setAccessibleName(tr("Loss per epoch"));
    setMinimumHeight(160);
    applyPalette();
    clear();
}

void LossChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    refreshText();
}

void LossChart::clear()
{
    m_train->clear();
    m_validation->clear();
    m_lastEpoch = 0;
    m_points = 0;
    m_min = 0;
    m_max = 0;
    m_hasRange = false;
    rescale();
    refreshText();
}

void LossChart::extendRange(double value)
{
    m_min = m_hasRange ? std::min(m_min, value) : value;
    m_max = m_hasRange ? std::max(m_max, value) : value;
    m_hasRange = true;
}

void LossChart::setSeries(const std::vector<EpochRecord> &epochs)
{
    clear();
    QList<QPointF> train;
    QList<QPointF> validation;
    for (const EpochRecord &e : epochs) {
        if (e.epoch <= m_lastEpoch)
            continue; // hostile rows: keep the x axis increasing
        m_lastEpoch = e.epoch;
        ++m_points;
        for (auto [value, list] :
             { std::pair { e.trainLoss, &train }, std::pair { e.valLoss, &validation } }) {
            if (value >= 0 && std::isfinite(value)) {
                list->append(QPointF(e.epoch, value));
                extendRange(value);
            }
        }
    }
    // One replace per line instead of a repaint per point.
    m_train->replace(train);
    m_validation->replace(validation);
    rescale();
    refreshText();
}

void LossChart::appendPoint(int epoch, double trainLoss, double valLoss)
{
    if (epoch <= m_lastEpoch)
        return;
    m_lastEpoch = epoch;
    ++m_points;
    for (auto [value, series] :
         { std::pair { trainLoss, m_train }, std::pair { valLoss, m_validation } }) {
        if (value >= 0 && std::isfinite(value)) {
            series->append(epoch, value);
            extendRange(value);
        }
    }
    rescale();
    refreshText();
}

void LossChart::rescale()
{
    // Whole epochs on a 1-2-5 step, so every tick is a real epoch number.
    const int last = std::max(2, m_lastEpoch);
    int step = 1;
    for (int base = 1; (last - 1) / step > 6; base *= 10) {
        for (int m : { 1, 2, 5 }) {
            step = m * base;
            if ((last - 1) / step <= 6)
                break;
        }
    }
    m_epochAxis->setRange(1, last);
    m_epochAxis->setTickAnchor(0);
    m_epochAxis->setTickInterval(step);
    if (!m_hasRange) {
        m_lossAxis->setRange(0, 1);
        return;
    }
    const double span = m_max - m_min;
    const double pad = span > 0 ? span * 0.05 : std::max(std::abs(m_max) * 0.1, 1e-6);
    m_lossAxis->setRange(std::max(0.0, m_min - pad), m_max + pad);
    m_lossAxis->setTickCount(6);
    m_lossAxis->applyNiceNumbers(); // round tick values: 0, 0.05, 0.1…
}

void LossChart::refreshText()
{
    const bool empty = m_train->count() + m_validation->count() == 0;
    chart()->setTitle(empty ? m_emptyText : QString());
    QString description = m_emptyText;
    if (!empty) {
        const auto last = [](const QLineSeries *s) {
            return s->count() > 0 ? JobText::number(s->at(s->count() - 1).y())
                                  : QStringLiteral("–");
        };
        description = tr("Epoch %1: train loss %2, validation loss %3")
                          .arg(m_lastEpoch)
                          .arg(last(m_train), last(m_validation));
    }
    setAccessibleDescription(description);
    setToolTip(description);
}

void LossChart::applyPalette()
{
    // Lines are told apart by dash style as well as colour.
    const bool dark = ChartTheme::applyPalette(this, { m_epochAxis, m_lossAxis });
    QPen trainPen(dark ? QColor(0x4f, 0xc3, 0xf7) : QColor(0x1e, 0x63, 0xb5), 2);
    QPen valPen(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xd8, 0x5b, 0x00), 2, Qt::DashLine);
    m_train->setPen(trainPen);
    m_validation->setPen(valPen);
}

void LossChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

} // namespace modeldeck
