#pragma once

#include <QIcon>

namespace modeldeck {

// The application icon (packaging/icons: a candlestick chart with a forecast line and its
// interval band), from the PNGs embedded under :/icons, one per hicolor size, so every size is
// drawn for its pixels instead of scaled from 256 px and no SVG plugin is needed. Used for the
// window icon (app/gui/main.cpp) and the tray icon (alerts/DesktopNotifier).
QIcon appIcon();

} // namespace modeldeck
