// The first run's demo (issue 13, part 7): creating the demo workspace queues and starts the
// default bots on the bundled sample, once; later opens, a user's own workspace and a
// workspace with jobs of its own get nothing. Jobs run through a quick fake executor: what is
// tested is what is queued and that it runs like any other job, not the training itself.

#include "TestSignals.h"
#include "models/ModelConfig.h"
#include "queue/DemoTraining.h"
#include "queue/TrainingQueue.h"
#include "services/Workspace.h"
#include "session/WorkspaceSession.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "training/CancellationToken.h"
#include "training/TrainingSettings.h"

#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;

namespace {

// Stands in for training: records each job and, with the gate closed, holds it until released.
struct FakeTraining
{
    QMutex mutex;
    QStringList ran; // "bot timeframe"
    QSemaphore release;
    bool gate = false;

    // Every queue the session creates gets this executor before anything can run.
    void attach(WorkspaceSession &session)
    {
        QObject::connect(
            &session, &WorkspaceSession::queueChanged, &session, [this](TrainingQueue *queue) {
                if (!queue)
                    return;
                queue->setExecutor([this](const TrainingJob &job, const CancellationToken &token,
                                          const ProgressCallback &) {
                    {
                        QMutexLocker lock(&mutex);
                        ran << job.spec.bot + u' ' + job.spec.timeframe;
                    }
                    while (gate && !release.tryAcquire(1, 5)) {
                        if (token.isCancelled())
                            return JobResult { JobStatus::Cancelled, token.reason(), 0 };
                    }
                    return JobResult {};
                });
            });
    }
    QStringList ranCopy()
    {
        QMutexLocker lock(&mutex);
        return ran;
    }
};

std::vector<TrainingJob> allJobs(const WorkspaceSession &session)
{
    auto db = session.database()->connection();
    if (!db)
        return {};
    JobRepository repo(*db);
    auto active = repo.active();
    auto history = repo.history();
    std::vector<TrainingJob> jobs = active ? *active : std::vector<TrainingJob> {};
    if (history)
        jobs.insert(jobs.end(), history->begin(), history->end());
    return jobs;
}

bool openAndWait(WorkspaceSession &session, const QString &dir, bool seedDemo)
{
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    session.open(dir, seedDemo);
    return test::arrived(opened, 30000);
}

} // namespace

class TestDemoTraining : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // "bot timeframe" for each series of the sample that has the bars the bot needs, in run
    // order; worked out from the feature contract, not copied from the demo's code.
    static QStringList expectedJobs(const WorkspaceSession &session)
    {
        QStringList expected;
        for (const QString &bot : DemoTraining::bots()) {
            const qint64 required = TrainingSettings::fromParams(bot, {})->barsRequired();
            for (const SymbolSummary &s : session.symbols()) {
                for (const SeriesSummary &series : s.series) {
                    if (series.barCount >= required)
                        expected << bot + u' ' + series.timeframe;
                }
            }
        }
        return expected;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // The default bots, quickest first, without the naive baseline, each network with fewer
    // epochs than its default: the demo must be quick without changing what the bots do for
    // real work. gbm_bot keeps its defaults: early stopping ends it in about a second.
    void demoBotsAndEpochs()
    {
        const QStringList bots = DemoTraining::bots();
        QCOMPARE(bots,
                 (QStringList { QStringLiteral("linear_bot"), QStringLiteral("gbm_bot"),
                                QStringLiteral("mlp_bot"), QStringLiteral("gru_bot"),
                                QStringLiteral("lstm_bot"), QStringLiteral("transformer_bot") }));
        for (const QString &bot : bots) {
            const QJsonObject params = DemoTraining::params(bot);
            if (ModelConfig::isTreeModel(bot)) {
                QVERIFY2(params.isEmpty(), qPrintable(bot));
                continue;
            }
            QCOMPARE(params.keys(), QStringList { QStringLiteral("epochs") });
            auto config = ModelConfig::fromJson(bot, params);
            QVERIFY2(config, qPrintable(bot));
            QVERIFY(config->epochs >= 1);
            QVERIFY2(config->epochs < ModelConfig::defaults(bot).epochs, qPrintable(bot));
        }
    }

    void firstOpenQueuesAndStartsTheDemo()
    {
        const QString dir = m_dir.filePath(QStringLiteral("demo"));
        FakeTraining fake;
        fake.gate = true;
        {
            WorkspaceSession session;
            fake.attach(session);
            QVERIFY(openAndWait(session, dir, true));
            TrainingQueue *queue = session.queue();
            QVERIFY(queue && queue->isOwner());
            const QStringList expected = expectedJobs(session);
            // The 5-minute series (1,725 bars) is long enough for every bot.
            for (const QString &bot : DemoTraining::bots())
                QVERIFY2(expected.contains(bot + u" 5m"), qPrintable(expected.join(u", ")));
            qInfo("demo jobs: %s", qPrintable(expected.join(u", ")));
            QCOMPARE(session.demoJobsStarted(), int(expected.size()));
            QCOMPARE(queue->state(), TrainingQueue::State::Running);

            QStringList queued;
            for (const TrainingJob &job : allJobs(session)) {
                QCOMPARE(job.spec.symbol, Workspace::sampleDataSymbol());
                QCOMPARE(job.spec.horizon, 1);
                QCOMPARE(job.spec.params, DemoTraining::params(job.spec.bot));
                QVERIFY(!job.spec.manual);
                queued << job.spec.bot + u' ' + job.spec.timeframe;
            }
            QCOMPARE(queued, expected);

            // The user pauses the demo like any other run: the job under way ends, the rest wait.
            QTRY_COMPARE(queue->currentJobs().size(), 1);
            queue->pause();
            QSignalSpy finished(queue, &TrainingQueue::jobFinished);
            fake.release.release();
            QVERIFY(test::arrived(finished, 10000));
            QTest::qWait(100);
            QCOMPARE(fake.ranCopy().size(), 1);
            QCOMPARE(queue->queueLength(), int(expected.size()) - 1);
            fake.gate = false;
            QSignalSpy drained(queue, &TrainingQueue::drained);
            queue->resume();
            QVERIFY(test::arrived(drained, 10000));
            QCOMPARE(fake.ranCopy(), expected);
        }

        // Opening the demo again (the next run of `modeldeck --demo`) queues nothing more.
        WorkspaceSession again;
        fake.attach(again);
        QVERIFY(openAndWait(again, dir, true));
        QCOMPARE(again.demoJobsStarted(), 0);
        QCOMPARE(again.queue()->state(), TrainingQueue::State::Idle);
        QCOMPARE(again.queue()->queueLength(), 0);
        QCOMPARE(int(allJobs(again).size()), fake.ranCopy().size());
    }

    // A user's own workspace, even holding the very same data, trains nothing by itself.
    void ownWorkspaceQueuesNothing()
    {
        WorkspaceSession session;
        FakeTraining fake;
        fake.attach(session);
        QVERIFY(openAndWait(session, m_dir.filePath(QStringLiteral("own")), false));
        ImportRequest request;
        request.files = { Workspace::sampleDataPath() };
        request.symbol = Workspace::sampleDataSymbol();
        QSignalSpy symbols(&session, &WorkspaceSession::symbolsChanged);
        QCoro::Task<Result<ImportReport>> importing = session.importFiles(request);
        QVERIFY(test::arrived(symbols, 30000));
        QCOMPARE(int(session.symbols().size()), 1);
        QCOMPARE(session.demoJobsStarted(), 0);
        QCOMPARE(session.queue()->state(), TrainingQueue::State::Idle);
        QVERIFY(allJobs(session).empty());

        // Reopened, still nothing.
        QVERIFY(openAndWait(session, m_dir.filePath(QStringLiteral("own")), false));
        QVERIFY(allJobs(session).empty());
        QVERIFY(fake.ranCopy().isEmpty());
    }

    // Someone queued a job in the (not yet seeded) demo folder, say with the CLI: the demo
    // leaves the queue to them and does not start it.
    void existingJobsWin()
    {
        const QString dir = m_dir.filePath(QStringLiteral("demo-with-job"));
        {
            auto database = Database::open(dir);
            QVERIFY(database);
            {
                auto db = (*database)->connection();
                QVERIFY(db);
                const JobSpec mine { Workspace::sampleDataSymbol(),
                                     QStringLiteral("1h"),
                                     QStringLiteral("naive"),
                                     {},
                                     1,
                                     0,
                                     0,
                                     0 };
                QVERIFY(JobRepository(*db).enqueue(mine));
            }
            (*database)->releaseThreadConnection();
        }
        WorkspaceSession session;
        FakeTraining fake;
        fake.attach(session);
        QVERIFY(openAndWait(session, dir, true));
        QCOMPARE(int(session.symbols().size()), 1); // the sample was seeded
        QCOMPARE(session.demoJobsStarted(), 0);
        QCOMPARE(session.queue()->state(), TrainingQueue::State::Idle);
        const auto jobs = allJobs(session);
        QCOMPARE(int(jobs.size()), 1);
        QCOMPARE(jobs.front().spec.bot, QStringLiteral("naive"));
    }
};

QTEST_MAIN(TestDemoTraining)
#include "tst_demotraining.moc"
