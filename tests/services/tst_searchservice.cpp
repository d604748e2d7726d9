// A search job end to end: trials recorded one by one in search_trials, the best trial
// retrained and saved with the search's history in its record, Stop keeping the finished trials
// and a resumed search continuing from them with the same sequence as an uninterrupted one, the
// queue's executor running search jobs, and search settings refused with a message at enqueue.

#include "SyntheticSeries.h"
#include "TestBars.h"
#include "TestVerify.h"
#include "queue/JobExecutor.h"
#include "queue/TrainingQueue.h"
#include "search/SearchSpec.h"
#include "services/SearchService.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "storage/SearchTrialRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "training/CancellationToken.h"
#include "training/TorchRuntime.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace modeldeck;

namespace {

const QString kSymbol = QStringLiteral("AR1");
const QString kTimeframe = QStringLiteral("1d");

QJsonObject smallSpace()
{
    return { { QStringLiteral("learning_rate"),
               QJsonObject { { QStringLiteral("type"), QStringLiteral("real") },
                             { QStringLiteral("low"), 1e-3 },
                             { QStringLiteral("high"), 3e-2 },
                             { QStringLiteral("log"), true } } },
             { QStringLiteral("lookback"),
               QJsonObject { { QStringLiteral("type"), QStringLiteral("int") },
                             { QStringLiteral("low"), 2 },
                             { QStringLiteral("high"), 8 } } } };
}

JobSpec searchSpec(int trials, quint64 seed)
{
    JobSpec spec;
    spec.symbol = kSymbol;
    spec.timeframe = kTimeframe;
    spec.bot = QStringLiteral("linear_bot");
    spec.params = { { QStringLiteral("epochs"), 3 } };
    SearchSpec search;
    search.method = Method::Random;
    search.trials = trials;
    search.seed = seed;
    search.parallel = 1; // deterministic order of trials for the resume comparison
    search.prune = false;
    search.space = smallSpace();
    spec.search = search.toJson();
    return spec;
}

} // namespace

class TestSearchService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;

    std::shared_ptr<Database> workspace()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_workspaces)));
        if (!db)
            return nullptr;
        const auto bars = test::syntheticSeries(test::Synthetic::Ar1Returns, 600);
        if (!test::storeBars(**db, kSymbol, kTimeframe, bars).isEmpty())
            return nullptr;
        return std::move(*db);
    }

    static std::optional<TrainingJob> claimNew(const Database &db, const JobSpec &spec)
    {
        JobRepository jobs(*db.connection());
        auto id = jobs.enqueue(spec);
        if (!id)
            return std::nullopt;
        auto claimed = jobs.claim(*id, QCoreApplication::applicationPid());
        return claimed && *claimed ? std::optional(**claimed) : std::nullopt;
    }

    static std::vector<SearchTrial> recorded(const Database &db, qint64 jobId)
    {
        auto trials = SearchTrialRepository(*db.connection()).forJob(jobId);
        return trials ? *trials : std::vector<SearchTrial> {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TorchRuntime::initialize(1);
    }

    void refusesBadSearchSettingsAtEnqueue()
    {
        auto db = workspace();
        QVERIFY(db);
        TrainingQueue queue(db);
        JobSpec spec = searchSpec(4, 1);
        spec.search.insert(QStringLiteral("method"), QStringLiteral("annealing"));
        auto id = queue.enqueue(spec);
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(QStringLiteral("annealing")), errorOf(id));
        spec = searchSpec(4, 1);
        spec.search.insert(
            QStringLiteral("space"),
            QJsonObject { { QStringLiteral("not_a_parameter"),
                            QJsonObject { { QStringLiteral("type"), QStringLiteral("int") },
                                          { QStringLiteral("low"), 1 },
                                          { QStringLiteral("high"), 2 } } } });
        id = queue.enqueue(spec);
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(QStringLiteral("not_a_parameter")), errorOf(id));
        QVERIFY(!SearchSpec::fromJson({ { QStringLiteral("trials"), 0 } }));
        QVERIFY(!SearchSpec::fromJson({ { QStringLiteral("trials"), 2.5 } }));
        QVERIFY(!SearchSpec::fromJson({ { QStringLiteral("seconds"), -1 } }));
        QVERIFY(!SearchSpec::fromJson({ { QStringLiteral("budget"), 1 } }));
        // A search and a plain run of the same settings are different jobs.
        JobSpec plain = searchSpec(4, 1);
        plain.search = {};
        QVERIFY(plain.dedupKey() != searchSpec(4, 1).dedupKey());
    }

    void recordsTrialsAndSavesTheBest()
    {
        auto db = workspace();
        QVERIFY(db);
        const auto job = claimNew(*db, searchSpec(4, 11));
        QVERIFY(job);
        SearchService service(*db);
        std::vector<TrainingProgress> reports;
        service.setProgressCallback([&](const TrainingProgress &p) { reports.push_back(p); });
        const SearchOutcome outcome = service.run(*job);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.toString()));
        QCOMPARE(outcome.trials.size(), size_t(4));
        const auto stored = recorded(*db, job->id);
        QCOMPARE(stored.size(), size_t(4));
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(stored[size_t(i)].number, i + 1);
            QCOMPARE(stored[size_t(i)].state, SearchTrial::State::Complete);
            QVERIFY(stored[size_t(i)].score.has_value());
            QCOMPARE(stored[size_t(i)].curve.size(),
                     size_t(stored[size_t(i)].details.value(QStringLiteral("epochs")).toInt()));
            QVERIFY(*stored[size_t(i)].score >= *outcome.best->score);
        }
        // The saved record is the best configuration, with the history attached.
        auto record = TrainingRecordRepository(*db->connection()).find(outcome.final.recordId);
        QVERIFY(record && record->has_value());
        const QJsonObject history = (*record)->config.value(QStringLiteral("search")).toObject();
        QCOMPARE(history.value(QStringLiteral("best_trial")).toInt(), outcome.best->number);
        QCOMPARE(history.value(QStringLiteral("best_params")).toObject(), outcome.best->params);
        QCOMPARE((*record)
                     ->config.value(QStringLiteral("model"))
                     .toObject()
                     .value(QStringLiteral("lookback"))
                     .toInt(),
                 outcome.best->params.value(QStringLiteral("lookback")).toInt());
        // Progress went through the four steps in order and ended complete.
        QVERIFY(!reports.empty());
        double last = -1;
        for (const TrainingProgress &p : reports) {
            QVERIFY2(p.overall() >= last - 1e-9, qPrintable(p.details));
            last = p.overall();
        }
        QVERIFY(std::any_of(reports.begin(), reports.end(), [](const TrainingProgress &p) {
            return p.step == TrainingProgress::Step::Train && p.search.trials == 4;
        }));
    }

    // The job's own configuration is trial 1: a search cannot end with a validation score
    // worse than the configuration it started from.
    void firstTrialIsTheJobsOwnConfiguration()
    {
        auto db = workspace();
        QVERIFY(db);
        JobSpec spec = searchSpec(2, 3);
        spec.params.insert(QStringLiteral("learning_rate"), 0.005);
        spec.params.insert(QStringLiteral("lookback"), 4);
        const auto job = claimNew(*db, spec);
        QVERIFY(job);
        const SearchOutcome outcome = SearchService(*db).run(*job);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.toString()));
        const auto stored = recorded(*db, job->id);
        QCOMPARE(stored.size(), size_t(2));
        const QJsonObject own { { QStringLiteral("learning_rate"), 0.005 },
                                { QStringLiteral("lookback"), 4 } };
        QCOMPARE(stored[0].params, own);
        QVERIFY(stored[1].params != own);
        // Outside a range (lookback 12 > 8) it is moved to the nearest bound.
        spec.params.insert(QStringLiteral("lookback"), 12);
        const auto outside = claimNew(*db, spec);
        QVERIFY(outside);
        QVERIFY(SearchService(*db).run(*outside).ok);
        const QJsonObject moved { { QStringLiteral("learning_rate"), 0.005 },
                                  { QStringLiteral("lookback"), 8 } };
        QCOMPARE(recorded(*db, outside->id).front().params, moved);
    }

    // Trials 3 and 4 are deleted as if the search had been stopped after trial 2: the resumed
    // search runs exactly those two again, with the points an uninterrupted run drew.
    void resumedSearchContinuesFromRecordedTrials()
    {
        auto db = workspace();
        QVERIFY(db);
        const auto job = claimNew(*db, searchSpec(4, 29));
        QVERIFY(job);
        QVERIFY(SearchService(*db).run(*job).ok);
        const auto full = recorded(*db, job->id);
        QCOMPARE(full.size(), size_t(4));
        QSqlQuery drop(*db->connection());
        QVERIFY(drop.exec(QStringLiteral("DELETE FROM search_trials WHERE trial_number > 2")));
        JobRepository jobs(*db->connection());
        QVERIFY(jobs.finish(job->id, JobStatus::Cancelled, QStringLiteral("Stop"), 0));
        QVERIFY(jobs.retry(job->id));
        auto again = jobs.claim(job->id, QCoreApplication::applicationPid());
        QVERIFY(again && *again);

        const SearchOutcome resumed = SearchService(*db).run(**again);
        QVERIFY2(resumed.ok, qPrintable(resumed.error.toString()));
        const auto all = recorded(*db, job->id);
        QCOMPARE(all.size(), size_t(4));
        for (size_t i = 0; i < 4; ++i) {
            QCOMPARE(all[i].number, int(i) + 1);
            QCOMPARE(all[i].params, full[i].params);
        }
        QCOMPARE(all[0].durationSeconds, full[0].durationSeconds); // kept, not run again
    }

    // Stop during the search: a cancelled outcome, no model, and only finished trials kept.
    void stopKeepsOnlyFinishedTrials()
    {
        auto db = workspace();
        QVERIFY(db);
        const auto job = claimNew(*db, searchSpec(4, 3));
        QVERIFY(job);
        CancellationToken token;
        SearchService service(*db);
        service.setCancellationToken(&token);
        service.setProgressCallback([&](const TrainingProgress &p) {
            if (p.step == TrainingProgress::Step::Train)
                token.cancel(QStringLiteral("Stop"));
        });
        const SearchOutcome outcome = service.run(*job);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.final.recordId, qint64(0));
        const auto kept = recorded(*db, job->id);
        QVERIFY(kept.size() < 4);
        for (size_t i = 0; i < kept.size(); ++i) {
            QCOMPARE(kept[i].number, int(i) + 1);
            QCOMPARE(kept[i].state, SearchTrial::State::Complete);
        }
    }

    // The queue's Pause holds a search between trials (its reports say so) until Resume; its
    // Stop lets the running trials finish, starts no more, and saves the best of those done.
    void pauseHoldsAndStopWindsDown()
    {
        auto db = workspace();
        QVERIFY(db);
        const auto job = claimNew(*db, searchSpec(200, 17)); // far more than run before the stop
        QVERIFY(job);
        CancellationToken token;
        token.setPaused(true);
        SearchService service(*db);
        service.setCancellationToken(&token);
        std::atomic_bool sawPaused { false };
        service.setProgressCallback([&](const TrainingProgress &p) {
            if (p.details.startsWith(QStringLiteral("Paused")))
                sawPaused = true;
        });
        SearchOutcome outcome;
        std::thread running([&] { outcome = service.run(*job); });
        QTRY_VERIFY_WITH_TIMEOUT(sawPaused.load(), 10000);
        QTest::qWait(300);
        QVERIFY(recorded(*db, job->id).empty()); // nothing ran while paused
        token.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(recorded(*db, job->id).size() >= 2, 30000);
        token.windDown();
        running.join();
        QVERIFY2(outcome.ok, qPrintable(outcome.error.toString()));
        QVERIFY(outcome.trials.size() < 200);
        QVERIFY(outcome.final.recordId > 0);
        QCOMPARE(recorded(*db, job->id).size(), outcome.trials.size());
    }

    void queueExecutorRunsSearchJobs()
    {
        auto db = workspace();
        QVERIFY(db);
        const auto job = claimNew(*db, searchSpec(2, 5));
        QVERIFY(job);
        CancellationToken token;
        int searchReports = 0;
        const JobResult result = trainingExecutor(*db)(*job, token, [&](const TrainingProgress &p) {
            if (p.search.trials == 2)
                ++searchReports;
        });
        QVERIFY(result.status == JobStatus::Completed);
        QVERIFY(result.recordId > 0);
        QVERIFY(searchReports > 0);
        QCOMPARE(recorded(*db, job->id).size(), size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
