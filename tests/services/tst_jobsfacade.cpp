// JobsFacade's reads that the queue and history views await: a search job's recorded trials
// (by number, only that job's, all states) and an empty list for a job that never searched.

#include "TestTask.h"
#include "domain/SearchTrial.h"
#include "domain/TrainingJob.h"
#include "services/JobsFacade.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "storage/SearchTrialRepository.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace modeldeck;
using modeldeck::test::await;

namespace {

JobSpec searchJob(const QString &symbol)
{
    JobSpec spec;
    spec.symbol = symbol;
    spec.timeframe = QStringLiteral("5m");
    spec.bot = QStringLiteral("linear_bot");
    spec.params = { { QStringLiteral("epochs"), 2 } };
    spec.search = { { QStringLiteral("trials"), 3 } };
    return spec;
}

SearchTrial trial(int number, SearchTrial::State state, std::optional<double> score)
{
    SearchTrial t;
    t.number = number;
    t.state = state;
    t.score = score;
    t.params = { { QStringLiteral("learning_rate"), 0.001 * number } };
    t.durationSeconds = number;
    t.curve = { 0.5, 0.4 };
    if (score)
        t.details = { { QStringLiteral("validation_skill"), -*score } };
    return t;
}

} // namespace

class TestJobsFacade : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void searchTrialsOfOneJobInOrder()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened);
        std::shared_ptr<Database> db = std::move(*opened);
        JobRepository jobs(*db->connection());
        const auto searched = jobs.enqueue(searchJob(QStringLiteral("AAA")));
        const auto other = jobs.enqueue(searchJob(QStringLiteral("BBB")));
        QVERIFY(searched && other);
        SearchTrialRepository repo(*db->connection());
        // Written out of order, as parallel trials finish.
        QVERIFY(repo.record(*searched, trial(2, SearchTrial::State::Pruned, 0.3)));
        QVERIFY(repo.record(*searched, trial(1, SearchTrial::State::Complete, -0.2)));
        QVERIFY(repo.record(*searched, trial(3, SearchTrial::State::Failed, std::nullopt)));
        QVERIFY(repo.record(*other, trial(1, SearchTrial::State::Complete, -0.5)));

        JobsFacade facade(db);
        auto awaited = await(facade.searchTrials(*searched));
        QVERIFY(awaited && *awaited);
        const std::vector<SearchTrial> *trials = &**awaited;
        QCOMPARE(trials->size(), size_t(3));
        QCOMPARE((*trials)[0].number, 1);
        QCOMPARE((*trials)[0].state, SearchTrial::State::Complete);
        QCOMPARE((*trials)[0].score, std::optional<double>(-0.2));
        QCOMPARE((*trials)[0].details.value(QStringLiteral("validation_skill")).toDouble(), 0.2);
        QCOMPARE((*trials)[1].state, SearchTrial::State::Pruned);
        QCOMPARE((*trials)[2].state, SearchTrial::State::Failed);
        QVERIFY(!(*trials)[2].score);
        QCOMPARE((*trials)[2].params.value(QStringLiteral("learning_rate")).toDouble(), 0.003);

        auto others = await(facade.searchTrials(*other));
        QVERIFY(others && *others);
        QCOMPARE((*others)->size(), size_t(1));
        auto none = await(facade.searchTrials(*other + 100));
        QVERIFY(none && *none);
        QVERIFY((*none)->empty());
    }
};

QTEST_GUILESS_MAIN(TestJobsFacade)
#include "tst_jobsfacade.moc"
