#include "SearchCommands.h"

#include "domain/Timeframe.h"
#include "queue/WorkerPlan.h"
#include "search/SearchSpec.h"
#include "services/AuditLog.h"
#include "services/SearchService.h"
#include "storage/JobRepository.h"
#include "training/CancellationToken.h"
#include "training/TorchRuntime.h"
#include "training/TrainingSettings.h"
#include "util/JsonText.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace modeldeck::cli {

namespace {

QJsonObject toJson(const SearchTrial &t)
{
    QJsonObject json { { QStringLiteral("trial"), t.number },
                       { QStringLiteral("state"), SearchTrial::stateName(t.state) },
                       { QStringLiteral("params"), t.params },
                       { QStringLiteral("seconds"), t.durationSeconds },
                       { QStringLiteral("details"), t.details } };
    if (t.score)
        json.insert(QStringLiteral("score"), *t.score);
    return json;
}

// The job to run: a new (or identical pending) search from the options, or --job N again.
Result<qint64> searchJob(const QCommandLineParser &parser, const Options &o, JobRepository &jobs)
{
    if (parser.isSet(o.job)) {
        bool ok = false;
        const qint64 id = parser.value(o.job).toLongLong(&ok);
        auto job = ok ? jobs.find(id) : Result<std::optional<TrainingJob>>(std::nullopt);
        if (!job)
            return job.error();
        if (!*job)
            return Error { Tr::tr("There is no job %1.").arg(parser.value(o.job).left(40)) };
        const TrainingJob &found = **job;
        if (found.spec.isStrategy())
            return Error { Tr::tr("Job %1 is a strategy training, not a search; see strategy "
                                  "job-result %1.")
                               .arg(id) };
        if (found.spec.search.isEmpty())
            return Error { Tr::tr("Job %1 is a training job, not a search.").arg(id) };
        if (found.status == JobStatus::Running)
            return Error {
                Tr::tr("Search job %1 is running in process %2.").arg(id).arg(found.ownerPid)
            };
        if (found.status == JobStatus::Completed)
            return Error { Tr::tr("Search job %1 has completed; its model is record %2.")
                               .arg(id)
                               .arg(found.recordId) };
        if (found.status != JobStatus::Pending) {
            if (auto retried = jobs.retry(id); !retried)
                return retried.error();
        }
        return id;
    }
    if (!parser.isSet(o.symbol) || !parser.isSet(o.timeframe) || !parser.isSet(o.bot))
        return Error { Tr::tr(
            "search needs --symbol, --timeframe and --bot (or --job N to resume).") };
    const QString bot = parser.value(o.bot);
    auto run = runOptions(parser, o, bot);
    if (!run)
        return run.error();
    auto search = searchFromOptions(parser, o, bot);
    if (!search)
        return search.error();
    JobSpec spec;
    spec.symbol = parser.value(o.symbol).toUpper();
    spec.timeframe = run->timeframe.name();
    spec.bot = bot;
    spec.params = run->params;
    spec.horizon = run->horizon;
    spec.search = *search;
    bool existed = false;
    const AuditEntry audit = AuditLog::trainingQueued(spec); // as TrainingQueue::enqueue does
    auto id = jobs.enqueue(spec, &existed, &audit);
    if (!id)
        return id.error();
    if (existed) {
        auto job = jobs.find(*id);
        if (job && *job && (*job)->status == JobStatus::Running)
            return Error { Tr::tr("The same search is already running as job %1 in process %2.")
                               .arg(*id)
                               .arg((*job)->ownerPid) };
    }
    return *id;
}

// Four decimals, without the "-0.0000" a tiny negative rounds to.
QString skillText(double skill)
{
    const QString text = QString::number(skill, 'f', 4);
    return text == QStringLiteral("-0.0000") ? text.mid(1) : text;
}

// A trial's validation skill from its details, or a dash (failed, pruned, running).
QString detailSkill(const SearchTrial &t, const QString &key)
{
    const QJsonValue v = t.details.value(key);
    return t.state == SearchTrial::State::Complete && v.isDouble() ? skillText(v.toDouble())
                                                                   : QStringLiteral("—");
}

void printProgress(const TrainingProgress &p, bool json)
{
    if (json) {
        QJsonObject line { { QStringLiteral("type"), QStringLiteral("progress") },
                           { QStringLiteral("percent"), p.overall() * 100 },
                           { QStringLiteral("step"), TrainingProgress::stepName(p.step) },
                           { QStringLiteral("trial"), p.search.trial },
                           { QStringLiteral("trials"), p.search.trials },
                           { QStringLiteral("eta_seconds"), p.etaSeconds },
                           { QStringLiteral("details"), p.details } };
        if (p.search.bestScore) {
            line.insert(QStringLiteral("best_score"), *p.search.bestScore);
            line.insert(QStringLiteral("best_params"), p.search.bestParams);
        }
        printJson(line);
        return;
    }
    QString best;
    if (p.search.bestScore)
        best = Tr::tr(" · best validation skill %1").arg(skillText(-*p.search.bestScore));
    out() << QStringLiteral("[%1%] %2 · %3%4")
                 .arg(p.overall() * 100, 3, 'f', 0)
                 .arg(TrainingProgress::stepName(p.step), p.details, best)
          << Qt::endl;
}

void printOutcome(const SearchOutcome &outcome, bool json)
{
    if (json) {
        QJsonArray trials;
        for (const SearchTrial &t : outcome.trials)
            trials.append(toJson(t));
        QJsonObject result { { QStringLiteral("type"), QStringLiteral("result") },
                             { QStringLiteral("ok"), outcome.ok },
                             { QStringLiteral("cancelled"), outcome.cancelled },
                             { QStringLiteral("trials"), trials },
                             { QStringLiteral("record_id"), outcome.final.recordId } };
        if (outcome.best)
            result.insert(QStringLiteral("best"), toJson(*outcome.best));
        if (outcome.walkForward)
            result.insert(QStringLiteral("walk_forward"), outcome.walkForward->toJson());
        if (outcome.final.ok)
            result.insert(QStringLiteral("metrics"), outcome.final.metrics.toJson());
        if (!outcome.ok)
            result.insert(QStringLiteral("error"), outcome.error.toString());
        printJson(result);
        return;
    }
    std::vector<SearchTrial> ranked = outcome.trials;
    std::stable_sort(ranked.begin(), ranked.end(), [](const SearchTrial &a, const SearchTrial &b) {
        return a.score.value_or(1e300) < b.score.value_or(1e300);
    });
    // Skill: of the forecast as deployed (the model blended with naive by validation);
    // model skill: of the network alone. Both on the validation split, against naive.
    out() << Tr::tr("Trial  State          Skill  Model skill  Seconds  Params") << Qt::endl;
    for (const SearchTrial &t : ranked) {
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(t.number, 5)
                     .arg(SearchTrial::stateName(t.state), -8)
                     .arg(detailSkill(t, QStringLiteral("validation_skill")), 10)
                     .arg(detailSkill(t, QStringLiteral("raw_validation_skill")), 11)
                     .arg(t.durationSeconds, 7, 'f', 1)
                     .arg(compactJson(t.params))
              << Qt::endl;
    }
    if (outcome.walkForward) {
        const WalkForwardResult &w = *outcome.walkForward;
        out() << Tr::tr("Walk-forward over %n fold(s): RMSE %1 · naive RMSE %2 · skill vs naive %3",
                        nullptr, int(w.folds.size()))
                     .arg(w.rmse, 0, 'g', 6)
                     .arg(w.naiveRmse, 0, 'g', 6)
                     .arg(skillText(w.skill))
              << Qt::endl;
    }
    if (outcome.final.ok) {
        const ForecastMetrics &m = outcome.final.metrics;
        out() << Tr::tr("Best trial %1 retrained and saved as record %2: test RMSE %3 · skill vs "
                        "naive %4")
                     .arg(outcome.best ? outcome.best->number : 0)
                     .arg(outcome.final.recordId)
                     .arg(m.rmse, 0, 'g', 6)
                     .arg(skillText(m.skill))
              << Qt::endl;
    }
}

} // namespace

Result<QJsonObject> searchFromOptions(const QCommandLineParser &parser, const Options &o,
                                      const QString &bot)
{
    QJsonObject json;
    if (parser.isSet(o.method))
        json.insert(QStringLiteral("method"), parser.value(o.method));
    const auto whole = [&](const QCommandLineOption &option, const QString &key) -> Status {
        if (!parser.isSet(option))
            return {};
        bool ok = false;
        const qlonglong value = parser.value(option).toLongLong(&ok);
        if (!ok)
            return Error {
                Tr::tr("--%1 must be a whole number.").arg(option.names().constFirst())
            };
        json.insert(key, double(value));
        return {};
    };
    for (const auto &[option, key] : { std::pair { &o.trials, QStringLiteral("trials") },
                                       std::pair { &o.seconds, QStringLiteral("seconds") },
                                       std::pair { &o.seed, QStringLiteral("seed") },
                                       std::pair { &o.workers, QStringLiteral("parallel") } }) {
        if (auto checked = whole(*option, key); !checked)
            return checked.error();
    }
    if (parser.isSet(o.space)) {
        auto space = readParams(parser.value(o.space), QStringLiteral("--space"));
        if (!space)
            return space.error();
        json.insert(QStringLiteral("space"), *space);
    }
    if (parser.isSet(o.walkForward)) {
        auto walkForward = WalkForwardSpec::parse(parser.value(o.walkForward));
        if (!walkForward)
            return walkForward.error();
        json.insert(QStringLiteral("walk_forward"), walkForward->toJson());
    }
    // The spec's own defaults written out, so identical searches de-duplicate.
    auto spec = SearchSpec::fromJson(json);
    if (!spec)
        return spec.error();
    if (auto checked = SearchSpec::check(spec->toJson(), bot); !checked)
        return checked.error();
    return spec->toJson();
}

int runSearch(const QCommandLineParser &parser, const Options &o)
{
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    const Database &database = **db;
    auto connection = database.connection();
    if (!connection)
        return fail(connection.error());
    JobRepository jobs(*connection);
    auto jobId = searchJob(parser, o, jobs);
    if (!jobId) // bad options are usage errors; a job that cannot be resumed is not
        return fail(jobId.error(), parser.isSet(o.job) ? ExitFailure : ExitUsage);
    auto claimed = jobs.claim(*jobId, QCoreApplication::applicationPid());
    if (!claimed)
        return fail(claimed.error());
    if (!*claimed)
        return fail(
            Tr::tr("Search job %1 is no longer pending: another process took it.").arg(*jobId));
    const TrainingJob job = **claimed;

    TorchRuntime::initialize(WorkerPlan::torchThreads(parser.value(o.threads).toInt()));
    const bool json = parser.isSet(o.json);
    if (json)
        printJson({ { QStringLiteral("type"), QStringLiteral("job") },
                    { QStringLiteral("job"), job.id } });
    else
        out() << Tr::tr("Search job #%1: %2 %3 %4")
                     .arg(job.id)
                     .arg(job.spec.symbol, job.spec.timeframe, job.spec.bot)
              << Qt::endl;
    const DatabaseWaitNotices databaseWaits;
    CancellationToken token;
    SearchService service(database);
    service.setCancellationToken(&token);
    QElapsedTimer sinceLine;
    sinceLine.start();
    service.setProgressCallback([&](const TrainingProgress &p) {
        // Called from the one thread running the search; one line a second is plenty.
        if (sinceLine.elapsed() < 1000 && p.stepFraction < 1.0)
            return;
        sinceLine.restart();
        printProgress(p, json);
    });

    QFutureWatcher<SearchOutcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<SearchOutcome>::finished, &loop, &QEventLoop::quit);
    const InterruptGuard interrupt;
    QTimer poll;
    QElapsedTimer sinceHeartbeat;
    sinceHeartbeat.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (interrupt.triggered())
            token.cancel(Tr::tr("interrupted (Ctrl+C); resume with search --job %1").arg(job.id));
        if (sinceHeartbeat.elapsed() >= 5000) {
            sinceHeartbeat.restart();
            (void)jobs.heartbeat(job.id);
        }
    });
    poll.start(50);
    watcher.setFuture(QtConcurrent::run([&service, &database, job] {
        SearchOutcome outcome = service.run(job);
        database.releaseThreadConnection();
        return outcome;
    }));
    loop.exec();
    const SearchOutcome outcome = watcher.result();
    const JobStatus status = outcome.ok ? JobStatus::Completed
        : outcome.cancelled             ? JobStatus::Cancelled
                                        : JobStatus::Failed;
    const Status finished = jobs.finish(
        job.id, status, outcome.ok ? QString() : outcome.error.toString(), outcome.final.recordId);
    printOutcome(outcome, json);
    if (!finished)
        return fail(finished.error());
    if (!outcome.ok) {
        fail(outcome.error);
        return outcome.cancelled ? ExitCancelled : ExitFailure;
    }
    return ExitOk;
}

} // namespace modeldeck::cli
