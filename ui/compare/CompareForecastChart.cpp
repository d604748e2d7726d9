#include "compare/CompareForecastChart.h"

#include "common/ChartTheme.h"
#include "compare/CompareColors.h"
#include "predictions/PredictionChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace modeldeck {

CompareForecastChart::CompareForecastChart(QWidget *parent)
    : QChartView(parent), m_close(new QLineSeries), m_timeAxis(new QDateTimeAxis),
      m_priceAxis(new QValueAxis)
{
    QChart *chart = ChartTheme::install(this);
    m_close->setName(tr("Actual close"));
    chart->addSeries(m_close);
    m_timeAxis->setTitleText(tr("Time (UTC)"));
    m_timeAxis->setFormat(QStringLiteral("MM-dd HH:mm"));
    m_priceAxis->setTitleText(tr("Price"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_priceAxis, Qt::AlignLeft);
    m_close->attachAxis(m_timeAxis);
    m_close->attachAxis(m_priceAxis);
    setAccessibleName(tr("Actual closes and each model's forecasts"));
    setMinimumHeight(180);
    applyPalette();
}

void CompareForecastChart::setData(const std::vector<Bar> &bars, const QStringList &names,
                                   const std::vector<std::vector<Prediction>> &forecasts)
{
    for (QLineSeries *line : std::as_const(m_lines)) {
        chart()->removeSeries(line);
        delete line;
    }
    m_lines.clear();
    double low = 0, high = 0;
    qreal first = 0, last = 0;
    bool any = false;
    const auto extend = [&](qreal x, double y) {
        low = any ? std::min(low, y) : y;
        high = any ? std::max(high, y) : y;
        first = any ? std::min(first, x) : x;
        last = any ? std::max(last, x) : x;
        any = true;
    };
    QList<QPointF> closes;
    for (const Bar &b : bars) {
        if (!std::isfinite(b.close))
            continue;
        closes << QPointF(PredictionChart::chartX(b.timeUtcMs), b.close);
        extend(closes.back().x(), b.close);
    }
    m_close->replace(closes);
    for (qsizetype i = 0; i < names.size() && size_t(i) < forecasts.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(names[i]);
        QList<QPointF> points;
        for (const Prediction &p : forecasts[size_t(i)]) {
            if (!std::isfinite(p.value))
                continue;
            points << QPointF(PredictionChart::chartX(p.targetTimeMs), p.value);
            extend(points.back().x(), p.value);
        }
        line->replace(points);
        chart()->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_priceAxis);
        m_lines << line;
    }
    if (any) {
        const double pad = high > low ? (high - low) * 0.05 : std::max(std::abs(high) * 0.01, 1e-6);
        m_priceAxis->setRange(low - pad, high + pad);
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first)),
                             QDateTime::fromMSecsSinceEpoch(qint64(std::max(last, first + 1))));
    }
    chart()->setTitle(any ? QString() : tr("No forecasts to show."));
    applyPalette();
}

void CompareForecastChart::applyPalette()
{
    const bool dark = ChartTheme::applyPalette(this, { m_timeAxis, m_priceAxis });
    m_close->setPen(QPen(dark ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x42, 0x42, 0x42), 1.5));
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        m_lines[i]->setPen(CompareColors::pen(int(i), dark));
}

void CompareForecastChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

} // namespace modeldeck
