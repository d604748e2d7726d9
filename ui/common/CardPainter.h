#pragma once
// Drawing helpers for the card delegates (model cards, saved models): the card frame, badges,
// titles, label/value pairs, the error box, a progress bar and push buttons drawn with the
// widget's style. A delegate's paint() builds one for the item and says what goes where; the
// painter's state is saved on construction and restored on destruction.

#include <QColor>
#include <QFont>
#include <QRect>
#include <QString>
#include <QStyle>

class QPainter;
class QStyleOptionViewItem;
class QWidget;

namespace modeldeck {

class CardPainter
{
public:
    // Antialiased, in the item's font and palette, until destroyed.
    CardPainter(QPainter *painter, const QStyleOptionViewItem &option);
    ~CardPainter();
    CardPainter(const CardPainter &) = delete;
    CardPainter &operator=(const CardPainter &) = delete;

    // The card itself: base colour (tinted when hovered), a frame (highlighted when selected),
    // a stripe in `stripe` down the left edge unless it is invalid, a focus frame; hover,
    // selection and focus are the item's.
    void cardFrame(const QRect &rect, const QColor &stripe) const;
    // The card's name, bold, elided to `rect`.
    void title(const QRect &rect, const QString &text) const;
    // Text at the right end of `rect` (an age, a version, a size).
    void rightText(const QRect &rect, const QString &text) const;
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

    // Black or white, whichever reads better on `fill` (WCAG relative luminance).
    static QColor textColorOn(const QColor &fill);
    // WCAG contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    // `color` darkened (on a light background) or lightened (on a dark one) just enough for text
    // in it to reach 4.5:1 against `background`, so one hue stays readable in both palettes.
    static QColor readableOn(const QColor &color, const QColor &background);
    // Lines of text wrapped to `width`, at most `maxLines`, the last one elided.
    static QStringList elidedLines(const QString &text, const QFont &font, int width, int maxLines);
    // The left (`column` 0) or right (1) half of `line`, for two label/value pairs side by side.
    static QRect half(const QRect &line, int column);

private:
    QPainter *m_painter;
    const QPalette &m_palette;
    const QWidget *m_widget;
    QStyle *m_style;
    QFont m_font;
    QStyle::State m_state;
};

} // namespace modeldeck
