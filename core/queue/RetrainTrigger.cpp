#include "RetrainTrigger.h"

#include "domain/RegisteredModel.h"
#include "domain/TrainingRecord.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "storage/ModelRegistryRepository.h"
#include "storage/RetrainRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "training/TrainingSettings.h"

#include <QDateTime>
#include <algorithm>

namespace modeldeck {

namespace {

// Past jobs the ETA looks at: enough for a median per bot and timeframe, cheap to read.
constexpr int kDurationSample = 500;

Result<JobSpec> specFromModel(const QSqlDatabase &db, const QString &name)
{
    auto versions = ModelRegistryRepository(db).versions(name);
    if (!versions)
        return versions.error();
    if (versions->empty())
        return Error { RetrainTrigger::tr("Cannot retrain “%1”: there is no saved model of that "
                                          "name.")
                           .arg(name) };
    const RegisteredModel &m = *representativeVersion(*versions); // not empty: checked above
    if (m.format != RegisteredModel::Format::ModelDeck)
        return Error { RetrainTrigger::tr("Cannot retrain “%1” v%2: it was imported from a "
                                          "TorchScript file, which ModelDeck cannot train.")
                           .arg(name)
                           .arg(m.version) };
    // The same job the Models tab's Retrain queues for the version's record (params without
    // "bot", the feature horizon), so the two are recognised as duplicates of each other.
    QJsonObject params = m.modelConfig;
    params.remove(QStringLiteral("bot"));
    const int horizon = m.horizons.isEmpty() ? 1 : m.horizons.first();
    JobSpec spec;
    spec.symbol = m.symbol;
    spec.timeframe = m.timeframe;
    spec.bot = m.bot;
    spec.params = params;
    spec.horizon = std::max(1, horizon);
    spec.retrainOf = m.trainingRecordId.value_or(0);
    return spec;
}

Result<JobSpec> specFromRecord(const QSqlDatabase &db, qint64 recordId)
{
    auto record = TrainingRecordRepository(db).find(recordId);
    if (!record)
        return record.error();
    if (!record->has_value())
        return Error { RetrainTrigger::tr("Cannot retrain training record %1: there is no such "
                                          "record.")
                           .arg(recordId) };
    const TrainingRecord &r = **record;
    QJsonObject params = r.config.value(QStringLiteral("model")).toObject();
    params.remove(QStringLiteral("bot"));
    JobSpec spec;
    spec.symbol = r.symbol;
    spec.timeframe = r.timeframe;
    spec.bot = r.bot;
    spec.params = params;
    spec.horizon = std::max(1,
                            r.config.value(QStringLiteral("features"))
                                .toObject()
                                .value(QStringLiteral("horizon"))
                                .toInt(1));
    spec.retrainOf = r.id;
    return spec;
}

EtaJob etaShape(const TrainingJob &job, const QDateTime &now)
{
    const bool running = job.status == JobStatus::Running;
    const double elapsed
        = running && job.startedAt.isValid() ? double(job.startedAt.msecsTo(now)) / 1000.0 : 0;
    return { job.spec.bot, job.spec.timeframe, running, std::max(0.0, elapsed) };
}

} // namespace

QString toString(RetrainTriggerKind trigger)
{
    switch (trigger) {
    case RetrainTriggerKind::Manual:
        return QStringLiteral("manual");
    case RetrainTriggerKind::Drift:
        return QStringLiteral("drift");
    case RetrainTriggerKind::Scheduled:
        return QStringLiteral("scheduled");
    }
    return {};
}

std::optional<RetrainTriggerKind> retrainTriggerFromString(const QString &text)
{
    for (auto t :
         { RetrainTriggerKind::Manual, RetrainTriggerKind::Drift, RetrainTriggerKind::Scheduled }) {
        if (toString(t) == text)
            return t;
    }
    return std::nullopt;
}

RetrainTrigger::RetrainTrigger(const Database &database) : m_database(database) { }

Result<JobSpec> RetrainTrigger::specFor(const RetrainRequest &request) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    if (request.modelName.isEmpty() && request.recordId <= 0)
        return Error { tr("Cannot retrain: name a saved model or a training record.") };
    auto spec = request.modelName.isEmpty() ? specFromRecord(*db, request.recordId)
                                            : specFromModel(*db, request.modelName);
    if (!spec)
        return spec.error();
    // Settings a newer ModelDeck no longer accepts fail here, not when the job runs.
    if (auto settings = TrainingSettings::fromParams(spec->bot, spec->params, spec->horizon);
        !settings)
        return Error { tr("Cannot retrain %1: its saved settings are not valid any more: %2")
                           .arg(request.modelName.isEmpty()
                                    ? tr("training record %1").arg(request.recordId)
                                    : QStringLiteral("“%1”").arg(request.modelName),
                                settings.error().message) };
    spec->trigger = toString(request.trigger);
    spec->reason = request.reason.trimmed().left(kMaxReasonLength);
    return spec;
}

Result<RetrainTicket> RetrainTrigger::retrain(const RetrainRequest &request) const
{
    auto spec = specFor(request);
    if (!spec)
        return spec.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    RetrainTicket ticket;
    ticket.spec = *spec;
    auto id = JobRepository(*db).enqueue(*spec, &ticket.duplicate);
    if (!id)
        return id.error();
    ticket.jobId = *id;
    // The job is queued whatever the estimate does: a failed read says "unknown".
    if (auto eta = etaOf(*id))
        ticket.eta = *eta;
    return ticket;
}

Result<RetrainEta> RetrainTrigger::etaOf(qint64 jobId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto active = JobRepository(*db).active(); // run order: running and pending by priority
    if (!active)
        return active.error();
    auto past = RetrainRepository(*db).recentDurations(kDurationSample);
    if (!past)
        return past.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<EtaJob> ahead;
    // Running jobs are ahead of every pending one; pending ones in run order.
    std::vector<const TrainingJob *> ordered;
    for (const TrainingJob &j : *active)
        if (j.status == JobStatus::Running)
            ordered.push_back(&j);
    for (const TrainingJob &j : *active)
        if (j.status != JobStatus::Running)
            ordered.push_back(&j);
    for (const TrainingJob *j : ordered) {
        if (j->id == jobId)
            return RetrainEtaEstimate::estimate(
                *past, etaShape(*j, now),
                j->status == JobStatus::Running ? std::vector<EtaJob>() : ahead, m_workers);
        ahead.push_back(etaShape(*j, now));
    }
    return RetrainEta {};
}

} // namespace modeldeck
