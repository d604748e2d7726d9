// The model cards page offscreen: statuses and texts per record, the painted buttons (hit
// testing, Retrain → queued job, Clear → confirmation → archived and file gone), filters with
// counts, search and sort, the details pane, keyboard access, retrain progress on a card, and
// all four statuses in their colours in light and dark palettes.

#include "CardGallery.h"
#include "TestPalette.h"
#include "TestRecords.h"
#include "TestSignals.h"
#include "cards/FilterSidebar.h"
#include "cards/ModelCardDelegate.h"
#include "cards/ModelsPage.h"
#include "cards/RecordDetailsPane.h"
#include "cards/RecordFilterModel.h"
#include "cards/RecordListModel.h"
#include "common/ImportanceChart.h"
#include "common/LossChart.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "storage/TrainingEpochRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "training/CancellationToken.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace modeldeck;
using RecStatus = TrainingRecord::Status;
using CardStatus = RecordListModel::CardStatus;

namespace {

constexpr qint64 kHour = 3'600'000;

TrainingRecordSummary summary(qint64 id, const QString &symbol, RecStatus status,
                              qint64 trainedAtMs, std::optional<double> rmse = 1.0)
{
    TrainingRecordSummary s;
    s.id = id;
    s.symbol = symbol;
    s.timeframe = QStringLiteral("1h");
    s.bot = QStringLiteral("lstm_bot");
    s.trainedAtMs = trainedAtMs;
    s.status = status;
    s.testRmse = rmse;
    return s;
}

} // namespace

class TestModelCards : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<WorkspaceSession> m_session;

    // A fresh open workspace (and the queue's lock) for each test.
    WorkspaceSession *openSession()
    {
        m_session = std::make_unique<WorkspaceSession>();
        QSignalSpy opened(m_session.get(), &WorkspaceSession::opened);
        m_session->open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter)));
        if (!opened.wait(30000) && opened.isEmpty())
            qFatal("workspace did not open");
        return m_session.get();
    }

    const Database &db() const { return *m_session->database(); }

    bool reloadAndWait(ModelsPage &page)
    {
        QSignalSpy reloaded(&page, &ModelsPage::reloaded);
        page.reload();
        return test::arrived(reloaded, 10000);
    }

    // A page on the open session, shown at `size`, with its records loaded.
    std::unique_ptr<ModelsPage> shownPage(QSize size = { 1200, 800 })
    {
        auto page = std::make_unique<ModelsPage>(m_session.get());
        page->resize(size);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()) || !reloadAndWait(*page))
            qFatal("the models page did not load");
        return page;
    }

    QModelIndex proxyIndexOf(ModelsPage &page, qint64 recordId)
    {
        const int row = page.recordModel()->rowOf(recordId);
        return row < 0 ? QModelIndex()
                       : page.filterModel()->mapFromSource(page.recordModel()->index(row));
    }

    QRect buttonRect(ModelsPage &page, qint64 recordId, ModelCardDelegate::Button button)
    {
        QListView *view = page.listView();
        const QModelIndex index = proxyIndexOf(page, recordId);
        view->scrollTo(index);
        const CardLayout l = page.delegate()->layout(view->visualRect(index), view->fontMetrics());
        return button == ModelCardDelegate::Button::Retrain ? l.retrain : l.clear;
    }

    std::vector<TrainingJob> activeJobs()
    {
        auto c = db().connection();
        auto jobs = JobRepository(*c).active();
        return jobs ? *jobs : std::vector<TrainingJob> {};
    }

    RecStatus statusOf(qint64 id)
    {
        auto c = db().connection();
        auto r = TrainingRecordRepository(*c).find(id);
        return r && r->has_value() ? (*r)->status : RecStatus::Active;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ModelDeckTests"));
        QApplication::setApplicationName(QStringLiteral("tst_modelcards"));
        QSettings().remove(QStringLiteral("training/staleHours"));
        QApplication::setStyle(QStringLiteral("Fusion"));
    }

    void cleanup() { m_session.reset(); }

    void statusFollowsRecordAndAge()
    {
        const qint64 now = 1'700'000'000'000;
        const qint64 stale = 24 * kHour;
        QVERIFY(RecordListModel::statusOf(
                    summary(1, QStringLiteral("A"), RecStatus::Active, now - stale + 1), now, stale)
                == CardStatus::Active);
        QVERIFY(RecordListModel::statusOf(
                    summary(1, QStringLiteral("A"), RecStatus::Active, now - stale), now, stale)
                == CardStatus::Stale);
        QVERIFY(RecordListModel::statusOf(
                    summary(1, QStringLiteral("A"), RecStatus::Active, now - 3 * stale), now, stale)
                == CardStatus::Stale);
        QVERIFY(RecordListModel::statusOf(summary(1, QStringLiteral("A"), RecStatus::Active, 0),
                                          now, stale)
                == CardStatus::Stale);
        QVERIFY(RecordListModel::statusOf(summary(1, QStringLiteral("A"), RecStatus::Failed, now),
                                          now, stale)
                == CardStatus::Failed);
        QVERIFY(RecordListModel::statusOf(summary(1, QStringLiteral("A"), RecStatus::Archived, now),
                                          now, stale)
                == CardStatus::Archived);

        RecordListModel model;
        model.setNow(now);
        auto failed
            = summary(3, QStringLiteral("MSFT"), RecStatus::Failed, now - kHour, std::nullopt);
        failed.errorMessage = QStringLiteral("No bars");
        auto fresh
            = summary(1, QStringLiteral("AAPL"), RecStatus::Active, now - 2 * kHour, 1.23456);
        fresh.skill = 0.125;
        fresh.modelSizeMb = 1.5;
        model.setRecords({ fresh,
                           summary(2, QStringLiteral("AAPL"), RecStatus::Active, now - 30 * kHour),
                           failed });
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex a = model.index(0), b = model.index(1), c = model.index(2);
        QCOMPARE(a.data(RecordListModel::StatusTextRole).toString(), QStringLiteral("Active"));
        QCOMPARE(a.data(RecordListModel::StatusColorRole).value<QColor>(),
                 QColor(QStringLiteral("#26a69a")));
        QCOMPARE(b.data(RecordListModel::StatusTextRole).toString(), QStringLiteral("Stale"));
        QCOMPARE(b.data(RecordListModel::StatusColorRole).value<QColor>(),
                 QColor(QStringLiteral("#ffa726")));
        QCOMPARE(c.data(RecordListModel::StatusColorRole).value<QColor>(),
                 QColor(QStringLiteral("#ef5350")));
        QCOMPARE(RecordListModel::statusColor(CardStatus::Archived),
                 QColor(QStringLiteral("#666666")));
        QCOMPARE(a.data(RecordListModel::AgeTextRole).toString(), QStringLiteral("2h ago"));
        QCOMPARE(a.data(RecordListModel::RmseTextRole).toString(),
                 QLocale().toString(1.23456, 'g', 4));
        QCOMPARE(a.data(RecordListModel::SkillTextRole).toString(), QStringLiteral("+12.5 %"));
        QCOMPARE(a.data(RecordListModel::SizeTextRole).toString(), QStringLiteral("1.50 MB"));
        QCOMPARE(b.data(RecordListModel::SkillTextRole).toString(), QStringLiteral("—"));
        QCOMPARE(c.data(RecordListModel::RmseTextRole).toString(), QStringLiteral("—"));
        QCOMPARE(c.data(RecordListModel::ErrorTextRole).toString(), QStringLiteral("No bars"));
        QVERIFY(a.data(RecordListModel::ErrorTextRole).toString().isEmpty());
        const QString spoken = c.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(QStringLiteral("Failed"))
                     && spoken.contains(QStringLiteral("No bars"))
                     && spoken.contains(QStringLiteral("MSFT")),
                 qPrintable(spoken));

        // A longer threshold (Settings) makes the 30-hour-old model active again.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStaleHours(48);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(b.data(RecordListModel::StatusTextRole).toString(), QStringLiteral("Active"));
        QCOMPARE(model.counts().statuses[size_t(CardStatus::Active)], 2);
    }

    void ageTexts()
    {
        const qint64 now = 1'700'000'000'000;
        QCOMPARE(RecordListModel::ageText(now - 20'000, now), QStringLiteral("just now"));
        QCOMPARE(RecordListModel::ageText(now + 60'000, now),
                 QStringLiteral("just now")); // clock skew
        QCOMPARE(RecordListModel::ageText(now - 5 * 60'000, now), QStringLiteral("5 min ago"));
        QCOMPARE(RecordListModel::ageText(now - 2 * kHour - 1, now), QStringLiteral("2h ago"));
        QCOMPARE(RecordListModel::ageText(now - 23 * kHour, now), QStringLiteral("23h ago"));
        QCOMPARE(RecordListModel::ageText(now - 3 * 24 * kHour - kHour, now),
                 QStringLiteral("3d ago"));
        QCOMPARE(RecordListModel::ageText(0, now), QStringLiteral("—"));

        // The minute tick refreshes the age without reloading.
        RecordListModel model;
        model.setNow(now);
        model.setRecords({ summary(1, QStringLiteral("A"), RecStatus::Active, now - 30'000) });
        QCOMPARE(model.index(0).data(RecordListModel::AgeTextRole).toString(),
                 QStringLiteral("just now"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(now + 2 * kHour);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(RecordListModel::AgeTextRole));
        QCOMPARE(model.index(0).data(RecordListModel::AgeTextRole).toString(),
                 QStringLiteral("2h ago"));
    }

    void filtersCountsSearchAndSort()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        RecordListModel model;
        model.setNow(now);
        auto failed = summary(4, QStringLiteral("TCS.NS"), RecStatus::Failed, now - 4 * kHour,
                              std::nullopt);
        failed.errorMessage = QStringLiteral("Out of MEMORY");
        auto gru = summary(5, QStringLiteral("MSFT"), RecStatus::Active, now - 5 * kHour, 0.5);
        gru.bot = QStringLiteral("gru_bot");
        gru.timeframe = QStringLiteral("1d");
        model.setRecords(
            { summary(1, QStringLiteral("AAPL"), RecStatus::Active, now - kHour, 3.0),
              summary(2, QStringLiteral("AAPL"), RecStatus::Active, now - 50 * kHour, 1.0),
              summary(3, QStringLiteral("MSFT"), RecStatus::Archived, now - 3 * kHour, 2.0), failed,
              gru });
        const auto &counts = model.counts();
        QCOMPARE(counts.total, 5);
        QCOMPARE(counts.symbols.value(QStringLiteral("AAPL")), 2);
        QCOMPARE(counts.symbols.value(QStringLiteral("MSFT")), 2);
        QCOMPARE(counts.bots.value(QStringLiteral("gru_bot")), 1);
        QCOMPARE(counts.timeframes.value(QStringLiteral("1h")), 4);
        QCOMPARE(counts.statuses[size_t(CardStatus::Active)], 2);
        QCOMPARE(counts.statuses[size_t(CardStatus::Stale)], 1);
        QCOMPARE(counts.statuses[size_t(CardStatus::Failed)], 1);
        QCOMPARE(counts.statuses[size_t(CardStatus::Archived)], 1);

        RecordFilterModel proxy;
        proxy.setRecordModel(&model);
        const auto ids = [&proxy] {
            QList<qint64> out;
            for (int r = 0; r < proxy.rowCount(); ++r)
                out << proxy.index(r, 0).data(RecordListModel::RecordIdRole).toLongLong();
            return out;
        };
        QCOMPARE(ids(), (QList<qint64> { 1, 2, 3, 4, 5 }));
        RecordFilter f;
        f.symbol = QStringLiteral("AAPL");
        proxy.setFilter(f);
        QCOMPARE(ids(), (QList<qint64> { 1, 2 }));
        f.status = CardStatus::Stale;
        proxy.setFilter(f);
        QCOMPARE(ids(), (QList<qint64> { 2 }));
        proxy.setFilter(
            { QString(), QString(), QStringLiteral("gru_bot"), std::nullopt, QString() });
        QCOMPARE(ids(), (QList<qint64> { 5 }));
        proxy.setFilter({ QString(), QStringLiteral("1d"), QString(), std::nullopt, QString() });
        QCOMPARE(ids(), (QList<qint64> { 5 }));
        proxy.setFilter(
            { QString(), QString(), QString(), std::nullopt, QStringLiteral("  memory ") });
        QCOMPARE(ids(), (QList<qint64> { 4 })); // error text, any case, trimmed
        proxy.setFilter({ QString(), QString(), QString(), std::nullopt, QStringLiteral("tcs") });
        QCOMPARE(ids(), (QList<qint64> { 4 }));
        proxy.setFilter({});

        proxy.setSortKey(RecordFilterModel::SortKey::Rmse);
        QCOMPARE(ids(), (QList<qint64> { 5, 2, 3, 1, 4 })); // no RMSE last
        proxy.setSortKey(RecordFilterModel::SortKey::Symbol);
        QCOMPARE(ids(), (QList<qint64> { 1, 2, 5, 3, 4 })); // MSFT 1d before 1h, then newest first
        proxy.setSortKey(RecordFilterModel::SortKey::Oldest);
        QCOMPARE(ids(), (QList<qint64> { 2, 5, 4, 3, 1 }));
        proxy.setSortKey(RecordFilterModel::SortKey::Newest);
        QCOMPARE(ids(), (QList<qint64> { 1, 2, 3, 4, 5 }));

        // The sidebar lists each value with its count and drives the filter.
        FilterSidebar sidebar;
        QSignalSpy changed(&sidebar, &FilterSidebar::filterChanged);
        sidebar.setCounts(counts);
        QCOMPARE(sidebar.symbolBox()->itemText(0), QStringLiteral("All (5)"));
        QVERIFY(sidebar.symbolBox()->findText(QStringLiteral("AAPL (2)")) > 0);
        QVERIFY(sidebar.statusBox()->findText(QStringLiteral("Failed (1)")) > 0);
        sidebar.symbolBox()->setCurrentIndex(
            sidebar.symbolBox()->findText(QStringLiteral("MSFT (2)")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().at(0).value<RecordFilter>().symbol, QStringLiteral("MSFT"));
        sidebar.setCounts(counts); // refilling keeps the choice and says nothing
        QCOMPARE(sidebar.filter().symbol, QStringLiteral("MSFT"));
        QCOMPARE(changed.count(), 1);
        QTest::keyClicks(sidebar.searchEdit(), QStringLiteral("gru"));
        QTRY_COMPARE(changed.last().at(0).value<RecordFilter>().text, QStringLiteral("gru"));
        sidebar.reset();
        QVERIFY(changed.last().at(0).value<RecordFilter>().isEmpty());
    }

    void pageReloadsWhenAWorkspaceOpens()
    {
        WorkspaceSession session;
        ModelsPage page(&session);
        QVERIFY(page.findChild<QLabel *>() != nullptr);
        QSignalSpy reloaded(&page, &ModelsPage::reloaded);
        QSignalSpy opened(&session, &WorkspaceSession::opened);
        const QString dir = m_dir.filePath(QStringLiteral("opens"));
        {
            auto database = Database::open(dir);
            QVERIFY(database);
            QVERIFY(test::insertRecord(
                **database,
                test::cardRecord(QStringLiteral("AAPL"), QStringLiteral("1h"),
                                 QStringLiteral("linear_bot"), RecStatus::Active, 1)));
            (*database)->releaseThreadConnection();
        }
        session.open(dir);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 30000);
        QCOMPARE(reloaded.at(0).at(0).toInt(), 1);
        QCOMPARE(page.recordModel()->index(0).data(RecordListModel::SymbolRole).toString(),
                 QStringLiteral("AAPL"));
    }

    void emptyStatesSayWhatToDo()
    {
        WorkspaceSession *session = openSession();
        ModelsPage page(session);
        page.show();
        QVERIFY(reloadAndWait(page));
        QVERIFY(!page.listView()->isVisible());
        auto labels = page.findChildren<QLabel *>();
        const auto visibleText = [&labels] {
            QString all;
            for (QLabel *l : labels)
                all += l->isVisible() ? l->text() + u'\n' : QString();
            return all;
        };
        QVERIFY2(visibleText().contains(QStringLiteral("No models have been trained")),
                 qPrintable(visibleText()));
        test::insertRecord(db(),
                           test::cardRecord(QStringLiteral("AAPL"), QStringLiteral("1h"),
                                            QStringLiteral("linear_bot"), RecStatus::Active, 1));
        QVERIFY(reloadAndWait(page));
        QVERIFY(page.listView()->isVisible());
        page.sidebar()->setSearchText(QStringLiteral("nothing like this"));
        QVERIFY(!page.listView()->isVisible());
        QVERIFY2(visibleText().contains(QStringLiteral("No model matches")),
                 qPrintable(visibleText()));
        QVERIFY(visibleText().contains(QStringLiteral("0 of 1 model")));
    }

    void staleThresholdComesFromSettings()
    {
        openSession();
        const qint64 id = test::insertRecord(
            db(),
            test::cardRecord(QStringLiteral("AAPL"), QStringLiteral("1h"),
                             QStringLiteral("linear_bot"), RecStatus::Active, 2));
        QSettings().setValue(QStringLiteral("training/staleHours"), 1.5);
        auto shown = shownPage();
        QSettings().remove(QStringLiteral("training/staleHours"));
        QCOMPARE(proxyIndexOf(*shown, id).data(RecordListModel::StatusTextRole).toString(),
                 QStringLiteral("Stale"));
        QVERIFY(reloadAndWait(*shown));
        QCOMPARE(proxyIndexOf(*shown, id).data(RecordListModel::StatusTextRole).toString(),
                 QStringLiteral("Active"));
    }

    void retrainButtonQueuesAJob()
    {
        openSession();
        const qint64 id = test::insertRecord(
            db(),
            test::cardRecord(QStringLiteral("AAPL"), QStringLiteral("1h"),
                             QStringLiteral("linear_bot"), RecStatus::Active, 2));
        auto shown = shownPage();
        ModelsPage &page = *shown;
        QVERIFY(activeJobs().empty());

        QTest::mouseClick(page.listView()->viewport(), Qt::LeftButton, {},
                          buttonRect(page, id, ModelCardDelegate::Button::Retrain).center());
        auto jobs = activeJobs();
        QCOMPARE(jobs.size(), size_t(1));
        QCOMPARE(jobs[0].spec.retrainOf, id);
        QCOMPARE(jobs[0].spec.symbol, QStringLiteral("AAPL"));
        QCOMPARE(jobs[0].spec.bot, QStringLiteral("linear_bot"));
        QVERIFY2(page.message().contains(QStringLiteral("Queued retraining")),
                 qPrintable(page.message()));

        QTest::mouseClick(page.listView()->viewport(), Qt::LeftButton, {},
                          buttonRect(page, id, ModelCardDelegate::Button::Retrain).center());
        QCOMPARE(activeJobs().size(), size_t(1));
        QVERIFY2(page.message().contains(QStringLiteral("already queued")),
                 qPrintable(page.message()));

        // A click beside the buttons selects the card instead.
        const QRect card = page.listView()->visualRect(proxyIndexOf(page, id));
        QTest::mouseClick(page.listView()->viewport(), Qt::LeftButton, {},
                          card.topLeft() + QPoint(30, 30));
        QCOMPARE(page.currentRecordId(), id);
        QCOMPARE(activeJobs().size(), size_t(1));
    }

    void retrainErrorsAreShown()
    {
        WorkspaceSession *session = openSession();
        auto r = test::cardRecord(QStringLiteral("AAPL"), QStringLiteral("1h"),
                                  QStringLiteral("no_such_bot"), RecStatus::Active, 2);
        const qint64 id = test::insertRecord(db(), r);
        ModelsPage page(session);
        QVERIFY(reloadAndWait(page));
        page.retrain(id);
        QVERIFY2(page.message().startsWith(QStringLiteral("Error:")), qPrintable(page.message()));
        QVERIFY(page.message().contains(QStringLiteral("no_such_bot")));
        QVERIFY(activeJobs().empty());
    }

    void clearButtonConfirmsThenArchivesAndDeletes()
    {
        openSession();
        const qint64 id = test::insertRecord(
            db(),
            test::cardRecord(QStringLiteral("AAPL"), QStringLiteral("1h"),
                             QStringLiteral("linear_bot"), RecStatus::Active, 2),
            3 * 1024 * 1024);
        const qint64 other = test::insertRecord(
            db(),
            test::cardRecord(QStringLiteral("AAPL"), QStringLiteral("1h"),
                             QStringLiteral("linear_bot"), RecStatus::Active, 3),
            1024);
        QString file;
        {
            auto c = db().connection();
            file = db().workspaceDir() + u'/' + (*TrainingRecordRepository(*c).find(id))->modelPath;
        }
        QVERIFY(QFile::exists(file));
        auto shown = shownPage();
        ModelsPage &page = *shown;
        QStringList asked;
        bool answer = false;
        page.setConfirmFunction([&](QWidget *, const QString &, const QString &text) {
            asked << text;
            return answer;
        });
        QSignalSpy cleared(&page, &ModelsPage::cleared);

        // Cancelled: nothing changes.
        QTest::mouseClick(page.listView()->viewport(), Qt::LeftButton, {},
                          buttonRect(page, id, ModelCardDelegate::Button::Clear).center());
        QTRY_COMPARE(cleared.count(), 1);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked[0].contains(QStringLiteral("Training records to archive: 1"))
                     && asked[0].contains(QStringLiteral("Model files to delete: 1 (3.0 MB)")),
                 qPrintable(asked[0]));
        QVERIFY(QFile::exists(file));
        QVERIFY(statusOf(id) == RecStatus::Active);

        answer = true;
        QTest::mouseClick(page.listView()->viewport(), Qt::LeftButton, {},
                          buttonRect(page, id, ModelCardDelegate::Button::Clear).center());
        QTRY_COMPARE(cleared.count(), 2);
        QCOMPARE(cleared.at(1).at(0).toInt(), 1);
        QVERIFY(!QFile::exists(file));
        QVERIFY(statusOf(id) == RecStatus::Archived);
        QVERIFY(statusOf(other) == RecStatus::Active);
        QCOMPARE(proxyIndexOf(page, id).data(RecordListModel::StatusTextRole).toString(),
                 QStringLiteral("Archived"));
        QVERIFY(!ModelCardDelegate::isEnabled(proxyIndexOf(page, id),
                                              ModelCardDelegate::Button::Clear));
        QVERIFY2(page.message().contains(QStringLiteral("files deleted: 1")),
                 qPrintable(page.message()));
    }

    void clearEverythingThroughTheRealMessageBox()
    {
        WorkspaceSession *session = openSession();
        for (int i = 0; i < 3; ++i) {
            test::insertRecord(db(),
                               test::cardRecord(QStringLiteral("S%1").arg(i), QStringLiteral("1h"),
                                                QStringLiteral("linear_bot"), RecStatus::Active, i),
                               1024 * 1024);
        }
        ModelsPage page(session);
        page.show();
        QVERIFY(reloadAndWait(page));
        // The confirmation is modal: answer it like a user would, from a timer that polls
        // (never waiting inside the timer, which would sit under the dialog's own loop).
        QString shown;
        bool cancelIsDefault = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                answer.stop();
                shown = box->text();
                cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
                box->button(QMessageBox::Yes)->click();
            }
        });
        answer.start(20);
        QSignalSpy cleared(&page, &ModelsPage::cleared);
        page.clearEverything();
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 10000);
        QVERIFY2(shown.contains(QStringLiteral("Training records to archive: 3"))
                     && shown.contains(QStringLiteral("Model files to delete: 3 (3.0 MB)")),
                 qPrintable(shown));
        QVERIFY(cancelIsDefault);
        QCOMPARE(cleared.at(0).at(0).toInt(), 3);
        QCOMPARE(page.recordModel()->counts().statuses[size_t(CardStatus::Archived)], 3);
    }

    void clearSeriesTakesOnlyThatSymbolAndTimeframe()
    {
        openSession();
        const auto add = [this](const QString &symbol, const QString &timeframe) {
            return test::insertRecord(db(),
                                      test::cardRecord(symbol, timeframe,
                                                       QStringLiteral("linear_bot"),
                                                       RecStatus::Active, 1),
                                      512 * 1024);
        };
        const qint64 a = add(QStringLiteral("AAPL"), QStringLiteral("1h"));
        const qint64 b = add(QStringLiteral("AAPL"), QStringLiteral("1h"));
        const qint64 otherTimeframe = add(QStringLiteral("AAPL"), QStringLiteral("1d"));
        const qint64 otherSymbol = add(QStringLiteral("MSFT"), QStringLiteral("1h"));
        auto shown = shownPage();
        ModelsPage &page = *shown;
        QString asked;
        page.setConfirmFunction([&asked](QWidget *, const QString &, const QString &text) {
            asked = text;
            return true;
        });
        QSignalSpy cleared(&page, &ModelsPage::cleared);
        page.clearSeries(QStringLiteral("AAPL"), QStringLiteral("1h"));
        QTRY_COMPARE(cleared.count(), 1);
        QVERIFY2(asked.contains(QStringLiteral("AAPL 1h"))
                     && asked.contains(QStringLiteral("Training records to archive: 2"))
                     && asked.contains(QStringLiteral("(1.0 MB)")),
                 qPrintable(asked));
        QVERIFY(statusOf(a) == RecStatus::Archived);
        QVERIFY(statusOf(b) == RecStatus::Archived);
        QVERIFY(statusOf(otherTimeframe) == RecStatus::Active);
        QVERIFY(statusOf(otherSymbol) == RecStatus::Active);
        // The cards show it after the reload, and a status filter finds them.
        RecordFilter archived;
        archived.status = CardStatus::Archived;
        page.filterModel()->setFilter(archived);
        QCOMPARE(page.filterModel()->rowCount(), 2);
    }

    void detailsPaneShowsTheSelectedRecord()
    {
        WorkspaceSession *session = openSession();
        const qint64 id = test::insertRecord(
            db(),
            test::cardRecord(QStringLiteral("AAPL"), QStringLiteral("1h"),
                             QStringLiteral("lstm_bot"), RecStatus::Active, 2));
        {
            auto c = db().connection();
            QVERIFY(TrainingEpochRepository(*c).insert(id,
                                                       { { 1, 0.5, 0.6, 1e-3, 120 },
                                                         { 2, 0.3, 0.4, 1e-3, 110 },
                                                         { 3, 0.2, 0.35, 5e-4, 115 } }));
        }
        ModelsPage page(session);
        page.resize(1400, 800);
        QSignalSpy loaded(page.detailsPane(), &RecordDetailsPane::loaded);
        page.show();
        QVERIFY(reloadAndWait(page));
        // The pane takes no room from the cards until one is chosen.
        QVERIFY(!page.detailsPane()->isVisible());
        page.listView()->setCurrentIndex(proxyIndexOf(page, id));
        QTRY_VERIFY(!loaded.isEmpty() && loaded.last().at(0).toLongLong() == id);
        QVERIFY(page.detailsPane()->isVisible());
        RecordDetailsPane *details = page.detailsPane();
        QCOMPARE(details->recordId(), id);
        QVERIFY(details->titleLabel()->text().contains(QStringLiteral("lstm_bot")));
        QStringList metrics;
        for (int r = 0; r < details->metricsTable()->rowCount(); ++r)
            metrics << details->metricsTable()->item(r, 0)->text() + u'='
                    + details->metricsTable()->item(r, 1)->text();
        QVERIFY2(
            metrics.contains(QStringLiteral("Skill vs naive=") + QLocale().toString(0.125, 'g', 6)),
            qPrintable(metrics.join(u';')));
        QVERIFY(metrics.contains(QStringLiteral("MAPE %=") + QLocale().toString(1.5, 'g', 6)));
        QVERIFY(metrics.contains(QStringLiteral("Test RMSE=") + QLocale().toString(1.25, 'g', 6)));
        QCOMPARE(details->epochsTable()->rowCount(), 3);
        QCOMPARE(details->epochsTable()->item(2, 2)->text(), QLocale().toString(0.35, 'g', 6));
        const auto series = details->chartView()->chart()->series();
        QCOMPARE(series.size(), 2);
        QCOMPARE(qobject_cast<QLineSeries *>(series[0])->count(), 3);
        QCOMPARE(qobject_cast<QLineSeries *>(series[1])->at(1), QPointF(2, 0.4));
        QVERIFY(
            !details->configTree()->findItems(QStringLiteral("model"), Qt::MatchExactly).isEmpty());
    }

    void treeRecordsShowTheirFeatureImportance()
    {
        WorkspaceSession *session = openSession();
        TrainingRecord tree = test::cardRecord(QStringLiteral("AAPL"), QStringLiteral("1d"),
                                               QStringLiteral("gbm_bot"), RecStatus::Active, 1);
        QJsonArray importance;
        for (int i = 0; i < 20; ++i) {
            importance.append(QJsonObject {
                { QStringLiteral("feature"), QStringLiteral("log_return_1@t-%1").arg(i) },
                { QStringLiteral("gain"), 40.0 - i } });
        }
        importance.append(QJsonObject { { QStringLiteral("feature"), QStringLiteral("bad") },
                                        { QStringLiteral("gain"), QStringLiteral("NaN") } });
        tree.config.insert(QStringLiteral("feature_importance"), importance);
        const qint64 treeId = test::insertRecord(db(), tree);
        const qint64 networkId = test::insertRecord(
            db(),
            test::cardRecord(QStringLiteral("AAPL"), QStringLiteral("1d"),
                             QStringLiteral("lstm_bot"), RecStatus::Active, 2));
        RecordDetailsPane pane(session);
        pane.show();
        QSignalSpy loaded(&pane, &RecordDetailsPane::loaded);
        pane.showRecord(treeId);
        QVERIFY(test::arrived(loaded, 10000));
        QTabWidget *tabs = pane.tabs();
        const int tab = tabs->indexOf(pane.importanceChart());
        QVERIFY(tabs->isTabVisible(tab));
        // The 15 largest, the largest on top; the hostile entry is skipped.
        QCOMPARE(pane.importanceChart()->barCount(), ImportanceChart::kMaxBars);
        QCOMPARE(pane.importanceChart()->features().first(), QStringLiteral("log_return_1@t-0"));
        QVERIFY(!pane.importanceChart()->features().contains(QStringLiteral("bad")));
        QVERIFY(pane.importanceChart()->accessibleDescription().contains(u'%'));
        // A network has no importance: the tab goes away.
        loaded.clear();
        pane.showRecord(networkId);
        QVERIFY(test::arrived(loaded, 10000));
        QVERIFY(!tabs->isTabVisible(tab));
        QCOMPARE(pane.importanceChart()->barCount(), 0);
    }

    void keyboardReachesEveryAction()
    {
        openSession();
        const qint64 id = test::insertRecord(
            db(),
            test::cardRecord(QStringLiteral("AAPL"), QStringLiteral("1h"),
                             QStringLiteral("linear_bot"), RecStatus::Active, 2));
        auto shown = shownPage();
        ModelsPage &page = *shown;
        QListView *view = page.listView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(page.currentRecordId(), id);
        QVERIFY(!proxyIndexOf(page, id).data(Qt::AccessibleTextRole).toString().isEmpty());

        QTest::keyClick(view, Qt::Key_R);
        QCOMPARE(activeJobs().size(), size_t(1));

        int asked = 0;
        page.setConfirmFunction([&asked](QWidget *, const QString &, const QString &) {
            ++asked;
            return false;
        });
        QSignalSpy cleared(&page, &ModelsPage::cleared);
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_COMPARE(cleared.count(), 1);
        QCOMPARE(asked, 1);

        QSignalSpy loaded(page.detailsPane(), &RecordDetailsPane::loaded);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(page.detailsPane()->tabs()->hasFocus()
                || page.detailsPane()->tabs()->isAncestorOf(QApplication::focusWidget()));
    }

    void retrainProgressShowsOnTheCard()
    {
        WorkspaceSession *session = openSession();
        const qint64 id = test::insertRecord(
            db(),
            test::cardRecord(QStringLiteral("AAPL"), QStringLiteral("1h"),
                             QStringLiteral("linear_bot"), RecStatus::Active, 2));
        QSemaphore release;
        session->queue()->setExecutor([&release](const TrainingJob &,
                                                 const CancellationToken &token,
                                                 const ProgressCallback &progress) {
            TrainingProgress p;
            p.step = TrainingProgress::Step::Train;
            p.stepFraction = 0.5;
            progress(p);
            while (!release.tryAcquire(1, 5)) {
                if (token.isCancelled())
                    return JobResult { JobStatus::Cancelled, token.reason(), 0 };
            }
            return JobResult {};
        });
        ModelsPage page(session);
        page.show();
        QVERIFY(reloadAndWait(page));
        QVERIFY(session->queue()->enqueueRetrain(id));
        session->queue()->start();
        const QModelIndex card = proxyIndexOf(page, id);
        QTRY_VERIFY_WITH_TIMEOUT(card.data(RecordListModel::ProgressRole).isValid(), 10000);
        QCOMPARE(card.data(RecordListModel::ProgressRole).toDouble(), 0.5);
        QVERIFY(
            card.data(RecordListModel::ProgressTextRole).toString().contains(QStringLiteral("50")));
        QVERIFY(!ModelCardDelegate::isEnabled(card, ModelCardDelegate::Button::Retrain));
        QSignalSpy reloaded(&page, &ModelsPage::reloaded);
        release.release();
        QTRY_VERIFY(!card.data(RecordListModel::ProgressRole).isValid());
        QVERIFY(reloaded.wait(5000)); // debounced reload after the job finished
    }

    // The screenshots' page (CardGallery.h) in both palettes: every status in its colour.
    void statusColoursInLightAndDarkPalettes()
    {
        openSession();
        const qint64 first = test::insertCardGallery(db());
        QVERIFY(first > 0);
        ModelsPage page(m_session.get());
        QVERIFY(test::showCardGallery(page, first));
        // The first card loses to naive by 2,510 %: its badge and the details say so.
        QVERIFY(!proxyIndexOf(page, first)
                     .data(RecordListModel::SkillWarningRole)
                     .toString()
                     .isEmpty());

        for (const bool dark : { false, true }) {
            page.setPalette(dark ? test::darkPalette() : QApplication::style()->standardPalette());
            QApplication::processEvents();
            const QImage image = page.grab().toImage();
            // Every status shows up in its colour (badges, stripes), next to its word.
            for (CardStatus s : { CardStatus::Active, CardStatus::Stale, CardStatus::Failed,
                                  CardStatus::Archived }) {
                QVERIFY2(test::imageContains(image, RecordListModel::statusColor(s)),
                         qPrintable(RecordListModel::statusText(s)));
            }
        }
    }
};

QTEST_MAIN(TestModelCards)
#include "tst_modelcards.moc"
