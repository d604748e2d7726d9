#include "shell/FirstRunSize.h"

#include <algorithm>

namespace modeldeck {

namespace {

// 85 % leaves some desktop visible around the window, as users expect of a new window.
constexpr double kScreenFraction = 0.85;
// Beyond this, more width adds only more card columns, and the window stops feeling like one.
constexpr QSize kLargest(2000, 1300);

} // namespace

QSize firstRunWindowSize(const QRect &available, const QSize &minimum)
{
    if (!available.isValid())
        return QSize(1100, 680).expandedTo(minimum);
    const QSize share(int(available.width() * kScreenFraction),
                      int(available.height() * kScreenFraction));
    return share.boundedTo(kLargest).expandedTo(minimum);
}

} // namespace modeldeck
