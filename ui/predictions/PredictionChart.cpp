#include "predictions/PredictionChart.h"

#include "common/ChartTheme.h"
#include "domain/Timeframe.h"
#include "predictions/PredictionText.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace modeldeck {

namespace {

struct Range
{
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    void add(double v)
    {
        if (std::isfinite(v)) {
            min = std::min(min, v);
            max = std::max(max, v);
        }
    }
    void add(std::optional<double> v)
    {
        if (v)
            add(*v);
    }
    bool valid() const { return min <= max; }
};

bool finite(std::optional<double> v)
{
    return v && std::isfinite(*v);
}

// One box per prediction, drawn as a single area: between boxes the upper and lower lines
// meet, so the area in between has no height and nothing is filled there.
void appendBox(QList<QPointF> &upper, QList<QPointF> &lower, qreal left, qreal right, double low,
               double high)
{
    const double mid = (low + high) / 2;
    upper << QPointF(left, mid) << QPointF(left, high) << QPointF(right, high)
          << QPointF(right, mid);
    lower << QPointF(left, mid) << QPointF(left, low) << QPointF(right, low) << QPointF(right, mid);
}

} // namespace

qreal PredictionChart::chartX(qint64 utcMs)
{
    const int offsetSeconds = QDateTime::fromMSecsSinceEpoch(utcMs).offsetFromUtc();
    return qreal(utcMs - qint64(offsetSeconds) * 1000);
}

PredictionChart::PredictionChart(QWidget *parent)
    : QChartView(parent), m_close(new QLineSeries),
      m_band95(new QAreaSeries(new QLineSeries, new QLineSeries)),
      m_band80(new QAreaSeries(new QLineSeries, new QLineSeries)), m_predicted(new QScatterSeries),
      m_actual(new QScatterSeries), m_timeAxis(new QDateTimeAxis), m_priceAxis(new QValueAxis),
      m_emptyText(tr("No price history for this series yet."))
{
    QChart *chart = ChartTheme::install(this);
    m_close->setName(tr("Close"));
    m_band95->setName(tr("95 % interval"));
    m_band80->setName(tr("80 % interval"));
    m_predicted->setName(tr("Predicted (circle)"));
    m_actual->setName(tr("Actual (square)"));
    m_predicted->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_actual->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_predicted->setMarkerSize(9);
    m_actual->setMarkerSize(9);
    // The boxes' lines belong to the areas, which take ownership of them.
    m_band95->upperSeries()->setParent(m_band95);
    m_band95->lowerSeries()->setParent(m_band95);
    m_band80->upperSeries()->setParent(m_band80);
    m_band80->lowerSeries()->setParent(m_band80);
    // Drawn in this order: bands under the line, points on top.
    const QList<QAbstractSeries *> series { m_band95, m_band80, m_close, m_predicted, m_actual };
    for (QAbstractSeries *s : series)
        chart->addSeries(s);
    m_timeAxis->setTitleText(tr("Time (UTC)"));
    m_timeAxis->setTickCount(6);
    m_priceAxis->setTitleText(tr("Price"));
    m_priceAxis->setLabelFormat(QStringLiteral("%.6g"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_priceAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : series) {
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_priceAxis);
    }
    setAccessibleName(tr("Price history and predictions"));
    setMinimumHeight(220);
    applyPalette();
    clear();
}

void PredictionChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    refreshText();
}

void PredictionChart::clear()
{
    setData({}, {}, QString());
}

void PredictionChart::setData(const std::vector<Bar> &bars,
                              const std::vector<Prediction> &predictions, const QString &timeframe)
{
    Range x;
    Range y;
    QList<QPointF> close;
    close.reserve(qsizetype(bars.size()));
    for (const Bar &b : bars) {
        if (!std::isfinite(b.close))
            continue;
        close << QPointF(chartX(b.timeUtcMs), b.close);
        x.add(close.back().x());
        y.add(b.close);
    }
    // Boxes a bar wide at most, but never thinner than about 1/150 of the plot, so a lone
    // prediction after 200 bars stays visible.
    const auto tf = Timeframe::parse(timeframe);
    qreal step = tf ? qreal(tf->milliseconds()) : 0;
    if (step <= 0 && close.size() >= 2)
        step = close.back().x() - close[close.size() - 2].x();
    for (const Prediction &p : predictions) {
        if (std::isfinite(p.value))
            x.add(chartX(p.targetTimeMs));
    }
    const qreal span = x.valid() ? x.max - x.min : 0;
    const qreal halfWidth = std::max(step * 0.35, span / 300);

    std::vector<const Prediction *> sorted;
    for (const Prediction &p : predictions) {
        if (std::isfinite(p.value))
            sorted.push_back(&p);
    }
    std::sort(sorted.begin(), sorted.end(), [](const Prediction *a, const Prediction *b) {
        return a->targetTimeMs < b->targetTimeMs;
    });
    QList<QPointF> predicted;
    QList<QPointF> actual;
    QList<QPointF> upper80, lower80, upper95, lower95;
    for (const Prediction *p : sorted) {
        const qreal t = chartX(p->targetTimeMs);
        predicted << QPointF(t, p->value);
        y.add(p->value);
        if (finite(p->actual)) {
            // At the bar it was compared with, which is later than nominal over nights and
            // weekends.
            actual << QPointF(p->actualTimeMs ? chartX(*p->actualTimeMs) : t, *p->actual);
            x.add(actual.back().x());
            y.add(p->actual);
        }
        if (finite(p->lower80) && finite(p->upper80)) {
            appendBox(upper80, lower80, t - halfWidth, t + halfWidth, *p->lower80, *p->upper80);
            y.add(p->lower80);
            y.add(p->upper80);
        }
        if (finite(p->lower95) && finite(p->upper95)) {
            appendBox(upper95, lower95, t - halfWidth, t + halfWidth, *p->lower95, *p->upper95);
            y.add(p->lower95);
            y.add(p->upper95);
        }
    }
    // One replace per line instead of a repaint per point.
    m_close->replace(close);
    m_predicted->replace(predicted);
    m_actual->replace(actual);
    m_band80->upperSeries()->replace(upper80);
    m_band80->lowerSeries()->replace(lower80);
    m_band95->upperSeries()->replace(upper95);
    m_band95->lowerSeries()->replace(lower95);

    if (x.valid()) {
        const qreal pad = std::max((x.max - x.min) * 0.02, halfWidth * 2);
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(x.min - pad)),
                             QDateTime::fromMSecsSinceEpoch(qint64(x.max + pad)));
    } else {
        const QDateTime now = QDateTime::currentDateTime();
        m_timeAxis->setRange(now.addDays(-1), now);
    }
    // Sensible labels per timeframe: times of day for intraday bars, dates for daily ones,
    // and the date with the time when an intraday view spans several days.
    const bool daily = PredictionText::isDaily(timeframe);
    // Chart x values read as local times show the UTC time (see chartX), so local dates here
    // are UTC dates.
    const bool severalDays = x.valid()
        && QDateTime::fromMSecsSinceEpoch(qint64(x.min)).date()
            != QDateTime::fromMSecsSinceEpoch(qint64(x.max)).date();
    m_timeAxis->setFormat(daily             ? QStringLiteral("yyyy-MM-dd")
                              : severalDays ? QStringLiteral("MM-dd HH:mm")
                                            : QStringLiteral("HH:mm"));
    if (y.valid()) {
        const double pad
            = y.max > y.min ? (y.max - y.min) * 0.05 : std::max(std::abs(y.max) * 0.01, 1e-6);
        m_priceAxis->setRange(y.min - pad, y.max + pad);
        m_priceAxis->setTickCount(6);
        m_priceAxis->applyNiceNumbers(); // round prices on the ticks: 98, 99, 100…
    } else {
        m_priceAxis->setRange(0, 1);
    }

    m_summary.clear();
    if (!close.isEmpty()) {
        m_summary = tr("%n bar(s) of closes up to %1", nullptr, int(close.size()))
                        .arg(PredictionText::price(close.back().y()));
        m_summary += tr("; %n saved prediction(s)", nullptr, int(predicted.size()));
        m_summary += tr(", %n with the actual close", nullptr, int(actual.size()));
    } else if (!predicted.isEmpty()) {
        m_summary = tr("%n saved prediction(s)", nullptr, int(predicted.size()));
    }
    refreshText();
}

void PredictionChart::refreshText()
{
    const bool empty = m_summary.isEmpty();
    chart()->setTitle(empty ? m_emptyText : QString());
    const QString description = empty ? m_emptyText : m_summary;
    setAccessibleDescription(description);
    setToolTip(description);
}

void PredictionChart::applyPalette()
{
    // Marks differ by shape and legend text as well as colour.
    const bool dark = ChartTheme::applyPalette(this, { m_timeAxis, m_priceAxis });
    const QPalette pal = palette();
    m_close->setPen(QPen(pal.color(QPalette::Text), 1.5));
    const QColor accent = dark ? QColor(0x4f, 0xc3, 0xf7) : QColor(0x1e, 0x63, 0xb5);
    QColor band95 = accent;
    band95.setAlphaF(dark ? 0.22 : 0.15);
    QColor band80 = accent;
    band80.setAlphaF(dark ? 0.40 : 0.30);
    for (auto [area, colour] : { std::pair { m_band95, band95 }, std::pair { m_band80, band80 } }) {
        area->setBrush(colour);
        area->setPen(Qt::NoPen);
    }
    m_predicted->setColor(accent);
    m_predicted->setBorderColor(pal.color(QPalette::Base));
    const QColor actual = dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xd8, 0x5b, 0x00);
    m_actual->setColor(actual);
    m_actual->setBorderColor(pal.color(QPalette::Base));
}

void PredictionChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

} // namespace modeldeck
