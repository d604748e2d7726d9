#include "util/WorkPool.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace modeldeck {

QThreadPool *workPool()
{
    // Without an application object (some tools) the pool lives until exit.
    static QThreadPool *const pool = [] {
        auto *created = new QThreadPool(QCoreApplication::instance());
        created->setObjectName(QStringLiteral("modeldeck-work"));
        return created;
    }();
    return pool;
}

} // namespace modeldeck
