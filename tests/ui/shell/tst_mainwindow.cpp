// The main window offscreen: opening a workspace (demo seeding), listing symbols, importing
// through the window (success and failure), and keyboard access to the actions.

#include "TestFiles.h"
#include "TestRecords.h"
#include "TestSession.h"
#include "cards/CardLayout.h"
#include "cards/ModelsPage.h"
#include "common/LossChart.h"
#include "queue/JobExecutor.h"
#include "queue/QueuePanel.h"
#include "queue/RunningJobView.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"
#include "shell/FirstRunSize.h"
#include "shell/MainStatusBar.h"
#include "shell/MainWindow.h"
#include "storage/JobRepository.h"
#include "symbols/SymbolListModel.h"
#include "training/StaleRetrain.h"
#include "training/TrainModelDialog.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace modeldeck;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        return test::writeFile(m_dir, name, content);
    }

    QAction *action(MainWindow &w, const QString &textPart)
    {
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->text().remove(u'&').contains(textPart))
                return a;
        }
        return nullptr;
    }

    // Opening the demo workspace for the first time queues real training of the default bots
    // (tst_demotraining covers it). Tests that only need its data let those jobs end at once.
    static void skipDemoTraining(MainWindow &w) { test::finishJobsAtOnce(w.session()); }

    static void showTab(MainWindow &w, const QString &name)
    {
        for (int i = 0; i < w.tabs()->count(); ++i) {
            if (w.tabs()->tabText(i).remove(u'&') == name)
                w.tabs()->setCurrentIndex(i);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ModelDeckTests"));
    }

    void opensDemoWorkspaceAndListsSymbols()
    {
        MainWindow w;
        skipDemoTraining(w);
        w.show();
        QSignalSpy opened(w.session(), &WorkspaceSession::opened);
        QSignalSpy messages(w.statusBar(), &QStatusBar::messageChanged);
        QCOMPARE(w.symbolModel()->rowCount(), 0);
        w.openWorkspace(m_dir.filePath(QStringLiteral("demo")), true);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QTRY_COMPARE(w.symbolModel()->rowCount(), 1);
        const QModelIndex symbol = w.symbolModel()->index(0, SymbolListModel::SymbolColumn);
        QCOMPARE(symbol.data().toString(), QStringLiteral("RELIANCE.NS"));
        QCOMPARE(w.symbolModel()->index(0, SymbolListModel::TimeframesColumn).data().toString(),
                 QStringLiteral("5m · 1h · 1d"));
        QCOMPARE(w.symbolModel()->index(0, SymbolListModel::TimeZoneColumn).data().toString(),
                 QStringLiteral("Asia/Kolkata"));
        showTab(w, QStringLiteral("Symbols"));
        QVERIFY(w.symbolView()->isVisible());
        QVERIFY(w.windowTitle().contains(QStringLiteral("demo")));
        // The status bar said the demo trains, and gives the summary back once its jobs are done.
        const auto said = [&messages](const QString &part) {
            return std::any_of(messages.begin(), messages.end(), [&part](const QList<QVariant> &m) {
                return m.at(0).toString().contains(part);
            });
        };
        QVERIFY(w.session()->demoJobsStarted() > 0);
        QVERIFY(said(QStringLiteral("Training %1 demo model").arg(w.session()->demoJobsStarted())));
        QTRY_COMPARE_WITH_TIMEOUT(w.statusBar()->currentMessage(), QStringLiteral("1 symbol(s)"),
                                  10000);
    }

    // Saved Models and Predictions are tabs, reachable by Ctrl+digit like the others, and
    // Training ▸ Train Model… opens the manual training dialog once a workspace is open.
    void registryTabsAndManualTraining()
    {
        MainWindow w;
        QAction *train = action(w, QStringLiteral("Train Model"));
        QVERIFY(train);
        QCOMPARE(train->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        QVERIFY(!train->isEnabled());
        skipDemoTraining(w);
        w.show();
        QSignalSpy opened(w.session(), &WorkspaceSession::opened);
        w.openWorkspace(m_dir.filePath(QStringLiteral("tabs")), true);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QTRY_VERIFY(train->isEnabled());
        QStringList tabs;
        for (int i = 0; i < w.tabs()->count(); ++i)
            tabs << w.tabs()->tabText(i).remove(u'&');
        QCOMPARE(tabs,
                 (QStringList { QStringLiteral("Models"), QStringLiteral("Saved Models"),
                                QStringLiteral("Predictions"), QStringLiteral("Symbols"),
                                QStringLiteral("History"), QStringLiteral("Report"),
                                QStringLiteral("Strategy Studio") }));
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w.tabs()->currentIndex(), 2);
        QVERIFY(w.tabs()->currentWidget()->inherits("modeldeck::PredictionsPage"));
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(w.tabs()->currentWidget()->inherits("modeldeck::SavedModelsPage"));
        train->trigger();
        QTRY_VERIFY(w.findChild<TrainModelDialog *>());
        auto *dialog = w.findChild<TrainModelDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->reject();
    }

    void emptyWorkspaceShowsHint()
    {
        MainWindow w;
        w.show();
        QSignalSpy opened(w.session(), &WorkspaceSession::opened);
        w.openWorkspace(m_dir.filePath(QStringLiteral("empty")));
        QTRY_COMPARE(opened.count(), 1);
        showTab(w, QStringLiteral("Symbols"));
        QVERIFY(!w.symbolView()->isVisible()); // the import hint instead
        QAction *import = action(w, QStringLiteral("Import CSV"));
        QVERIFY(import);
        QTRY_VERIFY(import->isEnabled());
        QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    }

    // A laptop at 200 % (2560×1440) or 150 % (1920×1080) gives 1280×720 logical pixels: the
    // whole window, queue dock included, must fit with room for a taskbar.
    void fitsASmallLaptopScreen()
    {
        MainWindow w;
        // Measured with the queue dock, which the first run hides on screens narrower than this
        // minimum (the offscreen screen is 800 px wide).
        w.findChild<QDockWidget *>(QStringLiteral("queueDock"))->show();
        skipDemoTraining(w);
        QSignalSpy opened(w.session(), &WorkspaceSession::opened);
        w.openWorkspace(m_dir.filePath(QStringLiteral("small-screen")), true);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        w.show();
        QTRY_COMPARE(w.symbolModel()->rowCount(), 1);
        const QSize min = w.minimumSizeHint().expandedTo(w.minimumSize());
        QString widest;
        if (min.width() > 1240 || min.height() > 660) {
            // Say which widgets ask for the room.
            for (const QWidget *child : w.findChildren<QWidget *>()) {
                if (child->minimumSizeHint().width() > 250)
                    widest += QStringLiteral("\n  %1 (%2): %3×%4")
                                  .arg(child->objectName(),
                                       QString::fromLatin1(child->metaObject()->className()))
                                  .arg(child->minimumSizeHint().width())
                                  .arg(child->minimumSizeHint().height());
            }
        }
        qInfo("minimum window size %d×%d", min.width(), min.height());
        QVERIFY2(
            min.width() <= 1240 && min.height() <= 660,
            qPrintable(
                QStringLiteral("minimum %1×%2%3").arg(min.width()).arg(min.height()).arg(widest)));
    }

    // The first run (no saved geometry) on a 1600×1000 screen: the Models tab shows at least two
    // card columns beside the queue dock. Counted from where the view lays the cards out.
    void firstRunSizeShowsTwoCardColumns()
    {
        MainWindow w;
        w.applyFirstRunLayout(QRect(0, 0, 1600, 1000));
        const QSize size = w.size();
        QVERIFY2(size.width() <= 1600 && size.height() <= 1000,
                 "the window is larger than the screen");
        QSignalSpy opened(w.session(), &WorkspaceSession::opened);
        w.openWorkspace(m_dir.filePath(QStringLiteral("columns")));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        const Database &db = *w.session()->database();
        for (const char *bot : { "lstm_bot", "gru_bot", "linear_bot", "mlp_bot" }) {
            QVERIFY(
                test::insertRecord(db,
                                   test::cardRecord(QStringLiteral("RELIANCE.NS"),
                                                    QStringLiteral("5m"), QString::fromLatin1(bot),
                                                    TrainingRecord::Status::Active, 1))
                > 0);
        }
        auto *models = w.findChild<ModelsPage *>();
        QVERIFY(models);
        QSignalSpy reloaded(models, &ModelsPage::reloaded);
        models->reload(); // the records were written behind its back
        QTRY_VERIFY(!reloaded.isEmpty() && reloaded.last().at(0).toInt() == 4);
        showTab(w, QStringLiteral("Models"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), size);
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("queueDock"));
        QVERIFY(dock && dock->isVisible() && !dock->isFloating());
        QListView *view = models->listView();
        QVERIFY(view->isVisible());
        QAbstractItemModel *cards = view->model();
        QTRY_VERIFY(view->visualRect(cards->index(3, 0)).isValid());
        int columns = 0;
        const int firstRow = view->visualRect(cards->index(0, 0)).top();
        for (int i = 0; i < cards->rowCount(); ++i)
            columns += view->visualRect(cards->index(i, 0)).top() == firstRow ? 1 : 0;
        const QString layout
            = QStringLiteral("%1 column(s) of %2-px cards in a %3-px wide view (window %4×%5)")
                  .arg(columns)
                  .arg(CardLayout::itemSize(view->fontMetrics()).width())
                  .arg(view->viewport()->width())
                  .arg(size.width())
                  .arg(size.height());
        qInfo("%s", qPrintable(layout));
        QVERIFY2(columns >= 2, qPrintable(layout));
    }

    // Later runs: the geometry saved when the window closed wins over the first-run size.
    void savedGeometryWins()
    {
        const auto forget = [] { QSettings().remove(QStringLiteral("mainwindow")); };
        forget();
        const auto cleanup = qScopeGuard(forget); // the other tests expect a first run
        QByteArray saved;
        {
            MainWindow first;
            first.resize(QSize(1150, 700).expandedTo(first.minimumSizeHint()));
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.close(); // saves geometry and state
            saved = QSettings().value(QStringLiteral("mainwindow/geometry")).toByteArray();
        }
        QVERIFY(!saved.isEmpty());
        MainWindow second;
        QCOMPARE(second.size(), QSize(1150, 700).expandedTo(second.minimumSizeHint()));
        QVERIFY(
            second.size()
            != firstRunWindowSize(second.screen()->availableGeometry(), second.minimumSizeHint()));
        forget();
        MainWindow fresh;
        QCOMPARE(fresh.size(),
                 firstRunWindowSize(fresh.screen()->availableGeometry(), fresh.minimumSizeHint()));
    }

    void importThroughWindow()
    {
        MainWindow w;
        QStringList shown;
        w.setErrorFunction(
            [&shown](QWidget *, const QString &title, const QString &) { shown << title; });
        w.show();
        QSignalSpy opened(w.session(), &WorkspaceSession::opened);
        w.openWorkspace(m_dir.filePath(QStringLiteral("imports")));
        QTRY_COMPARE(opened.count(), 1);

        QSignalSpy finished(&w, &MainWindow::importFinished);
        const QString good = write(QStringLiteral("AAPL.csv"),
                                   "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                   "2024-01-02,100,110,95,105,104,1000\n"
                                   "2024-01-03,105,112,101,110,109,1100\n");
        w.importFiles({ good });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("2 new")));
        QTRY_COMPARE(w.symbolModel()->rowCount(), 1);
        QCOMPARE(w.symbolModel()->index(0, SymbolListModel::BarsColumn).data().toString(),
                 QStringLiteral("2"));

        const QString bad = write(QStringLiteral("MSFT.csv"),
                                  "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                  "2024-01-02,100,110,95,105,104,1000\n"
                                  "2024-01-03,105,1l2,101,110,109,1100\n");
        w.importFiles({ bad });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        const QString message = finished.at(1).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("MSFT.csv:3")), qPrintable(message));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("1l2")));
        QCOMPARE(shown, QStringList { QStringLiteral("Import failed") });
        QCOMPARE(w.symbolModel()->rowCount(), 1); // nothing written
    }

    void openingAWorkspaceTakesItsQueue()
    {
        MainWindow w;
        w.show();
        QSignalSpy queueChanged(w.session(), &WorkspaceSession::queueChanged);
        w.openWorkspace(m_dir.filePath(QStringLiteral("queue")));
        QTRY_COMPARE(queueChanged.count(), 1);
        QVERIFY(w.session()->queue());
        QVERIFY(w.session()->queue()->isOwner());
        auto *bar = qobject_cast<MainStatusBar *>(w.statusBar());
        QVERIFY(bar);
        QVERIFY2(bar->queueText().contains(QStringLiteral("Queue idle: 0 running · 0 pending")),
                 qPrintable(bar->queueText()));
        QVERIFY(bar->workspaceText().contains(QStringLiteral("queue")));

        // A second window on the same workspace is told the queue is owned elsewhere.
        MainWindow second;
        QSignalSpy unavailable(second.session(), &WorkspaceSession::queueUnavailable);
        second.openWorkspace(m_dir.filePath(QStringLiteral("queue")));
        QTRY_COMPARE(unavailable.count(), 1);
        QVERIFY(!second.session()->queue()->isOwner());
        QCOMPARE(qobject_cast<MainStatusBar *>(second.statusBar())->queueText(),
                 QStringLiteral("Queue: owned by another process"));
    }

    // Training ▸ Retrain Stale Models: only the stale active model gets a job, after the
    // (here empty: nothing was downloaded) refresh of its data.
    void retrainStaleQueuesOnlyStaleModels()
    {
        MainWindow w;
        w.show();
        QSignalSpy queueChanged(w.session(), &WorkspaceSession::queueChanged);
        w.openWorkspace(m_dir.filePath(QStringLiteral("stale")));
        QTRY_COMPARE(queueChanged.count(), 1);
        const Database &db = *w.session()->database();
        const qint64 stale = test::insertRecord(
            db,
            test::cardRecord(QStringLiteral("AAPL"), QStringLiteral("1d"),
                             QStringLiteral("linear_bot"), TrainingRecord::Status::Active, 72));
        const qint64 fresh = test::insertRecord(
            db,
            test::cardRecord(QStringLiteral("MSFT"), QStringLiteral("1d"),
                             QStringLiteral("linear_bot"), TrainingRecord::Status::Active, 1));
        QVERIFY(stale > 0 && fresh > 0);
        QStringList asked;
        bool go = false;
        w.staleRetrain()->setAskFunction(
            [&](QWidget *, const QString &, const QString &question, const QString &) {
                asked << question;
                return StaleRetrain::Answer { go, true }; // refreshing first, as the box offers
            });
        QAction *retrain = action(w, QStringLiteral("Retrain Stale Models"));
        QVERIFY(retrain);
        retrain->trigger(); // and Cancel
        QTRY_COMPARE(asked.size(), 1);
        QVERIFY2(asked.front().contains(QStringLiteral("1 series")), qPrintable(asked.front()));
        QCOMPARE(w.session()->queue()->counts().pending, 0);
        go = true;
        retrain->trigger();
        QTRY_COMPARE(w.session()->queue()->counts().pending, 1);
        QCOMPARE(asked.size(), 2);
        const auto jobs = *JobRepository(*db.connection()).active();
        QCOMPARE(int(jobs.size()), 1);
        QCOMPARE(jobs.front().spec.retrainOf, stale);
        QCOMPARE(jobs.front().spec.symbol, QStringLiteral("AAPL"));
    }

    // A database that cannot answer must be reported, not taken for "nothing is stale".
    void retrainStaleReportsADatabaseError()
    {
        MainWindow w;
        w.show();
        QSignalSpy queueChanged(w.session(), &WorkspaceSession::queueChanged);
        w.openWorkspace(m_dir.filePath(QStringLiteral("stale-error")));
        QTRY_COMPARE(queueChanged.count(), 1);
        QSqlQuery drop(*w.session()->database()->connection());
        QVERIFY(drop.exec(QStringLiteral("ALTER TABLE model_training_records RENAME TO gone")));
        QAction *retrain = action(w, QStringLiteral("Retrain Stale Models"));
        QVERIFY(retrain);
        retrain->trigger();
        QTRY_VERIFY2(w.statusBar()->currentMessage().startsWith(
                         QStringLiteral("Could not look for stale models")),
                     qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(w.session()->queue()->counts().pending, 0);
    }

    void workspaceErrorIsShownNotCrashed()
    {
        MainWindow w;
        QStringList shown;
        w.setErrorFunction([&shown](QWidget *, const QString &title, const QString &message) {
            shown << title + u": " + message;
        });
        w.show();
        QSignalSpy failed(w.session(), &WorkspaceSession::failed);
        const QString notADir = write(QStringLiteral("file-not-folder"), "x");
        w.openWorkspace(notADir);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("not a folder")));
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.front().startsWith(QStringLiteral("Workspace: ")),
                 qPrintable(shown.front()));
        QVERIFY(!w.session()->isOpen());
        QAction *import = action(w, QStringLiteral("Import CSV"));
        QVERIFY(import && !import->isEnabled());
    }

    void guiThreadStaysResponsiveWhileImporting()
    {
        // A 60,000-row file keeps the worker busy; the GUI thread must keep turning its loop.
        MainWindow w;
        w.show();
        QSignalSpy opened(w.session(), &WorkspaceSession::opened);
        w.openWorkspace(m_dir.filePath(QStringLiteral("responsive")));
        QTRY_COMPARE(opened.count(), 1);
        QByteArray csv = "Date,Time,open,high,low,close,volume\n";
        QDateTime t(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
        for (int i = 0; i < 60000; ++i, t = t.addSecs(300)) {
            csv += t.toString(QStringLiteral("yyyyMMdd,HH:mm")).toLatin1() + ",10,11,9,10.5,100\n";
        }
        const QString path = write(QStringLiteral("BIG_5min.csv"), csv);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QSignalSpy finished(&w, &MainWindow::importFinished);
        int ticksWhenFinished = -1;
        connect(&w, &MainWindow::importFinished, this, [&] { ticksWhenFinished = ticks; });
        w.importFiles({ path });
        // Had the import run on the GUI thread, it would have finished before any tick.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY2(ticksWhenFinished > 0,
                 "the event loop did not run while the import was in progress");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
