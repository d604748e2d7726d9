#include "strategy/StrategyCurveChart.h"

#include "common/ChartTheme.h"
#include "strategy/StrategyText.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace modeldeck {

namespace {

// QDateTimeAxis shows x as local time; shifting by the offset makes it show the UTC time.
qreal chartX(qint64 utcMs)
{
    const int offsetSeconds = QDateTime::fromMSecsSinceEpoch(utcMs).offsetFromUtc();
    return qreal(utcMs - qint64(offsetSeconds) * 1000);
}

} // namespace

StrategyCurveChart::StrategyCurveChart(Kind kind, QWidget *parent)
    : QChartView(parent), m_kind(kind), m_line(new QLineSeries), m_zero(new QLineSeries),
      m_timeAxis(new QDateTimeAxis), m_valueAxis(new QValueAxis)
{
    QChart *chart = ChartTheme::install(this);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    if (kind == Kind::Equity) {
        m_line->setName(tr("Strategy return (%)"));
        chart->addSeries(m_line);
        m_line->attachAxis(m_timeAxis);
        m_line->attachAxis(m_valueAxis);
        setAccessibleName(tr("Equity curve"));
    } else {
        m_area = new QAreaSeries(m_line, m_zero);
        m_area->setName(tr("Drawdown (%)"));
        chart->addSeries(m_area);
        m_area->attachAxis(m_timeAxis);
        m_area->attachAxis(m_valueAxis);
        setAccessibleName(tr("Drawdown"));
    }
    m_timeAxis->setTickCount(5);
    m_valueAxis->setLabelFormat(QStringLiteral("%.1f"));
    setMinimumHeight(140);
    applyPalette();
    clear();
}

void StrategyCurveChart::clear()
{
    m_line->clear();
    m_zero->clear();
    m_summary.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_timeAxis->setRange(now.addDays(-1), now);
    m_valueAxis->setRange(m_kind == Kind::Equity ? 0 : -1, m_kind == Kind::Equity ? 1 : 0);
    refreshText();
}

int StrategyCurveChart::pointCount() const
{
    return int(m_line->count());
}

void StrategyCurveChart::setResult(const BacktestResult &result, bool withTime)
{
    clear();
    const size_t n
        = std::min({ result.times.size(), result.equity.size(), result.drawdown.size() });
    if (n == 0)
        return;
    const size_t stride = std::max<size_t>(1, (n + kMaxPoints - 1) / kMaxPoints);
    QList<QPointF> line;
    QList<QPointF> zero;
    double low = 0;
    double high = 0;
    for (size_t begin = 0; begin < n; begin += stride) {
        const size_t end = std::min(n, begin + stride);
        size_t pick = end - 1; // equity: the stretch's last bar
        if (m_kind == Kind::Drawdown) {
            pick = begin;
            for (size_t i = begin; i < end; ++i) {
                if (result.drawdown[i] > result.drawdown[pick])
                    pick = i;
            }
        }
        const double value = m_kind == Kind::Equity ? (result.equity[pick] - 1) * 100
                                                    : -result.drawdown[pick] * 100;
        if (!std::isfinite(value))
            continue;
        const qreal x = chartX(result.times[pick]);
        line << QPointF(x, value);
        zero << QPointF(x, 0);
        low = std::min(low, value);
        high = std::max(high, value);
    }
    m_line->replace(line);
    m_zero->replace(zero);
    if (!line.isEmpty()) {
        m_timeAxis->setMin(QDateTime::fromMSecsSinceEpoch(qint64(line.front().x())));
        m_timeAxis->setMax(QDateTime::fromMSecsSinceEpoch(
            qint64(std::max(line.back().x(), line.front().x() + 1))));
    }
    m_timeAxis->setFormat(withTime ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd"));
    const double pad = high > low ? (high - low) * 0.05 : 1;
    m_valueAxis->setRange(low < 0 ? low - pad : 0, m_kind == Kind::Drawdown ? 0 : high + pad);
    m_valueAxis->setTickCount(5);
    m_valueAxis->applyNiceNumbers();
    // Whole percentages once the range is wide (no "8e+03"), one decimal for small ones.
    const double range = m_valueAxis->max() - m_valueAxis->min();
    m_valueAxis->setLabelFormat(range >= 20 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    if (m_kind == Kind::Equity)
        m_summary
            = tr("Return at the end: %1").arg(StrategyText::percent(result.equity[n - 1] - 1));
    else
        m_summary = tr("Deepest drawdown: %1")
                        .arg(StrategyText::percent(*std::max_element(result.drawdown.begin(),
                                                                     result.drawdown.begin() + n)));
    refreshText();
}

void StrategyCurveChart::refreshText()
{
    const QString empty = tr("Run a backtest or train a strategy to see its curves.");
    chart()->setTitle(m_summary.isEmpty() ? empty : QString());
    const QString description = m_summary.isEmpty() ? empty : m_summary;
    setAccessibleDescription(description);
    setToolTip(description);
}

void StrategyCurveChart::applyPalette()
{
    const bool dark = ChartTheme::applyPalette(this, { m_timeAxis, m_valueAxis });
    if (m_kind == Kind::Equity) {
        m_line->setPen(QPen(dark ? QColor(0x4f, 0xc3, 0xf7) : QColor(0x1e, 0x63, 0xb5), 2));
        return;
    }
    const QColor red = dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    QColor fill = red;
    fill.setAlphaF(dark ? 0.35 : 0.25);
    m_area->setPen(QPen(red, 1));
    m_area->setBrush(fill);
}

void StrategyCurveChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

} // namespace modeldeck
