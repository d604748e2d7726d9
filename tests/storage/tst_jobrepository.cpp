// Training queue persistence: schema 0003, enqueue and de-duplication, claiming (also from two
// connections at once), finishing, ordering moves, retry/remove rules,
// progress upserts, the control mailbox, and rows written by someone else.

#include "TestVerify.h"
#include "storage/Database.h"
#include "storage/JobProgressRepository.h"
#include "storage/JobRepository.h"
#include "storage/QueueControlRepository.h"
#include "storage/TrainingRecordRepository.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <latch>
#include <memory>
#include <vector>

using namespace modeldeck;

namespace {

struct Workspace
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QSqlDatabase connection;
    std::unique_ptr<JobRepository> repo;
};

std::unique_ptr<Workspace> openWorkspace()
{
    auto ws = std::make_unique<Workspace>();
    auto db = Database::open(ws->dir.path());
    if (!db) {
        qWarning("%s", qPrintable(db.error().toString()));
        return nullptr;
    }
    ws->db = std::move(*db);
    ws->connection = *ws->db->connection();
    ws->repo = std::make_unique<JobRepository>(ws->connection);
    return ws;
}

JobSpec spec(const QString &symbol, int priority = 0, const QJsonObject &params = {})
{
    JobSpec s;
    s.symbol = symbol;
    s.timeframe = QStringLiteral("5m");
    s.bot = QStringLiteral("lstm");
    s.params = params;
    s.horizon = 1;
    s.priority = priority;
    return s;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// Why the statement failed; empty when it succeeded.
QString sqlFailure(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) ? QString() : q.lastError().text() + QStringLiteral(" (error)");
}

bool exec(QSqlDatabase db, const QString &sql)
{
    return sqlFailure(db, sql).isEmpty();
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

std::vector<qint64> ids(const std::vector<TrainingJob> &jobs)
{
    std::vector<qint64> result;
    for (const TrainingJob &job : jobs)
        result.push_back(job.id);
    return result;
}

std::vector<qint64> pendingIds(JobRepository &repo)
{
    std::vector<qint64> result;
    const auto active = repo.active(); // kept: a range-for over *repo.active() would dangle
    if (!active)
        return {};
    for (const TrainingJob &job : *active) {
        if (job.status == JobStatus::Pending)
            result.push_back(job.id);
    }
    return result;
}

} // namespace

class TestJobRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migrationApplies()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        QVERIFY(ws->db->schemaVersion() >= 3); // later migrations add tables of their own
        for (const char *table : { "training_jobs", "training_progress", "queue_control" }) {
            QCOMPARE(
                scalar(ws->connection,
                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                      "AND name = '%1'")
                           .arg(QLatin1StringView(table))),
                1);
        }
        // The status CHECK refuses unknown states, and the partial unique index refuses a second
        // active job with the same key but not a finished one.
        const QString insert = QStringLiteral(
            "INSERT INTO training_jobs (symbol, timeframe, bot, position, dedup_key, status, "
            "created_at) "
            "VALUES ('X', '5m', 'lstm', 1, 'k', '%1', '2024-01-01T00:00:00.000Z')");
        QVERIFY(sqlFailure(ws->connection, insert.arg(QStringLiteral("bogus")))
                    .contains(QStringLiteral("CHECK")));
        QVERIFY(exec(ws->connection, insert.arg(QStringLiteral("pending"))));
        QVERIFY(sqlFailure(ws->connection, insert.arg(QStringLiteral("running")))
                    .contains(QStringLiteral("UNIQUE")));
        QVERIFY(exec(ws->connection, insert.arg(QStringLiteral("completed"))));
        QVERIFY(exec(ws->connection, insert.arg(QStringLiteral("failed"))));
        // Reopening does not migrate again.
        auto again = Database::open(ws->dir.path());
        QVERIFY(again);
        QCOMPARE((*again)->schemaVersion(), ws->db->schemaVersion());
    }

    void dedupKeyIsCanonical()
    {
        const JobSpec a
            = spec(QStringLiteral("AAPL"), 0, json(R"({"b": 1, "a": {"y": 2, "x": 1.0}})"));
        JobSpec b = spec(QStringLiteral("AAPL"), 7, json(R"({"a": {"x": 1, "y": 2}, "b": 1})"));
        b.maxRetries = 3;
        QCOMPARE(a.dedupKey(),
                 b.dedupKey()); // key order, number spelling and run options don't matter
        JobSpec c = a;
        c.horizon = 2;
        QVERIFY(c.dedupKey() != a.dedupKey());
        JobSpec d = a;
        d.params[QStringLiteral("b")] = 2;
        QVERIFY(d.dedupKey() != a.dedupKey());
        // The separator inside a field cannot make two different specs collide.
        JobSpec e = spec(QStringLiteral("A|5m"));
        e.timeframe = QStringLiteral("x");
        JobSpec f = spec(QStringLiteral("A"));
        f.timeframe = QStringLiteral("5m|x");
        QVERIFY(e.dedupKey() != f.dedupKey());
    }

    void statusStrings()
    {
        for (auto s : { JobStatus::Pending, JobStatus::Running, JobStatus::Completed,
                        JobStatus::Failed, JobStatus::Cancelled, JobStatus::Interrupted }) {
            QVERIFY(jobStatusFromString(toString(s)) == s);
        }
        QCOMPARE(toString(JobStatus::Interrupted), QStringLiteral("interrupted"));
        QVERIFY(!jobStatusFromString(QStringLiteral("weird")));
        QVERIFY(!jobStatusFromString(QStringLiteral("Pending")));
    }

    void enqueueOrderAndDedup()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        JobRepository &repo = *ws->repo;
        bool existed = true;
        const QString aapl = QStringLiteral("AAPL");
        const auto first
            = repo.enqueue(spec(aapl, 0, json(R"({"lr": 0.01, "epochs": 5})")), &existed);
        VERIFY_OK(first);
        QVERIFY(!existed);
        const auto second = repo.enqueue(spec(QStringLiteral("MSFT")), &existed);
        VERIFY_OK(second);
        QVERIFY(!existed);

        // Same spec, keys in another order: the existing job.
        const auto same
            = repo.enqueue(spec(aapl, 0, json(R"({"epochs": 5, "lr": 0.01})")), &existed);
        VERIFY_OK(same);
        QVERIFY(existed);
        QCOMPARE(*same, *first);
        // Different params: a new job.
        const auto other
            = repo.enqueue(spec(aapl, 0, json(R"({"lr": 0.02, "epochs": 5})")), &existed);
        VERIFY_OK(other);
        QVERIFY(!existed);
        QVERIFY(*other != *first);

        const auto active = repo.active();
        VERIFY_OK(active);
        QCOMPARE(ids(*active), (std::vector<qint64> { *first, *second, *other }));
        QVERIFY((*active)[0].position < (*active)[1].position);
        QVERIFY((*active)[1].position < (*active)[2].position);
        const TrainingJob &job = (*active)[0];
        COMPARE_STATUS(job.status, JobStatus::Pending);
        QCOMPARE(job.spec.symbol, QStringLiteral("AAPL"));
        QCOMPARE(job.spec.params, json(R"({"lr": 0.01, "epochs": 5})"));
        QCOMPARE(job.attempts, 0);
        QVERIFY(job.createdAt.isValid());
        QCOMPARE(job.createdAt.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(job.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(!job.startedAt.isValid());
        QCOMPARE(scalar(ws->connection, QStringLiteral("SELECT count(*) FROM training_jobs")), 3);
        // Stored times are ISO-8601 UTC with milliseconds.
        QSqlQuery q(ws->connection);
        QVERIFY(q.exec(QStringLiteral("SELECT created_at FROM training_jobs LIMIT 1")) && q.next());
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"))
                     .match(q.value(0).toString())
                     .hasMatch(),
                 qPrintable(q.value(0).toString()));
    }

    void enqueueValidates()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        const auto check = [&](JobSpec s, const char *field) {
            const auto id = ws->repo->enqueue(s);
            QVERIFY(!id);
            QVERIFY2(id.error().message.contains(QLatin1StringView(field)),
                     qPrintable(id.error().message));
        };
        JobSpec s = spec(QStringLiteral(" "));
        check(s, "symbol");
        s = spec(QStringLiteral("A"));
        s.timeframe.clear();
        check(s, "timeframe");
        s = spec(QStringLiteral("A"));
        s.bot = QString();
        check(s, "bot");
        s = spec(QStringLiteral("A"));
        s.horizon = 0;
        check(s, "horizon");
        QCOMPARE(scalar(ws->connection, QStringLiteral("SELECT count(*) FROM training_jobs")), 0);
    }

    void completedSpecCanBeQueuedAgain()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        JobRepository &repo = *ws->repo;
        const auto first = repo.enqueue(spec(QStringLiteral("AAPL")));
        VERIFY_OK(first);
        bool existed = false;
        const auto claimed = repo.claimNext(1);
        VERIFY_OK(claimed);
        QVERIFY(*claimed);
        // Running still counts as queued.
        const auto whileRunning = repo.enqueue(spec(QStringLiteral("AAPL")), &existed);
        VERIFY_OK(whileRunning);
        QVERIFY(existed);
        QCOMPARE(*whileRunning, *first);
        VERIFY_OK(repo.finish(*first, JobStatus::Completed, {}, 0));
        const auto again = repo.enqueue(spec(QStringLiteral("AAPL")), &existed);
        VERIFY_OK(again);
        QVERIFY(!existed);
        QVERIFY(*again != *first);
    }

    void claimNextOrder()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        JobRepository &repo = *ws->repo;
        const qint64 a = *repo.enqueue(spec(QStringLiteral("A"), 0));
        const qint64 b = *repo.enqueue(spec(QStringLiteral("B"), 5));
        const qint64 c = *repo.enqueue(spec(QStringLiteral("C"), 0));
        const qint64 d = *repo.enqueue(spec(QStringLiteral("D"), 5));
        const qint64 e = *repo.enqueue(spec(QStringLiteral("E"), -1));
        QCOMPARE(ids(*repo.active()), (std::vector<qint64> { b, d, a, c, e }));
        std::vector<qint64> order;
        for (int i = 0; i < 5; ++i) {
            const auto job = repo.claimNext(4242);
            VERIFY_OK(job);
            QVERIFY(*job);
            COMPARE_STATUS((*job)->status, JobStatus::Running);
            QCOMPARE((*job)->ownerPid, qint64(4242));
            QCOMPARE((*job)->attempts, 1);
            QVERIFY((*job)->startedAt.isValid());
            QCOMPARE((*job)->heartbeatAt, (*job)->startedAt);
            order.push_back((*job)->id);
        }
        QCOMPARE(order, (std::vector<qint64> { b, d, a, c, e }));
        const auto none = repo.claimNext(4242);
        VERIFY_OK(none);
        QVERIFY(!*none);
        const auto counts = repo.counts();
        VERIFY_OK(counts);
        QCOMPARE(counts->running, 5);
        QCOMPARE(counts->pending, 0);
    }

    void concurrentClaimsNeverShareAJob()
    {
        QTemporaryDir dir;
        auto first = Database::open(dir.path());
        QVERIFY(first);
        auto second = Database::open(dir.path()); // a second "process" on the same file
        QVERIFY(second);
        constexpr int kJobs = 200;
        std::vector<qint64> queued;
        {
            JobRepository repo(*(*first)->connection());
            for (int i = 0; i < kJobs; ++i) {
                const auto id = repo.enqueue(spec(QStringLiteral("S%1").arg(i)));
                VERIFY_OK(id);
                queued.push_back(*id);
            }
        }
        struct Worker
        {
            Database *db;
            qint64 pid;
            std::vector<qint64> claimed;
            QString error;
        };
        Worker workers[2] = { { first->get(), 1001, {}, {} }, { second->get(), 1002, {}, {} } };
        std::latch start(2);
        std::vector<std::unique_ptr<QThread>> threads;
        for (Worker &worker : workers) {
            threads.emplace_back(QThread::create([&worker, &start] {
                {
                    auto connection = worker.db->connection();
                    if (!connection) {
                        worker.error = connection.error().toString();
                        start.count_down();
                        return;
                    }
                    JobRepository repo(*connection);
                    start.arrive_and_wait();
                    for (;;) {
                        const auto job = repo.claimNext(worker.pid);
                        if (!job) {
                            worker.error = job.error().toString();
                            break;
                        }
                        if (!*job)
                            break;
                        worker.claimed.push_back((*job)->id);
                        // Like a worker that trains between claims; without a pause one thread
                        // re-takes the lock before SQLite's busy handler wakes the other.
                        QThread::usleep(500);
                    }
                }
                worker.db->releaseThreadConnection();
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));
        QVERIFY2(workers[0].error.isEmpty(), qPrintable(workers[0].error));
        QVERIFY2(workers[1].error.isEmpty(), qPrintable(workers[1].error));

        std::vector<qint64> all = workers[0].claimed;
        all.insert(all.end(), workers[1].claimed.begin(), workers[1].claimed.end());
        std::sort(all.begin(), all.end());
        QCOMPARE(int(std::adjacent_find(all.begin(), all.end()) - all.begin()),
                 int(all.size())); // no duplicates
        std::sort(queued.begin(), queued.end());
        QCOMPARE(all, queued); // every job was claimed
        // Both really competed (otherwise this proves nothing).
        QVERIFY2(!workers[0].claimed.empty() && !workers[1].claimed.empty(),
                 qPrintable(QStringLiteral("claims: %1 and %2")
                                .arg(workers[0].claimed.size())
                                .arg(workers[1].claimed.size())));

        // Each job ran once, owned by the worker that got it.
        JobRepository repo(*(*first)->connection());
        for (const Worker &worker : workers) {
            for (qint64 id : worker.claimed) {
                const auto job = repo.find(id);
                VERIFY_OK(job);
                QCOMPARE((*job)->attempts, 1);
                QCOMPARE((*job)->ownerPid, worker.pid);
            }
        }
    }

    void heartbeatUpdatesTime()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        JobRepository &repo = *ws->repo;
        const qint64 id = *repo.enqueue(spec(QStringLiteral("A")));
        QVERIFY(!repo.heartbeat(id)); // pending: no heartbeat
        QVERIFY(*repo.claimNext(1));
        QVERIFY(exec(
            ws->connection,
            QStringLiteral("UPDATE training_jobs SET heartbeat_at = '2020-01-01T00:00:00.000Z'")));
        QCOMPARE((*repo.find(id))->heartbeatAt, QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
        VERIFY_OK(repo.heartbeat(id));
        const QDateTime beat = (*repo.find(id))->heartbeatAt;
        QVERIFY(qAbs(beat.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(!repo.heartbeat(id + 100));
    }

    void unclaimReturnsAJobThatNeverStarted()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        JobRepository &repo = *ws->repo;
        const qint64 a = *repo.enqueue(spec(QStringLiteral("A")));
        const qint64 b = *repo.enqueue(spec(QStringLiteral("B")));
        QVERIFY(!repo.unclaim(a)); // pending: nothing to undo
        QCOMPARE((*repo.claimNext(7))->id, a);
        VERIFY_OK(repo.unclaim(a));
        const TrainingJob back = **repo.find(a);
        COMPARE_STATUS(back.status, JobStatus::Pending);
        QCOMPARE(back.attempts, 0);
        QCOMPARE(back.ownerPid, 0);
        QVERIFY(!back.startedAt.isValid());
        QCOMPARE((*repo.claimNext(7))->id, a); // still first in line
        QVERIFY(!repo.unclaim(a + 100));
        const auto removed = repo.removeAllPending();
        VERIFY_OK(removed);
        QCOMPARE(*removed, 1); // b; a is running
        QVERIFY(!repo.find(b)->has_value());
    }

    void finishStates()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        JobRepository &repo = *ws->repo;
        TrainingRecord record;
        record.symbol = QStringLiteral("A");
        record.timeframe = QStringLiteral("5m");
        record.bot = QStringLiteral("lstm");
        record.trainedAt = QDateTime::currentDateTimeUtc();
        const auto recordId = TrainingRecordRepository(ws->connection).insert(record);
        VERIFY_OK(recordId);

        const qint64 a = *repo.enqueue(spec(QStringLiteral("A")));
        const qint64 b = *repo.enqueue(spec(QStringLiteral("B")));
        const qint64 c = *repo.enqueue(spec(QStringLiteral("C")));
        QVERIFY(!repo.finish(a, JobStatus::Completed, {}, 0)); // pending cannot finish
        for (int i = 0; i < 3; ++i)
            QVERIFY(*repo.claimNext(1));
        QVERIFY(!repo.finish(a, JobStatus::Running, {}, 0)); // not a final state
        QVERIFY(!repo.finish(a, JobStatus::Pending, {}, 0));

        VERIFY_OK(repo.finish(a, JobStatus::Completed, QStringLiteral("ignored"), *recordId));
        const TrainingJob done = **repo.find(a);
        COMPARE_STATUS(done.status, JobStatus::Completed);
        QVERIFY(done.errorMessage.isEmpty());
        QCOMPARE(done.recordId, *recordId);
        QVERIFY(done.finishedAt.isValid());
        QVERIFY(done.finishedAt >= done.startedAt);
        QVERIFY(!repo.finish(a, JobStatus::Failed, QStringLiteral("again"), 0)); // only once

        VERIFY_OK(repo.finish(b, JobStatus::Failed, QStringLiteral("loss is NaN"), 0));
        COMPARE_STATUS((*repo.find(b))->status, JobStatus::Failed);
        QCOMPARE((*repo.find(b))->errorMessage, QStringLiteral("loss is NaN"));
        QCOMPARE((*repo.find(b))->recordId, qint64(0));
        VERIFY_OK(repo.finish(c, JobStatus::Cancelled, QStringLiteral("Stopped by the user."), 0));
        COMPARE_STATUS((*repo.find(c))->status, JobStatus::Cancelled);
        QVERIFY(!repo.finish(9999, JobStatus::Completed, {}, 0));

        const auto history = repo.history();
        VERIFY_OK(history);
        QCOMPARE(history->size(), size_t(3));
        QCOMPARE(history->front().id, c); // newest first
        QCOMPARE(repo.history(1)->size(), size_t(1));
        const auto counts = *repo.counts();
        QCOMPARE(counts.completed, 1);
        QCOMPARE(counts.failed, 1);
        QCOMPARE(counts.cancelled, 1);
        QCOMPARE(counts.running, 0);

        // Deleting the training record keeps the job and forgets the link.
        QVERIFY(exec(ws->connection, QStringLiteral("DELETE FROM model_training_records")));
        QCOMPARE((*repo.find(a))->recordId, qint64(0));
    }

    void moveToFrontMiddleEnd()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        JobRepository &repo = *ws->repo;
        std::vector<qint64> q;
        for (const char *s : { "A", "B", "C", "D", "E" })
            q.push_back(*repo.enqueue(spec(QLatin1StringView(s))));
        const qint64 a = q[0], b = q[1], c = q[2], d = q[3], e = q[4];
        QVERIFY(*repo.claimNext(1)); // A runs: the indexes count pending jobs only
        VERIFY_OK(repo.move(e, 0));
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { e, b, c, d }));
        VERIFY_OK(repo.move(e, 2));
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { b, c, e, d }));
        VERIFY_OK(repo.move(b, 3));
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { c, e, d, b }));
        VERIFY_OK(repo.move(b, 999)); // clamps
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { c, e, d, b }));
        VERIFY_OK(repo.move(d, -5));
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { d, c, e, b }));
        VERIFY_OK(repo.move(d, 0)); // no-op
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { d, c, e, b }));
        QVERIFY(!repo.move(a, 0)); // running
        QVERIFY(!repo.move(9999, 0));
        // The first claimed is the new head.
        QCOMPARE((*repo.claimNext(1))->id, d);
    }

    void moveKeepsPriority()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        JobRepository &repo = *ws->repo;
        const qint64 h1 = *repo.enqueue(spec(QStringLiteral("H1"), 5));
        const qint64 h2 = *repo.enqueue(spec(QStringLiteral("H2"), 5));
        const qint64 l1 = *repo.enqueue(spec(QStringLiteral("L1"), 0));
        const qint64 l2 = *repo.enqueue(spec(QStringLiteral("L2"), 0));
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { h1, h2, l1, l2 }));
        VERIFY_OK(repo.move(l2, 0)); // cannot pass the higher priority: top of its own priority
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { h1, h2, l2, l1 }));
        VERIFY_OK(repo.move(h1, 3)); // bottom of priority 5
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { h2, h1, l2, l1 }));
        QCOMPARE((*repo.find(l2))->spec.priority, 0);
        QCOMPARE((*repo.find(h1))->spec.priority, 5);

        // Higher priorities queued later: their positions lie beyond the lower ones', so only
        // clamping to the job's own priority puts it where asked.
        VERIFY_OK(repo.removeAllPending());
        const qint64 m1 = *repo.enqueue(spec(QStringLiteral("M1"), 0));
        const qint64 m2 = *repo.enqueue(spec(QStringLiteral("M2"), 0));
        const qint64 m3 = *repo.enqueue(spec(QStringLiteral("M3"), 0));
        const qint64 u1 = *repo.enqueue(spec(QStringLiteral("U1"), 9));
        const qint64 u2 = *repo.enqueue(spec(QStringLiteral("U2"), 9));
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { u1, u2, m1, m2, m3 }));
        VERIFY_OK(repo.move(m3, 1));
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { u1, u2, m3, m1, m2 }));
        VERIFY_OK(repo.move(u1, 4));
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { u2, u1, m3, m1, m2 }));
    }

    void manyRandomMovesMatchAModel()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        JobRepository &repo = *ws->repo;
        std::vector<qint64> model;
        for (int i = 0; i < 12; ++i)
            model.push_back(*repo.enqueue(spec(QStringLiteral("S%1").arg(i))));
        QRandomGenerator rng(20240601);
        const auto check = [&] {
            const auto active = repo.active();
            QVERIFY(active);
            QCOMPARE(ids(*active), model);
            for (size_t i = 1; i < active->size(); ++i)
                QVERIFY((*active)[i - 1].position < (*active)[i].position);
        };
        for (int step = 0; step < 100; ++step) {
            const int from = rng.bounded(int(model.size()));
            const int to = rng.bounded(-2, int(model.size()) + 2);
            const qint64 id = model[from];
            model.erase(model.begin() + from);
            model.insert(model.begin() + std::clamp(to, 0, int(model.size())), id);
            VERIFY_OK(repo.move(id, to));
            check();
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("after move %1").arg(step)));
        }
        // Always dropping the last job into the same slot halves one gap each time; 80 halvings
        // exhaust a double, so this only holds if the queue gets renumbered.
        for (int step = 0; step < 80; ++step) {
            const qint64 id = model.back();
            model.pop_back();
            model.insert(model.begin() + 1, id);
            VERIFY_OK(repo.move(id, 1));
            check();
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("after squeeze %1").arg(step)));
        }
        // A new job still goes to the end.
        model.push_back(*repo.enqueue(spec(QStringLiteral("LAST"))));
        check();
    }

    void setPriorityReorders()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        JobRepository &repo = *ws->repo;
        const qint64 a = *repo.enqueue(spec(QStringLiteral("A")));
        const qint64 b = *repo.enqueue(spec(QStringLiteral("B")));
        const qint64 c = *repo.enqueue(spec(QStringLiteral("C")));
        VERIFY_OK(repo.setPriority(c, 10));
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { c, a, b }));
        QCOMPARE((*repo.find(c))->spec.priority, 10);
        VERIFY_OK(repo.setPriority(a, -1));
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { c, b, a }));
        VERIFY_OK(repo.setPriority(c, 0)); // back among equals, by queue position
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { b, c, a }));
        QCOMPARE((*repo.claimNext(1))->id, b);
        QVERIFY(!repo.setPriority(9999, 1));
    }

    void retryRules()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        JobRepository &repo = *ws->repo;
        const qint64 failed = *repo.enqueue(spec(QStringLiteral("F")));
        const qint64 cancelled = *repo.enqueue(spec(QStringLiteral("C")));
        const qint64 completed = *repo.enqueue(spec(QStringLiteral("D")));
        const qint64 running = *repo.enqueue(spec(QStringLiteral("R")));
        for (int i = 0; i < 4; ++i)
            QVERIFY(*repo.claimNext(1));
        VERIFY_OK(repo.finish(failed, JobStatus::Failed, QStringLiteral("boom"), 0));
        VERIFY_OK(repo.finish(cancelled, JobStatus::Cancelled, {}, 0));
        VERIFY_OK(repo.finish(completed, JobStatus::Completed, {}, 0));
        const qint64 pending = *repo.enqueue(spec(QStringLiteral("P")));

        for (qint64 id : { completed, running, pending }) {
            const Status refused = repo.retry(id);
            QVERIFY(!refused);
            QVERIFY(!refused.error().message.isEmpty());
        }
        QVERIFY(repo.retry(completed).error().message.contains(QStringLiteral("completed")));
        QVERIFY(repo.retry(running).error().message.contains(QStringLiteral("running")));
        QVERIFY(!repo.retry(9999));

        VERIFY_OK(repo.retry(failed));
        const TrainingJob again = **repo.find(failed);
        COMPARE_STATUS(again.status, JobStatus::Pending);
        QCOMPARE(again.attempts, 1);
        QVERIFY(!again.finishedAt.isValid());
        QCOMPARE(pendingIds(repo), (std::vector<qint64> { pending, failed })); // at the end
        const auto claimed = repo.claimNext(7);
        QCOMPARE((*claimed)->id, pending);
        QCOMPARE((*repo.claimNext(7))->id, failed);
        QCOMPARE((*repo.find(failed))->attempts, 2);
        QVERIFY((*repo.find(failed))->errorMessage.isEmpty()); // cleared when it runs again

        // An identical job queued meanwhile blocks the retry.
        bool existed = true;
        const qint64 twin = *repo.enqueue(spec(QStringLiteral("C")), &existed);
        QVERIFY(!existed);
        const Status duplicate = repo.retry(cancelled);
        QVERIFY(!duplicate);
        QVERIFY2(duplicate.error().message.contains(QString::number(twin)),
                 qPrintable(duplicate.error().message));
        COMPARE_STATUS((*repo.find(cancelled))->status, JobStatus::Cancelled);
        VERIFY_OK(repo.remove(twin));
        VERIFY_OK(repo.retry(cancelled));
    }

    void removeRules()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        JobRepository &repo = *ws->repo;
        const qint64 running = *repo.enqueue(spec(QStringLiteral("R")));
        QVERIFY(*repo.claimNext(1));
        const qint64 a = *repo.enqueue(spec(QStringLiteral("A")));
        const qint64 b = *repo.enqueue(spec(QStringLiteral("B")));
        const qint64 c = *repo.enqueue(spec(QStringLiteral("C")));

        JobProgressRow row;
        row.jobId = a;
        VERIFY_OK(JobProgressRepository(ws->connection).write(row));
        VERIFY_OK(repo.remove(a));
        QVERIFY(!*repo.find(a));
        QCOMPARE(scalar(ws->connection, QStringLiteral("SELECT count(*) FROM training_progress")),
                 0); // cascade
        QVERIFY(!repo.remove(a));
        const Status refused = repo.remove(running);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("pending")));
        VERIFY_OK(repo.finish(running, JobStatus::Completed, {}, 0));
        QVERIFY(!repo.remove(running));

        VERIFY_OK(repo.removeAllPending());
        QVERIFY(!*repo.find(b));
        QVERIFY(!*repo.find(c));
        QVERIFY(*repo.find(running));
        QCOMPARE(repo.counts()->pending, 0);
        QCOMPARE(repo.counts()->completed, 1);
    }

    void progressUpsertRoundTrip()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        JobRepository &repo = *ws->repo;
        const qint64 id = *repo.enqueue(spec(QStringLiteral("A")));
        JobProgressRepository progress(ws->connection);
        QVERIFY(!*progress.find(id));

        JobProgressRow row;
        row.jobId = id;
        row.percentage = 12.5;
        row.currentStep = QStringLiteral("Data");
        row.stepNumber = 1;
        row.stepPercentage = 50;
        row.stepDetails = QStringLiteral("Reading bars");
        row.startedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123), Qt::UTC);
        row.updatedAt = row.startedAt.addSecs(5);
        VERIFY_OK(progress.write(row));
        auto read = progress.find(id);
        VERIFY_OK(read);
        QVERIFY(*read);
        const JobProgressRow first = **read;
        QCOMPARE(first.percentage, 12.5);
        QCOMPARE(first.currentStep, QStringLiteral("Data"));
        QCOMPARE(first.stepNumber, 1);
        QCOMPARE(first.totalSteps, 4);
        QCOMPARE(first.stepDetails, QStringLiteral("Reading bars"));
        QCOMPARE(first.startedAt, row.startedAt);
        QCOMPARE(first.updatedAt, row.updatedAt);
        QVERIFY(!first.estimatedCompletion.isValid());
        QVERIFY(!first.bestScore);
        QVERIFY(!first.currentScore);
        QVERIFY(first.bestParams.isEmpty());
        QVERIFY(!first.isComplete);
        QVERIFY(first.errorMessage.isEmpty());

        row.percentage = 60;
        row.currentStep = QStringLiteral("Optimize");
        row.stepNumber = 2;
        row.estimatedCompletion = row.startedAt.addSecs(120);
        row.currentIteration = 7;
        row.totalIterations = 20;
        row.bestScore = 0.0123;
        row.currentScore = 0.5;
        row.bestParams = json(R"({"hidden": 64, "lr": 0.001})");
        row.isComplete = true;
        row.errorMessage = QStringLiteral("warning");
        row.updatedAt = QDateTime(); // defaults to now
        VERIFY_OK(progress.write(row));
        const JobProgressRow second = **progress.find(id);
        QCOMPARE(second.percentage, 60.0);
        QCOMPARE(second.currentStep, QStringLiteral("Optimize"));
        QCOMPARE(second.estimatedCompletion, row.estimatedCompletion);
        QCOMPARE(second.currentIteration, 7);
        QCOMPARE(second.totalIterations, 20);
        QCOMPARE(second.bestScore, std::optional<double>(0.0123));
        QCOMPARE(second.currentScore, std::optional<double>(0.5));
        QCOMPARE(second.bestParams, row.bestParams);
        QVERIFY(second.isComplete);
        QCOMPARE(second.errorMessage, QStringLiteral("warning"));
        QVERIFY(qAbs(second.updatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(scalar(ws->connection, QStringLiteral("SELECT count(*) FROM training_progress")),
                 1);

        // Optional fields go back to unknown; a NaN score is stored as unknown, not refused.
        row.bestScore.reset();
        row.currentScore = std::nan("");
        row.percentage = std::nan("");
        VERIFY_OK(progress.write(row));
        QVERIFY(!(*progress.find(id))->bestScore);
        QVERIFY(!(*progress.find(id))->currentScore);
        QCOMPARE((*progress.find(id))->percentage, 0.0);

        row.jobId = 9999; // no such job
        QVERIFY(!progress.write(row));
    }

    void controlMailboxIsFifo()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        QueueControlRepository control(ws->connection);
        QCOMPARE(*control.take(), QString());
        VERIFY_OK(control.request(QStringLiteral("pause")));
        VERIFY_OK(control.request(QStringLiteral("resume")));
        VERIFY_OK(control.request(QStringLiteral("force-stop")));
        QVERIFY(!control.request(QStringLiteral("  ")));
        // Another connection (the CLI) sends, the queue's connection takes.
        auto other = Database::open(ws->dir.path());
        QVERIFY(other);
        {
            QueueControlRepository cli(*(*other)->connection());
            VERIFY_OK(cli.request(QStringLiteral("stop")));
        }
        QCOMPARE(*control.take(), QStringLiteral("pause"));
        QCOMPARE(*control.take(), QStringLiteral("resume"));
        QCOMPARE(*control.take(), QStringLiteral("force-stop"));
        QCOMPARE(*control.take(), QStringLiteral("stop"));
        const auto empty = control.take();
        VERIFY_OK(empty);
        QVERIFY(empty->isEmpty());
    }

    void hostileRowsRead()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        JobRepository &repo = *ws->repo;
        // Written by something that ignored our constraints.
        QVERIFY(exec(ws->connection, QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY(
            exec(ws->connection,
                 QStringLiteral(
                     "INSERT INTO training_jobs (id, symbol, timeframe, bot, params, horizon, "
                     "position, dedup_key, status, attempts, created_at, started_at, finished_at, "
                     "heartbeat_at) "
                     "VALUES (7, 'X', '5m', 'lstm', 'not json', -3, 2.5, 'k', 'weird', 'many', "
                     "'garbage', 'yesterday', '2024-13-45', x'00ff')")));
        QVERIFY(exec(ws->connection,
                     QStringLiteral(
                         "INSERT INTO training_jobs (id, symbol, timeframe, bot, params, position, "
                         "dedup_key, status, created_at) "
                         "VALUES (8, 'Y', '5m', 'lstm', '[1, 2]', 1, 'k2', 'pending', 'x')")));
        QVERIFY(
            exec(ws->connection,
                 QStringLiteral(
                     "INSERT INTO training_progress (job_id, updated_at, best_params, best_score) "
                     "VALUES (7, 'never', '{broken', 'high')")));
        QVERIFY(exec(ws->connection, QStringLiteral("PRAGMA ignore_check_constraints = OFF")));

        const auto job = repo.find(7);
        VERIFY_OK(job);
        QVERIFY(*job);
        COMPARE_STATUS((*job)->status, JobStatus::Failed);
        QVERIFY((*job)->spec.params.isEmpty());
        QVERIFY(!(*job)->createdAt.isValid());
        QVERIFY(!(*job)->finishedAt.isValid());
        QVERIFY((*repo.find(8))->spec.params.isEmpty()); // JSON, but not an object
        QCOMPARE(ids(*repo.history()), std::vector<qint64> { 7 });
        QCOMPARE(ids(*repo.active()), std::vector<qint64> { 8 });
        QCOMPARE(repo.counts()->failed, 1);
        const auto progress = JobProgressRepository(ws->connection).find(7);
        VERIFY_OK(progress);
        QVERIFY((*progress)->bestParams.isEmpty());
        QVERIFY(!(*progress)->updatedAt.isValid());
        // It can be retried like a failed job, and the queue still works around it.
        VERIFY_OK(repo.retry(7));
        QCOMPARE((*repo.claimNext(1))->id, 8);
        QCOMPARE((*repo.claimNext(1))->id, 7);
    }
};

QTEST_GUILESS_MAIN(TestJobRepository)
#include "tst_jobrepository.moc"
