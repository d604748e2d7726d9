#pragma once
// The house look of Qt Charts views. Charts draw themselves and ignore the widget palette;
// these give them its colours so they match light and dark themes.

#include <QList>

class QAbstractAxis;
class QChart;
class QChartView;

namespace modeldeck {

class ChartTheme
{
public:
    // Installs a new chart in `view` (which owns it): square corners, small margins, legend on
    // top, antialiased.
    static QChart *install(QChartView *view);
    // Colours the view's chart, legend and `axes` from the view's palette; true when that
    // palette is dark (for the series colours, which are the caller's).
    static bool applyPalette(QChartView *view, const QList<QAbstractAxis *> &axes);
};

} // namespace modeldeck
