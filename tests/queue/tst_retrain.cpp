// Retraining: the ETA from past durations, the retrain trigger (a saved model's settings, the
// reason kept with the job, duplicates merged) and the retraining schedule driven by a fake
// clock (its window, also across midnight, its limit per run, once per window even across a
// restart, only stale active models).
#include "TestBars.h"
#include "TestRecords.h"
#include "TestSession.h"
#include "TestSql.h"
#include "TestTask.h"
#include "monitoring/PerformanceDrift.h"
#include "queue/RetrainEta.h"
#include "queue/RetrainScheduler.h"
#include "queue/RetrainTrigger.h"
#include "services/ModelRegistry.h"
#include "services/PredictionService.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "storage/PredictionRepository.h"
#include "storage/SqlValues.h"
#include "storage/TrainingRecordRepository.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;
using modeldeck::test::await;

namespace {

const QString kDay = QStringLiteral("1d");
const QString kHour = QStringLiteral("1h");
const QString kLstm = QStringLiteral("lstm_bot");
const QString kGbm = QStringLiteral("gbm_bot");

std::vector<PastJobDuration> pastJobs()
{
    return { { kLstm, kDay, 60 },
             { kLstm, kDay, 300 },
             { kLstm, kDay, 120 },
             { kLstm, kHour, 10 },
             { kGbm, kDay, 30 } };
}

// A 2030 evening in local time, far from any model saved while the test runs.
QDateTime evening(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2030, 1, day), QTime(hour, minute));
}

} // namespace

class TestRetrain : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::shared_ptr<Database> newWorkspace()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter)));
        return db ? std::shared_ptr<Database>(std::move(*db)) : nullptr;
    }

    // A training record and a saved model made from it: `name` v1 of `symbol` 1d, trained
    // with `epochs` at `horizon`, active unless told otherwise, saved at `savedAt` (UTC).
    static bool addModel(const Database &db, const QString &name, const QString &symbol, int epochs,
                         int horizon, const QDateTime &savedAt, bool active = true)
    {
        auto connection = db.connection();
        if (!connection)
            return false;
        TrainingRecord record = test::cardRecord(symbol, kDay, QStringLiteral("linear_bot"),
                                                 TrainingRecord::Status::Active, 1);
        // As saving copies it: the registry's settings are the record's.
        const QJsonObject modelConfig { { QStringLiteral("bot"), QStringLiteral("linear_bot") },
                                        { QStringLiteral("epochs"), epochs } };
        record.config.insert(QStringLiteral("model"), modelConfig);
        record.config.insert(QStringLiteral("features"),
                             QJsonObject { { QStringLiteral("horizon"), horizon } });
        auto recordId = TrainingRecordRepository(*connection).insert(record);
        if (!recordId)
            return false;
        RegisteredModel m;
        m.name = name;
        m.bot = QStringLiteral("linear_bot");
        m.horizons = { horizon };
        m.symbol = symbol;
        m.timeframe = kDay;
        m.modelConfig = modelConfig;
        m.trainingRecordId = *recordId;
        auto added
            = ModelRegistry(db).add(m, QByteArray(100, 'x'), QStringLiteral("registry"), active);
        if (!added)
            return false;
        return execute(db, QStringLiteral("UPDATE ml_models SET created_at = ? WHERE id = ?"),
                       { isoUtc(savedAt), added->id });
    }

    // One write; true when it changed at least one row.
    static bool execute(const Database &db, const QString &sql, const QVariantList &values)
    {
        auto connection = db.connection();
        if (!connection)
            return false;
        QSqlQuery q(*connection);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        const bool ok = q.exec() && q.numRowsAffected() > 0;
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }

    static void backdate(const Database &db, const QString &name, const QDateTime &savedAt)
    {
        QVERIFY(execute(db,
                        QStringLiteral("UPDATE ml_models SET created_at = ? WHERE model_name = ?"),
                        { isoUtc(savedAt), name }));
    }

    static bool finishJob(const Database &db, qint64 id, const QDateTime &started,
                          const QDateTime &finished)
    {
        return execute(db,
                       QStringLiteral("UPDATE training_jobs SET status = 'completed', "
                                      "started_at = ?, finished_at = ? WHERE id = ?"),
                       { isoUtc(started), isoUtc(finished), id });
    }

    static int pendingJobs(const Database &db)
    {
        return test::scalar(
                   db,
                   QStringLiteral("SELECT COUNT(*) FROM training_jobs WHERE status = 'pending'"))
            .toInt();
    }

    static RetrainSettings nightly(int maxJobs = 5)
    {
        RetrainSettings s;
        s.scheduleEnabled = true;
        s.ageHours = 24;
        s.windowStart = QTime(22, 0);
        s.windowEnd = QTime(6, 0);
        s.maxJobsPerRun = maxJobs;
        return s;
    }

private Q_SLOTS:
    void etaIsTheMedianOfSimilarJobs()
    {
        int basedOn = 0;
        // Same bot and timeframe: 60, 120, 300.
        QCOMPARE(RetrainEtaEstimate::typicalSeconds(pastJobs(), kLstm, kDay, &basedOn), 120.0);
        QCOMPARE(basedOn, 3);
        // No 5m job of the bot: every lstm job, 10, 60, 120, 300.
        QCOMPARE(
            RetrainEtaEstimate::typicalSeconds(pastJobs(), kLstm, QStringLiteral("5m"), &basedOn),
            90.0);
        QCOMPARE(basedOn, 4);
        QVERIFY(!RetrainEtaEstimate::typicalSeconds(pastJobs(), QStringLiteral("gru_bot"), kDay));

        const RetrainEta alone = RetrainEtaEstimate::estimate(pastJobs(), { kLstm, kDay }, {}, 1);
        QCOMPARE(alone.seconds, 120.0);
        QCOMPARE(alone.jobsAhead, 0);
        // Ahead: two gbm jobs (30 s each) and a running lstm 1d job 100 s in (20 s left),
        // shared by two workers, then its own 120 s.
        const std::vector<EtaJob> ahead { { kLstm, kDay, true, 100 },
                                          { kGbm, kDay },
                                          { kGbm, kDay } };
        const RetrainEta queued
            = RetrainEtaEstimate::estimate(pastJobs(), { kLstm, kDay }, ahead, 2);
        QCOMPARE(queued.seconds, 120.0 + (20.0 + 30.0 + 30.0) / 2.0);
        QCOMPARE(queued.jobsAhead, 3);
        QCOMPARE(RetrainEtaEstimate::describe(queued), QStringLiteral("about 3 min"));
        // A running job past its typical time has nothing "left", never a negative time.
        const RetrainEta overdue
            = RetrainEtaEstimate::estimate(pastJobs(), { kLstm, kDay, true, 500 }, {}, 1);
        QCOMPARE(overdue.seconds, 0.0);
    }

    void etaIsUnknownWithoutSimilarJobs()
    {
        const RetrainEta none = RetrainEtaEstimate::estimate({}, { kLstm, kDay }, {}, 1);
        QVERIFY(!none.seconds);
        QCOMPARE(RetrainEtaEstimate::describe(none), QStringLiteral("unknown"));
        const RetrainEta otherBot = RetrainEtaEstimate::estimate(
            pastJobs(), { QStringLiteral("gru_bot"), kDay }, { { kLstm, kDay } }, 1);
        QVERIFY(!otherBot.seconds);
    }

    void manualRetrainUsesTheActiveVersionsSettings()
    {
        auto db = newWorkspace();
        QVERIFY(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(addModel(*db, QStringLiteral("alpha"), QStringLiteral("AAPL"), 2, 3, now));
        // v2 with other settings, then a rollback to v1: the retrain copies v1, the active one.
        QVERIFY(addModel(*db, QStringLiteral("alpha"), QStringLiteral("AAPL"), 7, 3, now));
        QVERIFY(ModelRegistry(*db).activate(QStringLiteral("alpha"), 1));
        auto v1 = ModelRegistry(*db).find(QStringLiteral("alpha"), 1);
        QVERIFY(v1);

        RetrainTrigger trigger(*db);
        auto ticket = trigger.retrain({ QStringLiteral("alpha"), 0, RetrainTriggerKind::Manual,
                                        QStringLiteral("  new quarter's data  ") });
        QVERIFY2(ticket, qPrintable(ticket ? QString() : ticket.error().toString()));
        QVERIFY(!ticket->duplicate);
        QVERIFY(!ticket->eta.seconds); // nothing has finished in this workspace yet

        auto connection = db->connection();
        QVERIFY(connection);
        auto job = JobRepository(*connection).find(ticket->jobId);
        QVERIFY(job && job->has_value());
        const JobSpec &spec = (*job)->spec;
        QCOMPARE(spec.symbol, QStringLiteral("AAPL"));
        QCOMPARE(spec.timeframe, kDay);
        QCOMPARE(spec.bot, QStringLiteral("linear_bot"));
        QCOMPARE(spec.horizon, 3);
        QCOMPARE(spec.params.value(QStringLiteral("epochs")).toInt(), 2);
        QVERIFY(!spec.params.contains(QStringLiteral("bot")));
        QCOMPARE(spec.retrainOf, *v1->trainingRecordId);
        QCOMPARE(spec.trigger, QStringLiteral("manual"));
        QCOMPARE(spec.reason, QStringLiteral("new quarter's data"));

        // Once a similar job has finished, the next retrain's ETA comes from it.
        QVERIFY(finishJob(*db, ticket->jobId, now.addSecs(-100), now.addSecs(-10)));
        auto again
            = trigger.retrain({ QStringLiteral("alpha"), 0, RetrainTriggerKind::Manual, {} });
        QVERIFY(again);
        QVERIFY(!again->duplicate);
        QVERIFY(again->jobId != ticket->jobId);
        QCOMPARE(again->eta.seconds, 90.0);
        QCOMPARE(again->eta.basedOn, 1);
    }

    void unknownOrImportedModelsAreRefused()
    {
        auto db = newWorkspace();
        QVERIFY(db);
        auto missing = RetrainTrigger(*db).retrain(
            { QStringLiteral("nope"), 0, RetrainTriggerKind::Manual, {} });
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("“nope”")));
        QCOMPARE(pendingJobs(*db), 0);
    }

    void driftRetrainMergesWithAPendingOne()
    {
        auto db = newWorkspace();
        QVERIFY(db);
        QVERIFY(addModel(*db, QStringLiteral("alpha"), QStringLiteral("AAPL"), 2, 1,
                         QDateTime::currentDateTimeUtc()));
        RetrainTrigger trigger(*db);
        auto manual = trigger.retrain(
            { QStringLiteral("alpha"), 0, RetrainTriggerKind::Manual, QStringLiteral("by hand") });
        QVERIFY(manual);
        auto drift = trigger.retrain({ QStringLiteral("alpha"), 0, RetrainTriggerKind::Drift,
                                       QStringLiteral("Live RMSE 2.1 is 68 % above the test "
                                                      "RMSE 1.25") });
        QVERIFY(drift);
        QVERIFY(drift->duplicate);
        QCOMPARE(drift->jobId, manual->jobId);
        QCOMPARE(pendingJobs(*db), 1);
        // The pending job keeps why it was first queued.
        auto connection = db->connection();
        auto job = JobRepository(*connection).find(manual->jobId);
        QVERIFY(job && job->has_value());
        QCOMPARE((*job)->spec.trigger, QStringLiteral("manual"));
        // Retraining the record the model came from is the same job, too.
        auto byRecord
            = trigger.retrain({ {}, (*job)->spec.retrainOf, RetrainTriggerKind::Drift, {} });
        QVERIFY(byRecord);
        QVERIFY(byRecord->duplicate);
        QCOMPARE(byRecord->jobId, manual->jobId);
    }

    // Saved model `name` (test RMSE 1) of a stored 5m wave, with `n` saved predictions 5 above
    // each actual whose 95 % band misses: the next fill raises a performance and a coverage
    // alert for it.
    static QString driftingModel(const Database &db, const QString &name, int n)
    {
        const auto bars = test::waveBars(200, 3);
        if (QString error = test::storeBars(db, QStringLiteral("WAVE"), QStringLiteral("5m"), bars);
            !error.isEmpty())
            return error;
        RegisteredModel m;
        m.name = name;
        m.bot = QStringLiteral("linear_bot");
        m.horizons = { 1 };
        m.symbol = QStringLiteral("WAVE");
        m.timeframe = QStringLiteral("5m");
        m.modelConfig = QJsonObject { { QStringLiteral("epochs"), 1 } };
        m.metrics = QJsonObject { { QStringLiteral("rmse"), 1.0 } };
        auto added
            = ModelRegistry(db).add(m, QByteArray(64, 'x'), QStringLiteral("registry"), true);
        if (!added)
            return added.error().toString();
        PredictionRepository predictions(*db.connection());
        for (int i = 0; i < n; ++i) {
            Prediction p;
            p.predictedAt = QDateTime::currentDateTimeUtc();
            p.modelId = added->id;
            p.modelName = name;
            p.modelVersion = 1;
            p.symbol = QStringLiteral("WAVE");
            p.timeframe = QStringLiteral("5m");
            p.baseTimeMs = bars[size_t(100 + i)].timeUtcMs;
            p.baseClose = bars[size_t(100 + i)].close;
            p.targetTimeMs = bars[size_t(101 + i)].timeUtcMs;
            p.value = bars[size_t(101 + i)].close + 5;
            p.lower95 = p.value - 1;
            p.upper95 = p.value + 1;
            if (auto inserted = predictions.insert(p); !inserted)
                return inserted.error().toString();
        }
        return {};
    }

    void driftAlertQueuesOneRetrainThroughTheSession_data()
    {
        QTest::addColumn<bool>("on");
        QTest::newRow("off (the default)") << false;
        QTest::newRow("on") << true;
    }

    void driftAlertQueuesOneRetrainThroughTheSession()
    {
        QFETCH(bool, on);
        const QString dir = m_dir.filePath(QStringLiteral("drift-session-%1").arg(on));
        {
            auto db = Database::open(dir);
            QVERIFY(db);
            const QString error = driftingModel(**db, QStringLiteral("drifting"),
                                                PerformanceDrift::kMinSamples + 5);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        auto session = test::openSession(dir);
        if (on)
            session->setRetrainOnDrift(true);
        auto filled = await(session->predictions().fillActuals());
        QVERIFY(filled && *filled);
        QCOMPARE((*filled)->filled, PerformanceDrift::kMinSamples + 5);
        if (!on) {
            QCOMPARE(
                test::scalar(*session->database(), QStringLiteral("SELECT COUNT(*) FROM alerts"))
                    .toInt(),
                2);
            QCOMPARE(pendingJobs(*session->database()), 0);
            return;
        }
        // Two alerts (performance, coverage) for the model: one retrain, the second merged.
        const Database &db = *session->database();
        QCOMPARE(pendingJobs(db), 1);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT retrain_trigger FROM training_jobs"))
                     .toString(),
                 QStringLiteral("drift"));
        const QString reason
            = test::scalar(db, QStringLiteral("SELECT reason FROM training_jobs")).toString();
        QVERIFY2(reason.contains(QStringLiteral("“drifting”")), qPrintable(reason));
        // The fill's report says so (the Predictions tab shows it): one queued, one merged.
        const QStringList actions = (*filled)->driftActions;
        QCOMPARE(actions.size(), 2);
        QVERIFY2(actions.join(u'\n').contains(QStringLiteral("queued retrain job")),
                 qPrintable(actions.join(u'\n')));
        QVERIFY2(actions.join(u'\n').contains(QStringLiteral("already queued")),
                 qPrintable(actions.join(u'\n')));
        // The session's queue heard of it without waiting for its recount.
        QTRY_COMPARE(session->queue()->counts().pending, 1);
    }

    void aFailingDriftHandlerNeverFailsTheFill()
    {
        auto db = newWorkspace();
        QVERIFY(db);
        const QString error
            = driftingModel(*db, QStringLiteral("m"), PerformanceDrift::kMinSamples);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PredictionService service(*db);
        int calls = 0;
        service.setDriftHandler([&calls](const Alert &) -> Result<QString> {
            ++calls;
            return Error { QStringLiteral("the queue is on fire") };
        });
        auto report = service.fillActualsReport();
        QVERIFY(report);
        QCOMPARE(report->filled, PerformanceDrift::kMinSamples);
        QCOMPARE(report->raisedAlerts.size(), size_t(2));
        QCOMPARE(calls, 2);
        QCOMPARE(report->driftActions,
                 QStringList({ QStringLiteral("the queue is on fire"),
                               QStringLiteral("the queue is on fire") }));
        // The fill and its alerts were committed all the same.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM alerts")).toInt(), 2);
        QCOMPARE(
            test::scalar(
                *db, QStringLiteral("SELECT COUNT(*) FROM predictions WHERE actual_value IS NULL"))
                .toInt(),
            0);
        QCOMPARE(pendingJobs(*db), 0);
    }

    void windowStartsAndCrossesMidnight()
    {
        const QTime ten(22, 0), six(6, 0), nine(9, 0), five(17, 0);
        QCOMPARE(RetrainScheduler::windowStartFor(evening(15, 23, 30), ten, six), evening(15, 22));
        QCOMPARE(RetrainScheduler::windowStartFor(evening(16, 3), ten, six), evening(15, 22));
        QVERIFY(!RetrainScheduler::windowStartFor(evening(16, 6), ten, six).isValid());
        QVERIFY(!RetrainScheduler::windowStartFor(evening(16, 12), ten, six).isValid());
        QCOMPARE(RetrainScheduler::windowStartFor(evening(16, 9), nine, five), evening(16, 9));
        QVERIFY(!RetrainScheduler::windowStartFor(evening(16, 17), nine, five).isValid());
        QVERIFY(!RetrainScheduler::windowStartFor(evening(16, 8, 59), nine, five).isValid());
        // Start == end: the whole day, one window a day from the start time.
        QCOMPARE(RetrainScheduler::windowStartFor(evening(16, 8), nine, nine), evening(15, 9));
        QCOMPARE(RetrainScheduler::windowStartFor(evening(16, 9), nine, nine), evening(16, 9));
    }

    void schedulerRespectsItsWindowAndLimit()
    {
        auto db = newWorkspace();
        QVERIFY(db);
        // Four stale active models saved on different days, one fresh, one stale but inactive.
        const QStringList stale { QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("a"),
                                  QStringLiteral("c") };
        for (int i = 0; i < stale.size(); ++i)
            QVERIFY(addModel(*db, stale[i], QStringLiteral("S%1").arg(i), 1, 1,
                             QDateTime::currentDateTimeUtc()));
        QVERIFY(addModel(*db, QStringLiteral("fresh"), QStringLiteral("F"), 1, 1,
                         QDateTime::currentDateTimeUtc()));
        QVERIFY(addModel(*db, QStringLiteral("idle"), QStringLiteral("I"), 1, 1,
                         QDateTime::currentDateTimeUtc(), false));
        // Saved 10, 9, 8, 7 days before the run: d is the oldest.
        for (int i = 0; i < stale.size(); ++i)
            backdate(*db, stale[i], evening(15, 12).addDays(-10 + i).toUTC());
        backdate(*db, QStringLiteral("fresh"), evening(15, 20).toUTC());
        backdate(*db, QStringLiteral("idle"), evening(1, 12).toUTC());

        QDateTime now = evening(15, 12);
        RetrainScheduler scheduler(*db, [&now] { return now; });
        // Midday is outside 22:00–06:00: nothing happens.
        SchedulePlan plan;
        auto run = scheduler.tick(nightly(2), &plan);
        QVERIFY(run);
        QCOMPARE(plan.outcome, SchedulePlan::Outcome::OutsideWindow);
        QCOMPARE(pendingJobs(*db), 0);
        // Disabled: nothing either, whatever the time.
        now = evening(15, 23);
        RetrainSettings off = nightly(2);
        off.scheduleEnabled = false;
        QVERIFY(scheduler.tick(off, &plan));
        QCOMPARE(plan.outcome, SchedulePlan::Outcome::Disabled);
        QCOMPARE(pendingJobs(*db), 0);

        // 23:00: due, the two oldest stale active models, as scheduled retrains.
        run = scheduler.tick(nightly(2), &plan);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
        QCOMPARE(plan.outcome, SchedulePlan::Outcome::Due);
        QCOMPARE(run->queued.size(), size_t(2));
        QCOMPARE(run->queued[0].spec.symbol, QStringLiteral("S0"));
        QCOMPARE(run->queued[1].spec.symbol, QStringLiteral("S1"));
        QCOMPARE(run->queued[0].spec.trigger, QStringLiteral("scheduled"));
        QVERIFY(run->queued[0].spec.reason.contains(QStringLiteral("24 hours")));
        QCOMPARE(pendingJobs(*db), 2);

        // 03:00 the next day is the same window (it crosses midnight): no second run.
        now = evening(16, 3);
        QVERIFY(scheduler.tick(nightly(2), &plan));
        QCOMPARE(plan.outcome, SchedulePlan::Outcome::AlreadyRan);
        QCOMPARE(pendingJobs(*db), 2);

        // Nor after a restart: the last run is in the workspace.
        auto reopened = Database::open(db->workspaceDir());
        QVERIFY(reopened);
        RetrainScheduler restarted(**reopened, [&now] { return now; });
        QVERIFY(restarted.tick(nightly(2), &plan));
        QCOMPARE(plan.outcome, SchedulePlan::Outcome::AlreadyRan);
        QCOMPARE(pendingJobs(**reopened), 2);

        // The next night is a new window: the two still pending merge, the next two queue.
        now = evening(16, 22, 5);
        run = restarted.tick(nightly(4), &plan);
        QVERIFY(run);
        QCOMPARE(plan.outcome, SchedulePlan::Outcome::Due);
        QCOMPARE(plan.due.size(), size_t(4)); // never fresh, never idle
        QCOMPARE(run->alreadyQueued, 2);
        QCOMPARE(run->queued.size(), size_t(2));
        QCOMPARE(pendingJobs(**reopened), 4);
        for (const StaleModel &m : plan.due)
            QVERIFY(m.name != QStringLiteral("fresh") && m.name != QStringLiteral("idle"));
    }

    void aFinishedRetrainMakesAModelFresh()
    {
        auto db = newWorkspace();
        QVERIFY(db);
        QVERIFY(addModel(*db, QStringLiteral("alpha"), QStringLiteral("AAPL"), 1, 1,
                         QDateTime::currentDateTimeUtc()));
        backdate(*db, QStringLiteral("alpha"), evening(1, 12).toUTC());
        auto ticket = RetrainTrigger(*db).retrain(
            { QStringLiteral("alpha"), 0, RetrainTriggerKind::Manual, {} });
        QVERIFY(ticket);
        // It finished an hour before the window opens.
        QVERIFY(finishJob(*db, ticket->jobId, evening(15, 20).toUTC(), evening(15, 21).toUTC()));
        const QDateTime now = evening(15, 23);
        RetrainScheduler scheduler(*db, [now] { return now; });
        auto plan = scheduler.plan(nightly());
        QVERIFY(plan);
        QCOMPARE(plan->outcome, SchedulePlan::Outcome::Due);
        QVERIFY(plan->due.empty());
    }

    void settingsAreValidatedAndRoundTrip()
    {
        RetrainSettings s = nightly(3);
        QVERIFY(s.validate());
        s.maxJobsPerRun = 0;
        QVERIFY(!s.validate());
        s = nightly(3);
        s.ageHours = 0;
        QVERIFY(!s.validate());
        s = nightly(3);
        s.windowEnd = QTime();
        QVERIFY(!s.validate());

        const QString file = m_dir.filePath(QStringLiteral("settings.ini"));
        RetrainSettings saved = nightly(7);
        saved.retrainOnDrift = true;
        saved.windowStart = QTime(1, 30);
        {
            QSettings settings(file, QSettings::IniFormat);
            saved.save(settings);
        }
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(RetrainSettings::load(settings), saved);
        // Values from the file are clamped, never trusted.
        settings.setValue(QStringLiteral("retraining/schedule/maxJobsPerRun"), 100000);
        QCOMPARE(RetrainSettings::load(settings).maxJobsPerRun, RetrainSettings::kMaxJobsPerRun);
    }
};

QTEST_GUILESS_MAIN(TestRetrain)
#include "tst_retrain.moc"
