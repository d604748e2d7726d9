#include "common/AppIcon.h"

namespace modeldeck {

QIcon appIcon()
{
    QIcon icon;
    for (const int size : { 16, 24, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/modeldeck-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace modeldeck
