#pragma once
// SQL for queue_control: commands for the process that owns the training queue, sent from
// another process (the CLI's `queue pause|resume|stop|force-stop`), each taken exactly once.

#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace modeldeck {

class MODELDECK_CORE_EXPORT QueueControlRepository
{
    // The messages were JobRepository's before queue control got its own repository; the
    // context keeps their translations.
    Q_DECLARE_TR_FUNCTIONS(modeldeck::JobRepository)
public:
    explicit QueueControlRepository(QSqlDatabase db);

    Status request(const QString &command);
    // The oldest waiting command, removed; empty when none is waiting.
    Result<QString> take();

private:
    QSqlDatabase m_db;
};

} // namespace modeldeck
