#pragma once
// Measurements shared by the benchmarks that drive widgets (ui_scale, app_load).

#include "cards/RecordFilterModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace modeldeck::bench {

// Applying the filter and the view's relayout and repaint that follow.
inline double timeFilter(RecordFilterModel *filter, const RecordFilter &f)
{
    QElapsedTimer clock;
    clock.start();
    filter->setFilter(f);
    (void)filter->rowCount();
    QCoreApplication::processEvents();
    return clock.nsecsElapsed() / 1e6;
}

} // namespace modeldeck::bench
