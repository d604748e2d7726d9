#include "common/MessageBanner.h"

#include "common/StatusPalette.h"

namespace modeldeck {

MessageBanner::MessageBanner(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageBanner::showMessage(const QString &text, bool error)
{
    setText(text);
    setStyleSheet(error ? QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                              .arg(StatusPalette::failed().name())
                        : QString());
    setVisible(!text.isEmpty());
}

} // namespace modeldeck
