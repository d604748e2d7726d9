// Manual training in the core: manual jobs never merge with auto jobs; the 0005 migration;
// a manual result is recorded as awaiting the user's decision and hidden from cards, report,
// stale retraining and clears; Save registers it, Discard leaves no file; after a restart an
// undecided result is offered again (the documented kill-safety choice), and a save that died
// before marking its record is recognised instead of offered twice.

#include "TestBars.h"
#include "TestRecords.h"
#include "TestSql.h"
#include "TestVerify.h"
#include "queue/JobExecutor.h"
#include "queue/TrainingQueue.h"
#include "services/ManualResults.h"
#include "services/ModelStore.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "storage/Migrator.h"
#include "storage/TrainingRecordRepository.h"
#include "training/CancellationToken.h"
#include "training/TorchRuntime.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;
using modeldeck::test::scalar;

namespace {

const QString kSymbol = QStringLiteral("WAVE");
const QString kTimeframe = QStringLiteral("5m");

JobSpec linearSpec(bool manual)
{
    JobSpec spec;
    spec.symbol = kSymbol;
    spec.timeframe = kTimeframe;
    spec.bot = QStringLiteral("linear_bot");
    spec.params
        = QJsonObject { { QStringLiteral("epochs"), 2 }, { QStringLiteral("lookback"), 4 } };
    spec.manual = manual;
    spec.priority = manual ? JobSpec::kManualPriority : 0;
    return spec;
}

} // namespace

class TestManualResults : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;

    QString newWorkspaceDir() { return m_dir.filePath(QStringLiteral("ws%1").arg(++m_workspaces)); }

    std::unique_ptr<Database> workspace(const QString &dir)
    {
        auto db = Database::open(dir);
        if (!db)
            return nullptr;
        if (const QString error
            = test::storeBars(**db, kSymbol, kTimeframe, test::waveBars(300, 3));
            !error.isEmpty())
            return nullptr;
        return std::move(*db);
    }

    // Runs one job through the real training executor, as a queue worker would.
    static JobResult runJob(const Database &db, const JobSpec &spec)
    {
        auto repo = JobRepository(*db.connection());
        auto id = repo.enqueue(spec);
        if (!id)
            return JobResult { JobStatus::Failed, id.error().message, 0 };
        auto claimed = repo.claimNext(QCoreApplication::applicationPid());
        if (!claimed || !claimed->has_value())
            return JobResult { JobStatus::Failed, QStringLiteral("nothing to claim"), 0 };
        CancellationToken token;
        const JobResult result = trainingExecutor(db)(**claimed, token, {});
        if (Status finished
            = repo.finish((*claimed)->id, result.status, result.error, result.recordId);
            !finished)
            return JobResult { JobStatus::Failed, finished.error().message, result.recordId };
        return result;
    }

    static QString fileOf(const Database &db, qint64 recordId)
    {
        auto record = TrainingRecordRepository(*db.connection()).find(recordId);
        return record && record->has_value() ? db.workspaceDir() + u'/' + (*record)->modelPath
                                             : QString();
    }

    static TrainingRecord::SaveState saveStateOf(const Database &db, qint64 recordId)
    {
        auto record = TrainingRecordRepository(*db.connection()).find(recordId);
        return record && record->has_value() ? (*record)->saveState
                                             : TrainingRecord::SaveState::None;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TorchRuntime::initialize(1);
    }

    void manualJobsNeverMergeWithAutoJobs()
    {
        auto db = workspace(newWorkspaceDir());
        QVERIFY(db);
        JobRepository repo(*db->connection());
        QVERIFY(linearSpec(true).dedupKey() != linearSpec(false).dedupKey());
        bool existed = true;
        auto autoId = repo.enqueue(linearSpec(false), &existed);
        QVERIFY2(autoId, errorOf(autoId));
        QVERIFY(!existed);
        auto manualId = repo.enqueue(linearSpec(true), &existed);
        QVERIFY2(manualId, errorOf(manualId));
        QVERIFY(!existed);
        QVERIFY(*manualId != *autoId);
        // Each still deduplicates with its own kind.
        auto manualAgain = repo.enqueue(linearSpec(true), &existed);
        QVERIFY(manualAgain && existed && *manualAgain == *manualId);
        auto autoAgain = repo.enqueue(linearSpec(false), &existed);
        QVERIFY(autoAgain && existed && *autoAgain == *autoId);

        auto manualJob = repo.find(*manualId);
        QVERIFY(manualJob && manualJob->has_value());
        QVERIFY((*manualJob)->spec.manual);
        QVERIFY(!(*repo.find(*autoId))->spec.manual);
        // The manual job runs first, whatever the queue order.
        auto claimed = repo.claimNext(1);
        QVERIFY(claimed && claimed->has_value());
        QCOMPARE((*claimed)->id, *manualId);
        QVERIFY((*claimed)->spec.manual);
    }

    void migratesAVersion4Workspace()
    {
        const QString scripts = m_dir.filePath(QStringLiteral("v4-scripts"));
        QVERIFY(QDir().mkpath(scripts));
        const QDir resources(QStringLiteral(":/migrations/sqlite"));
        for (const QString &name : resources.entryList({ QStringLiteral("000[1-4]_*.sql") }))
            QVERIFY(QFile::copy(resources.filePath(name), scripts + u'/' + name));
        const QString ws = newWorkspaceDir();
        QVERIFY(QDir().mkpath(ws));
        {
            QSqlDatabase v4
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            v4.setDatabaseName(ws + QStringLiteral("/modeldeck.sqlite"));
            QVERIFY(v4.open());
            auto version = Migrator(SqlDialect(SqlDialect::Kind::Sqlite), scripts).migrate(v4);
            QVERIFY2(version && *version == 4, errorOf(version));
            QSqlQuery q(v4);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO training_jobs (symbol, timeframe, bot, position, dedup_key, "
                "created_at) VALUES ('WAVE', '5m', 'linear_bot', 1, 'k', "
                "'2024-01-01T00:00:00.000Z')")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO model_training_records (symbol, timeframe, bot_name, "
                               "trained_at) VALUES ('WAVE', '5m', 'linear_bot', "
                               "'2024-01-01T00:00:00.000Z')")));
            v4.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
        auto db = Database::open(ws);
        QVERIFY2(db, errorOf(db));
        QCOMPARE((*db)->schemaVersion(),
                 Migrator(SqlDialect(SqlDialect::Kind::Sqlite)).latestVersion());
        // Everything from before is automatic: not manual, nothing awaiting a decision.
        auto job = JobRepository(*(*db)->connection()).find(1);
        QVERIFY(job && job->has_value());
        QVERIFY(!(*job)->spec.manual);
        QVERIFY(saveStateOf(**db, 1) == TrainingRecord::SaveState::None);
        QVERIFY(
            scalar(**db, QStringLiteral("SELECT save_state FROM model_training_records")).isNull());
        // The columns refuse values nobody writes.
        QSqlQuery q(*(*db)->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE model_training_records SET save_state = 'maybe'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE training_jobs SET manual = 2")));
    }

    void manualResultAwaitsDecisionAndIsHidden()
    {
        auto db = workspace(newWorkspaceDir());
        QVERIFY(db);
        const JobResult manual = runJob(*db, linearSpec(true));
        QVERIFY2(manual.status == JobStatus::Completed, qPrintable(manual.error));
        const JobResult automatic = runJob(*db, linearSpec(false));
        QVERIFY2(automatic.status == JobStatus::Completed, qPrintable(automatic.error));
        QVERIFY(saveStateOf(*db, manual.recordId) == TrainingRecord::SaveState::Pending);
        QVERIFY(saveStateOf(*db, automatic.recordId) == TrainingRecord::SaveState::None);
        QVERIFY(QFile::exists(fileOf(*db, manual.recordId)));

        TrainingRecordRepository records(*db->connection());
        const auto ids = [](const auto &list) {
            QList<qint64> out;
            for (const auto &r : list)
                out << r.id;
            return out;
        };
        // Cards, report, stale retraining and clears see only the automatic result.
        QCOMPARE(ids(*records.listSummaries()), QList<qint64> { automatic.recordId });
        QCOMPARE(ids(*records.list()), QList<qint64> { automatic.recordId });
        QCOMPARE(ids(*records.listStale(QDateTime::currentMSecsSinceEpoch() + 60'000)),
                 QList<qint64> { automatic.recordId });
        auto plan = ModelStore(*db).planArchive(ArchiveScope::everything());
        QVERIFY(plan);
        QCOMPARE(QList<qint64>(plan->ids.begin(), plan->ids.end()),
                 QList<qint64> { automatic.recordId });
        TrainingRecordFilter all;
        all.includeUndecided = true;
        QCOMPARE(records.listSummaries(all)->size(), size_t(2));
        auto undecided = ManualResults(*db).undecided();
        QVERIFY2(undecided, errorOf(undecided));
        QCOMPARE(ids(*undecided), QList<qint64> { manual.recordId });
    }

    void saveRegistersTheModel()
    {
        auto db = workspace(newWorkspaceDir());
        QVERIFY(db);
        const JobResult manual = runJob(*db, linearSpec(true));
        QVERIFY2(manual.status == JobStatus::Completed, qPrintable(manual.error));
        ManualResults results(*db);
        SaveModelRequest request { manual.recordId,
                                   QStringLiteral("Wave linear"),
                                   QStringLiteral("first try"),
                                   { QStringLiteral("wave"), QStringLiteral("test") },
                                   true };
        auto saved = results.save(request);
        QVERIFY2(saved, errorOf(saved));
        QCOMPARE(saved->version, 1);
        QVERIFY(saved->active);
        QVERIFY(saved->filePath.startsWith(QStringLiteral("models/registry/")));
        QVERIFY(QFile::exists(db->workspaceDir() + u'/' + saved->filePath));
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM ml_models WHERE model_name = ? AND "
                                       "training_record_id = ?"),
                        { request.name, manual.recordId })
                     .toInt(),
                 1);
        QVERIFY(saveStateOf(*db, manual.recordId) == TrainingRecord::SaveState::Saved);
        // Decided once: neither saved again nor discarded afterwards, and now an ordinary record.
        QVERIFY(!results.save(request));
        QVERIFY(!results.discard(manual.recordId));
        QCOMPARE(TrainingRecordRepository(*db->connection()).listSummaries()->size(), size_t(1));

        // A name in use (any case) is refused for another result: manual saves make new models.
        const JobResult second = runJob(*db, linearSpec(true));
        QVERIFY2(second.status == JobStatus::Completed, qPrintable(second.error));
        request.recordId = second.recordId;
        request.name = QStringLiteral("WAVE LINEAR");
        auto taken = results.save(request);
        QVERIFY(!taken);
        QVERIFY(taken.error().message.contains(QStringLiteral("already exists")));
        QVERIFY(saveStateOf(*db, second.recordId) == TrainingRecord::SaveState::Pending);
    }

    void discardLeavesNoFile()
    {
        auto db = workspace(newWorkspaceDir());
        QVERIFY(db);
        const JobResult manual = runJob(*db, linearSpec(true));
        QVERIFY2(manual.status == JobStatus::Completed, qPrintable(manual.error));
        const QString file = fileOf(*db, manual.recordId);
        QVERIFY(QFile::exists(file));
        auto report = ManualResults(*db).discard(manual.recordId);
        QVERIFY2(report, errorOf(report));
        QCOMPARE(report->filesRemoved, 1);
        QVERIFY(report->problems.isEmpty());
        QVERIFY(!QFile::exists(file));
        QVERIFY(saveStateOf(*db, manual.recordId) == TrainingRecord::SaveState::Discarded);
        auto record = TrainingRecordRepository(*db->connection()).find(manual.recordId);
        QVERIFY((*record)->status == TrainingRecord::Status::Archived);
        QVERIFY(ManualResults(*db).undecided()->empty());
        // No .pt file anywhere in the models folder and nothing in the registry.
        QVERIFY(QDir(db->modelsDir()).entryList({ QStringLiteral("*.pt") }, QDir::Files).isEmpty());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM ml_models")).toInt(), 0);
    }

    void restartOffersUndecidedResultsAgain()
    {
        const QString dir = newWorkspaceDir();
        qint64 undecidedId = 0;
        qint64 registeredId = 0;
        QString undecidedFile;
        {
            auto db = workspace(dir);
            QVERIFY(db);
            const JobResult a = runJob(*db, linearSpec(true));
            const JobResult b = runJob(*db, linearSpec(true));
            QVERIFY(a.status == JobStatus::Completed && b.status == JobStatus::Completed);
            undecidedId = a.recordId;
            registeredId = b.recordId;
            undecidedFile = fileOf(*db, undecidedId);
            // A save that died after registering but before marking its record.
            auto saved = ModelRegistry(*db).saveRecord(
                { registeredId, QStringLiteral("Died midway"), {}, {}, false });
            QVERIFY2(saved, errorOf(saved));
            QVERIFY(saveStateOf(*db, registeredId) == TrainingRecord::SaveState::Pending);
        } // the process "dies": nothing was decided
        auto db = Database::open(dir);
        QVERIFY(db);
        std::shared_ptr<Database> shared(std::move(*db));
        TrainingQueue queue(shared);
        QSignalSpy reconciled(&queue, &TrainingQueue::startupCleanupFinished);
        QVERIFY(queue.acquire()); // reconciles model files at start-up: the undecided file stays
        QVERIFY(reconciled.wait(10000));
        QCOMPARE(reconciled.front().front().toString(), QString());
        QVERIFY(QFile::exists(undecidedFile));
        auto undecided = ManualResults(*shared).undecided();
        QVERIFY2(undecided, errorOf(undecided));
        QCOMPARE(undecided->size(), size_t(1));
        QCOMPARE(undecided->front().id, undecidedId);
        QVERIFY(saveStateOf(*shared, registeredId) == TrainingRecord::SaveState::Saved);
        auto loaded = ManualResults(*shared).load(undecidedId);
        QVERIFY(loaded && loaded->has_value());
        QCOMPARE((*loaded)->takenNames, QStringList { QStringLiteral("Died midway") });
        QVERIFY(!ManualResults(*shared).load(registeredId)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestManualResults)
#include "tst_manualresults.moc"
