#pragma once
// The pens of the n-th model in the comparison charts: a colour and a dash pattern each, so
// lines differ by more than colour.

#include <QPen>

namespace modeldeck::CompareColors {

inline QPen pen(int index, bool dark)
{
    static const QColor light[]
        = { QColor(0x1e, 0x63, 0xb5), QColor(0xd8, 0x5b, 0x00), QColor(0x2e, 0x7d, 0x32),
            QColor(0x8e, 0x24, 0xaa), QColor(0x00, 0x83, 0x8f), QColor(0xad, 0x14, 0x57) };
    static const QColor darkColors[]
        = { QColor(0x4f, 0xc3, 0xf7), QColor(0xff, 0xb7, 0x4d), QColor(0x81, 0xc7, 0x84),
            QColor(0xce, 0x93, 0xd8), QColor(0x4d, 0xd0, 0xe1), QColor(0xf4, 0x8f, 0xb1) };
    static const Qt::PenStyle styles[]
        = { Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine };
    const int colours = int(std::size(light));
    const QColor colour = dark ? darkColors[index % colours] : light[index % colours];
    return QPen(colour, 2, styles[index % int(std::size(styles))]);
}

} // namespace modeldeck::CompareColors
