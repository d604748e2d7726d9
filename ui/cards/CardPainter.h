#pragma once
// Drawing pieces of a model card that are not specific to one field: badges, the error box,
// a progress bar and push buttons drawn with the widget's style. Callers save/restore.

#include <QColor>
#include <QRect>
#include <QString>
#include <QStyle>

class QPainter;
class QWidget;

namespace modeldeck {

class CardPainter
{
public:
    CardPainter(QPainter *painter, const QPalette &palette, const QWidget *widget);

    // The card itself: base colour (tinted when hovered), a frame (highlighted when selected),
    // a stripe in `stripe` down the left edge unless it is invalid, a focus frame.
    void cardFrame(const QRect &rect, bool selected, bool hovered, bool focused,
                   const QColor &stripe) const;
    // A rounded badge whose left (or, with alignRight, right) edge is at `edge` within `line`;
    // returns the rectangle drawn. Text colour is chosen for contrast with the fill.
    QRect badge(const QRect &line, int edge, const QString &text, const QColor &fill,
                bool alignRight = false) const;
    // A neutral badge in palette colours (symbol, timeframe).
    QRect outlineBadge(const QRect &line, int edge, const QString &text) const;
    void errorBox(const QRect &rect, const QString &text, const QColor &accent) const;
    void progressBar(const QRect &rect, double fraction, const QString &text) const;
    void button(const QRect &rect, const QString &text, bool enabled, bool hovered, bool pressed,
                bool focused) const;
    // A label in the secondary text colour followed by a value, elided to the rectangle; the
    // value in `valueColor` (bold) when that is valid, else in the text colour.
    void labelValue(const QRect &rect, const QString &label, const QString &value,
                    const QColor &valueColor = {}) const;

    // The colour of trouble: the Failed status and every warning (a model worse than the naive
    // forecast, a problem file). Defined once so a warning never drifts from the status colours.
    static QColor warningColor();
    // Black or white, whichever reads better on `fill` (WCAG relative luminance).
    static QColor textColorOn(const QColor &fill);
    // WCAG contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    // `color` darkened (on a light background) or lightened (on a dark one) just enough for text
    // in it to reach 4.5:1 against `background`, so one hue stays readable in both palettes.
    static QColor readableOn(const QColor &color, const QColor &background);
    // Lines of text wrapped to `width`, at most `maxLines`, the last one elided.
    static QStringList elidedLines(const QString &text, const QFont &font, int width, int maxLines);

private:
    QPainter *m_painter;
    const QPalette &m_palette;
    const QWidget *m_widget;
    QStyle *m_style;
};

} // namespace modeldeck
