#include "common/ElidedLabel.h"

#include <QPainter>

namespace modeldeck {

ElidedLabel::ElidedLabel(Qt::TextElideMode mode, QWidget *parent) : QFrame(parent), m_mode(mode)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ElidedLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setToolTip(text);
    setAccessibleName(text);
    updateGeometry();
    update();
}

QString ElidedLabel::displayedText() const
{
    return fontMetrics().elidedText(m_text, m_mode, contentsRect().width());
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return { fm.horizontalAdvance(m_text) + frameWidth() * 2 + 2, fm.height() + frameWidth() * 2 };
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few characters and the ellipsis.
    const QFontMetrics fm = fontMetrics();
    return { std::min(sizeHint().width(), fm.averageCharWidth() * 8), sizeHint().height() };
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    painter.drawText(contentsRect(), Qt::AlignLeft | Qt::AlignVCenter, displayedText());
}

} // namespace modeldeck
