#include "common/ChartTheme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>

namespace modeldeck {

QChart *ChartTheme::install(QChartView *view)
{
    auto *chart = new QChart; // owned by the view once set
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    view->setChart(chart);
    view->setRenderHint(QPainter::Antialiasing);
    return chart;
}

bool ChartTheme::applyPalette(QChartView *view, const QList<QAbstractAxis *> &axes)
{
    const QPalette pal = view->palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    QChart *chart = view->chart();
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.brush(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(pal.brush(QPalette::PlaceholderText));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.brush(QPalette::Text));
        QColor grid = pal.color(QPalette::Text);
        grid.setAlphaF(0.15);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    view->setBackgroundBrush(pal.brush(QPalette::Base));
    return dark;
}

} // namespace modeldeck
