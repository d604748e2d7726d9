#pragma once
// Where each part of a model card goes, from the card's rectangle and the font. Painting
// and hit-testing (buttons, error box) both use it, so a click lands where the button is drawn.

#include <QFontMetrics>
#include <QRect>
#include <QSize>
#include <QString>
#include <array>

namespace modeldeck {

struct CardLayout
{
    QRect card; // the painted card, inside the item rectangle
    QRect titleLine; // bot name, status badge at the right end
    QRect badges; // symbol and timeframe badges, age on the right
    QRect trained; // "Trained …"
    std::array<QRect, 4> grid; // label/value pairs, two columns where they fit
    QRect extra; // error box of a failed run, or the progress bar of a running retrain
    QRect retrain;
    QRect clear;

    // The button labels size the buttons (translations differ in length).
    static CardLayout compute(const QRect &itemRect, const QFontMetrics &fm,
                              const QString &retrainLabel, const QString &clearLabel);
    // The item size the view reserves per card (uniform for all cards).
    static QSize itemSize(const QFontMetrics &fm);
    static int padding(const QFontMetrics &fm);
};

} // namespace modeldeck
