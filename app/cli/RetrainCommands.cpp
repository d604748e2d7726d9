#include "RetrainCommands.h"

#include "net/DownloadService.h"
#include "net/RefreshPlan.h"
#include "queue/RetrainScheduler.h"
#include "queue/RetrainTrigger.h"
#include "queue/TrainingQueue.h"
#include "queue/WorkerPlan.h"
#include "storage/MarketDataRepository.h"

#include <QJsonArray>
#include <QThread>

namespace modeldeck::cli {

namespace {

QJsonValue etaSeconds(const RetrainEta &eta)
{
    return eta.seconds ? QJsonValue(qRound64(*eta.seconds)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const RetrainTicket &t)
{
    return { { QStringLiteral("job_id"), t.jobId },
             { QStringLiteral("duplicate"), t.duplicate },
             { QStringLiteral("symbol"), t.spec.symbol },
             { QStringLiteral("timeframe"), t.spec.timeframe },
             { QStringLiteral("bot"), t.spec.bot },
             { QStringLiteral("horizon"), t.spec.horizon },
             { QStringLiteral("retrain_of"),
               t.spec.retrainOf > 0 ? QJsonValue(t.spec.retrainOf) : QJsonValue() },
             { QStringLiteral("trigger"), t.spec.trigger },
             { QStringLiteral("reason"), t.spec.reason },
             { QStringLiteral("eta_seconds"), etaSeconds(t.eta) },
             { QStringLiteral("eta"), RetrainEtaEstimate::describe(t.eta) },
             { QStringLiteral("jobs_ahead"), t.eta.jobsAhead } };
}

QString outcomeName(SchedulePlan::Outcome outcome)
{
    switch (outcome) {
    case SchedulePlan::Outcome::Disabled:
        return QStringLiteral("disabled");
    case SchedulePlan::Outcome::OutsideWindow:
        return QStringLiteral("outside_window");
    case SchedulePlan::Outcome::AlreadyRan:
        return QStringLiteral("already_ran");
    case SchedulePlan::Outcome::Due:
        return QStringLiteral("due");
    }
    return {};
}

} // namespace

int runRetrain(const QCommandLineParser &parser, const Options &o)
{
    RetrainRequest request;
    request.modelName = parser.value(o.model);
    bool ok = true;
    if (parser.isSet(o.record))
        request.recordId = parser.value(o.record).toLongLong(&ok);
    if (!ok || request.recordId < 0)
        return fail(Tr::tr("--record must be a training record id."), ExitUsage);
    if (request.modelName.isEmpty() == (request.recordId == 0))
        return fail(Tr::tr("retrain needs either --model NAME or --record ID."), ExitUsage);
    request.reason = parser.value(o.reason);
    if (request.reason.size() > RetrainTrigger::kMaxReasonLength)
        return fail(
            Tr::tr("--reason is longer than %1 characters.").arg(RetrainTrigger::kMaxReasonLength),
            ExitUsage);
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    RetrainTrigger trigger(**db);
    // The jobs ahead are shared by as many workers as `queue run` would start.
    trigger.setWorkers(WorkerPlan::defaultWorkers(parser.value(o.workers).toInt(), 1,
                                                  std::max(1, QThread::idealThreadCount())));
    auto ticket = trigger.retrain(request);
    if (!ticket)
        return fail(ticket.error());
    if (parser.isSet(o.json)) {
        QJsonObject json = toJson(*ticket);
        json.insert(QStringLiteral("model"), request.modelName);
        printJson(json);
        return ExitOk;
    }
    const QString eta = RetrainEtaEstimate::describe(ticket->eta);
    if (ticket->duplicate)
        out() << Tr::tr("Already queued as job %1 — %2").arg(ticket->jobId).arg(eta) << Qt::endl;
    else
        out() << Tr::tr("Queued job %1 — %2").arg(ticket->jobId).arg(eta) << Qt::endl;
    if (!ticket->eta.seconds)
        out() << Tr::tr("(no finished %1 job to estimate from yet)").arg(ticket->spec.bot)
              << Qt::endl;
    return ExitOk;
}

PredictionService::DriftHandler driftRetrainHandler(const Database &database)
{
    // Spelled out: lupdate misreads this function's scope and would file Tr::tr() under "Tr".
    if (!RetrainSettings::load().retrainOnDrift)
        return {};
    return [&database](const Alert &alert) -> Result<QString> {
        if (alert.modelName.isEmpty())
            return QString();
        auto ticket = RetrainTrigger(database).retrain(
            { alert.modelName, 0, RetrainTriggerKind::Drift, alert.message });
        if (!ticket)
            return Error { QCoreApplication::translate(
                               "modeldeck::cli", "Drift on “%1”: could not queue a retrain: %2")
                               .arg(alert.modelName, ticket.error().message) };
        return ticket->duplicate
            ? QCoreApplication::translate("modeldeck::cli",
                                          "Drift on “%1”: its retrain is already queued as job %2.")
                  .arg(alert.modelName)
                  .arg(ticket->jobId)
            : QCoreApplication::translate("modeldeck::cli", "Drift on “%1”: queued retrain job %2.")
                  .arg(alert.modelName)
                  .arg(ticket->jobId);
    };
}

ScheduleTicker::ScheduleTicker(std::shared_ptr<Database> database, TrainingQueue &queue,
                               int workers, bool json)
    : m_database(std::move(database)), m_queue(queue), m_workers(workers), m_json(json)
{
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        if (!m_ticking)
            m_running.emplace(tick());
    });
}

void ScheduleTicker::start()
{
    RetrainSettings settings = RetrainSettings::load();
    if (!m_json)
        out() << Tr::tr("Retraining schedule: %1–%2, models older than %3 hours, at most %4 per "
                        "run, checked every %5 min")
                     .arg(settings.windowStart.toString(QStringLiteral("HH:mm")),
                          settings.windowEnd.toString(QStringLiteral("HH:mm")))
                     .arg(settings.ageHours)
                     .arg(settings.maxJobsPerRun)
                     .arg(settings.checkMinutes)
              << Qt::endl;
    m_timer.start(settings.checkMinutes * 60 * 1000);
    m_running.emplace(tick());
}

QCoro::Task<> ScheduleTicker::tick()
{
    m_ticking = true;
    RetrainSettings settings = RetrainSettings::load(); // the GUI may have changed them
    settings.scheduleEnabled = true; // --schedule asks for it
    m_timer.setInterval(settings.checkMinutes * 60 * 1000);
    RetrainScheduler scheduler(*m_database);
    scheduler.setWorkers(m_workers);
    auto plan = scheduler.plan(settings);
    if (!plan) {
        fail(plan.error());
        m_ticking = false;
        co_return;
    }
    QStringList refreshNotes;
    if (plan->outcome == SchedulePlan::Outcome::Due && settings.refreshFirst && !plan->due.empty())
        refreshNotes = co_await refresh(plan->series());
    auto run = scheduler.run(*plan);
    m_ticking = false;
    if (!run) {
        fail(run.error());
        co_return;
    }
    m_queue.noticeQueuedElsewhere(int(run->queued.size()));
    if (m_json) {
        QJsonArray queued;
        for (const RetrainTicket &t : run->queued)
            queued.append(toJson(t));
        printJson({ { QStringLiteral("type"), QStringLiteral("schedule") },
                    { QStringLiteral("outcome"), outcomeName(plan->outcome) },
                    { QStringLiteral("queued"), queued },
                    { QStringLiteral("already_queued"), run->alreadyQueued },
                    { QStringLiteral("failures"), QJsonArray::fromStringList(run->failures) },
                    { QStringLiteral("refresh"), QJsonArray::fromStringList(refreshNotes) } });
        co_return;
    }
    if (plan->outcome != SchedulePlan::Outcome::Due)
        co_return; // nothing to say every few minutes outside the window
    for (const QString &note : refreshNotes)
        out() << note << Qt::endl;
    out() << Tr::tr("Scheduled retraining: %1 queued, %2 already queued")
                 .arg(run->queued.size())
                 .arg(run->alreadyQueued)
          << Qt::endl;
    for (const RetrainTicket &t : run->queued)
        out() << Tr::tr("  job %1: %2 %3 %4 — %5")
                     .arg(t.jobId)
                     .arg(t.spec.symbol, t.spec.timeframe, t.spec.bot,
                          RetrainEtaEstimate::describe(t.eta))
              << Qt::endl;
    for (const QString &failure : run->failures)
        fail(failure);
}

QCoro::Task<QStringList> ScheduleTicker::refresh(std::vector<SeriesKey> series)
{
    QStringList notes;
    auto connection = m_database->connection();
    if (!connection) {
        notes << Tr::tr("Not refreshing before retraining: %1").arg(connection.error().message);
        co_return notes;
    }
    MarketDataRepository data(*connection);
    auto symbols = data.listSymbols();
    auto downloads = data.latestDownloads();
    auto imports = data.latestImports();
    if (!symbols || !downloads || !imports) {
        notes << Tr::tr("Not refreshing before retraining: the workspace's series cannot be read.");
        co_return notes;
    }
    const RefreshPlan plan = planRefresh(series, *symbols, *downloads, *imports);
    // Series never downloaded (CSV imports) have no provider: they retrain on the data at hand.
    for (const SkippedSeries &s : plan.skipped)
        notes << Tr::tr("Not refreshed: %1 %2: %3")
                     .arg(s.series.symbol, s.series.timeframe, s.reason);
    if (plan.requests.empty())
        co_return notes;
    DownloadService service(m_database, DownloadSettings::load());
    for (const DownloadRequest &request : plan.requests) {
        auto report = co_await service.download(request);
        if (!report) {
            notes << Tr::tr("Refreshing %1 failed: %2")
                         .arg(request.symbols.join(QStringLiteral(", ")), report.error().message);
            continue;
        }
        for (const SymbolDownloadReport &s : report->symbols)
            notes << (s.ok ? Tr::tr("Refreshed %1 %2").arg(s.symbol, report->timeframe)
                           : Tr::tr("Refreshing %1 failed: %2").arg(s.symbol, s.error.toString()));
    }
    co_return notes;
}

} // namespace modeldeck::cli
