#include "RetrainScheduler.h"

#include "domain/RegisteredModel.h"
#include "storage/Database.h"
#include "storage/ModelRegistryRepository.h"
#include "storage/RetrainRepository.h"

#include <algorithm>

namespace modeldeck {

namespace {

QDateTime at(const QDate &date, const QTime &time, const QDateTime &like)
{
    QDateTime result(date, time, like.timeSpec());
    if (like.timeSpec() == Qt::OffsetFromUTC)
        result.setOffsetFromUtc(like.offsetFromUtc());
    return result;
}

} // namespace

std::vector<SeriesKey> SchedulePlan::series() const
{
    std::vector<SeriesKey> keys;
    for (const StaleModel &m : due)
        if (std::find(keys.begin(), keys.end(), m.series) == keys.end())
            keys.push_back(m.series);
    return keys;
}

RetrainScheduler::RetrainScheduler(const Database &database, Clock clock)
    : m_database(database),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
{
}

QDateTime RetrainScheduler::windowStartFor(const QDateTime &now, const QTime &start,
                                           const QTime &end)
{
    const QTime t = now.time();
    const QDate today = now.date();
    if (start < end) // 09:00–17:00: the same day
        return start <= t && t < end ? at(today, start, now) : QDateTime();
    // 22:00–06:00 crosses midnight; start == end is the whole day. Either way a time before
    // the start belongs to the window that began yesterday.
    if (t >= start)
        return at(today, start, now);
    if (start == end || t < end)
        return at(today.addDays(-1), start, now);
    return {};
}

Result<SchedulePlan> RetrainScheduler::plan(const RetrainSettings &settings) const
{
    SchedulePlan plan;
    plan.now = m_clock();
    plan.ageHours = settings.ageHours;
    if (!settings.scheduleEnabled)
        return plan;
    if (auto valid = settings.validate(); !valid)
        return valid.error();
    plan.windowStart = windowStartFor(plan.now, settings.windowStart, settings.windowEnd);
    if (!plan.windowStart.isValid()) {
        plan.outcome = SchedulePlan::Outcome::OutsideWindow;
        return plan;
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto last = RetrainRepository(*db).state(kLastRunKey);
    if (!last)
        return last.error();
    if (*last) {
        const QDateTime lastRun = QDateTime::fromString(**last, Qt::ISODateWithMs);
        // A last run "in the future" (the clock was set back) does not block the schedule
        // for ever: only a run inside this window counts.
        if (lastRun.isValid() && lastRun >= plan.windowStart && lastRun <= plan.now) {
            plan.outcome = SchedulePlan::Outcome::AlreadyRan;
            return plan;
        }
    }
    auto stale = staleModels(plan.now, settings.ageHours);
    if (!stale)
        return stale.error();
    plan.due = std::move(*stale);
    plan.outcome = SchedulePlan::Outcome::Due;
    // Only as many as one run may queue; the rest wait for the next window, oldest first.
    if (int(plan.due.size()) > settings.maxJobsPerRun)
        plan.due.resize(size_t(settings.maxJobsPerRun));
    return plan;
}

Result<std::vector<StaleModel>> RetrainScheduler::staleModels(const QDateTime &now,
                                                              int ageHours) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    ModelFilter filter;
    filter.activeOnly = true;
    auto models = ModelRegistryRepository(*db).list(filter);
    if (!models)
        return models.error();
    RetrainRepository retrains(*db);
    const QDateTime cutoff = now.toUTC().addSecs(-qint64(ageHours) * 3600);
    std::vector<StaleModel> stale;
    for (const RegisteredModel &m : *models) {
        if (!m.active || m.format != RegisteredModel::Format::ModelDeck)
            continue; // an imported TorchScript file cannot be retrained
        QDateTime trained = m.createdAt.toUTC();
        // A retrain that finished since the version was saved made a fresh model of it, even
        // if nobody saved that one yet: retraining it again every night would be waste.
        if (m.trainingRecordId) {
            auto retrained = retrains.lastRetrainFinished(*m.trainingRecordId);
            if (!retrained)
                return retrained.error();
            if (*retrained && **retrained > trained)
                trained = **retrained;
        }
        if (!trained.isValid() || trained >= cutoff)
            continue;
        stale.push_back({ m.name,
                          m.version,
                          { m.symbol, m.timeframe },
                          trained,
                          double(trained.secsTo(now.toUTC())) / 3600.0 });
    }
    std::sort(stale.begin(), stale.end(), [](const StaleModel &a, const StaleModel &b) {
        return a.lastTrained < b.lastTrained || (a.lastTrained == b.lastTrained && a.name < b.name);
    });
    return stale;
}

Result<ScheduledRun> RetrainScheduler::run(const SchedulePlan &plan) const
{
    ScheduledRun done;
    if (plan.outcome != SchedulePlan::Outcome::Due)
        return done;
    RetrainTrigger trigger(m_database);
    trigger.setWorkers(m_workers);
    for (const StaleModel &m : plan.due) {
        RetrainRequest request;
        request.modelName = m.name;
        request.trigger = RetrainTriggerKind::Scheduled;
        request.reason = tr("Scheduled: v%1 last trained %2 hours ago (threshold %3 hours)")
                             .arg(m.version)
                             .arg(qRound(m.ageHours))
                             .arg(plan.ageHours);
        auto ticket = trigger.retrain(request);
        if (!ticket) {
            // One model that cannot be retrained does not stop the others.
            done.failures << m.name + QStringLiteral(": ") + ticket.error().message;
            continue;
        }
        if (ticket->duplicate)
            ++done.alreadyQueued;
        else
            done.queued.push_back(*ticket);
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    // After queuing: a crash in between runs the window again, and duplicates merge.
    if (auto recorded = RetrainRepository(*db).setState(
            kLastRunKey, plan.now.toUTC().toString(Qt::ISODateWithMs));
        !recorded)
        return recorded.error();
    return done;
}

Result<ScheduledRun> RetrainScheduler::tick(const RetrainSettings &settings,
                                            SchedulePlan *planOut) const
{
    auto planned = plan(settings);
    if (!planned)
        return planned.error();
    if (planOut)
        *planOut = *planned;
    return run(*planned);
}

} // namespace modeldeck
