// The optimizer panel and the history's search actions offscreen, on a real workspace whose
// search trials are written with SearchTrialRepository: the trial table's rows and sorting, the
// panel filled through JobsFacade, the best-so-far line (monotone, matching the trials), the
// skill-by-parameter scatter, throttled re-reads from progress, the current trial's live loss,
// and History's "Search trials…", "Train best config" and "Re-run with same config"; a strategy
// training job in the panel (its objective, not skill) and in History (re-run, no trials).

#include "TestSession.h"
#include "common/LossChart.h"
#include "domain/SearchTrial.h"
#include "queue/HistoryModel.h"
#include "queue/HistoryPage.h"
#include "queue/OptimizerPanel.h"
#include "queue/RunningJobView.h"
#include "queue/SearchCharts.h"
#include "queue/SearchTrialsModel.h"
#include "queue/StrategyJob.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "storage/SearchTrialRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineSeries>
#include <QMainWindow>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;

namespace {

QJsonObject space()
{
    const auto dim = [](const char *type, double low, double high, bool log) {
        return QJsonObject { { QStringLiteral("type"), QString::fromLatin1(type) },
                             { QStringLiteral("low"), low },
                             { QStringLiteral("high"), high },
                             { QStringLiteral("log"), log } };
    };
    return { { QStringLiteral("learning_rate"), dim("real", 1e-4, 1e-2, true) },
             { QStringLiteral("hidden_size"), dim("int", 16, 128, false) } };
}

JobSpec searchSpec(const QString &symbol = QStringLiteral("AAA"))
{
    JobSpec spec;
    spec.symbol = symbol;
    spec.timeframe = QStringLiteral("5m");
    spec.bot = QStringLiteral("lstm_bot");
    spec.params = { { QStringLiteral("epochs"), 6 }, { QStringLiteral("hidden_size"), 32 } };
    spec.search = { { QStringLiteral("trials"), 5 }, { QStringLiteral("space"), space() } };
    return spec;
}

SearchTrial trial(int number, SearchTrial::State state, double skill, double lr, int hidden)
{
    SearchTrial t;
    t.number = number;
    t.state = state;
    t.params
        = { { QStringLiteral("learning_rate"), lr }, { QStringLiteral("hidden_size"), hidden } };
    t.durationSeconds = 10 * number;
    t.curve = { 0.5, 0.4 };
    if (state == SearchTrial::State::Complete) {
        t.score = -skill - 1e-3 * (skill - 0.1);
        t.details = { { QStringLiteral("validation_skill"), skill },
                      { QStringLiteral("raw_validation_skill"), skill - 0.1 },
                      { QStringLiteral("best_epoch"), 2 },
                      { QStringLiteral("epochs"), 2 } };
    } else if (state == SearchTrial::State::Pruned) {
        t.details = { { QStringLiteral("pruned_at_epoch"), 1 } };
    } else {
        t.details = { { QStringLiteral("error"), QStringLiteral("boom") } };
    }
    return t;
}

// Five trials: skills 0.02, (pruned), 0.08, (failed), 0.05; the best is trial 3.
std::vector<SearchTrial> fiveTrials()
{
    using S = SearchTrial::State;
    return { trial(1, S::Complete, 0.02, 0.001, 32), trial(2, S::Pruned, 0, 0.005, 64),
             trial(3, S::Complete, 0.08, 0.0003, 16), trial(4, S::Failed, 0, 0.002, 128),
             trial(5, S::Complete, 0.05, 0.004, 96) };
}

QList<int> numbersInViewOrder(const QSortFilterProxyModel &proxy)
{
    QList<int> numbers;
    for (int row = 0; row < proxy.rowCount(); ++row)
        numbers << proxy.index(row, 0).data(SearchTrialsModel::TrialNumberRole).toInt();
    return numbers;
}

} // namespace

class TestOptimizerPanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<WorkspaceSession> openSession()
    {
        return test::openSession(m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter)));
    }

    // A search job in the workspace, ended with `status`, with these trials recorded.
    static qint64 finishedSearch(WorkspaceSession &session, const JobSpec &spec,
                                 const std::vector<SearchTrial> &trials,
                                 JobStatus status = JobStatus::Completed)
    {
        JobRepository jobs(*session.database()->connection());
        auto id = jobs.enqueue(spec);
        if (!id || !jobs.claim(*id, QCoreApplication::applicationPid()))
            return 0;
        SearchTrialRepository repo(*session.database()->connection());
        for (const SearchTrial &t : trials) {
            if (!repo.record(*id, t))
                return 0;
        }
        return jobs.finish(*id, status, QString(), 0) ? *id : 0;
    }

    static std::vector<TrainingJob> pending(const WorkspaceSession &session)
    {
        auto jobs = JobRepository(*session.database()->connection()).active();
        return jobs ? *jobs : std::vector<TrainingJob> {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void modelRowsAndSorting()
    {
        SearchTrialsModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SearchTrialsModel::SortRole);
        model.setTrials(fiveTrials(), { QStringLiteral("learning_rate") });
        QCOMPARE(model.rowCount(), 5);
        // The given key first, then the keys found in the trials' params.
        QCOMPARE(model.paramKeys(),
                 (QStringList { QStringLiteral("learning_rate"), QStringLiteral("hidden_size") }));
        QCOMPARE(model.columnCount(), SearchTrialsModel::FirstParamColumn + 2);
        QCOMPARE(
            model.headerData(SearchTrialsModel::FirstParamColumn + 1, Qt::Horizontal).toString(),
            QStringLiteral("hidden_size"));
        const auto cell
            = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(2, SearchTrialsModel::NumberColumn), QStringLiteral("3 (best)"));
        QCOMPARE(cell(0, SearchTrialsModel::NumberColumn), QStringLiteral("1"));
        QCOMPARE(cell(1, SearchTrialsModel::StateColumn), QStringLiteral("Pruned"));
        QCOMPARE(cell(3, SearchTrialsModel::StateColumn), QStringLiteral("Failed"));
        QCOMPARE(cell(2, SearchTrialsModel::SkillColumn), QStringLiteral("0.08"));
        QCOMPARE(cell(2, SearchTrialsModel::ModelSkillColumn), QStringLiteral("-0.02"));
        QCOMPARE(cell(1, SearchTrialsModel::SkillColumn), QStringLiteral("–"));
        QCOMPARE(cell(4, SearchTrialsModel::FirstParamColumn + 1), QStringLiteral("96"));
        QCOMPARE(model.index(3, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("boom"));

        // Skill sorts by value, trials without one last; parameters and durations by value.
        proxy.sort(SearchTrialsModel::SkillColumn, Qt::DescendingOrder);
        QCOMPARE(numbersInViewOrder(proxy).mid(0, 3), (QList<int> { 3, 5, 1 }));
        proxy.sort(SearchTrialsModel::FirstParamColumn + 1, Qt::AscendingOrder);
        QCOMPARE(numbersInViewOrder(proxy), (QList<int> { 3, 1, 2, 5, 4 }));
        proxy.sort(SearchTrialsModel::FirstParamColumn, Qt::AscendingOrder); // 0.0003 < 0.001
        QCOMPARE(numbersInViewOrder(proxy), (QList<int> { 3, 1, 4, 5, 2 }));
        proxy.sort(SearchTrialsModel::DurationColumn, Qt::DescendingOrder);
        QCOMPARE(numbersInViewOrder(proxy), (QList<int> { 5, 4, 3, 2, 1 }));

        QCOMPARE(SearchTrialsModel::bestTrial(fiveTrials())->number, 3);
        std::vector<SearchTrial> none { trial(1, SearchTrial::State::Pruned, 0, 0.001, 16) };
        QVERIFY(!SearchTrialsModel::bestTrial(none));
        QVERIFY(SearchTrialsModel::bestSoFar(none).isEmpty());
    }

    void bestSoFarIsMonotoneAndMatchesTrials()
    {
        using S = SearchTrial::State;
        // Out of order, as parallel trials are written; skills rise and fall.
        std::vector<SearchTrial> trials { trial(4, S::Complete, 0.01, 0.001, 16),
                                          trial(1, S::Complete, 0.03, 0.001, 16),
                                          trial(2, S::Complete, -0.2, 0.001, 16),
                                          trial(3, S::Pruned, 0, 0.001, 16),
                                          trial(5, S::Complete, 0.07, 0.001, 16) };
        const QList<QPointF> points = SearchTrialsModel::bestSoFar(trials);
        QCOMPARE(points, (QList<QPointF> { { 1, 0.03 }, { 2, 0.03 }, { 4, 0.03 }, { 5, 0.07 } }));
        for (int i = 1; i < points.size(); ++i)
            QVERIFY(points[i].y() >= points[i - 1].y() && points[i].x() > points[i - 1].x());
    }

    void panelFillsFromTheWorkspace()
    {
        auto session = openSession();
        const qint64 jobId = finishedSearch(*session, searchSpec(), fiveTrials());
        QVERIFY(jobId);
        OptimizerPanel panel(session.get());
        panel.setJob(jobId, searchSpec(), false);
        QCOMPARE(panel.loads(), 0); // hidden: nothing read yet
        panel.resize(900, 600);
        panel.show();
        QTRY_COMPARE(panel.model()->rowCount(), 5);
        QCOMPARE(panel.loads(), 1);
        QVERIFY2(panel.summaryLabel()->text().contains(QStringLiteral(
                     "Best: trial 3, skill 0.08 · hidden_size 16 · learning_rate 0.0003")),
                 qPrintable(panel.summaryLabel()->text()));
        QVERIFY(panel.summaryLabel()->text().contains(
            QStringLiteral("3 complete, 1 pruned, 1 failed")));
        // Sorted by skill, best first.
        QCOMPARE(numbersInViewOrder(*panel.proxy()).first(), 3);
        QVERIFY(!panel.tabs()->isTabEnabled(3)); // no live loss for an ended search

        // The best-so-far line holds one point per completed trial and never falls.
        QCOMPARE(panel.bestChart()->series()->points(),
                 (QList<QPointF> { { 1, 0.02 }, { 3, 0.08 }, { 5, 0.08 } }));

        // The scatter plots the completed trials against the chosen parameter (space keys).
        QCOMPARE(panel.paramCombo()->count(), 2);
        panel.paramCombo()->setCurrentIndex(
            panel.paramCombo()->findText(QStringLiteral("hidden_size")));
        QList<QPointF> scatter = panel.scatterChart()->series()->points();
        std::sort(scatter.begin(), scatter.end(),
                  [](QPointF a, QPointF b) { return a.x() < b.x(); });
        QCOMPARE(scatter, (QList<QPointF> { { 16, 0.08 }, { 32, 0.02 }, { 96, 0.05 } }));
        panel.paramCombo()->setCurrentIndex(
            panel.paramCombo()->findText(QStringLiteral("learning_rate")));
        QCOMPARE(panel.scatterChart()->series()->count(), 3);
        QCOMPARE(panel.scatterChart()->series()->points().first().x(), 0.001);
    }

    void runningSearchReadsAgainOnlyWhenATrialEnds()
    {
        auto session = openSession();
        JobRepository jobs(*session->database()->connection());
        auto id = jobs.enqueue(searchSpec());
        QVERIFY(id && jobs.claim(*id, QCoreApplication::applicationPid()));
        SearchTrialRepository repo(*session->database()->connection());
        QVERIFY(repo.record(*id, fiveTrials()[0]));

        RunningJobView view(session.get());
        view.resize(500, 700);
        view.show();
        const JobSpec spec = searchSpec();
        view.showJob(*id, QStringLiteral("AAA"), {}, nullptr, &spec);
        OptimizerPanel *panel = view.optimizerPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(view.lossChart()->isHidden());
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        QTRY_COMPARE(panel->loads(), 1);

        TrainingProgress p;
        p.step = TrainingProgress::Step::Train;
        p.search.trial = 2;
        p.search.trials = 5;
        p.search.bestScore = fiveTrials()[0].score;
        // Many progress events of one trial: one read at most, whatever their number.
        const auto live = [&p](int trial, int epoch, double loss) {
            p.search.liveTrial = trial;
            p.search.liveEpoch = epoch;
            p.search.score = loss;
        };
        for (int epoch = 1; epoch <= 30; ++epoch) {
            live(2, epoch, 1.0 / epoch);
            view.applyProgress(p);
        }
        QCOMPARE(panel->liveTrial(), 2);
        QCOMPARE(panel->liveChart()->lastEpoch(), 30);
        QCOMPARE(panel->liveChart()->validationSeries()->count(), 30);
        QTest::qWait(1500);
        QVERIFY2(panel->loads() <= 2, qPrintable(QString::number(panel->loads())));
        const int loadsBefore = panel->loads();
        // More epochs of the same trial, later: no read at all.
        live(2, 31, 0.03);
        view.applyProgress(p);
        QTest::qWait(1300);
        QCOMPARE(panel->loads(), loadsBefore);
        // Another trial's epoch does not take over the chart while trial 2 is unrecorded.
        live(3, 1, 0.9);
        view.applyProgress(p);
        QCOMPARE(panel->liveTrial(), 2);

        // Trial 2 ends (recorded) and trial 3 starts: the count moves, the panel reads again.
        QVERIFY(repo.record(*id, fiveTrials()[1]));
        p.search.trial = 3;
        view.applyProgress(p);
        QTRY_COMPARE(panel->model()->rowCount(), 2);
        QCOMPARE(panel->loads(), loadsBefore + 1);
        live(3, 2, 0.8);
        view.applyProgress(p);
        QCOMPARE(panel->liveTrial(), 3); // trial 2 is recorded: the chart follows trial 3
        QCOMPARE(panel->liveChart()->lastEpoch(), 2);
        QVERIFY2(panel->summaryLabel()->text().contains(QStringLiteral("2 of 5 trials recorded")),
                 qPrintable(panel->summaryLabel()->text()));
        // The dock is narrow: the best trial's parameters are in the tooltip only.
        QVERIFY(!panel->summaryLabel()->text().contains(QStringLiteral("hidden_size")));
        QCOMPARE(panel->summaryLabel()->toolTip(),
                 QStringLiteral("hidden_size 32 · learning_rate 0.001"));
    }

    // Opening a chart tab must not widen the queue dock: a chart view's size hint is its
    // scene's (600 px before it is first shown), and the dock followed it.
    void chartTabsKeepTheDockWidth()
    {
        auto session = openSession();
        std::vector<SearchTrial> many;
        for (int i = 1; i <= 12; ++i)
            many.push_back(trial(i,
                                 i % 3 ? SearchTrial::State::Complete : SearchTrial::State::Pruned,
                                 0.01 * (i % 5), 0.001 * i, 16 + i));
        const qint64 jobId = finishedSearch(*session, searchSpec(), many);
        QVERIFY(jobId);
        QMainWindow window;
        window.setCentralWidget(new QWidget);
        auto *dock = new QDockWidget(QStringLiteral("Queue"), &window);
        auto *view = new RunningJobView(session.get());
        dock->setWidget(view);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        window.resize(1300, 800);
        window.show();
        const JobSpec spec = searchSpec();
        view->showJob(jobId, QStringLiteral("AAA"), {}, nullptr, &spec);
        QTRY_COMPARE(view->optimizerPanel()->model()->rowCount(), 12);
        QTest::qWait(100);
        const int width = dock->width();
        QVERIFY(width < 500);
        for (int tab = 1; tab < 4; ++tab) {
            view->optimizerPanel()->tabs()->setCurrentIndex(tab);
            QTest::qWait(100);
            QCOMPARE(dock->width(), width);
        }
    }

    void historyOpensTrialsAndQueuesBestAndRerun()
    {
        auto session = openSession();
        const JobSpec spec = searchSpec();
        const qint64 searchId = finishedSearch(*session, spec, fiveTrials());
        using S = SearchTrial::State;
        const qint64 noBestId = finishedSearch(*session, searchSpec(QStringLiteral("BBB")),
                                               { trial(1, S::Failed, 0, 0.001, 16) });
        JobSpec plain = searchSpec(QStringLiteral("CCC"));
        plain.search = {};
        const qint64 plainId = finishedSearch(*session, plain, {});
        QVERIFY(searchId && noBestId && plainId);

        HistoryPage history(session.get());
        QSignalSpy messages(&history, &HistoryPage::message);
        history.resize(1200, 500);
        history.show();
        QTRY_COMPARE(history.model()->rowCount(), 3);

        // A search says so in the Bot column; the others read as before.
        QStringList bots;
        for (int row = 0; row < history.model()->rowCount(); ++row)
            bots << history.model()->index(row, HistoryModel::BotColumn).data().toString();
        bots.sort();
        QCOMPARE(bots,
                 (QStringList { QStringLiteral("lstm_bot"), QStringLiteral("lstm_bot · search"),
                                QStringLiteral("lstm_bot · search") }));

        history.selectJob(plainId);
        QVERIFY(!history.trialsButton()->isEnabled());
        QVERIFY(!history.trainBestButton()->isEnabled());
        QVERIFY(history.trainBestButton()->toolTip().contains(
            QStringLiteral("Only a hyperparameter search")));

        history.selectJob(noBestId);
        QVERIFY(history.trialsButton()->isEnabled());
        QTRY_VERIFY(history.trainBestButton()->toolTip().contains(QStringLiteral("No trial")));
        QVERIFY(!history.trainBestButton()->isEnabled());

        history.selectJob(searchId);
        QTRY_VERIFY(history.trainBestButton()->isEnabled());
        QVERIFY(history.trainBestButton()->toolTip().contains(QStringLiteral("trial 3")));

        // Enter on the row opens the trials.
        history.view()->setFocus();
        QTest::keyClick(history.view(), Qt::Key_Return);
        auto *dialog = history.findChild<QDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *panel = dialog->findChild<OptimizerPanel *>();
        QVERIFY(panel);
        QCOMPARE(panel->jobId(), searchId);
        QTRY_COMPARE(panel->model()->rowCount(), 5);
        dialog->close();

        // Train best config: the job's params with trial 3's over them, no search settings.
        QTest::mouseClick(history.trainBestButton(), Qt::LeftButton);
        std::vector<TrainingJob> waiting = pending(*session);
        QCOMPARE(waiting.size(), size_t(1));
        JobSpec expected = spec;
        expected.search = {};
        expected.params = { { QStringLiteral("epochs"), 6 },
                            { QStringLiteral("hidden_size"), 16 },
                            { QStringLiteral("learning_rate"), 0.0003 } };
        QCOMPARE(waiting[0].spec.params, expected.params);
        QVERIFY(waiting[0].spec.search.isEmpty());
        QCOMPARE(waiting[0].spec.dedupKey(), expected.dedupKey());
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("trial 3")));
        QTest::mouseClick(history.trainBestButton(), Qt::LeftButton);
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("already queued")));
        QCOMPARE(pending(*session).size(), size_t(1));

        // Re-run with same config: the identical search spec again; a second time is reported.
        history.selectJob(searchId);
        QTest::mouseClick(history.rerunButton(), Qt::LeftButton);
        waiting = pending(*session);
        QCOMPARE(waiting.size(), size_t(2));
        const auto rerun = std::find_if(waiting.begin(), waiting.end(), [](const TrainingJob &j) {
            return !j.spec.search.isEmpty();
        });
        QVERIFY(rerun != waiting.end());
        QVERIFY(rerun->id != searchId);
        QCOMPARE(rerun->spec.search, spec.search);
        QCOMPARE(rerun->spec.params, spec.params);
        QCOMPARE(rerun->spec.dedupKey(), spec.dedupKey());
        QTest::mouseClick(history.rerunButton(), Qt::LeftButton);
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("already queued")));
        QCOMPARE(pending(*session).size(), size_t(2));
    }
    void strategyJobInPanelAndHistory()
    {
        auto session = openSession();
        StrategyTrainRequest request;
        request.symbol = QStringLiteral("WAVE");
        request.timeframe = QStringLiteral("5m");
        request.spec.strategy = QStringLiteral("rsi_reversion");
        request.spec.objective = BacktestObjective::TotalReturn;
        request.spec.budget = 20;
        const JobSpec spec = strategyJob(request);

        // Running: the summary names the objective and its value where a search says skill.
        OptimizerPanel panel(session.get());
        panel.resize(600, 400);
        panel.show();
        panel.setJob(41, spec, true);
        StrategyJobProgress mapper(request.spec.objective);
        StrategyProgress s;
        s.step = StrategyProgress::Step::Optimize;
        s.iteration = 5;
        s.iterations = 20;
        s.bestObjective = 0.125;
        s.currentObjective = 0.05;
        s.bestParams = { { QStringLiteral("period"), 9 } };
        panel.applyProgress(mapper.map(s));
        const QString summary = panel.summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("5 of 20")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Best total return 0.125")), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("skill")), qPrintable(summary));
        QVERIFY(panel.tabs()->isHidden());
        s.step = StrategyProgress::Step::Validate;
        s.fold = 2;
        s.folds = 4;
        panel.applyProgress(mapper.map(s));
        QVERIFY2(panel.summaryLabel()->text().contains(QStringLiteral("fold 2 of 4")),
                 qPrintable(panel.summaryLabel()->text()));

        // History: the bot column says strategy; trials and train best make no sense for it.
        const qint64 jobId = finishedSearch(*session, spec, {});
        QVERIFY(jobId);
        HistoryPage history(session.get());
        QSignalSpy messages(&history, &HistoryPage::message);
        history.resize(1200, 500);
        history.show();
        QTRY_COMPARE(history.model()->rowCount(), 1);
        QCOMPARE(history.model()->index(0, HistoryModel::BotColumn).data().toString(),
                 QStringLiteral("rsi_reversion · strategy"));
        history.selectJob(jobId);
        QVERIFY(!history.trialsButton()->isEnabled());
        QVERIFY(history.trialsButton()->toolTip().contains(QStringLiteral("strategy")));
        QVERIFY(!history.trainBestButton()->isEnabled());
        QVERIFY(history.trainBestButton()->toolTip().contains(QStringLiteral("strategy")));

        // Re-run with same config queues the same strategy spec again, once.
        QVERIFY(history.rerunButton()->isEnabled());
        QTest::mouseClick(history.rerunButton(), Qt::LeftButton);
        std::vector<TrainingJob> waiting = pending(*session);
        QCOMPARE(waiting.size(), size_t(1));
        QVERIFY(waiting[0].id != jobId);
        QCOMPARE(waiting[0].spec.strategy, spec.strategy);
        QCOMPARE(waiting[0].spec.dedupKey(), spec.dedupKey());
        QTest::mouseClick(history.rerunButton(), Qt::LeftButton);
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("already queued")));
        QCOMPARE(pending(*session).size(), size_t(1));
    }
};

QTEST_MAIN(TestOptimizerPanel)
#include "tst_optimizerpanel.moc"
