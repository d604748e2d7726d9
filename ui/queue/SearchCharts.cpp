#include "queue/SearchCharts.h"

#include "common/ChartTheme.h"
#include "queue/SearchTrialsModel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QJsonValue>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace modeldeck {

namespace {

// A little room around the points so markers at the extremes are not cut in half, then round
// ticks: the padded range alone gave labels like "0.00277" and "-0.00106".
void fitRange(QValueAxis *axis, double low, double high)
{
    const double pad = high > low ? (high - low) * 0.08 : std::max(std::abs(low) * 0.1, 0.01);
    axis->setRange(low - pad, high + pad);
    axis->applyNiceNumbers();
}

// QGraphicsView's hint is its scene's size: the chart's default 600 px before it is first
// shown, which made the queue dock jump wider when a chart tab opened (and 4 px more each
// later time, the frame). A fixed, modest hint keeps the dock's width the user's.
constexpr QSize kChartHint(320, 240);

} // namespace

QSize BestSoFarChart::sizeHint() const
{
    return kChartHint;
}

QSize ParamScatterChart::sizeHint() const
{
    return kChartHint;
}

BestSoFarChart::BestSoFarChart(QWidget *parent)
    : QChartView(parent), m_line(new QLineSeries), m_all(new QScatterSeries), m_x(new QValueAxis),
      m_y(new QValueAxis)
{
    QChart *chart = ChartTheme::install(this);
    m_line->setName(tr("Best skill so far"));
    m_line->setPointsVisible(true);
    m_all->setName(tr("Each completed trial"));
    m_all->setMarkerSize(9);
    // The line first: the trials' markers stay visible where they sit on it.
    chart->addSeries(m_line);
    chart->addSeries(m_all);
    m_x->setTitleText(tr("Trial"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickInterval(1);
    m_y->setTitleText(tr("Validation skill"));
    m_y->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QXYSeries *s : std::initializer_list<QXYSeries *> { m_all, m_line }) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    setAccessibleName(tr("Best validation skill so far by trial"));
    setMinimumHeight(160);
    ChartTheme::applyPalette(this, { m_x, m_y });
}

void BestSoFarChart::setTrials(const std::vector<SearchTrial> &trials)
{
    const QList<QPointF> best = SearchTrialsModel::bestSoFar(trials);
    QList<QPointF> all;
    for (const SearchTrial &t : trials) {
        if (const auto skill = SearchTrialsModel::skillOf(t))
            all.append(QPointF(t.number, *skill));
    }
    m_line->replace(best);
    m_all->replace(all);
    int lastTrial = 1;
    for (const SearchTrial &t : trials)
        lastTrial = std::max(lastTrial, t.number);
    m_x->setRange(0.5, lastTrial + 0.5);
    // Whole trial numbers only; about ten ticks however many trials ran.
    m_x->setTickInterval(std::max(1, int(std::ceil(lastTrial / 10.0))));
    m_x->setTickAnchor(1);
    if (all.isEmpty()) {
        m_y->setRange(0, 1);
        return;
    }
    const auto [lo, hi] = std::minmax_element(all.begin(), all.end(),
                                              [](QPointF a, QPointF b) { return a.y() < b.y(); });
    fitRange(m_y, lo->y(), hi->y());
}

void BestSoFarChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        ChartTheme::applyPalette(this, { m_x, m_y });
}

ParamScatterChart::ParamScatterChart(QWidget *parent)
    : QChartView(parent), m_points(new QScatterSeries), m_y(new QValueAxis)
{
    QChart *chart = ChartTheme::install(this);
    chart->legend()->hide(); // one series; the axes say what it is
    m_points->setMarkerSize(9);
    chart->addSeries(m_points);
    m_y->setTitleText(tr("Validation skill"));
    m_y->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(m_y, Qt::AlignLeft);
    m_points->attachAxis(m_y);
    replaceXAxis(new QValueAxis);
    setAccessibleName(tr("Validation skill against a parameter"));
    setMinimumHeight(160);
}

void ParamScatterChart::replaceXAxis(QAbstractAxis *axis)
{
    if (m_x) {
        m_points->detachAxis(m_x);
        chart()->removeAxis(m_x);
        delete m_x;
    }
    m_x = axis;
    chart()->addAxis(m_x, Qt::AlignBottom);
    m_points->attachAxis(m_x);
    applyPalette();
}

void ParamScatterChart::applyPalette()
{
    ChartTheme::applyPalette(this, { m_x, m_y });
}

void ParamScatterChart::setTrials(const std::vector<SearchTrial> &trials, const QString &key,
                                  bool logScale)
{
    std::vector<std::pair<QJsonValue, double>> rows;
    bool numeric = true;
    for (const SearchTrial &t : trials) {
        const auto skill = SearchTrialsModel::skillOf(t);
        const QJsonValue v = t.params.value(key);
        if (!skill || v.isUndefined() || v.isNull())
            continue;
        numeric = numeric && v.isDouble() && std::isfinite(v.toDouble());
        logScale = logScale && v.isDouble() && v.toDouble() > 0;
        rows.emplace_back(v, *skill);
    }
    QList<QPointF> points;
    if (numeric) {
        double lo = 0;
        double hi = 0;
        for (const auto &[v, skill] : rows) {
            lo = points.isEmpty() ? v.toDouble() : std::min(lo, v.toDouble());
            hi = points.isEmpty() ? v.toDouble() : std::max(hi, v.toDouble());
            points.append(QPointF(v.toDouble(), skill));
        }
        if (logScale && !points.isEmpty()) {
            auto *axis = new QLogValueAxis;
            axis->setLabelFormat(QStringLiteral("%.2g"));
            // Labels sit at powers of ten only; the minor grid shows the scale in between.
            axis->setMinorTickCount(8);
            axis->setRange(lo / 1.3, hi * 1.3);
            replaceXAxis(axis);
        } else {
            auto *axis = new QValueAxis;
            axis->setLabelFormat(QStringLiteral("%.3g"));
            if (points.isEmpty())
                axis->setRange(0, 1);
            else
                fitRange(axis, lo, hi);
            replaceXAxis(axis);
        }
    } else {
        // Choices: one slot per distinct value, in the order first seen.
        QStringList values;
        for (const auto &[v, skill] : rows) {
            const QString text = v.isBool()
                ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                : v.toVariant().toString();
            if (!values.contains(text))
                values << text;
            points.append(QPointF(values.indexOf(text), skill));
        }
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (int i = 0; i < values.size(); ++i)
            axis->append(values[i], i);
        axis->setRange(-0.5, std::max(0.5, values.size() - 0.5));
        replaceXAxis(axis);
    }
    m_x->setTitleText(key);
    m_points->setName(key);
    m_points->replace(points);
    if (points.isEmpty()) {
        m_y->setRange(0, 1);
        return;
    }
    const auto [lo, hi] = std::minmax_element(points.begin(), points.end(),
                                              [](QPointF a, QPointF b) { return a.y() < b.y(); });
    fitRange(m_y, lo->y(), hi->y());
}

void ParamScatterChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

} // namespace modeldeck
