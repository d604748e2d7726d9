#include "common/InlineMessage.h"

#include "common/CardPainter.h"
#include "common/StatusPalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace modeldeck {

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel), m_text(new QLabel)
{
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // service messages quote hostile names
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon
        = style()->standardIcon(kind == Kind::Error         ? QStyle::SP_MessageBoxCritical
                                    : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                            : QStyle::SP_MessageBoxInformation);
    // pixmap(size, devicePixelRatio) keeps the icon sharp on high-DPI screens.
    m_icon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
    m_text->setText(text);
    updateTextColor();
    setAccessibleName(kind == Kind::Error         ? tr("Error")
                          : kind == Kind::Warning ? tr("Warning")
                                                  : tr("Information"));
    setAccessibleDescription(text);
    show();
}

void InlineMessage::clearMessage()
{
    m_text->clear();
    hide();
}

void InlineMessage::updateTextColor()
{
    QPalette text = m_text->palette();
    const QColor normal = palette().color(QPalette::WindowText);
    text.setColor(QPalette::WindowText,
                  m_kind == Kind::Warning ? CardPainter::readableOn(
                      StatusPalette::failed(), palette().color(QPalette::Window))
                                          : normal);
    m_text->setPalette(text);
}

void InlineMessage::changeEvent(QEvent *event)
{
    // A light/dark switch: the warning hue is re-derived for the new background.
    if (event->type() == QEvent::PaletteChange)
        updateTextColor();
    QFrame::changeEvent(event);
}

QString InlineMessage::text() const
{
    return m_text->text();
}

} // namespace modeldeck
