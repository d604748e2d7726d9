#include "common/ImportanceChart.h"

#include "common/ChartTheme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QJsonObject>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>
#include <cmath>

namespace modeldeck {

ImportanceChart::ImportanceChart(QWidget *parent)
    : QChartView(parent), m_series(new QHorizontalBarSeries), m_gain(new QBarSet(tr("Gain"))),
      m_featureAxis(new QBarCategoryAxis), m_gainAxis(new QValueAxis)
{
    QChart *chart = ChartTheme::install(this);
    m_series->append(m_gain);
    chart->addSeries(m_series);
    chart->legend()->hide();
    // Shares of the total gain read the same at any scale of the target; raw gains do not.
    m_gainAxis->setTitleText(tr("Share of the gain (%)"));
    m_gainAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_gainAxis->setTickCount(3);
    chart->addAxis(m_featureAxis, Qt::AlignLeft);
    chart->addAxis(m_gainAxis, Qt::AlignBottom);
    m_series->attachAxis(m_featureAxis);
    m_series->attachAxis(m_gainAxis);
    setAccessibleName(tr("Feature importance"));
    setMinimumHeight(200);
    applyPalette();
    setImportance({});
}

void ImportanceChart::setImportance(const QJsonArray &importance)
{
    QList<std::pair<QString, double>> bars;
    double total = 0;
    for (const QJsonValue &entry : importance) {
        const QJsonObject o = entry.toObject();
        const QString name = o.value(QStringLiteral("feature")).toString().left(64);
        const double gain = o.value(QStringLiteral("gain")).toDouble(-1);
        if (name.isEmpty() || !std::isfinite(gain) || gain < 0)
            continue;
        total += gain;
        if (bars.size() < kMaxBars)
            bars.append({ name, gain });
    }
    // Bar charts draw their first category at the bottom: reversed, the largest is on top.
    QStringList categories;
    QList<qreal> values;
    double largest = 0;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        const double share = total > 0 ? 100.0 * it->second / total : 0;
        categories << it->first;
        values << share;
        largest = std::max(largest, share);
    }
    m_gain->remove(0, m_gain->count());
    m_gain->append(values);
    m_featureAxis->setCategories(categories);
    // A round upper end, so the three ticks are round numbers too.
    const double step = largest > 20 ? 10 : largest > 10 ? 5 : largest > 4 ? 2 : 1;
    m_gainAxis->setRange(0, std::max(step, std::ceil(largest / step / 2) * step * 2));
    chart()->setTitle(bars.isEmpty() ? tr("No feature importance: only tree models have one")
                                     : QString());
    QStringList described;
    const QLocale locale;
    for (const auto &[name, gain] : std::as_const(bars))
        described << tr("%1 %2 %").arg(name, locale.toString(100.0 * gain / total, 'f', 1));
    setAccessibleDescription(described.isEmpty() ? chart()->title()
                                                 : described.join(QStringLiteral(", ")));
}

int ImportanceChart::barCount() const
{
    return m_gain->count();
}

QStringList ImportanceChart::features() const
{
    QStringList top;
    const QStringList categories = m_featureAxis->categories();
    for (auto it = categories.crbegin(); it != categories.crend(); ++it)
        top << *it;
    return top;
}

void ImportanceChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void ImportanceChart::applyPalette()
{
    const bool dark = ChartTheme::applyPalette(this, { m_featureAxis, m_gainAxis });
    m_gain->setColor(dark ? QColor(0x4f, 0xc3, 0xf7) : QColor(0x1e, 0x63, 0xb5));
    m_gain->setBorderColor(Qt::transparent);
}

} // namespace modeldeck
