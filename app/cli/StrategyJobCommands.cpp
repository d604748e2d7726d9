#include "StrategyJobCommands.h"

#include "StrategyPrint.h"
#include "queue/StrategyJob.h"
#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"

namespace modeldeck::cli {

int queueStrategyTraining(const QCommandLineParser &parser, const Options &o,
                          const StrategyTrainRequest &request, bool json)
{
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    auto connection = (*db)->connection();
    if (!connection)
        return fail(connection.error());
    const JobSpec spec = strategyJob(request);
    bool existed = false;
    const AuditEntry audit = AuditLog::trainingQueued(spec); // as TrainingQueue::enqueue does
    auto id = JobRepository(*connection).enqueue(spec, &existed, &audit);
    if (!id)
        return fail(id.error());
    if (json) {
        printJson({ { QStringLiteral("job"), *id }, { QStringLiteral("existed"), existed } });
        return ExitOk;
    }
    out() << (existed ? Tr::tr("already queued as job #%1") : Tr::tr("queued job #%1")).arg(*id)
          << Qt::endl;
    out() << Tr::tr("It runs when the queue runs (the app, or modeldeck-cli queue run); then: "
                    "modeldeck-cli strategy job-result %1")
                 .arg(*id)
          << Qt::endl;
    return ExitOk;
}

int runStrategyJobResult(const QCommandLineParser &parser, const Options &o,
                         const QStringList &positional, bool json)
{
    if (positional.size() > 2)
        return fail(Tr::tr("unexpected argument “%1”.").arg(positional.at(2).left(80)), ExitUsage);
    const QString text = positional.size() > 1 ? positional.at(1) : parser.value(o.job);
    bool ok = false;
    const qint64 jobId = text.toLongLong(&ok);
    if (!ok || jobId <= 0)
        return fail(Tr::tr("strategy job-result needs a job id: strategy job-result JOB."),
                    ExitUsage);
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    const StrategyService service(**db);
    auto outcome = service.jobResult(jobId);
    if (!outcome)
        return fail(outcome.error());
    // The job's request, for the header and the objective (jobResult has read it already, so
    // it parses).
    auto connection = (*db)->connection();
    if (!connection)
        return fail(connection.error());
    auto job = JobRepository(*connection).find(jobId);
    if (!job || !*job)
        return fail(job ? Error { Tr::tr("There is no job %1.").arg(jobId) } : job.error());
    auto request = StrategyService::requestFrom((*job)->spec);
    if (!request)
        return fail(request.error());
    if (!json)
        out() << Tr::tr("Strategy job %1 (finished %2):")
                     .arg(jobId)
                     .arg((*job)->finishedAt.toString(Qt::ISODate))
              << Qt::endl;
    return printTrainOutcome(*request, *outcome, json, jobId);
}

} // namespace modeldeck::cli
