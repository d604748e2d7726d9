#pragma once
// Something about a model that needs a person's attention (drift found, repeated failures, …),
// open until acknowledged (alerts).

#include <QDateTime>
#include <QString>

namespace modeldeck {

struct Alert
{
    qint64 id = 0;
    QString severity; // info | warning | critical
    QString modelName;
    QString kind;
    QString message;
    QDateTime createdAt;
    QDateTime acknowledgedAt; // invalid while open
};

} // namespace modeldeck
