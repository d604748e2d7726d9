// Strategy Studio offscreen on a workspace with synthetic bars: a backtest fills the scores,
// curves and trades with what the facade computes; training (a job of the workspace's queue)
// with walk-forward shows its folds and progress; a cancelled training stores nothing; save (a
// taken name refused) → list → export (the file read back) → delete (the confirmation answered
// by the test); opening a saved configuration backtests its parameters; the recent strategy
// jobs open a job's result and re-run its request as a new job.

#include "TestBars.h"
#include "TestSession.h"
#include "TestSignals.h"
#include "TestTask.h"
#include "common/InlineMessage.h"
#include "queue/StepBreadcrumb.h"
#include "services/StrategyFacade.h"
#include "strategy/SavedConfigurationsView.h"
#include "strategy/StrategyCurveChart.h"
#include "strategy/StrategyForm.h"
#include "strategy/StrategyJobsView.h"
#include "strategy/StrategyProgressPanel.h"
#include "strategy/StrategyResultsView.h"
#include "strategy/StrategyStudioPage.h"
#include "strategy/StrategyText.h"
#include "strategy/StrategyTrainingRun.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;
using modeldeck::test::await;

namespace {

const QString kWave = QStringLiteral("WAVE");
const QString kDaily = QStringLiteral("DAILY");

// Daily bars over about three years: a slow wave, so strategies trade.
std::vector<Bar> dailyBars(int count)
{
    std::vector<Bar> bars = test::waveBars(count, 5);
    for (size_t i = 0; i < bars.size(); ++i)
        bars[i].timeUtcMs = 1'600'000'000'000 + qint64(i) * 86'400'000;
    return bars;
}

} // namespace

class TestStrategyStudio : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<StrategyStudioPage> m_page;

    StrategyFacade facade() const { return m_session->strategy(); }

    void chooseWave(const QString &strategy)
    {
        StrategyForm *form = m_page->form();
        form->setSeries(kWave, QStringLiteral("5m"));
        form->setStrategy(strategy);
        QCOMPARE(form->symbol(), kWave);
        QCOMPARE(form->timeframe(), QStringLiteral("5m"));
    }

    // Trains the wave with a small random search and walk-forward; the run's outcome.
    std::optional<StrategyTrainOutcome> trainSmall()
    {
        chooseWave(QStringLiteral("bollinger_breakout"));
        StrategyForm *form = m_page->form();
        form->optimizerBox()->setCurrentIndex(form->optimizerBox()->findData(int(Method::Random)));
        form->budgetBox()->setValue(6);
        form->trainDaysBox()->setValue(2);
        form->testDaysBox()->setValue(1);
        std::optional<StrategyTrainOutcome> outcome;
        const QMetaObject::Connection keep
            = connect(m_page->trainingRun(), &StrategyTrainingRun::finished, this,
                      [&outcome](const Result<StrategyTrainOutcome> &r, bool) {
                          if (r)
                              outcome = *r;
                      });
        QSignalSpy ended(m_page.get(), &StrategyStudioPage::trainingFinished);
        if (!m_page->trainButton()->isEnabled()) {
            qWarning("train disabled: %s", qPrintable(m_page->formMessage()->text()));
            return std::nullopt;
        }
        m_page->trainButton()->click();
        const bool done = test::arrived(ended, 60000) && ended.first().at(0).toBool();
        disconnect(keep);
        return done ? outcome : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session = test::openSession(m_dir.filePath(QStringLiteral("ws")));
        const auto wave = test::waveBars(2000, 3);
        QString stored = test::storeBars(*m_session->database(), kWave, QStringLiteral("5m"), wave);
        QVERIFY2(stored.isEmpty(), qPrintable(stored));
        const auto daily = dailyBars(1100);
        stored = test::storeBars(*m_session->database(), kDaily, QStringLiteral("1d"), daily);
        QVERIFY2(stored.isEmpty(), qPrintable(stored));
        QSignalSpy symbols(m_session.get(), &WorkspaceSession::symbolsChanged);
        m_session->refreshSymbols();
        QVERIFY(test::arrived(symbols, 30000));
        m_page = std::make_unique<StrategyStudioPage>(m_session.get());
        m_page->resize(1200, 700);
        m_page->show();
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_session.reset();
    }

    void emptyWorkspaceSaysWhy()
    {
        QTemporaryDir dir;
        auto session = test::openSession(dir.path());
        StrategyStudioPage page(session.get());
        QVERIFY(!page.backtestButton()->isEnabled());
        QVERIFY(!page.trainButton()->isEnabled());
        QVERIFY(!page.saveButton()->isEnabled());
        QVERIFY2(page.formMessage()->text().contains(QStringLiteral("no price series")),
                 qPrintable(page.formMessage()->text()));
    }

    void walkForwardDaysFitTheSeries()
    {
        StrategyForm *form = m_page->form();
        form->setSeries(kDaily, QStringLiteral("1d"));
        // Three years of daily bars: a year to search, a quarter to test.
        QCOMPARE(form->trainDaysBox()->value(), 365);
        QCOMPARE(form->testDaysBox()->value(), 90);
        QVERIFY(m_page->trainButton()->isEnabled());
        // A window longer than the series is refused with both figures named.
        form->trainDaysBox()->setValue(2000);
        QVERIFY(!m_page->trainButton()->isEnabled());
        QVERIFY(m_page->backtestButton()->isEnabled());
        QVERIFY2(m_page->formMessage()->text().contains(QStringLiteral("2090")),
                 qPrintable(m_page->formMessage()->text()));
        form->testDaysBox()->setValue(0); // one window without the other
        QVERIFY(!m_page->trainButton()->isEnabled());
        QVERIFY(m_page->formMessage()->text().contains(QStringLiteral("both")));
        form->trainDaysBox()->setValue(365);
        form->testDaysBox()->setValue(90);
        // TPE with a budget inside its random start is allowed, with advice.
        form->optimizerBox()->setCurrentIndex(form->optimizerBox()->findData(int(Method::Bayes)));
        form->budgetBox()->setValue(5);
        QVERIFY(m_page->trainButton()->isEnabled());
        QCOMPARE(m_page->formMessage()->kind(), InlineMessage::Kind::Info);
        QVERIFY(m_page->formMessage()->text().contains(QStringLiteral("TPE")));
        form->budgetBox()->setValue(50);
    }

    void backtestShowsScoresCurvesAndTrades()
    {
        chooseWave(QStringLiteral("ma_crossover"));
        StrategyForm *form = m_page->form();
        form->setParams({ { QStringLiteral("fast"), 3 }, { QStringLiteral("slow"), 12 } });
        QCOMPARE(form->params().value(QStringLiteral("fast")).toInt(), 3);
        form->commissionBox()->setValue(0.1);
        QSignalSpy shown(m_page.get(), &StrategyStudioPage::backtestShown);
        QVERIFY(m_page->backtestButton()->isEnabled());
        m_page->backtestButton()->click();
        QVERIFY(test::arrived(shown, 30000));

        // The same backtest straight from the facade: the page shows its figures.
        auto direct = await(facade().backtest(form->backtestRequest(), nullptr));
        QVERIFY(direct && *direct);
        const BacktestResult &r = (*direct)->result;
        QVERIFY(r.scores.trades > 0);
        StrategyResultsView *results = m_page->results();
        QCOMPARE(results->scoresTable()->item(0, 0)->text(),
                 StrategyText::percent(r.scores.totalReturn));
        QCOMPARE(results->scoresTable()->item(0, 1)->text(),
                 StrategyText::percent(r.scores.buyAndHoldReturn));
        QCOMPARE(results->scoresTable()->item(2, 0)->text(), StrategyText::ratio(r.scores.sharpe));
        QCOMPARE(results->scoresTable()->item(8, 0)->text(), QLocale().toString(r.scores.trades));
        QCOMPARE(results->tradesModel()->rowCount(), int(r.trades.size()));
        QCOMPARE(results->tradesModel()->item(0, 6)->text(),
                 StrategyText::percent(r.trades.front().returnFraction));
        // 2000 bars thinned to at most kMaxPoints, never to nothing.
        QVERIFY(results->equityChart()->pointCount() > 500);
        QVERIFY(results->equityChart()->pointCount() <= StrategyCurveChart::kMaxPoints);
        QCOMPARE(results->drawdownChart()->pointCount(), results->equityChart()->pointCount());
        QCOMPARE(results->foldsModel()->rowCount(), 0);
        QVERIFY(!m_page->saveButton()->isEnabled()); // a backtest is not a training to save
    }

    void trainingShowsProgressAndFolds()
    {
        QSignalSpy progress(m_page->trainingRun(), &StrategyTrainingRun::progress);
        const auto outcome = trainSmall();
        QVERIFY(outcome);
        const StrategyTrainResult &r = outcome->result;
        QVERIFY(!outcome->saved); // nothing is stored until Save
        // It ran as a job of the workspace's queue.
        QVERIFY(m_page->trainingRun()->usesQueue());
        QVERIFY(m_page->trainingRun()->jobId() > 0);
        QVERIFY(!r.folds.empty());
        QVERIFY(!progress.isEmpty());
        StrategyResultsView *results = m_page->results();
        QCOMPARE(results->foldsModel()->rowCount(), int(r.folds.size()));
        QCOMPARE(results->foldsModel()->item(0, 4)->text(),
                 StrategyText::params(r.folds.front().params));
        QCOMPARE(results->foldsModel()->item(0, 6)->text(),
                 StrategyText::percent(r.folds.front().test.totalReturn));
        QCOMPARE(results->tradesModel()->rowCount(), int(r.backtest.trades.size()));
        QCOMPARE(results->scoresTable()->item(0, 0)->text(),
                 StrategyText::percent(r.backtest.scores.totalReturn));
        StrategyProgressPanel *panel = m_page->progressPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->breadcrumb()->outcome(), StepBreadcrumb::Outcome::Completed);
        QCOMPARE(panel->progressBar()->value(), panel->progressBar()->maximum());
        QVERIFY(!panel->cancelButton()->isEnabled());
        QVERIFY(panel->bestLabel()->text() != QStringLiteral("–"));
        // The form now holds the best parameters, for a backtest of them.
        QCOMPARE(m_page->form()->params(), r.bestParams);
        QVERIFY(m_page->saveButton()->isEnabled());
        QVERIFY(m_page->hasUnsavedTraining());
    }

    void cancelledTrainingStoresNothing()
    {
        auto before = await(facade().list());
        QVERIFY(before && *before);
        chooseWave(QStringLiteral("rsi_reversion"));
        StrategyForm *form = m_page->form();
        form->optimizerBox()->setCurrentIndex(form->optimizerBox()->findData(int(Method::Random)));
        form->budgetBox()->setValue(StrategyTrainSpec::kMaxBudget);
        form->trainDaysBox()->setValue(2);
        form->testDaysBox()->setValue(1);
        QSignalSpy progress(m_page->trainingRun(), &StrategyTrainingRun::progress);
        QSignalSpy ended(m_page.get(), &StrategyStudioPage::trainingFinished);
        m_page->trainButton()->click();
        QVERIFY(m_page->trainingRun()->isRunning());
        QVERIFY(!m_page->trainButton()->isEnabled());
        QVERIFY(!m_page->backtestButton()->isEnabled());
        QVERIFY(!m_page->form()->isEnabled());
        // Mid-run: the optimizer has reported an iteration.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(progress.begin(), progress.end(),
                        [](const QList<QVariant> &args) {
                            return args.at(0).value<StrategyProgress>().iteration > 0;
                        }),
            30000);
        QCOMPARE(m_page->progressPanel()->breadcrumb()->currentStep(), 1); // Optimize
        QVERIFY(m_page->progressPanel()->iterationLabel()->text().contains(u'/'));
        QTest::keyClick(m_page->progressPanel()->cancelButton(), Qt::Key_Escape);
        QVERIFY(test::arrived(ended, 30000));
        QCOMPARE(ended.first().at(0).toBool(), false);
        QVERIFY(!m_page->hasUnsavedTraining());
        QVERIFY(!m_page->saveButton()->isEnabled());
        QCOMPARE(m_page->progressPanel()->breadcrumb()->outcome(), StepBreadcrumb::Outcome::Failed);
        QVERIFY(m_page->formMessage()->text().contains(QStringLiteral("cancelled")));
        auto after = await(facade().list());
        QVERIFY(after && *after);
        QCOMPARE((*after)->size(), (*before)->size());
        QVERIFY(m_page->trainButton()->isEnabled());
    }

    void saveListExportDelete()
    {
        QStringList problems;
        QStringList answers { QStringLiteral("wave one") };
        m_page->setNameFunction([&](QWidget *, const QString &, const QString &problem) {
            problems << problem;
            return answers.isEmpty() ? std::nullopt : std::optional(answers.takeFirst());
        });
        SavedConfigurationsView *saved = m_page->savedConfigurations();
        QVERIFY(trainSmall());
        QSignalSpy savedSpy(m_page.get(), &StrategyStudioPage::saved);
        m_page->saveButton()->click();
        QVERIFY(test::arrived(savedSpy, 30000));
        QCOMPARE(saved->configurations().size(), size_t(1));
        QCOMPARE(saved->view()->model()->index(0, 0).data().toString(), QStringLiteral("wave one"));
        QVERIFY(!m_page->saveButton()->isEnabled()); // saved once

        // A second training under a taken name: refused with a message, then saved under
        // another.
        const auto second = trainSmall();
        QVERIFY(second);
        problems.clear();
        answers = { QStringLiteral("wave one"), QStringLiteral("wave two") };
        savedSpy.clear();
        m_page->saveButton()->click();
        QVERIFY(test::arrived(savedSpy, 30000));
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).isEmpty());
        QVERIFY2(problems.at(1).contains(QStringLiteral("“wave one” is taken")),
                 qPrintable(problems.at(1)));
        QCOMPARE(saved->configurations().size(), size_t(2));
        const qint64 id = savedSpy.first().at(0).toLongLong();
        auto stored = await(facade().find(QString::number(id)));
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->name, QStringLiteral("wave two"));
        QCOMPARE((*stored)->params, second->result.bestParams);
        QCOMPARE((*stored)->walkForward.size(), qsizetype(second->result.folds.size()));
        QCOMPARE((*stored)->sourceJobId, m_page->trainingRun()->jobId());

        // Export the selected (just saved) configuration.
        QCOMPARE(saved->selected()->id, id);
        const QString path = m_dir.filePath(QStringLiteral("wave-two.json"));
        QString suggested;
        saved->setSaveFileFunction([&](QWidget *, const QString &name) {
            suggested = name;
            return path;
        });
        QSignalSpy messages(saved, &SavedConfigurationsView::message);
        saved->exportButton()->click();
        QVERIFY(test::arrived(messages, 30000));
        QCOMPARE(messages.first().at(1).toBool(), false);
        QCOMPARE(suggested, QStringLiteral("wave_two.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("wave two"));
        QCOMPARE(json.value(QStringLiteral("params")).toObject(), second->result.bestParams);
        QCOMPARE(json.value(QStringLiteral("walk_forward")).toArray(), (*stored)->walkForward);

        // Delete: declined first (nothing changes), then confirmed.
        QStringList asked;
        bool answer = false;
        saved->setConfirmFunction(
            [&](QWidget *, const QString &, const QString &text, const QString &) {
                asked << text;
                return answer;
            });
        saved->deleteButton()->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QStringLiteral("wave two")));
        QCOMPARE(saved->configurations().size(), size_t(2));
        answer = true;
        QSignalSpy reloaded(saved, &SavedConfigurationsView::reloaded);
        saved->deleteButton()->click();
        QVERIFY(test::arrived(reloaded, 30000));
        QCOMPARE(saved->configurations().size(), size_t(1));
        auto listed = await(facade().list());
        QVERIFY(listed && *listed);
        QCOMPARE((*listed)->size(), size_t(1));
        QCOMPARE((*listed)->front().name, QStringLiteral("wave one"));
    }

    void openingASavedConfigurationBacktestsIt()
    {
        SavedConfigurationsView *saved = m_page->savedConfigurations();
        QCOMPARE(saved->configurations().size(), size_t(1));
        const TrainedConfiguration c = saved->configurations().front();
        m_page->form()->setStrategy(QStringLiteral("ma_crossover")); // something else first
        saved->selectId(c.id);
        QSignalSpy shown(m_page.get(), &StrategyStudioPage::backtestShown);
        saved->openButton()->click();
        QVERIFY(test::arrived(shown, 30000));
        QCOMPARE(m_page->form()->strategy(), c.strategy);
        QCOMPARE(m_page->form()->params(), c.params);
        QCOMPARE(m_page->results()->foldsModel()->rowCount(), int(c.walkForward.size()));
        QVERIFY(m_page->results()->titleLabel()->text().contains(c.name));
        QVERIFY(m_page->results()->equityChart()->pointCount() > 0);
    }

    void recentJobsRerunAndOpen()
    {
        StrategyJobsView *jobs = m_page->strategyJobs();
        // The trainings above went through the queue: completed ones and the cancelled one.
        QTRY_VERIFY_WITH_TIMEOUT(jobs->entries().size() >= 4, 10000);
        const auto completed = std::find_if(
            jobs->entries().begin(), jobs->entries().end(),
            [](const StrategyJobEntry &e) { return e.job.status == JobStatus::Completed; });
        QVERIFY(completed != jobs->entries().end());
        QVERIFY(std::any_of(
            jobs->entries().begin(), jobs->entries().end(),
            [](const StrategyJobEntry &e) { return e.job.status == JobStatus::Cancelled; }));
        const StrategyJobEntry done = *completed;

        // Open Result: the job's result as the page shows a training's.
        jobs->selectJob(done.job.id);
        QVERIFY(jobs->openButton()->isEnabled());
        QSignalSpy shown(m_page.get(), &StrategyStudioPage::trainingShown);
        jobs->openButton()->click();
        QVERIFY(test::arrived(shown, 30000));
        auto result = await(facade().jobResult(done.job.id));
        QVERIFY(result && *result);
        QCOMPARE(m_page->results()->foldsModel()->rowCount(), int((*result)->result.folds.size()));
        QCOMPARE(m_page->form()->params(), (*result)->result.bestParams);
        QVERIFY(m_page->saveButton()->isEnabled());

        // Re-run: the same request queued as a new job.
        QSignalSpy queued(m_page->trainingRun(), &StrategyTrainingRun::queued);
        QSignalSpy ended(m_page.get(), &StrategyStudioPage::trainingFinished);
        m_page->form()->setStrategy(QStringLiteral("ma_crossover")); // the form is not used
        jobs->selectJob(done.job.id);
        jobs->rerunButton()->click();
        QVERIFY(test::arrived(queued, 10000));
        const qint64 newJob = queued.first().at(0).toLongLong();
        QVERIFY(newJob > done.job.id);
        QCOMPARE(m_page->trainingRun()->request().spec.toJson(), done.request.spec.toJson());
        QCOMPARE(m_page->form()->strategy(), done.request.spec.strategy);
        QVERIFY(test::arrived(ended, 60000));
        QVERIFY(ended.first().at(0).toBool());
        QTRY_VERIFY(std::any_of(
            jobs->entries().begin(), jobs->entries().end(), [newJob](const StrategyJobEntry &e) {
                return e.job.id == newJob && e.job.status == JobStatus::Completed;
            }));
    }

    void cancellingAPendingJobRemovesIt()
    {
        TrainingQueue *queue = m_session->queue();
        QVERIFY(queue && queue->isOwner());
        queue->pause();
        chooseWave(QStringLiteral("ma_crossover"));
        QSignalSpy queued(m_page->trainingRun(), &StrategyTrainingRun::queued);
        QSignalSpy ended(m_page.get(), &StrategyStudioPage::trainingFinished);
        m_page->trainButton()->click();
        QVERIFY(test::arrived(queued, 10000));
        const qint64 jobId = queued.first().at(0).toLongLong();
        // The paused queue is named as the reason nothing runs.
        QVERIFY(queued.first().at(2).toString().contains(QStringLiteral("paused")));
        QVERIFY(m_page->trainingRun()->isRunning());
        m_page->progressPanel()->cancelButton()->click();
        QVERIFY(test::arrived(ended, 10000));
        QCOMPARE(ended.first().at(0).toBool(), false);
        QVERIFY(!m_page->trainingRun()->isRunning());
        auto jobs = await(facade().jobs());
        QVERIFY(jobs && *jobs);
        QVERIFY(std::none_of((*jobs)->begin(), (*jobs)->end(),
                             [jobId](const StrategyJobEntry &e) { return e.job.id == jobId; }));
        queue->resume();
    }
};

QTEST_MAIN(TestStrategyStudio)
#include "tst_strategystudio.moc"
