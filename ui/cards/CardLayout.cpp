#include "cards/CardLayout.h"

#include <algorithm>

namespace modeldeck {

namespace {

// Everything scales with the font's line height, so cards stay proportionate at any DPI and
// font size.
int gap(const QFontMetrics &fm)
{
    return std::max(3, fm.height() / 4);
}
int badgeHeight(const QFontMetrics &fm)
{
    return fm.height() + 4;
}
int buttonHeight(const QFontMetrics &fm)
{
    return fm.height() + 10;
}
int extraHeight(const QFontMetrics &fm)
{
    return 2 * fm.lineSpacing() + 8;
}
int margin()
{
    return 4;
} // between the item rectangle and the card

} // namespace

int CardLayout::padding(const QFontMetrics &fm)
{
    return std::max(6, fm.height() * 2 / 3);
}

QSize CardLayout::itemSize(const QFontMetrics &fm)
{
    const int width = std::max(300, fm.horizontalAdvance(QLatin1Char('M')) * 25);
    const int height = 2 * padding(fm) + 2 * badgeHeight(fm) + 5 * fm.lineSpacing()
        + extraHeight(fm) + buttonHeight(fm) + 6 * gap(fm);
    return { width + 2 * margin(), height + 2 * margin() };
}

CardLayout CardLayout::compute(const QRect &itemRect, const QFontMetrics &fm,
                               const QString &retrainLabel, const QString &clearLabel)
{
    CardLayout l;
    l.card = itemRect.adjusted(margin(), margin(), -margin(), -margin());
    const QRect inner = l.card.adjusted(padding(fm), padding(fm), -padding(fm), -padding(fm));
    int y = inner.top();
    const auto take = [&](int height) {
        const QRect r(inner.left(), y, inner.width(), height);
        y += height + gap(fm);
        return r;
    };
    l.titleLine = take(badgeHeight(fm));
    l.badges = take(badgeHeight(fm));
    l.trained = take(fm.lineSpacing());
    for (QRect &line : l.grid)
        line = QRect(inner.left(), y, inner.width(), fm.lineSpacing()), y += fm.lineSpacing();
    y += gap(fm);
    l.extra = take(extraHeight(fm));
    // Buttons sit at the bottom right, sized to their text.
    const int h = buttonHeight(fm);
    const int bottom = inner.bottom();
    const auto buttonWidth = [&fm, &inner](const QString &label) {
        return std::min(inner.width() / 2 - 4, fm.horizontalAdvance(label) + 2 * fm.height());
    };
    const int clearWidth = buttonWidth(clearLabel);
    const int retrainWidth = buttonWidth(retrainLabel);
    l.clear = QRect(inner.right() - clearWidth + 1, bottom - h + 1, clearWidth, h);
    l.retrain = QRect(l.clear.left() - gap(fm) - retrainWidth, bottom - h + 1, retrainWidth, h);
    return l;
}

} // namespace modeldeck
