#include "predictions/LiveAccuracyChart.h"

#include "common/ChartTheme.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace modeldeck {

LiveAccuracyChart::LiveAccuracyChart(QWidget *parent)
    : QChartView(parent), m_skill(new QLineSeries), m_coverage(new QLineSeries),
      m_rmse(new QLineSeries), m_timeAxis(new QDateTimeAxis), m_percentAxis(new QValueAxis),
      m_rmseAxis(new QValueAxis)
{
    QChart *chart = ChartTheme::install(this);
    m_skill->setName(tr("Skill vs naive %"));
    m_coverage->setName(tr("95 % coverage %"));
    m_rmse->setName(tr("RMSE"));
    for (QLineSeries *s : { m_skill, m_coverage, m_rmse })
        chart->addSeries(s);
    m_timeAxis->setTitleText(tr("Recorded (local time)"));
    m_timeAxis->setFormat(QStringLiteral("dd MMM HH:mm"));
    m_percentAxis->setTitleText(tr("%"));
    m_percentAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_rmseAxis->setTitleText(tr("RMSE"));
    m_rmseAxis->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_percentAxis, Qt::AlignLeft);
    chart->addAxis(m_rmseAxis, Qt::AlignRight);
    for (QLineSeries *s : { m_skill, m_coverage }) {
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_percentAxis);
    }
    m_rmse->attachAxis(m_timeAxis);
    m_rmse->attachAxis(m_rmseAxis);
    setAccessibleName(tr("Live accuracy of the model at each fill of actual values"));
    setMinimumHeight(160);
    m_emptyText = tr("Choose a saved model to see its live accuracy.");
    applyPalette();
    setHistory({});
}

void LiveAccuracyChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    if (m_points == 0)
        chart()->setTitle(text);
}

void LiveAccuracyChart::setHistory(const std::vector<PerformanceSnapshot> &history)
{
    QList<QPointF> skill, coverage, rmse;
    double low = 0, high = 100, rmseHigh = 0;
    qint64 first = 0, last = 0;
    for (const PerformanceSnapshot &s : history) {
        const ForecastMetrics &m = s.live.metrics;
        if (!s.computedAt.isValid() || m.count < 1)
            continue; // hostile or empty rows: nothing to plot
        const qint64 t = s.computedAt.toMSecsSinceEpoch();
        if (first == 0)
            first = t;
        last = t;
        if (std::isfinite(m.skill)) {
            // A model far worse than naive would squash the rest: the axis stops at -100 %.
            const double v = std::max(-100.0, m.skill * 100);
            skill.append({ double(t), v });
            low = std::min(low, v);
        }
        if (s.live.coverage95 && std::isfinite(*s.live.coverage95))
            coverage.append({ double(t), *s.live.coverage95 * 100 });
        if (std::isfinite(m.rmse)) {
            rmse.append({ double(t), m.rmse });
            rmseHigh = std::max(rmseHigh, m.rmse);
        }
    }
    m_skill->replace(skill);
    m_coverage->replace(coverage);
    m_rmse->replace(rmse);
    m_points = std::max({ skill.size(), coverage.size(), rmse.size() });
    if (last == first) { // one point, or none: a day around it
        first -= 43'200'000;
        last += 43'200'000;
    }
    if (first <= 0)
        first = last = QDateTime::currentMSecsSinceEpoch();
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first),
                         QDateTime::fromMSecsSinceEpoch(last == first ? last + 1 : last));
    m_percentAxis->setRange(std::floor(low / 10) * 10, high);
    m_rmseAxis->setRange(0, rmseHigh > 0 ? rmseHigh * 1.1 : 1);
    m_rmseAxis->applyNiceNumbers();

    chart()->setTitle(m_points == 0 ? m_emptyText : QString());
    QString description = m_emptyText;
    if (m_points > 0 && !history.empty()) {
        const PerformanceSnapshot &s = history.back();
        const QLocale locale;
        description = tr("Latest (%1, %n prediction(s)): RMSE %2, skill vs naive %3 %, 95 % "
                         "coverage %4",
                         nullptr, s.live.metrics.count)
                          .arg(locale.toString(s.computedAt.toLocalTime(), QLocale::ShortFormat))
                          .arg(locale.toString(s.live.metrics.rmse, 'g', 4))
                          .arg(locale.toString(s.live.metrics.skill * 100, 'f', 1))
                          .arg(s.live.coverage95 ? locale.toString(*s.live.coverage95 * 100, 'f', 1)
                                       + QStringLiteral(" %")
                                                 : tr("unknown"));
    }
    setAccessibleDescription(description);
    setToolTip(description);
}

void LiveAccuracyChart::applyPalette()
{
    // Told apart by dash style as well as colour.
    const bool dark = ChartTheme::applyPalette(this, { m_timeAxis, m_percentAxis, m_rmseAxis });
    m_skill->setPen(QPen(dark ? QColor(0x4f, 0xc3, 0xf7) : QColor(0x1e, 0x63, 0xb5), 2));
    m_coverage->setPen(
        QPen(dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32), 2, Qt::DashLine));
    m_rmse->setPen(
        QPen(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xd8, 0x5b, 0x00), 2, Qt::DotLine));
}

void LiveAccuracyChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

} // namespace modeldeck
