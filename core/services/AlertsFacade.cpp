#include "services/AlertsFacade.h"

#include "services/PoolTask.h"
#include "storage/AlertRepository.h"
#include "storage/ModelRegistryRepository.h"

#include <QCoreApplication>
#include <cmath>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::AlertsFacade)
};

} // namespace

AlertsFacade::AlertsFacade(std::shared_ptr<Database> database) : m_database(std::move(database)) { }

QCoro::Task<Result<std::vector<Alert>>> AlertsFacade::list(AlertFilter filter) const
{
    return onPool(m_database, [filter](const Database &db) -> Result<std::vector<Alert>> {
        auto connection = db.connection();
        if (!connection)
            return connection.error();
        return AlertRepository(*connection).list(filter);
    });
}

QCoro::Task<Result<AlertSummary>> AlertsFacade::summary() const
{
    return onPool(m_database, [](const Database &db) -> Result<AlertSummary> {
        auto connection = db.connection();
        if (!connection)
            return connection.error();
        return AlertRepository(*connection).summary();
    });
}

QCoro::Task<Result<int>> AlertsFacade::acknowledge(std::vector<qint64> ids) const
{
    return onPool(m_database, [ids = std::move(ids)](const Database &db) -> Result<int> {
        auto connection = db.connection();
        if (!connection)
            return connection.error();
        return AlertRepository(*connection).acknowledge(ids, QDateTime::currentDateTimeUtc());
    });
}

QCoro::Task<Result<int>> AlertsFacade::raiseStaleAlerts(double maxAgeHours, QDateTime now) const
{
    return onPool(m_database, [maxAgeHours, now](const Database &db) {
        return modeldeck::raiseStaleAlerts(db, maxAgeHours, now);
    });
}

Result<int> raiseStaleAlerts(const Database &database, double maxAgeHours, const QDateTime &now)
{
    if (!(maxAgeHours > 0) || !std::isfinite(maxAgeHours))
        return Error { Tr::tr("The stale threshold must be a positive number of hours, not %1.")
                           .arg(maxAgeHours) };
    auto connection = database.connection();
    if (!connection)
        return connection.error();
    ModelFilter filter;
    filter.activeOnly = true;
    auto active = ModelRegistryRepository(*connection).list(filter);
    if (!active)
        return active.error();
    const QDateTime cutoff = now.addMSecs(-qint64(maxAgeHours * 3'600'000.0));
    AlertRepository alerts(*connection);
    int raised = 0;
    for (const RegisteredModel &m : *active) {
        if (!m.createdAt.isValid() || m.createdAt >= cutoff)
            continue;
        Alert alert;
        alert.severity = QStringLiteral("info");
        alert.modelName = m.name;
        alert.kind = QStringLiteral("stale_model");
        const qint64 hours = m.createdAt.secsTo(now) / 3600;
        const QString age = hours >= 48 ? Tr::tr("%n day(s)", nullptr, int(hours / 24))
                                        : Tr::tr("%n hour(s)", nullptr, int(hours));
        alert.message = Tr::tr("“%1” v%2, the active model of %3 %4, was saved %5 ago, beyond the "
                               "stale threshold of %6 hours. Retrain it, or raise the threshold in "
                               "Settings.")
                            .arg(m.name)
                            .arg(m.version)
                            .arg(m.symbol, m.timeframe, age, QString::number(maxAgeHours, 'g', 4));
        alert.createdAt = now;
        // Once per version: acknowledging it is an answer until a new version is saved.
        auto done = alerts.raise(alert, m.createdAt);
        if (!done)
            return done.error();
        raised += *done ? 1 : 0;
    }
    return raised;
}

} // namespace modeldeck
