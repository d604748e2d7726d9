// The report view offscreen: totals (fresh vs stale by the threshold, failed, archived,
// storage, distinct symbols/timeframes/bots) from real records in a workspace, hostile rows,
// sorting, and the CSV export with RFC 4180 quoting and the formula-injection guard.

#include "TestSession.h"
#include "TestSignals.h"
#include "common/FlowGrid.h"
#include "data/CsvWriter.h"
#include "report/ReportModel.h"
#include "report/ReportPage.h"
#include "session/WorkspaceSession.h"
#include "storage/Database.h"
#include "storage/TrainingRecordRepository.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;

namespace {

TrainingRecord record(const QString &symbol, const QString &timeframe, const QString &bot,
                      TrainingRecord::Status status, double hoursAgo, double sizeMb)
{
    TrainingRecord r;
    r.symbol = symbol;
    r.timeframe = timeframe;
    r.bot = bot;
    r.status = status;
    r.trainedAt = QDateTime::currentDateTimeUtc().addSecs(qint64(-hoursAgo * 3600));
    r.modelSizeMb = sizeMb;
    r.dataPoints = 1000;
    if (status != TrainingRecord::Status::Failed) {
        r.testRmse = 1.25;
        r.testMae = 0.5;
        r.modelPath = QStringLiteral("models/x.pt");
    }
    return r;
}

QString label(ReportPage &view, const QString &name)
{
    for (QLabel *l : view.findChildren<QLabel *>()) {
        if (l->accessibleName() == name)
            return l->text();
    }
    return QStringLiteral("(no label %1)").arg(name);
}

} // namespace

class TestReportView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ModelDeckTests-Report"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_session = test::openSession(m_dir.filePath(QStringLiteral("ws")));

        auto c = m_session->database()->connection();
        QVERIFY(c.ok());
        TrainingRecordRepository repo(*c);
        using S = TrainingRecord::Status;
        TrainingRecord failed = record(QStringLiteral("TCS.NS"), QStringLiteral("5m"),
                                       QStringLiteral("gru_bot"), S::Failed, 2, 0);
        // Hostile text from the database: a formula, quotes, a comma and a line break.
        failed.errorMessage = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")\nsecond line");
        const std::vector<TrainingRecord> records {
            record(QStringLiteral("AAPL"), QStringLiteral("1d"), QStringLiteral("lstm_bot"),
                   S::Active, 1, 1.5),
            record(QStringLiteral("AAPL"), QStringLiteral("1d"), QStringLiteral("gru_bot"),
                   S::Active, 48, 2.0),
            failed,
            record(QStringLiteral("@SUM(A1)"), QStringLiteral("1h"), QStringLiteral("linear_bot"),
                   S::Archived, 200, 0.25),
        };
        for (const TrainingRecord &r : records)
            QVERIFY(repo.insert(r).ok());
        // A row with an unreadable time: counted, shown as stale, never a crash.
        QSqlQuery q(*c);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO model_training_records (symbol, timeframe, bot_name, trained_at, "
            "model_size_mb, status) VALUES ('MSFT', '1d', 'lstm_bot', 'not a date', "
            "-3, 'active')")));
    }

    void cleanupTestCase() { m_session.reset(); }

    void totalsAndTable()
    {
        ReportPage view(m_session.get());
        view.show();
        QSignalSpy refreshed(&view, &ReportPage::refreshed);
        QVERIFY(refreshed.wait(30000));
        const ReportTotals &t = view.model()->totals();
        QCOMPARE(t.records, 5);
        QCOMPARE(t.fresh, 1);
        QCOMPARE(t.stale, 2); // 48 h old, and the unreadable time
        QCOMPARE(t.failed, 1);
        QCOMPARE(t.archived, 1);
        QCOMPARE(t.storageMb, 3.75); // the negative size is ignored
        QCOMPARE(t.symbols, 4);
        QCOMPARE(t.timeframes, 3);
        QCOMPARE(t.bots, 3);
        QCOMPARE(label(view, QStringLiteral("Records")), QStringLiteral("5"));
        QCOMPARE(label(view, QStringLiteral("Stale")), QStringLiteral("2"));
        QCOMPARE(label(view, QStringLiteral("Storage used")), QStringLiteral("3.75 MiB"));
        QVERIFY(view.tableView()->isVisible());

        // The nine totals reflow into rows instead of widening the window.
        auto *totals = view.findChild<FlowGrid *>(QStringLiteral("reportTotals"));
        QVERIFY(totals);
        const int cell = totals->minimumSizeHint().width();
        QCOMPARE(totals->columnsFor(totals->sizeHint().width()), 9);
        QCOMPARE(totals->columnsFor(cell * 6), 5); // two rows, filled 5 + 4
        QCOMPARE(totals->columnsFor(cell * 3 + 20), 3);
        QCOMPARE(totals->columnsFor(cell / 2), 1);
        QVERIFY(totals->heightForWidth(cell * 3 + 20)
                > 2 * totals->heightForWidth(totals->sizeHint().width()));
        QVERIFY(view.minimumSizeHint().width() < totals->sizeHint().width() / 2);

        // Newest first by default; the unreadable time sorts last.
        const QAbstractItemModel *shown = view.tableView()->model();
        QCOMPARE(shown->rowCount(), 5);
        QCOMPARE(shown->index(0, ReportModel::BotColumn).data().toString(),
                 QStringLiteral("lstm_bot"));
        QCOMPARE(shown->index(0, ReportModel::StatusColumn).data().toString(),
                 QStringLiteral("Active"));
        QCOMPARE(shown->index(0, ReportModel::AgeColumn).data().toString(), QStringLiteral("1 h"));
        QCOMPARE(shown->index(4, ReportModel::SymbolColumn).data().toString(),
                 QStringLiteral("MSFT"));
        QCOMPARE(shown->index(4, ReportModel::AgeColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(shown->index(4, ReportModel::StatusColumn).data().toString(),
                 QStringLiteral("Stale"));

        view.tableView()->sortByColumn(ReportModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(shown->index(0, ReportModel::SizeColumn).data().toString(),
                 QStringLiteral("2.00 MiB"));
        QCOMPARE(shown->index(0, ReportModel::StatusColumn).data().toString(),
                 QStringLiteral("Stale"));
        QVERIFY(!shown->index(0, ReportModel::StatusColumn).data(Qt::DecorationRole).isNull());

        // A longer threshold makes the 48-hour model fresh again.
        view.setStaleHours(72);
        QCOMPARE(view.model()->totals().fresh, 2);
        QCOMPARE(view.model()->totals().stale, 1);
        QCOMPARE(label(view, QStringLiteral("Active")), QStringLiteral("2"));
        QCOMPARE(shown->index(0, ReportModel::StatusColumn).data().toString(),
                 QStringLiteral("Active"));

        QCOMPARE(view.exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(view.exportAction()->shortcutContext() == Qt::WidgetWithChildrenShortcut);
        QVERIFY(view.exportAction()->isEnabled());
    }

    void csvExportQuotesAndGuards()
    {
        ReportPage view(m_session.get());
        QSignalSpy refreshed(&view, &ReportPage::refreshed);
        QVERIFY(refreshed.wait(30000));
        view.tableView()->sortByColumn(ReportModel::SymbolColumn, Qt::AscendingOrder);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view.tableView()->model());
        QVERIFY(proxy);
        proxy->setFilterFixedString(QString()); // all rows

        const QString path = m_dir.filePath(QStringLiteral("report.csv"));
        QSignalSpy exported(&view, &ReportPage::exported);
        view.exportCsv(path);
        QVERIFY(test::arrived(exported, 30000));
        QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exported.at(0).at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith(
            "symbol,timeframe,bot,status,trained_at_utc,age_hours,data_points,test_rmse,"
            "test_mae,model_size_mb,error\r\n"));
        const QList<QByteArray> lines = csv.split('\n');
        // Header, five records (one spans two lines through its quoted line break), final CRLF.
        QCOMPARE(lines.size(), 8);
        // In the view's order (symbol ascending): "@SUM(A1)" first, guarded against formulas.
        QVERIFY2(lines[1].startsWith("'@SUM(A1),1h,linear_bot,archived,"), lines[1].constData());
        QVERIFY(lines[1].endsWith(",1.25,0.5,0.250,\r"));
        QVERIFY(lines[2].startsWith("AAPL,1d,"));
        const qsizetype failedAt = csv.indexOf("TCS.NS,5m,gru_bot,failed,");
        QVERIFY(failedAt > 0);
        QVERIFY2(csv.mid(failedAt).contains(
                     ",,,0.000,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\nsecond line\"\r\n"),
                 csv.mid(failedAt).constData());
        QVERIFY(csv.contains("MSFT,1d,lstm_bot,stale,,,0,,,0.000,\r\n"));
        QCOMPARE(exported.at(0).at(1).toString(),
                 QStringLiteral("Exported 5 record(s) to %1.").arg(path));
    }

    void csvWriterFields()
    {
        QCOMPARE(CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("two\r\nlines")),
                 QStringLiteral("\"two\r\nlines\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
        QCOMPARE(CsvWriter::field(QStringLiteral("+cmd")), QStringLiteral("'+cmd"));
        QCOMPARE(CsvWriter::field(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
        QCOMPARE(CsvWriter::field(QStringLiteral("@SUM(A1:A9)")), QStringLiteral("'@SUM(A1:A9)"));
        QCOMPARE(CsvWriter::field(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
        QCOMPARE(CsvWriter::field(QStringLiteral("=A1,B1")), QStringLiteral("\"'=A1,B1\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("-1.5")),
                 QStringLiteral("-1.5")); // a number stays one
        QCOMPARE(CsvWriter::field(QStringLiteral("+2e3")), QStringLiteral("+2e3"));
        // toDouble() reads these as numbers; a spreadsheet reads them as formulas.
        QCOMPARE(CsvWriter::field(QStringLiteral("-inf")), QStringLiteral("'-inf"));
        QCOMPARE(CsvWriter::field(QStringLiteral("-nan")), QStringLiteral("'-nan"));
        QCOMPARE(CsvWriter::field(QStringLiteral("- 1")), QStringLiteral("'- 1"));
        QCOMPARE(CsvWriter::field(QString()), QString());
        QCOMPARE(CsvWriter::row({ QStringLiteral("a"), QString(), QStringLiteral("ü") }),
                 QByteArray("a,,\xC3\xBC\r\n"));
    }

    void emptyWorkspaceShowsAHint()
    {
        auto session = test::openSession(m_dir.filePath(QStringLiteral("empty")));
        ReportPage view(session.get());
        view.show();
        QSignalSpy refreshed(&view, &ReportPage::refreshed);
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(!view.tableView()->isVisible());
        QVERIFY(!view.exportAction()->isEnabled());
        bool hint = false;
        for (QLabel *l : view.findChildren<QLabel *>())
            hint = hint
                || (l->isVisible() && l->text().contains(QStringLiteral("No training runs")));
        QVERIFY(hint);
    }
};

QTEST_MAIN(TestReportView)
#include "tst_reportpage.moc"
