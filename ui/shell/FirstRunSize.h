#pragma once
// The main window's size when there is no saved geometry (the first run): most of the screen,
// so the Models tab shows at least two card columns beside the queue dock on a 1600×1000
// screen, but capped so a large monitor does not get a wall-sized window.

#include <QRect>
#include <QSize>

namespace modeldeck {

// `available` is the screen's available geometry (without taskbars); `minimum` the window's
// minimum size, which wins over the fraction on a tiny screen (the window manager then fits it).
QSize firstRunWindowSize(const QRect &available, const QSize &minimum);

} // namespace modeldeck
