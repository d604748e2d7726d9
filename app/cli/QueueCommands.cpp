#include "QueueCommands.h"

#include "CliSupport.h"
#include "RetrainCommands.h"
#include "SearchCommands.h"
#include "queue/QueueLock.h"
#include "queue/TrainingQueue.h"
#include "queue/WorkerPlan.h"
#include "storage/JobProgressRepository.h"
#include "storage/JobRepository.h"
#include "training/TorchRuntime.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QThread>
#include <QTimer>

namespace modeldeck::cli {

namespace {

QJsonObject toJson(const TrainingJob &job)
{
    QJsonObject json { { QStringLiteral("id"), job.id },
                       { QStringLiteral("symbol"), job.spec.symbol },
                       { QStringLiteral("timeframe"), job.spec.timeframe },
                       { QStringLiteral("bot"), job.spec.bot },
                       { QStringLiteral("horizon"), job.spec.horizon },
                       { QStringLiteral("priority"), job.spec.priority },
                       { QStringLiteral("status"), toString(job.status) },
                       { QStringLiteral("attempts"), job.attempts },
                       { QStringLiteral("error"), job.errorMessage },
                       { QStringLiteral("record_id"), job.recordId } };
    if (!job.spec.search.isEmpty())
        json.insert(QStringLiteral("search"), job.spec.search);
    if (job.spec.isStrategy()) {
        json.insert(QStringLiteral("kind"), QStringLiteral("strategy"));
        json.insert(QStringLiteral("strategy"), job.spec.strategy);
    }
    return json;
}

QJsonObject toJson(const JobCounts &c)
{
    return { { QStringLiteral("pending"), c.pending },
             { QStringLiteral("running"), c.running },
             { QStringLiteral("completed"), c.completed },
             { QStringLiteral("failed"), c.failed },
             { QStringLiteral("cancelled"), c.cancelled },
             { QStringLiteral("interrupted"), c.interrupted } };
}

QString describe(const TrainingJob &job)
{
    QString line = QStringLiteral("#%1  %2  %3 %4 %5")
                       .arg(job.id)
                       .arg(toString(job.status), -11)
                       .arg(job.spec.symbol, job.spec.timeframe, job.spec.bot);
    if (const QJsonObject &search = job.spec.search; !search.isEmpty()) {
        const int trials = search.value(QStringLiteral("trials")).toInt();
        line += trials > 0
            ? Tr::tr("  search (%1, %n trial(s))", nullptr, trials)
                  .arg(search.value(QStringLiteral("method")).toString())
            : Tr::tr("  search (%1)").arg(search.value(QStringLiteral("method")).toString());
    }
    if (job.spec.isStrategy()) {
        // "strategy (sharpe, bayes, 50 backtests)": what the bot column alone would not say.
        const QJsonObject spec = job.spec.strategy.value(QStringLiteral("spec")).toObject();
        line += Tr::tr("  strategy (%1, %2, %n backtest(s))", nullptr,
                       spec.value(QStringLiteral("budget")).toInt())
                    .arg(spec.value(QStringLiteral("objective")).toString(),
                         spec.value(QStringLiteral("optimizer")).toString());
        if (const QString name = job.spec.strategy.value(QStringLiteral("save_as")).toString();
            !name.isEmpty())
            line += Tr::tr(" → saves “%1”").arg(name);
    }
    if (job.spec.priority != 0)
        line += Tr::tr("  priority %1").arg(job.spec.priority);
    if (!job.errorMessage.isEmpty())
        line += QStringLiteral("  — ") + job.errorMessage;
    return line;
}

// queue add: one job from --symbol, --timeframe and --bot.
int addJob(const QCommandLineParser &parser, const Options &o, TrainingQueue &queue,
           const QJsonObject &params, int horizon)
{
    if (!parser.isSet(o.symbol) || !parser.isSet(o.timeframe) || !parser.isSet(o.bot))
        return fail(Tr::tr("queue add needs --symbol, --timeframe and --bot."), ExitUsage);
    JobSpec spec { parser.value(o.symbol).toUpper(),
                   parser.value(o.timeframe),
                   parser.value(o.bot),
                   params,
                   horizon,
                   parser.value(o.priority).toInt(),
                   parser.value(o.maxRetries).toInt(),
                   0 };
    if (parser.isSet(o.search)) {
        auto search = searchFromOptions(parser, o, spec.bot);
        if (!search)
            return fail(search.error(), ExitUsage);
        spec.search = *search;
    }
    bool existed = false;
    auto id = queue.enqueue(spec, &existed);
    if (!id)
        return fail(id.error(), ExitUsage);
    if (parser.isSet(o.json))
        printJson({ { QStringLiteral("job"), *id }, { QStringLiteral("existed"), existed } });
    else
        out() << (existed ? Tr::tr("already queued as job #%1") : Tr::tr("queued job #%1")).arg(*id)
              << Qt::endl;
    return ExitOk;
}

// queue auto: every --symbols × --timeframes × --bots combination with enough data.
int addAutoJobs(const QCommandLineParser &parser, const Options &o, TrainingQueue &queue,
                const QJsonObject &params, int horizon)
{
    if (!parser.isSet(o.symbols) || !parser.isSet(o.timeframes) || !parser.isSet(o.bots))
        return fail(Tr::tr("queue auto needs --symbols, --timeframes and --bots."), ExitUsage);
    QStringList symbols = splitList(parser.value(o.symbols));
    for (QString &s : symbols)
        s = s.toUpper();
    auto result = queue.enqueueAuto(symbols, splitList(parser.value(o.timeframes)),
                                    splitList(parser.value(o.bots)), params, horizon);
    if (!result)
        return fail(result.error(), ExitUsage);
    if (parser.isSet(o.json)) {
        QJsonArray ids;
        for (qint64 id : result->jobIds)
            ids.append(id);
        printJson({ { QStringLiteral("jobs"), ids },
                    { QStringLiteral("already_queued"), result->alreadyQueued },
                    { QStringLiteral("skipped"), QJsonArray::fromStringList(result->skipped) } });
        return ExitOk;
    }
    out() << Tr::tr("%1 jobs queued (%2 were already queued), %3 combinations skipped")
                 .arg(result->jobIds.size() - size_t(result->alreadyQueued))
                 .arg(result->alreadyQueued)
                 .arg(result->skipped.size())
          << Qt::endl;
    for (const QString &reason : std::as_const(result->skipped))
        out() << Tr::tr("  skipped ") << reason << Qt::endl;
    return ExitOk;
}

// queue add|auto: the options both share, then the one or the other.
int enqueueJobs(const QCommandLineParser &parser, const Options &o, const QString &action,
                const std::shared_ptr<Database> &database)
{
    auto params = readParams(parser.value(o.params));
    if (!params)
        return fail(params.error(), ExitUsage);
    bool ok = false;
    const int horizon = parser.value(o.horizon).toInt(&ok);
    if (!ok || horizon < 1)
        return fail(Tr::tr("--horizon must be a whole number of bars, at least 1."), ExitUsage);
    TrainingQueue queue(database);
    return action == QLatin1StringView("add") ? addJob(parser, o, queue, *params, horizon)
                                              : addAutoJobs(parser, o, queue, *params, horizon);
}

// queue status: who runs the queue, the counts, and the progress of the running jobs.
// Read straight from the jobs tables: this process does not run the queue.
int showStatus(const QCommandLineParser &parser, const Options &o, JobRepository &jobs,
               const Database &database)
{
    auto active = jobs.active();
    if (!active)
        return fail(active.error());
    auto counts = jobs.counts();
    if (!counts)
        return fail(counts.error());
    auto connection = database.connection();
    if (!connection)
        return fail(connection.error());
    JobProgressRepository progressRows(*connection);
    qint64 ownerPid = 0;
    const bool owned = QueueLock::isOwnedElsewhere(database.workspaceDir(), &ownerPid);
    QJsonArray running;
    for (const TrainingJob &job : *active) {
        if (job.status != JobStatus::Running)
            continue;
        QJsonObject entry = toJson(job);
        if (auto progress = progressRows.find(job.id); progress && progress->has_value()) {
            entry.insert(QStringLiteral("percent"), (*progress)->percentage);
            entry.insert(QStringLiteral("step"), (*progress)->currentStep);
            entry.insert(QStringLiteral("details"), (*progress)->stepDetails);
        }
        running.append(entry);
    }
    if (parser.isSet(o.json)) {
        printJson({ { QStringLiteral("owned"), owned },
                    { QStringLiteral("owner_pid"), ownerPid },
                    { QStringLiteral("counts"), toJson(*counts) },
                    { QStringLiteral("running"), running } });
        return ExitOk;
    }
    out() << (owned ? Tr::tr("Queue run by process %1").arg(ownerPid)
                    : Tr::tr("No queue is running"))
          << Qt::endl
          << Tr::tr("pending %1 · running %2 · completed %3 · failed %4 · cancelled %5 · "
                    "interrupted %6")
                 .arg(counts->pending)
                 .arg(counts->running)
                 .arg(counts->completed)
                 .arg(counts->failed)
                 .arg(counts->cancelled)
                 .arg(counts->interrupted)
          << Qt::endl;
    for (const auto &entry : std::as_const(running)) {
        const QJsonObject e = entry.toObject();
        out() << Tr::tr("  #%1 %2 %3%  %4")
                     .arg(e.value(QStringLiteral("id")).toInteger())
                     .arg(e.value(QStringLiteral("step")).toString())
                     .arg(e.value(QStringLiteral("percent")).toDouble(), 0, 'f', 0)
                     .arg(e.value(QStringLiteral("details")).toString())
              << Qt::endl;
    }
    return ExitOk;
}

// queue list: the waiting and running jobs, then the 20 most recently finished.
int listJobs(const QCommandLineParser &parser, const Options &o, JobRepository &jobs)
{
    auto active = jobs.active();
    if (!active)
        return fail(active.error());
    auto history = jobs.history(20);
    if (!history)
        return fail(history.error());
    if (parser.isSet(o.json)) {
        QJsonArray a, h;
        for (const TrainingJob &job : *active)
            a.append(toJson(job));
        for (const TrainingJob &job : *history)
            h.append(toJson(job));
        printJson({ { QStringLiteral("active"), a }, { QStringLiteral("history"), h } });
        return ExitOk;
    }
    for (const TrainingJob &job : *active)
        out() << describe(job) << Qt::endl;
    if (!history->empty())
        out() << Tr::tr("-- recent --") << Qt::endl;
    for (const TrainingJob &job : *history)
        out() << describe(job) << Qt::endl;
    return ExitOk;
}

// queue retry|remove --job N.
int editJob(const QCommandLineParser &parser, const Options &o, const QString &action,
            const std::shared_ptr<Database> &database)
{
    bool ok = false;
    const qint64 id = parser.value(o.job).toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(Tr::tr("queue %1 needs --job with a job id (see queue list).").arg(action),
                    ExitUsage);
    const bool retry = action == QLatin1StringView("retry");
    TrainingQueue queue(database);
    if (const Status done = retry ? queue.retry(id) : queue.remove(id); !done)
        return fail(done.error());
    out() << (retry ? Tr::tr("job #%1 is pending again") : Tr::tr("job #%1 removed")).arg(id)
          << Qt::endl;
    return ExitOk;
}

// queue pause|resume|stop|force-stop: sent to the process that runs the queue, if one does.
int controlQueue(const QString &action, const std::shared_ptr<Database> &database)
{
    TrainingQueue queue(database);
    qint64 ownerPid = 0;
    if (QueueLock::isOwnedElsewhere(database->workspaceDir(), &ownerPid)) {
        if (auto sent = queue.requestControl(action); !sent)
            return fail(sent.error());
        out() << Tr::tr("Sent “%1” to the queue running in process %2.").arg(action).arg(ownerPid)
              << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1StringView("stop") || action == QLatin1StringView("force-stop")) {
        auto removed = queue.removeAllPending();
        if (!removed)
            return fail(removed.error());
        out() << Tr::tr("No queue is running; removed %1 pending jobs.").arg(*removed) << Qt::endl;
        return ExitOk;
    }
    out() << Tr::tr("No queue is running; start one with: modeldeck-cli queue run") << Qt::endl;
    return ExitOk;
}

struct RunSize
{
    int workers = 1;
    int threads = 1;
};

// Threads per job and jobs at once: the one rule in WorkerPlan (one thread per job, a job per
// core), or what --threads and --workers say.
RunSize runSize(const QCommandLineParser &parser, const Options &o)
{
    const int cores = std::max(1, QThread::idealThreadCount());
    const int threads = WorkerPlan::torchThreads(parser.value(o.threads).toInt());
    return { WorkerPlan::defaultWorkers(parser.value(o.workers).toInt(), threads, cores), threads };
}

// One line (or JSON object) per job start and end; a queue error ends the run as failed (a
// locked database is not one: the queue waits it out).
void reportRun(TrainingQueue &queue, QEventLoop &loop, bool json, int &exitCode,
               bool quitWhenDrained = true)
{
    if (quitWhenDrained)
        QObject::connect(&queue, &TrainingQueue::drained, &loop, &QEventLoop::quit);
    QObject::connect(&queue, &TrainingQueue::errorOccurred, &loop,
                     [&loop, &exitCode](const QString &message) {
                         fail(message);
                         exitCode = ExitFailure;
                         loop.quit();
                     });
    QObject::connect(&queue, &TrainingQueue::jobStarted, &loop, [json](const TrainingJob &job) {
        if (json)
            printJson({ { QStringLiteral("type"), QStringLiteral("started") },
                        { QStringLiteral("job"), job.id } });
        else
            out() << Tr::tr("started ") << describe(job) << Qt::endl;
    });
    QObject::connect(&queue, &TrainingQueue::jobFinished, &loop, [json](const TrainingJob &job) {
        const QString &error = job.errorMessage;
        if (json) {
            printJson({ { QStringLiteral("type"), QStringLiteral("finished") },
                        { QStringLiteral("job"), job.id },
                        { QStringLiteral("status"), toString(job.status) },
                        { QStringLiteral("error"), error } });
        } else {
            out() << Tr::tr("finished #%1 %2").arg(job.id).arg(toString(job.status))
                  << (error.isEmpty() ? QString() : QStringLiteral(": ") + error) << Qt::endl;
        }
    });
}

// Jobs an earlier run left running when its process died are queued again before this run.
void printRecovery(const RecoveredJobs &recovered, bool json)
{
    if (recovered.requeued == 0 && recovered.poisoned == 0 && recovered.completed == 0)
        return;
    if (json) {
        printJson({ { QStringLiteral("type"), QStringLiteral("recovered") },
                    { QStringLiteral("completed"), recovered.completed },
                    { QStringLiteral("requeued"), recovered.requeued },
                    { QStringLiteral("poisoned"), recovered.poisoned } });
        return;
    }
    if (recovered.completed > 0)
        out() << Tr::tr("%n job(s) whose model was saved before ModelDeck stopped marked completed",
                        nullptr, recovered.completed)
              << Qt::endl;
    if (recovered.requeued > 0)
        out() << Tr::tr("%n job(s) left unfinished when ModelDeck stopped queued again", nullptr,
                        recovered.requeued)
              << Qt::endl;
    if (recovered.poisoned > 0)
        out() << Tr::tr("%n job(s) failed: interrupted %1 times in a row", nullptr,
                        recovered.poisoned)
                     .arg(RecoveredJobs::kMaxInterruptions)
              << Qt::endl;
}

void printRunSummary(const JobCounts &counts, bool json)
{
    if (json) {
        printJson({ { QStringLiteral("type"), QStringLiteral("done") },
                    { QStringLiteral("counts"), toJson(counts) } });
        return;
    }
    out() << Tr::tr("Queue empty: %1 completed, %2 failed, %3 cancelled, %4 interrupted")
                 .arg(counts.completed)
                 .arg(counts.failed)
                 .arg(counts.cancelled)
                 .arg(counts.interrupted)
          << Qt::endl;
}

// queue run: runs the queue in this process until nothing is pending or running.
int runQueueLoop(const QCommandLineParser &parser, const Options &o,
                 std::shared_ptr<Database> database)
{
    const RunSize size = runSize(parser, o);
    TorchRuntime::initialize(size.threads);
    // A database another process keeps locked is waited out, told on stderr; it is not an error
    // (errorOccurred), so it never ends the run and cancels the running jobs.
    const DatabaseWaitNotices databaseWaits;
    TrainingQueue queue(database);
    queue.setMaxConcurrentJobs(size.workers);
    if (auto acquired = queue.acquire(); !acquired)
        return fail(acquired.error());
    const bool json = parser.isSet(o.json);
    printRecovery(queue.recoveredJobs(), json);
    QEventLoop loop;
    int exitCode = ExitOk;
    // With --schedule the run goes on when the queue drains: the schedule may queue more.
    const bool schedule = parser.isSet(o.schedule);
    reportRun(queue, loop, json, exitCode, !schedule);

    // Commands from other processes (queue pause|resume|stop|force-stop) and Ctrl+C.
    const InterruptGuard interrupt;
    bool interrupted = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (interrupt.triggered() && !interrupted) {
            interrupted = true;
            queue.forceStop(Tr::tr("interrupted (Ctrl+C)"));
        }
        if (schedule && interrupted && queue.currentJobs().isEmpty())
            loop.quit();
        // A request that cannot be read now is read at the next poll.
        (void)queue.applyRequestedControl();
    });
    poll.start(250);
    std::unique_ptr<ScheduleTicker> ticker;
    if (schedule) {
        ticker = std::make_unique<ScheduleTicker>(database, queue, size.workers, json);
        ticker->start();
    }
    queue.start();
    if (schedule || queue.counts().pending > 0 || !queue.currentJobs().isEmpty())
        loop.exec();
    ticker.reset();
    printRunSummary(queue.counts(), json);
    return interrupted ? ExitCancelled : exitCode;
}

bool isControl(const QString &action)
{
    static const QStringList controls = { QStringLiteral("pause"), QStringLiteral("resume"),
                                          QStringLiteral("stop"), QStringLiteral("force-stop") };
    return controls.contains(action);
}

} // namespace

int runQueue(const QCommandLineParser &parser, const Options &o, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return fail(Tr::tr("queue needs one action: add, auto, list, status, run, retry, remove, "
                           "pause, resume, stop or "
                           "force-stop."),
                    ExitUsage);
    const QString action = arguments.first();
    auto opened = openWorkspace(parser, o);
    if (!opened)
        return fail(opened.error());
    std::shared_ptr<Database> database(std::move(*opened));
    auto connection = database->connection();
    if (!connection)
        return fail(connection.error());

    if (action == QLatin1StringView("add") || action == QLatin1StringView("auto"))
        return enqueueJobs(parser, o, action, database);
    if (action == QLatin1StringView("status") || action == QLatin1StringView("list")) {
        JobRepository jobs(*connection);
        return action == QLatin1StringView("status") ? showStatus(parser, o, jobs, *database)
                                                     : listJobs(parser, o, jobs);
    }
    if (action == QLatin1StringView("run"))
        return runQueueLoop(parser, o, database);
    if (action == QLatin1StringView("retry") || action == QLatin1StringView("remove"))
        return editJob(parser, o, action, database);
    if (!isControl(action))
        return fail(Tr::tr("unknown queue action “%1”.").arg(action), ExitUsage);
    return controlQueue(action, database);
}

} // namespace modeldeck::cli
