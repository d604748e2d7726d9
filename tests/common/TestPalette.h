#pragma once
// A dark palette for screenshots and contrast checks of painted widgets, and a colour check
// on grabbed images.

#include "common/AppTheme.h"

#include <QColor>
#include <QImage>
#include <QPalette>

namespace modeldeck::test {

// The dark theme users get (Settings ▸ Appearance ▸ Dark), so the checks see its colours.
inline QPalette darkPalette()
{
    return AppTheme::darkPalette();
}

// True when some pixel of `image` (every other row) has exactly `color`'s RGB.
inline bool imageContains(const QImage &image, const QColor &color)
{
    const QRgb wanted = color.rgb() & 0xffffff;
    for (int y = 0; y < image.height(); y += 2) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if ((line[x] & 0xffffff) == wanted)
                return true;
        }
    }
    return false;
}

} // namespace modeldeck::test
