// The download dialog, Refresh All, the "Last refresh" column and refresh-before-training,
// offscreen against the local fixture server (tests/net/FixtureServer.h replaying Yahoo's
// answers): bars written and counted, a bad symbol beside a good one, Cancel writing nothing
// for the cancelled symbol, an offline workstation, CSV-only series skipped. Never the internet.

#include "TestFiles.h"
#include "TestSession.h"
#include "YahooReplay.h"
#include "download/DownloadDialog.h"
#include "download/DownloadOptionsWidget.h"
#include "download/DownloadProgressModel.h"
#include "download/RefreshThenTrain.h"
#include "net/DownloadService.h"
#include "session/WorkspaceSession.h"
#include "storage/Database.h"
#include "symbols/SymbolListModel.h"
#include "symbols/SymbolsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;
using modeldeck::test::CannedReply;
using modeldeck::test::FixtureServer;
using modeldeck::test::ServedRequest;
using State = DownloadProgressModel::State;

namespace {

const QByteArray kCsv = "Date,Open,High,Low,Close,Adj Close,Volume\n"
                        "2024-01-02,100,110,95,105,104,1000\n"
                        "2024-01-03,105,112,101,110,109,1100\n";

qint64 count(const WorkspaceSession &session, const QString &sql)
{
    QSqlQuery q(*session.database()->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString cell(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->index(row, column).data(role).toString();
}

int rowOf(const QAbstractItemModel *model, const QString &symbol)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == symbol)
            return row;
    }
    return -1;
}

} // namespace

class TestDownloadDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<FixtureServer> m_server;

    std::unique_ptr<WorkspaceSession> openSession()
    {
        return test::openSession(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
    }

    // Types the symbols, picks Yahoo daily bars and clicks Download; waits for the end.
    static void download(DownloadDialog &dialog, const QString &symbols)
    {
        test::chooseYahooDaily(dialog, symbols);
        QVERIFY2(dialog.downloadButton()->isEnabled(),
                 qPrintable(dialog.downloadButton()->toolTip()));
        QSignalSpy finished(&dialog, &DownloadDialog::downloadsFinished);
        QTest::mouseClick(dialog.downloadButton(), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY(!dialog.isRunning());
    }

    static void importCsv(WorkspaceSession &session, const QString &path)
    {
        QSignalSpy changed(&session, &WorkspaceSession::symbolsChanged);
        ImportRequest request;
        request.files = { path };
        session.importFiles(request);
        QVERIFY(changed.wait(30000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ModelDeckTests-DownloadDialog"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_server = std::make_unique<FixtureServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler(test::yahooChart);
        test::useBaseUrl(m_server->url());
    }

    void yahooDownloadWritesBarsAndShowsCounts()
    {
        auto session = openSession();
        DownloadDialog dialog(session.get());
        dialog.show();
        QVERIFY(!dialog.downloadButton()->isEnabled()); // no symbols yet
        QVERIFY(dialog.options()->incrementalButton()->isChecked());
        download(dialog, QStringLiteral("aapl"));

        const DownloadProgressModel *model = dialog.progressModel();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->row(0).state == State::Done);
        QCOMPARE(cell(model, 0, DownloadProgressModel::SymbolColumn), QStringLiteral("AAPL"));
        QCOMPARE(cell(model, 0, DownloadProgressModel::StateColumn), QStringLiteral("Done"));
        QCOMPARE(cell(model, 0, DownloadProgressModel::PagesColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 0, DownloadProgressModel::BarsColumn), QStringLiteral("5"));
        QCOMPARE(cell(model, 0, DownloadProgressModel::ResultColumn),
                 QStringLiteral("5 new, 0 updated, 0 unchanged"));
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("1 of 1 series downloaded")),
                 qPrintable(dialog.summaryLabel()->text()));
        QVERIFY(dialog.summaryLabel()->text().contains(
            QStringLiteral("5 new, 0 updated and 0 unchanged bars")));
        QCOMPARE(dialog.overallProgress()->value(), dialog.overallProgress()->maximum());
        QCOMPARE(dialog.cancelButton()->text(), QStringLiteral("Close"));
        QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM bars")), 5);
        QCOMPARE(int(session->symbols().size()), 1); // the session's list was reloaded
        QCOMPARE(session->symbols().front().symbol.name, QStringLiteral("AAPL"));

        // Again: incremental by default, from the newest stored bar.
        const qint64 newestSeconds
            = count(*session, QStringLiteral("SELECT max(ts) FROM bars")) / 1000;
        download(dialog, QStringLiteral("AAPL"));
        const ServedRequest &second = m_server->requests().back();
        QCOMPARE(second.query.queryItemValue(QStringLiteral("period1")).toLongLong(),
                 newestSeconds);
        QVERIFY(model->row(0).state == State::Done);
        QVERIFY2(
            cell(model, 0, DownloadProgressModel::ResultColumn).startsWith(QStringLiteral("0 new")),
            qPrintable(cell(model, 0, DownloadProgressModel::ResultColumn)));
        QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM bars")), 5);
    }

    void unknownSymbolShowsItsMessageWhileOtherSucceeds()
    {
        auto session = openSession();
        DownloadDialog dialog(session.get());
        dialog.show();
        download(dialog, QStringLiteral("NOPE, AAPL"));

        const DownloadProgressModel *model = dialog.progressModel();
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(model->row(0).state == State::Failed);
        QCOMPARE(cell(model, 0, DownloadProgressModel::StateColumn), QStringLiteral("Failed"));
        const QString message = cell(model, 0, DownloadProgressModel::ResultColumn);
        QVERIFY2(message.contains(QStringLiteral("no data for “NOPE”")), qPrintable(message));
        QVERIFY(
            cell(model, 0, DownloadProgressModel::ResultColumn, Qt::ToolTipRole).contains(message));
        QVERIFY(model->row(1).state == State::Done);
        const QString summary = dialog.summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("1 of 2 series downloaded")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("NOPE 1d: ")), qPrintable(summary));
        QCOMPARE(
            count(*session, QStringLiteral("SELECT count(*) FROM symbols WHERE name = 'NOPE'")), 0);
        QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM bars")), 5);
    }

    void cancelLeavesNothingForTheCancelledSymbol()
    {
        // MSFT answers late, so Cancel lands while it is being fetched.
        m_server->setHandler([](const ServedRequest &request) {
            CannedReply reply = test::yahooChart(request);
            if (request.path.endsWith(QLatin1StringView("/MSFT")))
                reply.delayMs = 3000;
            return reply;
        });
        auto session = openSession();
        DownloadDialog dialog(session.get());
        dialog.show();
        const DownloadProgressModel *model = dialog.progressModel();
        QStringList midway; // the states and overall progress when Cancel was clicked
        connect(session->downloads().get(), &DownloadService::progress, &dialog,
                [&](const DownloadProgress &p) {
                    if (p.symbol != QLatin1StringView("MSFT")
                        || p.stage != DownloadProgress::Stage::Fetching)
                        return;
                    QTimer::singleShot(0, dialog.cancelButton(), [&] {
                        midway << cell(model, 0, DownloadProgressModel::StateColumn)
                               << cell(model, 1, DownloadProgressModel::StateColumn)
                               << dialog.overallProgress()->text() << dialog.cancelButton()->text();
                        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
                    });
                });
        download(dialog, QStringLiteral("AAPL MSFT"));

        QCOMPARE(
            midway,
            (QStringList { QStringLiteral("Done"), QStringLiteral("Fetching…"),
                           QStringLiteral("1 of 2 series"), QStringLiteral("Cancel Download") }));
        QVERIFY(model->row(0).state == State::Done);
        QVERIFY(model->row(1).state == State::Cancelled);
        const QString message = cell(model, 1, DownloadProgressModel::ResultColumn);
        QVERIFY2(message.contains(QLatin1StringView("othing was written")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1StringView("Cancel was pressed")), qPrintable(message));
        QVERIFY2(dialog.summaryLabel()->text().startsWith(
                     QStringLiteral("Cancelled: 1 of 2 series completed")),
                 qPrintable(dialog.summaryLabel()->text()));
        QCOMPARE(
            count(*session, QStringLiteral("SELECT count(*) FROM symbols WHERE name = 'MSFT'")), 0);
        QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM import_log")), 1);
        QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM bars")), 5); // AAPL's
        QVERIFY(dialog.isVisible()); // Cancel stops the download, not the dialog
    }

    // The service of the first workspace lives on until its download ends, and writes there.
    void downloadSurvivesASwitchOfWorkspace()
    {
        m_server->setHandler([](const ServedRequest &request) {
            CannedReply reply = test::yahooChart(request);
            reply.delayMs = 500;
            return reply;
        });
        auto session = openSession();
        const QString firstDir = session->workspaceDir();
        std::weak_ptr<DownloadService> firstService = session->downloads();
        DownloadDialog dialog(session.get());
        bool switched = false;
        connect(session->downloads().get(), &DownloadService::progress, &dialog,
                [&](const DownloadProgress &p) {
                    if (p.stage == DownloadProgress::Stage::Fetching && !switched) {
                        switched = true;
                        session->open(m_dir.filePath(QStringLiteral("switchedTo")));
                    }
                });
        download(dialog, QStringLiteral("AAPL"));
        QVERIFY(switched);
        QVERIFY(dialog.progressModel()->row(0).state == State::Done);
        QVERIFY(session->workspaceDir() != firstDir);
        QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM bars")), 0);
        QTRY_VERIFY(firstService.expired()); // let go once the download ended
        auto first = Database::open(firstDir);
        QVERIFY(first);
        QSqlQuery q(*(*first)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM bars")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
    }

    void offlineIsSaidOnceAndClearly()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        test::useBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort())));
        closed.close();
        auto session = openSession();
        DownloadDialog dialog(session.get());
        dialog.show();
        download(dialog, QStringLiteral("AAPL, MSFT"));

        const DownloadProgressModel *model = dialog.progressModel();
        for (int row = 0; row < 2; ++row) {
            QVERIFY(model->row(row).state == State::Failed);
            QVERIFY2(cell(model, row, DownloadProgressModel::ResultColumn)
                         .contains(QLatin1StringView("appears to be offline")),
                     qPrintable(cell(model, row, DownloadProgressModel::ResultColumn)));
        }
        const QString summary = dialog.summaryLabel()->text();
        QVERIFY2(summary.startsWith(QStringLiteral("Nothing was downloaded: Cannot reach")),
                 qPrintable(summary));
        QCOMPARE(summary.count(QStringLiteral("appears to be offline")), 1);
        QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM symbols")), 0);
    }

    void lastRefreshColumnSaysWhenAndFromWhere()
    {
        auto session = openSession();
        SymbolsPage page(session.get());
        importCsv(*session, test::writeFile(m_dir, QStringLiteral("MSFT.csv"), kCsv));
        const SymbolListModel *symbols = page.model();
        const int msft = rowOf(symbols, QStringLiteral("MSFT"));
        QVERIFY(msft >= 0);
        QCOMPARE(cell(symbols, msft, SymbolListModel::LastRefreshColumn),
                 QStringLiteral("just now"));
        QVERIFY2(
            cell(symbols, msft, SymbolListModel::LastRefreshColumn, Qt::ToolTipRole)
                .startsWith(QStringLiteral("1d: imported from MSFT.csv")),
            qPrintable(cell(symbols, msft, SymbolListModel::LastRefreshColumn, Qt::ToolTipRole)));

        DownloadDialog dialog(session.get());
        download(dialog, QStringLiteral("AAPL"));
        const int aapl = rowOf(symbols, QStringLiteral("AAPL"));
        QVERIFY(aapl >= 0);
        QCOMPARE(cell(symbols, aapl, SymbolListModel::LastRefreshColumn),
                 QStringLiteral("just now"));
        const QString tip
            = cell(symbols, aapl, SymbolListModel::LastRefreshColumn, Qt::ToolTipRole);
        QVERIFY2(tip.startsWith(QStringLiteral("1d: downloaded from Yahoo Finance")),
                 qPrintable(tip));
        QCOMPARE(symbols->headerData(SymbolListModel::LastRefreshColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Last refresh"));
    }

    void knownSymbolsArePrefilledForTheirProvider()
    {
        auto session = openSession();
        {
            DownloadDialog first(session.get());
            download(first, QStringLiteral("AAPL MSFT"));
        }
        DownloadDialog dialog(session.get());
        QCOMPARE(dialog.options()->providerId(), QStringLiteral("yahoo"));
        QCOMPARE(dialog.options()->symbolsEdit()->text(), QStringLiteral("AAPL, MSFT"));
        QCOMPARE(dialog.options()->timeframeCombo()->currentText(), QStringLiteral("1d"));
        dialog.options()->setProvider(QStringLiteral("binance"));
        QCOMPARE(dialog.options()->symbolsEdit()->text(), QString()); // nothing known there
        QVERIFY(dialog.options()->timeframeCombo()->findText(QStringLiteral("1m")) >= 0);
        dialog.options()->setSymbols(
            { QStringLiteral("MSFT") }); // a selected row picks its provider
        QCOMPARE(dialog.options()->providerId(), QStringLiteral("yahoo"));
        QCOMPARE(dialog.options()->symbolsEdit()->text(), QStringLiteral("MSFT"));
        dialog.options()->symbolsEdit()->setText(QStringLiteral("AAPL, bad/symbol"));
        QVERIFY(!dialog.downloadButton()->isEnabled());
        QVERIFY(!dialog.options()->validationError().isEmpty());
    }

    void refreshAllRefreshesDownloadedSeriesAndSkipsCsv()
    {
        auto session = openSession();
        {
            DownloadDialog first(session.get());
            download(first, QStringLiteral("AAPL"));
        }
        importCsv(*session, test::writeFile(m_dir, QStringLiteral("TCS.csv"), kCsv));
        const size_t before = m_server->requests().size();

        QWidget parent;
        DownloadDialog *dialog = DownloadDialog::openRefreshAll(session.get(), &parent);
        QSignalSpy finished(dialog, &DownloadDialog::downloadsFinished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(finished.first().at(1).toInt(), 0);
        QVERIFY(!dialog->downloadButton()->isVisible());
        const DownloadProgressModel *model = dialog->progressModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->row(0).symbol, QStringLiteral("AAPL"));
        QCOMPARE(model->row(0).provider, QStringLiteral("Yahoo Finance"));
        QVERIFY(model->row(0).state == State::Done);
        QCOMPARE(model->row(1).symbol, QStringLiteral("TCS"));
        QVERIFY(model->row(1).state == State::Skipped);
        QVERIFY2(model->row(1).message.contains(QStringLiteral("Imported from TCS.csv")),
                 qPrintable(model->row(1).message));
        QCOMPARE(m_server->requests().size(), before + 1);
        QVERIFY(m_server->requests().back().path.endsWith(QLatin1StringView("/AAPL")));
        QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("1 series skipped")));
        dialog->close();
    }

    void refreshAllUsesTheLastProviderEvenAfterACsvImport()
    {
        auto session = openSession();
        {
            DownloadDialog first(session.get());
            download(first, QStringLiteral("AAPL"));
        }
        importCsv(*session, test::writeFile(m_dir, QStringLiteral("AAPL.csv"), kCsv));
        SymbolsPage page(session.get());
        page.model()->setSymbols(session->symbols());
        page.model()->setLatestImports(session->latestImports());
        QVERIFY(cell(page.model(), 0, SymbolListModel::LastRefreshColumn, Qt::ToolTipRole)
                    .startsWith(QStringLiteral("1d: imported from AAPL.csv")));

        DownloadDialog dialog(session.get());
        QSignalSpy finished(&dialog, &DownloadDialog::downloadsFinished);
        dialog.startRefreshAll();
        QVERIFY(finished.wait(30000));
        QCOMPARE(dialog.progressModel()->rowCount(), 1);
        QVERIFY(dialog.progressModel()->row(0).state == State::Done);
        QCOMPARE(dialog.progressModel()->row(0).provider, QStringLiteral("Yahoo Finance"));
    }

    // The plan itself, as a pure function: one request per provider × timeframe.
    void refreshPlanGroupsByProviderAndTimeframe()
    {
        const auto summary = [](qint64 id, const QString &name, const QStringList &timeframes) {
            SymbolSummary s;
            s.symbol.id = id;
            s.symbol.name = name;
            for (const QString &tf : timeframes)
                s.series.push_back({ tf, 10, 0, 0 });
            return s;
        };
        const auto log = [](qint64 id, const QString &tf, const QString &source) {
            return LatestImport { id, tf, QDateTime::currentDateTimeUtc(), source,
                                  kDownloadLogFormat.toString() };
        };
        const std::vector<SymbolSummary> symbols {
            summary(1, QStringLiteral("ETHUSDT"), { QStringLiteral("5m") }),
            summary(2, QStringLiteral("AAPL"), { QStringLiteral("1h"), QStringLiteral("1d") }),
            summary(3, QStringLiteral("BTCUSDT"), { QStringLiteral("5m") }),
            summary(4, QStringLiteral("OLD"), { QStringLiteral("1d") })
        };
        const std::vector<LatestImport> downloads {
            log(1, QStringLiteral("5m"), QStringLiteral("binance")),
            log(2, QStringLiteral("1d"), QStringLiteral("yahoo")),
            log(2, QStringLiteral("1h"), QStringLiteral("yahoo")),
            log(3, QStringLiteral("5m"), QStringLiteral("binance")),
            log(4, QStringLiteral("1d"), QStringLiteral("bloomberg"))
        };
        const RefreshPlan plan = planRefresh(symbols, downloads, downloads);
        QCOMPARE(plan.requests.size(), size_t(3));
        QCOMPARE(plan.seriesCount(), 4);
        const auto describe = [](const DownloadRequest &r) -> QString {
            return r.provider + u' ' + r.timeframe.name() + u' ' + r.symbols.join(u',')
                + (r.fromMs ? QStringLiteral(" from") : QString());
        };
        QCOMPARE(describe(plan.requests[0]), QStringLiteral("yahoo 1h AAPL"));
        QCOMPARE(describe(plan.requests[1]), QStringLiteral("yahoo 1d AAPL"));
        QCOMPARE(describe(plan.requests[2]), QStringLiteral("binance 5m BTCUSDT,ETHUSDT"));
        QCOMPARE(plan.skipped.size(), size_t(1));
        QCOMPARE(plan.skipped[0].series.symbol, QStringLiteral("OLD"));
        QVERIFY(plan.skipped[0].reason.contains(QStringLiteral("“bloomberg”")));

        const RefreshPlan some = planRefresh({ { QStringLiteral("AAPL"), QStringLiteral("1d") },
                                               { QStringLiteral("AAPL"), QStringLiteral("1d") },
                                               { QStringLiteral("AAPL"), QStringLiteral("5m") } },
                                             symbols, downloads, downloads);
        QCOMPARE(some.seriesCount(), 1);
        QCOMPARE(some.skipped.size(), size_t(1)); // AAPL 5m is not stored
    }

    void refreshThenTrainEnqueuesAfterTheRefresh()
    {
        auto session = openSession();
        {
            DownloadDialog first(session.get());
            download(first, QStringLiteral("AAPL"));
        }
        RefreshThenTrain helper(session.get());
        QSignalSpy failed(&helper, &RefreshThenTrain::refreshFailed);
        int enqueued = 0;
        qint64 logRowsAtEnqueue = -1;
        QSignalSpy finished(&helper, &RefreshThenTrain::finished);
        helper.start({ { QStringLiteral("AAPL"), QStringLiteral("1d") },
                       { QStringLiteral("ZZZ"), QStringLiteral("1h") } },
                     [&] {
                         ++enqueued;
                         logRowsAtEnqueue
                             = count(*session, QStringLiteral("SELECT count(*) FROM import_log"));
                     });
        QVERIFY(helper.isRunning());
        QCOMPARE(enqueued, 0); // not before the refresh
        QVERIFY(finished.wait(30000));
        QCOMPARE(enqueued, 1);
        QCOMPARE(logRowsAtEnqueue, 2); // the first download and the refresh
        QCOMPARE(failed.count(), 0);
        const auto outcome = finished.first().at(0).value<RefreshOutcome>();
        QCOMPARE(outcome.refreshed, 1);
        QCOMPARE(outcome.skipped.size(), 1);
        QVERIFY2(
            outcome.skipped.first().startsWith(QStringLiteral("ZZZ 1h: Not in this workspace")),
            qPrintable(outcome.skipped.first()));
    }

    void refreshThenTrainStillEnqueuesWhenTheRefreshFails()
    {
        auto session = openSession();
        {
            DownloadDialog first(session.get());
            download(first, QStringLiteral("AAPL"));
        }
        m_server->setHandler([](const ServedRequest &) {
            return CannedReply { 500, "{}", {}, 0, false };
        });
        RefreshThenTrain helper(session.get());
        QSignalSpy failed(&helper, &RefreshThenTrain::refreshFailed);
        QSignalSpy finished(&helper, &RefreshThenTrain::finished);
        int enqueued = 0;
        helper.start({ { QStringLiteral("AAPL"), QStringLiteral("1d") } }, [&] { ++enqueued; });
        QVERIFY(finished.wait(30000));
        QCOMPARE(enqueued, 1);
        QCOMPARE(failed.count(), 1);
        const QStringList failures = failed.first().at(0).toStringList();
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().startsWith(QStringLiteral("AAPL 1d: ")),
                 qPrintable(failures.first()));
        QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM import_log")),
                 1); // nothing new written

        // With nothing to refresh (a CSV-only series) it enqueues at once.
        helper.start({ { QStringLiteral("ZZZ"), QStringLiteral("1d") } }, [&] { ++enqueued; });
        QCOMPARE(enqueued, 2);
    }
};

QTEST_MAIN(TestDownloadDialog)
#include "tst_downloaddialog.moc"
