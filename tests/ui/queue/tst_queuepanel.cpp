// The training controls, queue panel, auto-train dialog and history offscreen, on a real
// TrainingQueue in a temporary workspace with a scripted executor: action states through the
// queue's whole lifecycle, keyboard shortcuts, the running job's steps/details/ETA/chart, the
// pending list's order in the database, history and re-runs, and auto-train's job counts.

#include "ScriptedWork.h"
#include "TestBars.h"
#include "TestLockHolder.h"
#include "common/LossChart.h"
#include "models/ModelConfig.h"
#include "queue/HistoryModel.h"
#include "queue/HistoryPage.h"
#include "queue/OptimizerPanel.h"
#include "queue/PendingJobsModel.h"
#include "queue/QueuePanel.h"
#include "queue/RunningJobView.h"
#include "queue/StepBreadcrumb.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"
#include "storage/BusyRetry.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "training/AutoTrainDialog.h"
#include "training/CancellationToken.h"
#include "training/TorchRuntime.h"
#include "training/TrainingControls.h"
#include "training/TrainingSettings.h"
#include "util/WorkPool.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMetaEnum>
#include <QMimeData>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <cmath>

using namespace modeldeck;
using modeldeck::test::ScriptedWork;

namespace {

JobSpec spec(const QString &symbol, int priority = 0)
{
    return { symbol,
             QStringLiteral("5m"),
             QStringLiteral("linear_bot"),
             QJsonObject { { QStringLiteral("epochs"), 1 } },
             1,
             priority,
             0,
             0 };
}

QString title(const QString &symbol)
{
    return symbol + QStringLiteral(" · 5m · linear_bot");
}

TrainingProgress trainProgress(int epoch, int epochs, double eta, const QString &details)
{
    TrainingProgress p;
    p.step = TrainingProgress::Step::Train;
    p.stepFraction = double(epoch - 1) / epochs;
    p.epoch = epoch;
    p.epochs = epochs;
    p.etaSeconds = eta;
    p.details = details;
    if (epoch > 1)
        p.lastEpoch = { epoch - 1, 1.0 / epoch, 1.2 / epoch, 1e-3, 100 };
    return p;
}

} // namespace

class TestQueuePanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // An open session on a new workspace whose queue runs `work`.
    std::unique_ptr<WorkspaceSession> openSession(ScriptedWork *work, QString *dir = nullptr)
    {
        auto session = std::make_unique<WorkspaceSession>();
        QSignalSpy opened(session.get(), &WorkspaceSession::opened);
        const QString path = m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter));
        if (dir)
            *dir = path;
        session->open(path);
        if (!opened.wait(30000) && opened.isEmpty())
            return nullptr;
        if (work && session->queue())
            session->queue()->setExecutor(work->executor());
        return session;
    }

    static QStringList activeOrder(const WorkspaceSession &session)
    {
        QStringList symbols;
        auto jobs = JobRepository(*session.database()->connection()).active();
        if (jobs) {
            for (const TrainingJob &j : *jobs) {
                if (j.status == JobStatus::Pending)
                    symbols << j.spec.symbol;
            }
        }
        return symbols;
    }

    static QStringList modelOrder(const PendingJobsModel &model)
    {
        QStringList symbols;
        for (int row = 0; row < model.rowCount(); ++row)
            symbols << model.jobAt(row)->spec.symbol;
        return symbols;
    }

    static qint64 idOf(const WorkspaceSession &session, const QString &symbol)
    {
        auto jobs = JobRepository(*session.database()->connection()).active();
        for (const TrainingJob &j : jobs ? *jobs : std::vector<TrainingJob> {}) {
            if (j.spec.symbol == symbol)
                return j.id;
        }
        return 0;
    }

    static void press(QWidget &window, QKeyCombination key)
    {
        QTest::keyClick(&window, key.key(), key.keyboardModifiers());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ModelDeckTests"));
        QApplication::setApplicationName(QStringLiteral("tst_queuepanel"));
        QSettings().clear();
        TorchRuntime::initialize(1);
    }

    void shortcutsAreDistinctAndNotStandard()
    {
        QWidget host;
        ScriptedWork work;
        auto session = openSession(&work);
        QVERIFY(session);
        TrainingControls controls(session.get(), &host);
        QList<QKeySequence> standard;
        const QMetaEnum keys = QMetaEnum::fromType<QKeySequence::StandardKey>();
        for (int i = 0; i < keys.keyCount(); ++i)
            standard += QKeySequence::keyBindings(QKeySequence::StandardKey(keys.value(i)));
        QSet<QString> seen;
        for (QAction *a : controls.actions()) {
            if (!a)
                continue;
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
            QVERIFY2(!standard.contains(a->shortcut()), qPrintable(a->shortcut().toString()));
            QVERIFY2(!a->toolTip().isEmpty(), qPrintable(a->text()));
            if (a != controls.resumeAction()) // Pause and Resume share F6, never enabled together
                QVERIFY2(!seen.contains(a->shortcut().toString()),
                         qPrintable(a->shortcut().toString()));
            seen << a->shortcut().toString();
        }
        QVERIFY(controls.pauseAction()->toolTip().contains(QStringLiteral("current job finishes")));
        QVERIFY(
            controls.stopAction()->toolTip().contains(QStringLiteral("waiting jobs are removed")));
        QVERIFY(controls.forceStopAction()->toolTip().contains(QStringLiteral("now")));
    }

    void actionsFollowTheLifecycle()
    {
        ScriptedWork work;
        auto session = openSession(&work);
        QVERIFY(session);
        TrainingQueue *queue = session->queue();
        QWidget host;
        TrainingControls controls(session.get(), &host);
        host.show();
        QApplication::setActiveWindow(&host);
        QVERIFY(QTest::qWaitForWindowActive(&host));
        const auto enabled = [&] {
            QString s;
            for (QAction *a :
                 { controls.startAction(), controls.pauseAction(), controls.resumeAction(),
                   controls.stopAction(), controls.forceStopAction() })
                s += a->isEnabled() ? u'1' : u'0';
            return s; // start pause resume stop force
        };

        QVERIFY(controls.autoTrainAction()->isEnabled());
        QCOMPARE(enabled(), QStringLiteral("00000")); // idle, nothing waiting
        for (const char *s : { "A", "B", "C" })
            QVERIFY(queue->enqueue(spec(QString::fromLatin1(s))));
        QCOMPARE(enabled(), QStringLiteral("10000"));

        press(host, Qt::CTRL | Qt::Key_F5); // Start
        QVERIFY(queue->state() == TrainingQueue::State::Running);
        QVERIFY(work.started.tryAcquire(1, 10000));
        QTRY_COMPARE(enabled(), QStringLiteral("01011")); // a job runs: pause, stop, force stop
        QVERIFY(controls.pauseAction()->isVisible() && !controls.resumeAction()->isVisible());

        press(host, Qt::Key_F6); // Pause
        QVERIFY(queue->state() == TrainingQueue::State::Paused);
        QCOMPARE(enabled(), QStringLiteral("00111"));
        QVERIFY(controls.resumeAction()->isVisible() && !controls.pauseAction()->isVisible());

        press(host, Qt::Key_F6); // Resume
        QVERIFY(queue->state() == TrainingQueue::State::Running);
        QCOMPARE(enabled(), QStringLiteral("01011"));

        press(host, Qt::SHIFT | Qt::Key_F5); // Stop: A finishes, B and C go
        QVERIFY(queue->state() == TrainingQueue::State::Stopping);
        QCOMPARE(enabled(), QStringLiteral("00001")); // only Force Stop while A finishes
        QSignalSpy finished(queue, &TrainingQueue::jobFinished);
        work.release.release();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(queue->state() == TrainingQueue::State::Idle);
        QCOMPARE(enabled(), QStringLiteral("00000"));
        QCOMPARE(queue->counts().pending, 0);
        QCOMPARE(queue->counts().completed, 1);

        // Force Stop asks first, naming the job; Cancel leaves it running.
        QVERIFY(queue->enqueue(spec(QStringLiteral("D"))));
        QVERIFY(queue->enqueue(spec(QStringLiteral("E"))));
        controls.startAction()->trigger();
        QVERIFY(work.started.tryAcquire(1, 10000));
        QTRY_VERIFY(controls.forceStopAction()->isEnabled());
        QStringList asked;
        bool answer = false;
        controls.setConfirmation([&](const QString &, const QString &text) {
            asked << text;
            return answer;
        });
        press(host, Qt::CTRL | Qt::SHIFT | Qt::Key_F5);
        QTRY_COMPARE(asked.size(), 1);
        QVERIFY2(asked[0].contains(title(QStringLiteral("D"))), qPrintable(asked[0]));
        QVERIFY2(asked[0].contains(QStringLiteral("1 waiting job")), qPrintable(asked[0]));
        QTRY_VERIFY(controls.forceStopAction()->isEnabled());
        QVERIFY(queue->state() == TrainingQueue::State::Running);
        QCOMPARE(finished.count(), 1);

        answer = true;
        press(host, Qt::CTRL | Qt::SHIFT | Qt::Key_F5);
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(finished.at(1).at(0).value<TrainingJob>().status == JobStatus::Cancelled);
        QTRY_VERIFY(queue->state() == TrainingQueue::State::Idle);
        QCOMPARE(queue->counts().pending, 0);
        QCOMPARE(queue->counts().cancelled, 1);
        QCOMPARE(enabled(), QStringLiteral("00000"));
    }

    void unavailableQueueDisablesControls()
    {
        QString dir;
        auto owner = openSession(nullptr, &dir); // this one holds the workspace's queue lock
        QVERIFY(owner && owner->queue()->isOwner());
        QVERIFY(owner->queue()->enqueue(spec(QStringLiteral("A"))));

        WorkspaceSession second;
        QWidget host;
        TrainingControls controls(&second, &host);
        QueuePanel panel(&second);
        QSignalSpy unavailable(&second, &WorkspaceSession::queueUnavailable);
        QSignalSpy messages(&controls, &TrainingControls::message);
        second.open(dir);
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 30000);
        const QString reason = unavailable.at(0).at(0).toString();
        QVERIFY(!reason.isEmpty());
        QVERIFY(!controls.startAction()
                     ->isEnabled()); // a job waits, but another process runs the queue
        QCOMPARE(controls.startAction()->toolTip(), reason);
        QVERIFY(controls.autoTrainAction()->isEnabled()); // the owner runs what is added
        QVERIFY(!messages.isEmpty() && messages.last().at(0).toString() == reason);
        QTRY_VERIFY(panel.queueStatusLabel()->text().contains(reason));
        QTRY_COMPARE(panel.pendingModel()->rowCount(), 1); // still readable
    }

    void sessionDeletedFirstLeavesWidgetsInert()
    {
        ScriptedWork work;
        auto session = openSession(&work);
        QVERIFY(session);
        QWidget host;
        TrainingControls controls(session.get(), &host);
        QueuePanel panel(session.get());
        HistoryPage history(session.get());
        QVERIFY(session->queue()->enqueue(spec(QStringLiteral("A")))); // reloads start
        QVERIFY(controls.startAction()->isEnabled());
        session.reset(); // as a main window deletes its first child before its docks
        QVERIFY(!controls.startAction()->isEnabled());
        QVERIFY(!controls.autoTrainAction()->isEnabled());
        controls.showAutoTrain();
        QVERIFY(!controls.autoTrainDialog());
        panel.pendingModel()->reload();
        history.reload();
        QTRY_VERIFY(!panel.pendingModel()->isLoading());
        QCOMPARE(panel.pendingModel()->rowCount(), 0);
        QVERIFY(panel.queueStatusLabel()->text().contains(QStringLiteral("No workspace")));
    }

    void panelShowsTheRunningJob()
    {
        ScriptedWork work;
        auto session = openSession(&work);
        QVERIFY(session);
        TrainingQueue *queue = session->queue();
        QueuePanel panel(session.get());
        panel.resize(700, 800);
        panel.show();
        RunningJobView *view = panel.runningJob();
        QCOMPARE(view->breadcrumb()->currentStep(), -1);
        QVERIFY(queue->enqueue(spec(QStringLiteral("AAA"))));
        QVERIFY(queue->enqueue(spec(QStringLiteral("BBB"))));
        QTRY_COMPARE(panel.pendingModel()->rowCount(), 2);
        queue->start();
        QVERIFY(work.started.tryAcquire(1, 10000));
        QTRY_COMPARE(view->titleLabel()->text(), title(QStringLiteral("AAA")));
        QTRY_COMPARE(panel.pendingModel()->rowCount(), 1); // AAA left the waiting list
        QCOMPARE(view->etaLabel()->text(), QStringLiteral("estimating…"));

        work.report(
            trainProgress(3, 4, -1, QStringLiteral("Epoch 3/4 · batch 310/400 · loss 0.0123")));
        QTRY_COMPARE(view->detailsLabel()->text(),
                     QStringLiteral("Epoch 3/4 · batch 310/400 · loss 0.0123"));
        QCOMPARE(view->breadcrumb()->currentStep(), 1);
        QVERIFY(view->breadcrumb()->description().contains(QStringLiteral("Train, in progress")));
        QVERIFY(view->breadcrumb()->description().contains(QStringLiteral("Done: Data")));
        QCOMPARE(view->etaLabel()->text(), QStringLiteral("estimating…"));
        QCOMPARE(view->progressBar()->value(), 500); // 25 % + half of Train's 50 %
        QCOMPARE(view->lossChart()->lastEpoch(), 2);
        QVERIFY(view->optimizerPanel()->isHidden());
        QVERIFY(!view->lossChart()->isHidden());

        work.report(
            trainProgress(4, 4, 180, QStringLiteral("Epoch 4/4 · batch 1/400 · loss 0.0101")));
        QTRY_COMPARE(view->etaLabel()->text(), QStringLiteral("about 3 min left"));
        QCOMPARE(view->lossChart()->lastEpoch(), 3);
        QCOMPARE(view->lossChart()->trainSeries()->count(), 2); // epochs 2 and 3
        QCOMPARE(view->lossChart()->validationSeries()->count(), 2);

        TrainingProgress search = trainProgress(4, 4, 90, QStringLiteral("Trial 3 of 20"));
        search.search
            = { 3, 20, 0.25, 0.125, QJsonObject { { QStringLiteral("hidden_size"), 64 } } };
        work.report(search);
        // A search's progress puts the optimizer panel where the loss chart was.
        QTRY_VERIFY(view->optimizerPanel()->isVisible());
        QVERIFY(view->lossChart()->isHidden());
        const QString summary = view->optimizerPanel()->summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("0 of 20 trials recorded")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Best so far")), qPrintable(summary));
        QCOMPARE(view->optimizerPanel()->summaryLabel()->toolTip(),
                 QStringLiteral("hidden_size 64"));
        QVERIFY(panel.queueStatusLabel()->text().contains(QStringLiteral("0 of 2 done")));

        work.release.release();
        QVERIFY(work.started.tryAcquire(1, 10000)); // BBB
        QTRY_COMPARE(view->titleLabel()->text(), title(QStringLiteral("BBB")));
        QCOMPARE(view->lossChart()->pointCount(), 0); // a new job, a new chart
        QVERIFY(view->optimizerPanel()->isHidden()); // not a search: the loss chart again
        QTRY_VERIFY(panel.queueStatusLabel()->text().contains(QStringLiteral("1 of 2 done")));
        QCOMPARE(panel.queueProgressBar()->value(), 1);
        QCOMPARE(panel.queueProgressBar()->maximum(), 2);
        work.release.release();
        QTRY_VERIFY(view->titleLabel()->text().contains(QStringLiteral("Completed")));
        QVERIFY(view->breadcrumb()->outcome() == StepBreadcrumb::Outcome::Completed);
        QTRY_VERIFY(panel.queueStatusLabel()->text().contains(QStringLiteral("2 of 2 done")));
    }

    // Another program holds the database's write lock: the dock says the queue waits for it
    // (and that it keeps retrying) instead of looking idle or failing, then runs the job.
    void statusSaysWhenTheDatabaseIsLocked()
    {
        const BusyRetryPolicy saved = BusyRetryPolicy::current();
        BusyRetryPolicy quick = saved;
        quick.busyTimeoutMs = 50;
        quick.noticeAfterMs = 100;
        BusyRetryPolicy::setCurrent(quick);
        const auto restore = qScopeGuard([saved] { BusyRetryPolicy::setCurrent(saved); });
        ScriptedWork work;
        auto session = openSession(&work);
        QVERIFY(session);
        TrainingQueue *queue = session->queue();
        QueuePanel panel(session.get());
        panel.show();
        QVERIFY(queue->enqueue(spec(QStringLiteral("AAA"))));
        QTRY_COMPARE(panel.pendingModel()->rowCount(), 1);
        {
            test::DatabaseLockHolder holder(session->database()->databasePath(), 60000);
            QVERIFY(holder.waitHeld());
            queue->start();
            QTRY_VERIFY_WITH_TIMEOUT(panel.queueStatusLabel()->text().contains(
                                         QStringLiteral("Waiting for the database")),
                                     20000);
            QVERIFY2(panel.queueStatusLabel()->text().contains(QStringLiteral("keeps retrying")),
                     qPrintable(panel.queueStatusLabel()->text()));
            QCOMPARE(queue->state(), TrainingQueue::State::Running);
        }
        QVERIFY(work.started.tryAcquire(1, 20000));
        QTRY_VERIFY(
            !panel.queueStatusLabel()->text().contains(QStringLiteral("Waiting for the database")));
        work.release.release();
        QTRY_VERIFY(panel.runningJob()->titleLabel()->text().contains(QStringLiteral("Completed")));
    }

    void concurrentJobsFollowTheLatest()
    {
        ScriptedWork work;
        auto session = openSession(&work);
        QVERIFY(session);
        TrainingQueue *queue = session->queue();
        queue->setMaxConcurrentJobs(2);
        QueuePanel panel(session.get());
        QVERIFY(queue->enqueue(spec(QStringLiteral("AAA"))));
        QVERIFY(queue->enqueue(spec(QStringLiteral("BBB"))));
        queue->start();
        QVERIFY(work.started.tryAcquire(2, 10000));
        QTRY_COMPARE(queue->currentJobs().size(), 2);
        const qint64 latest = queue->currentJobs().last().id;
        QTRY_COMPARE(panel.runningJob()->jobId(), latest);
        QVERIFY(panel.runningJob()->othersLabel()->text().contains(QStringLiteral("+1 more job")));
        QTRY_VERIFY(panel.runningJob()->othersLabel()->toolTip().contains(
            QStringLiteral(" · 5m · linear_bot")));
        work.release.release(2);
        QTRY_VERIFY(queue->currentJobs().isEmpty());
    }

    void pendingListOrderReachesTheDatabase()
    {
        ScriptedWork work;
        auto session = openSession(&work);
        QVERIFY(session);
        TrainingQueue *queue = session->queue();
        QueuePanel panel(session.get());
        panel.show();
        QApplication::setActiveWindow(&panel); // for the list's own shortcuts
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        for (const char *s : { "A", "B", "C", "D" })
            QVERIFY(queue->enqueue(spec(QString::fromLatin1(s))));
        PendingJobsModel *model = panel.pendingModel();
        QTRY_COMPARE(model->rowCount(), 4);
        const QStringList abcd { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                 QStringLiteral("D") };
        QCOMPARE(modelOrder(*model), abcd);

        // Move up with the button: A C B D, and the selection stays on C.
        panel.selectJob(idOf(*session, QStringLiteral("C")));
        QVERIFY(panel.moveUpButton()->isEnabled());
        QTest::mouseClick(panel.moveUpButton(), Qt::LeftButton);
        const QStringList acbd { QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B"),
                                 QStringLiteral("D") };
        QCOMPARE(activeOrder(*session), acbd);
        QTRY_COMPARE(modelOrder(*model), acbd);
        QCOMPARE(panel.selectedJob(), idOf(*session, QStringLiteral("C")));

        // Ctrl+Down in the list moves it back.
        panel.pendingView()->setFocus();
        QTest::keyClick(panel.pendingView(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(activeOrder(*session), abcd);
        QTRY_COMPARE(modelOrder(*model), abcd);

        // Drag and drop, down: B dropped between C and D lands after C.
        std::unique_ptr<QMimeData> mime(
            model->mimeData({ model->index(1, PendingJobsModel::SymbolColumn) }));
        QVERIFY(mime);
        QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, 3, 0, {}));
        QVERIFY(
            !model->dropMimeData(mime.get(), Qt::MoveAction, 3, 0, {})); // the view removes nothing
        // (the same order as after "Move up" above)
        QCOMPARE(activeOrder(*session), acbd);
        QTRY_COMPARE(modelOrder(*model), acbd);
        // Up: D dropped onto A's row lands before A.
        mime.reset(model->mimeData({ model->index(3, PendingJobsModel::SymbolColumn) }));
        QVERIFY(!model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->index(0, 0)));
        const QStringList dacb { QStringLiteral("D"), QStringLiteral("A"), QStringLiteral("C"),
                                 QStringLiteral("B") };
        QCOMPARE(activeOrder(*session), dacb);
        QTRY_COMPARE(modelOrder(*model), dacb);

        // Priority 5 for C puts it first; moving B above it is then refused by the button state.
        panel.selectJob(idOf(*session, QStringLiteral("C")));
        QCOMPARE(panel.prioritySpinBox()->value(), 0);
        panel.prioritySpinBox()->setValue(5);
        const QStringList cdab { QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("A"),
                                 QStringLiteral("B") };
        QCOMPARE(activeOrder(*session), cdab);
        QTRY_COMPARE(modelOrder(*model), cdab);
        QCOMPARE(model->index(0, PendingJobsModel::PriorityColumn).data().toInt(), 5);
        panel.selectJob(idOf(*session, QStringLiteral("D")));
        QTRY_VERIFY(!panel.moveUpButton()->isEnabled());
        QVERIFY(panel.moveDownButton()->isEnabled());

        // Remove with the button, then with the Delete key.
        QTest::mouseClick(panel.removeButton(), Qt::LeftButton);
        QCOMPARE(activeOrder(*session),
                 (QStringList { QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B") }));
        QTRY_COMPARE(model->rowCount(), 3);
        panel.selectJob(idOf(*session, QStringLiteral("A")));
        panel.pendingView()->setFocus();
        QTest::keyClick(panel.pendingView(), Qt::Key_Delete);
        QCOMPARE(activeOrder(*session), (QStringList { QStringLiteral("C"), QStringLiteral("B") }));
        QTRY_COMPARE(modelOrder(*model),
                     (QStringList { QStringLiteral("C"), QStringLiteral("B") }));
        QCOMPARE(queue->counts().pending, 2);
    }

    void historyShowsFinishedJobsAndReruns()
    {
        ScriptedWork work;
        auto session = openSession(&work);
        QVERIFY(session);
        TrainingQueue *queue = session->queue();
        HistoryPage history(session.get());
        QSignalSpy messages(&history, &HistoryPage::message);
        QTRY_VERIFY(history.countLabel()->text().contains(QStringLiteral("0 finished")));
        QVERIFY(queue->enqueue(spec(QStringLiteral("OK"))));
        QVERIFY(queue->enqueue(spec(QStringLiteral("FAIL"))));
        queue->start();
        work.release.release(2);
        QTRY_COMPARE(history.model()->rowCount(), 2);
        QTRY_COMPARE(queue->counts().failed, 1);
        const HistoryModel *model = history.model();
        QStringList statuses;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString status = model->index(row, HistoryModel::StatusColumn).data().toString();
            statuses << status;
            if (status == QStringLiteral("Failed")) {
                QCOMPARE(model->index(row, HistoryModel::ErrorColumn).data().toString(),
                         QStringLiteral("boom"));
                QCOMPARE(model->index(row, HistoryModel::SymbolColumn).data().toString(),
                         QStringLiteral("FAIL"));
                QCOMPARE(model->index(row, HistoryModel::AttemptsColumn).data().toInt(), 1);
            }
        }
        statuses.sort();
        QCOMPARE(statuses, (QStringList { QStringLiteral("Completed"), QStringLiteral("Failed") }));

        history.setStatusFilter(JobStatus::Failed);
        QCOMPARE(history.proxy()->rowCount(), 1);
        QVERIFY(history.countLabel()->text().contains(QStringLiteral("1 of 2")));

        // Re-running the failed job retries that job: the same id waits again.
        const qint64 failedId
            = history.proxy()->index(0, 0).data(HistoryModel::JobIdRole).toLongLong();
        history.selectJob(failedId);
        QCOMPARE(history.currentJob(), failedId);
        QVERIFY(history.rerunButton()->isEnabled());
        queue->pause(); // keep it waiting
        QTest::mouseClick(history.rerunButton(), Qt::LeftButton);
        QCOMPARE(idOf(*session, QStringLiteral("FAIL")), failedId);
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("retried")));
        QTRY_COMPARE(history.model()->rowCount(), 1);

        // Re-running the completed job queues its spec as a new job.
        history.setStatusFilter(std::nullopt);
        const qint64 okId = history.proxy()->index(0, 0).data(HistoryModel::JobIdRole).toLongLong();
        history.selectJob(okId);
        QTest::mouseClick(history.rerunButton(), Qt::LeftButton);
        const qint64 again = idOf(*session, QStringLiteral("OK"));
        QVERIFY(again != 0 && again != okId);
        QVERIFY(messages.last().at(0).toString().contains(
            QStringLiteral("Queued OK · 5m · linear_bot again")));
        QTest::mouseClick(history.rerunButton(), Qt::LeftButton); // identical job already waits
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("already queued")));
        QCOMPARE(activeOrder(*session),
                 (QStringList { QStringLiteral("FAIL"), QStringLiteral("OK") }));
    }

    void autoTrainCountsAndQueues()
    {
        ScriptedWork work;
        auto session = openSession(&work);
        QVERIFY(session);
        qint64 most = 0;
        qint64 least = std::numeric_limits<qint64>::max();
        for (const QString &bot : { QStringLiteral("linear_bot"), QStringLiteral("lstm_bot") }) {
            const qint64 required = TrainingSettings::fromParams(bot, {})->barsRequired();
            most = std::max(most, required);
            least = std::min(least, required);
        }
        const auto big = test::waveBars(int(most) + 50, 2);
        const auto small = test::waveBars(int(least) - 1, 2);
        QCOMPARE(
            test::storeBars(*session->database(), QStringLiteral("BIG"), QStringLiteral("5m"), big),
            QString());
        QCOMPARE(test::storeBars(*session->database(), QStringLiteral("SMALL"),
                                 QStringLiteral("5m"), small),
                 QString());
        QSignalSpy symbolsChanged(session.get(), &WorkspaceSession::symbolsChanged);
        session->refreshSymbols();
        QTRY_COMPARE(symbolsChanged.count(), 1);
        // One of the four runnable-or-not jobs is queued already.
        QVERIFY(session->queue()->enqueue({ QStringLiteral("BIG"), QStringLiteral("5m"),
                                            QStringLiteral("linear_bot"), QJsonObject {}, 1, 0, 0,
                                            0 }));

        QWidget host;
        TrainingControls controls(session.get(), &host);
        QSignalSpy messages(&controls, &TrainingControls::message);
        host.show();
        QApplication::setActiveWindow(&host);
        QVERIFY(QTest::qWaitForWindowActive(&host));
        QTest::keyClick(&host, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        AutoTrainDialog *dialog = controls.autoTrainDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!controls.autoTrainAction()->isEnabled()); // one dialog at a time
        QCOMPARE(dialog->symbolList()->count(), 2);
        QVERIFY(dialog->symbolList()->item(0)->text().contains(QStringLiteral("5m")));

        dialog->setSelection({ QStringLiteral("BIG"), QStringLiteral("SMALL") },
                             { QStringLiteral("5m"), QStringLiteral("1h") },
                             { QStringLiteral("linear_bot"), QStringLiteral("lstm_bot") });
        QCOMPARE(dialog->combinationCount(), 8);
        QCOMPARE(dialog->skippedCount(), 6); // only BIG 5m has the bars, for both bots
        QVERIFY2(dialog->summaryText().contains(QStringLiteral("2 job(s) to queue")),
                 qPrintable(dialog->summaryText()));
        QVERIFY(dialog->summaryText().contains(QStringLiteral("6 skipped")));

        // Space toggles the current bot from the keyboard.
        QListWidget *bots = dialog->botList();
        const int gru = ModelConfig::bots().indexOf(QStringLiteral("gru_bot"));
        bots->setFocus();
        bots->setCurrentRow(gru);
        QTest::keyClick(bots, Qt::Key_Space);
        QCOMPARE(bots->item(gru)->checkState(), Qt::Checked);
        QCOMPARE(dialog->combinationCount(), 12);
        QTest::keyClick(bots, Qt::Key_Space);
        QCOMPARE(dialog->combinationCount(), 8);

        // "None" on the symbols leaves nothing to queue.
        QPushButton *none = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->accessibleName() == QStringLiteral("Uncheck all Symbols"))
                none = b;
        }
        QVERIFY(none);
        QTest::mouseClick(none, Qt::LeftButton);
        QCOMPARE(dialog->combinationCount(), 0);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());

        dialog->setSelection({ QStringLiteral("BIG"), QStringLiteral("SMALL") },
                             { QStringLiteral("5m"), QStringLiteral("1h") },
                             { QStringLiteral("linear_bot"), QStringLiteral("lstm_bot") });
        dialog->setStartWhenQueued(false);
        QVERIFY(ok->isEnabled());
        QCOMPARE(ok->text(), QStringLiteral("&Queue 2 job(s)"));
        QTest::mouseClick(ok, Qt::LeftButton);
        const QString result = dialog->resultText();
        QVERIFY2(result.contains(QStringLiteral("Queued 1 new job(s).")), qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("1 job(s) were already queued")));
        QVERIFY(result.contains(QStringLiteral("6 combination(s) skipped")));
        QVERIFY2(result.contains(QStringLiteral("SMALL 5m lstm_bot: %1 bars").arg(least - 1)),
                 qPrintable(result));
        QVERIFY(
            messages.last().at(0).toString().contains(QStringLiteral("Queued 1 new training job")));
        auto active = JobRepository(*session->database()->connection()).active();
        QVERIFY(active);
        QCOMPARE(int(active->size()), 2);
        QVERIFY(session->queue()->state() == TrainingQueue::State::Idle); // not started: unchecked
        QCOMPARE(session->queue()->counts().pending, 2);
    }

    void realTrainingFillsChartAndHistory()
    {
        auto session = openSession(nullptr); // the real training executor
        QVERIFY(session);
        const auto bars = test::waveBars(800, 2);
        QCOMPARE(test::storeBars(*session->database(), QStringLiteral("SINE"), QStringLiteral("5m"),
                                 bars),
                 QString());
        QueuePanel panel(session.get());
        HistoryPage history(session.get());
        QVERIFY(session->queue()->enqueue(
            { QStringLiteral("SINE"), QStringLiteral("5m"), QStringLiteral("linear_bot"),
              QJsonObject { { QStringLiteral("epochs"), 3 }, { QStringLiteral("patience"), 100 } },
              1, 0, 0, 0 }));
        // Started at once: the job may start and end before the pending list has loaded, and
        // the panel must still find its title.
        session->queue()->start();
        QTRY_COMPARE_WITH_TIMEOUT(history.model()->rowCount(), 1, 60000);
        const HistoryModel *model = history.model();
        QCOMPARE(model->index(0, HistoryModel::StatusColumn).data().toString(),
                 QStringLiteral("Completed"));
        bool ok = false;
        QVERIFY(model->index(0, HistoryModel::RmseColumn).data().toString().toDouble(&ok) > 0
                && ok);
        RunningJobView *view = panel.runningJob();
        QTRY_VERIFY2(view->titleLabel()->text().contains(QStringLiteral("SINE · 5m · linear_bot")),
                     qPrintable(view->titleLabel()->text()));
        QTRY_VERIFY(view->breadcrumb()->outcome() == StepBreadcrumb::Outcome::Completed);
        // The last epoch's report always gets through the queue's coalescing.
        QTRY_COMPARE(view->lossChart()->lastEpoch(), 3);
    }

    // A job that ends before the panel could read its title (the database pool busy, as on a
    // loaded machine) still gets its title on the "Last job" line once the look-up runs.
    void titleArrivesAfterAFastJobEnded()
    {
        ScriptedWork work;
        work.release.release(1); // the job completes as soon as it starts
        auto session = openSession(&work);
        QVERIFY(session);
        QueuePanel panel(session.get());
        QTRY_VERIFY(!panel.runningJob()->titleLabel()->text().isEmpty());
        // Hold every thread of the pool that runs the panel's look-ups.
        QThreadPool *pool = modeldeck::workPool();
        QSemaphore hold;
        QSemaphore holding;
        const int threads = pool->maxThreadCount();
        for (int i = 0; i < threads; ++i) {
            pool->start([&] {
                holding.release();
                hold.acquire();
            });
        }
        QVERIFY(holding.tryAcquire(threads, 10000));
        TrainingQueue *queue = session->queue();
        QSignalSpy finished(queue, &TrainingQueue::jobFinished);
        QVERIFY(queue->enqueue(spec(QStringLiteral("FAST"))));
        queue->start();
        QVERIFY(finished.wait(10000));
        RunningJobView *view = panel.runningJob();
        QVERIFY2(view->titleLabel()->text().contains(QStringLiteral("Completed")),
                 qPrintable(view->titleLabel()->text()));
        hold.release(threads);
        QTRY_VERIFY2(view->titleLabel()->text().contains(QStringLiteral("FAST · ")),
                     qPrintable(view->titleLabel()->text()));
        QVERIFY2(view->titleLabel()->text().contains(QStringLiteral("Completed")),
                 qPrintable(view->titleLabel()->text()));
    }
};

QTEST_MAIN(TestQueuePanel)
#include "tst_queuepanel.moc"
