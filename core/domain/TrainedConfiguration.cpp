#include "domain/TrainedConfiguration.h"

namespace modeldeck {

QJsonObject TrainedConfiguration::toJson() const
{
    QJsonObject json { { QStringLiteral("id"), id },
                       { QStringLiteral("name"), name },
                       { QStringLiteral("symbol"), symbol },
                       { QStringLiteral("timeframe"), timeframe },
                       { QStringLiteral("strategy"), strategy },
                       { QStringLiteral("params"), params },
                       { QStringLiteral("objective"), objective },
                       { QStringLiteral("scores"), scores },
                       { QStringLiteral("walk_forward"), walkForward },
                       { QStringLiteral("created"), createdAt.toUTC().toString(Qt::ISODate) } };
    if (sourceJobId > 0)
        json.insert(QStringLiteral("source_job_id"), sourceJobId);
    return json;
}

TrainedConfiguration TrainedConfiguration::fromJson(const QJsonObject &json)
{
    TrainedConfiguration c;
    c.id = json.value(QStringLiteral("id")).toInteger();
    c.name = json.value(QStringLiteral("name")).toString();
    c.symbol = json.value(QStringLiteral("symbol")).toString();
    c.timeframe = json.value(QStringLiteral("timeframe")).toString();
    c.strategy = json.value(QStringLiteral("strategy")).toString();
    c.params = json.value(QStringLiteral("params")).toObject();
    c.objective = json.value(QStringLiteral("objective")).toString();
    c.scores = json.value(QStringLiteral("scores")).toObject();
    c.walkForward = json.value(QStringLiteral("walk_forward")).toArray();
    c.createdAt
        = QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODate);
    c.sourceJobId = json.value(QStringLiteral("source_job_id")).toInteger();
    return c;
}

} // namespace modeldeck
