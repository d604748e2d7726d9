#include "common/CardPainter.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionButton>
#include <QStyleOptionProgressBar>
#include <QStyleOptionViewItem>
#include <QTextLayout>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace modeldeck {

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

CardPainter::CardPainter(QPainter *painter, const QStyleOptionViewItem &option)
    : m_painter(painter), m_palette(option.palette), m_widget(option.widget),
      m_style(option.widget ? option.widget->style() : QApplication::style()), m_font(option.font),
      m_state(option.state)
{
    m_painter->save();
    m_painter->setRenderHint(QPainter::Antialiasing);
    m_painter->setFont(m_font);
}

CardPainter::~CardPainter()
{
    m_painter->restore();
}

QRect CardPainter::half(const QRect &line, int column)
{
    const int half = line.width() / 2;
    return column == 0 ? QRect(line.left(), line.top(), half - 6, line.height())
                       : QRect(line.left() + half, line.top(), line.width() - half, line.height());
}

double CardPainter::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor CardPainter::readableOn(const QColor &color, const QColor &background)
{
    constexpr double kTextContrast = 4.5; // WCAG AA for normal text
    const QColor towards = luminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    // Mixing in steps keeps the hue recognisable; the end point (black or white) always passes.
    for (int step = 0; step <= 20; ++step) {
        const double t = step / 20.0;
        const QColor mixed
            = QColor::fromRgbF(float((1 - t) * color.redF() + t * towards.redF()),
                               float((1 - t) * color.greenF() + t * towards.greenF()),
                               float((1 - t) * color.blueF() + t * towards.blueF()));
        if (contrast(mixed, background) >= kTextContrast)
            return mixed;
    }
    return towards;
}

QColor CardPainter::textColorOn(const QColor &fill)
{
    const double l = luminance(fill);
    // Contrast against black is (l + 0.05) / 0.05, against white 1.05 / (l + 0.05).
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}

void CardPainter::cardFrame(const QRect &rect, const QColor &stripe) const
{
    const bool selected = m_state & QStyle::State_Selected;
    const bool hovered = m_state & QStyle::State_MouseOver;
    const bool focused = m_state & QStyle::State_HasFocus;
    QColor background = m_palette.color(QPalette::Base);
    if (hovered) {
        const QColor h = m_palette.color(QPalette::Highlight);
        background = QColor::fromRgbF(0.94f * background.redF() + 0.06f * h.redF(),
                                      0.94f * background.greenF() + 0.06f * h.greenF(),
                                      0.94f * background.blueF() + 0.06f * h.blueF());
    }
    const QRectF card = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    m_painter->setPen(selected ? QPen(m_palette.color(QPalette::Highlight), 2)
                               : QPen(m_palette.color(QPalette::Mid), 1));
    m_painter->setBrush(background);
    m_painter->drawRoundedRect(card, 6, 6);
    if (stripe.isValid()) {
        m_painter->save();
        m_painter->setClipRect(QRectF(card.left(), card.top(), 5, card.height()));
        m_painter->setPen(Qt::NoPen);
        m_painter->setBrush(stripe);
        m_painter->drawRoundedRect(card, 6, 6);
        m_painter->restore();
    }
    if (focused) {
        m_painter->setPen(QPen(m_palette.color(QPalette::Highlight), 1, Qt::DashLine));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawRoundedRect(card.adjusted(3, 3, -3, -3), 4, 4);
    }
}

void CardPainter::title(const QRect &rect, const QString &text) const
{
    QFont bold = m_font;
    bold.setBold(true);
    m_painter->setFont(bold);
    m_painter->setPen(m_palette.color(QPalette::Text));
    m_painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                        m_painter->fontMetrics().elidedText(text, Qt::ElideRight, rect.width()));
    m_painter->setFont(m_font);
}

void CardPainter::rightText(const QRect &rect, const QString &text) const
{
    m_painter->setPen(m_palette.color(QPalette::Text));
    m_painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, text);
}

QRect CardPainter::badge(const QRect &line, int edge, const QString &text, const QColor &fill,
                         bool alignRight) const
{
    const QFontMetrics fm = m_painter->fontMetrics();
    const int width = std::min(line.width(), fm.horizontalAdvance(text) + fm.height());
    const QRect r(alignRight ? edge - width + 1 : edge, line.top(), width, line.height());
    QPainterPath path;
    path.addRoundedRect(QRectF(r), r.height() / 2.0, r.height() / 2.0);
    m_painter->fillPath(path, fill);
    m_painter->setPen(textColorOn(fill));
    m_painter->drawText(r, Qt::AlignCenter,
                        fm.elidedText(text, Qt::ElideRight, r.width() - fm.height() / 2));
    return r;
}

QRect CardPainter::outlineBadge(const QRect &line, int edge, const QString &text) const
{
    const QFontMetrics fm = m_painter->fontMetrics();
    const int width = std::min(line.right() - edge + 1, fm.horizontalAdvance(text) + fm.height());
    const QRectF r(edge + 0.5, line.top() + 0.5, width - 1, line.height() - 1);
    m_painter->setPen(QPen(m_palette.color(QPalette::Mid), 1));
    m_painter->setBrush(m_palette.color(QPalette::AlternateBase));
    m_painter->drawRoundedRect(r, 4, 4);
    m_painter->setPen(m_palette.color(QPalette::Text));
    m_painter->drawText(r, Qt::AlignCenter,
                        fm.elidedText(text, Qt::ElideRight, width - fm.height() / 2));
    return r.toAlignedRect();
}

QStringList CardPainter::elidedLines(const QString &text, const QFont &font, int width,
                                     int maxLines)
{
    QStringList lines;
    QString simplified = text.simplified();
    const QFontMetrics fm(font);
    QTextLayout layout(simplified, font);
    layout.beginLayout();
    for (int i = 0; i < maxLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (i == maxLines - 1)
            lines << fm.elidedText(simplified.mid(line.textStart()), Qt::ElideRight, width);
        else
            lines << simplified.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

void CardPainter::errorBox(const QRect &rect, const QString &text, const QColor &accent) const
{
    QColor fill = accent;
    fill.setAlphaF(0.14f);
    m_painter->setPen(QPen(accent, 1));
    m_painter->setBrush(fill);
    m_painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    const QFontMetrics fm = m_painter->fontMetrics();
    const QRect textRect = rect.adjusted(6, 4, -6, -4);
    const QStringList lines = elidedLines(text, m_painter->font(), textRect.width(),
                                          std::max(1, textRect.height() / fm.lineSpacing()));
    m_painter->setPen(m_palette.color(QPalette::Text));
    int y = textRect.top();
    for (const QString &line : lines) {
        m_painter->drawText(QRect(textRect.left(), y, textRect.width(), fm.lineSpacing()),
                            Qt::AlignLeft | Qt::AlignVCenter, line);
        y += fm.lineSpacing();
    }
}

void CardPainter::progressBar(const QRect &rect, double fraction, const QString &text) const
{
    QStyleOptionProgressBar bar;
    bar.rect = rect;
    bar.palette = m_palette;
    bar.fontMetrics = m_painter->fontMetrics();
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000));
    bar.text = text;
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
    m_style->drawControl(QStyle::CE_ProgressBar, &bar, m_painter, m_widget);
}

void CardPainter::button(const QRect &rect, const QString &text, bool enabled, bool hovered,
                         bool pressed, bool focused) const
{
    QStyleOptionButton button;
    button.rect = rect;
    button.palette = m_palette;
    // Styles draw the label in the palette's current group: a disabled button must say so.
    button.palette.setCurrentColorGroup(enabled ? QPalette::Active : QPalette::Disabled);
    button.fontMetrics = m_painter->fontMetrics();
    button.text = text;
    button.state = QStyle::State_Raised;
    if (enabled) {
        button.state |= QStyle::State_Enabled;
        if (hovered)
            button.state |= QStyle::State_MouseOver;
        if (pressed)
            button.state |= QStyle::State_Sunken;
        if (focused)
            button.state |= QStyle::State_HasFocus;
    }
    m_style->drawControl(QStyle::CE_PushButton, &button, m_painter, m_widget);
}

void CardPainter::labelValue(const QRect &rect, const QString &label, const QString &value,
                             const QColor &valueColor) const
{
    const QFontMetrics fm = m_painter->fontMetrics();
    // Advances are rounded: a couple of pixels of slack keep a label that fits from eliding.
    const int labelWidth = std::min(rect.width() / 2, fm.horizontalAdvance(label) + 2);
    m_painter->setPen(m_palette.color(QPalette::PlaceholderText));
    m_painter->drawText(QRect(rect.left(), rect.top(), labelWidth, rect.height()),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(label, Qt::ElideRight, labelWidth));
    const int valueLeft = labelWidth + fm.horizontalAdvance(QLatin1Char(' '));
    const QRect valueRect(rect.left() + valueLeft, rect.top(), rect.width() - valueLeft,
                          rect.height());
    m_painter->save();
    if (valueColor.isValid()) {
        // Bold as well as coloured: the weight still marks the value where the hue is hard to see.
        QFont bold = m_painter->font();
        bold.setBold(true);
        m_painter->setFont(bold);
        m_painter->setPen(valueColor);
    } else {
        m_painter->setPen(m_palette.color(QPalette::Text));
    }
    m_painter->drawText(
        valueRect, Qt::AlignLeft | Qt::AlignVCenter,
        m_painter->fontMetrics().elidedText(value, Qt::ElideRight, valueRect.width()));
    m_painter->restore();
}

} // namespace modeldeck
