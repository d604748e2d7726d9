// The import dialog offscreen: previews of Yahoo and broker files as the importer parses them,
// errors with their line numbers blocking the import, overrides reaching the ImportRequest,
// dropping files, and real imports (and a cancelled one) through WorkspaceSession.

#include "TestFiles.h"
#include "TestSession.h"
#include "TestSignals.h"
#include "TestYahooFlagged.h"
#include "import/ImportDialog.h"
#include "import/ImportFileTypes.h"
#include "import/ImportOptionsWidget.h"
#include "import/ImportPreviewModel.h"
#include "import/ImportPreviewPane.h"
#include "session/WorkspaceSession.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUrl>

using namespace modeldeck;

namespace {

const QByteArray kYahoo = "Date,Open,High,Low,Close,Adj Close,Volume\n"
                          "2024-01-02,100,110,95,105,104,1000\n"
                          "2024-01-03,105,112,101,110,109,1100\n"
                          "2024-01-04,null,null,null,null,null,null\n"
                          "2024-01-05,110,115,108,112.5,111.25,1200\n";

const QByteArray kBroker = "Date,Time,open,high,low,close,volume\n"
                           "20250101,09:15,1215.85,1217.0,1213.5,1216.55,0\n"
                           "20250101,09:20,1216.45,1216.95,1215.0,1215.2,107892\n"
                           "20250101,09:25,1214.85,1216.35,1214.8,1216.3,52763\n";

QString text(const ImportPreviewModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// The dialog's push button whose text (without mnemonics) is `label`.
QPushButton *button(QWidget &parent, const QString &label)
{
    for (QPushButton *b : parent.findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == label)
            return b;
    }
    qFatal("no button %s", qPrintable(label));
    return nullptr;
}

QComboBox *selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index < 0)
        qFatal("no combo entry for %s", qPrintable(value.toString()));
    combo->setCurrentIndex(index);
    return combo;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        return test::writeFile(m_dir, name, content);
    }

    std::unique_ptr<WorkspaceSession> openSession(const QString &name)
    {
        return test::openSession(m_dir.filePath(name));
    }

    // Sets files and waits until every preview is in.
    static void preview(ImportDialog &dialog, const QStringList &files)
    {
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        dialog.setFiles(files);
        QVERIFY(updated.wait(30000));
    }

    static void waitForPreview(ImportDialog &dialog)
    {
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        QVERIFY(updated.wait(30000));
    }

    static qint64 barCount(const WorkspaceSession &session, const QString &symbol,
                           const QString &timeframe)
    {
        auto c = session.database()->connection();
        if (!c)
            return -1;
        MarketDataRepository repo(*c);
        auto info = repo.findSymbol(symbol);
        if (!info || !info->has_value())
            return 0;
        auto bars = repo.loadBars((*info)->id, timeframe);
        return bars ? qint64(bars->size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ModelDeckTests-ImportDialog"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void previewYahooAsParsed()
    {
        auto session = openSession(QStringLiteral("yahoo"));
        ImportDialog dialog(session.get());
        dialog.show();
        QVERIFY(!dialog.importButton()->isEnabled()); // nothing chosen yet
        preview(dialog, { write(QStringLiteral("AAPL.csv"), kYahoo) });

        const ImportPreviewModel *model = dialog.previewModel();
        QCOMPARE(model->rowCount(), 3); // the null row is skipped, as the import will
        QCOMPARE(text(model, 0, ImportPreviewModel::LineColumn), QStringLiteral("2"));
        QCOMPARE(text(model, 2, ImportPreviewModel::LineColumn), QStringLiteral("5"));
        // A US symbol: naive dates are midnight in New York, 05:00 UTC in winter.
        QCOMPARE(text(model, 0, ImportPreviewModel::LocalTimeColumn),
                 QStringLiteral("2024-01-02 00:00"));
        QCOMPARE(text(model, 0, ImportPreviewModel::UtcTimeColumn),
                 QStringLiteral("2024-01-02 05:00"));
        QCOMPARE(model->headerData(ImportPreviewModel::LocalTimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Time (America/New_York)"));
        QCOMPARE(text(model, 2, ImportPreviewModel::CloseColumn), QStringLiteral("112.5"));
        QCOMPARE(text(model, 2, ImportPreviewModel::AdjCloseColumn), QStringLiteral("111.25"));
        QCOMPARE(text(model, 1, ImportPreviewModel::VolumeColumn), QStringLiteral("1,100"));
        QCOMPARE(text(model, 0, ImportPreviewModel::FlagsColumn), QString());

        QCOMPARE(dialog.options()->timeframeCombo()->itemText(0), QStringLiteral("Detect (1d)"));
        QCOMPARE(dialog.options()->timeZoneCombo()->itemText(0),
                 QStringLiteral("Detect (America/New_York)"));
        QCOMPARE(dialog.options()->symbolEdit()->placeholderText(),
                 QStringLiteral("AAPL (from the file)"));
        QVERIFY(dialog.fileList()->item(0)->text().contains(QStringLiteral("ready as AAPL 1d")));
        const auto &issues = dialog.issues();
        QCOMPARE(issues.size(), size_t(1));
        QVERIFY(issues[0].severity == ImportIssue::Severity::Note);
        QVERIFY(issues[0].message.contains(QStringLiteral("1 row(s) with empty or null values")));
        QVERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(barCount(*session, QStringLiteral("AAPL"), QStringLiteral("1d")),
                 0); // a preview writes nothing
    }

    void previewBrokerExportInExchangeZone()
    {
        auto session = openSession(QStringLiteral("broker"));
        ImportDialog dialog(session.get());
        preview(dialog, { write(QStringLiteral("TCS.NS_5min.csv"), kBroker) });
        const ImportPreviewModel *model = dialog.previewModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(text(model, 0, ImportPreviewModel::LocalTimeColumn),
                 QStringLiteral("2025-01-01 09:15"));
        QCOMPARE(text(model, 0, ImportPreviewModel::UtcTimeColumn),
                 QStringLiteral("2025-01-01 03:45"));
        QCOMPARE(text(model, 0, ImportPreviewModel::AdjCloseColumn), QStringLiteral("—"));
        QCOMPARE(dialog.options()->timeframeCombo()->itemText(0), QStringLiteral("Detect (5m)"));
        QCOMPARE(dialog.options()->timeZoneCombo()->itemText(0),
                 QStringLiteral("Detect (Asia/Kolkata)"));
        QVERIFY(dialog.issues().empty());
        QVERIFY(dialog.importButton()->isEnabled());
    }

    void badRowShowsItsLineAndBlocksImport()
    {
        auto session = openSession(QStringLiteral("bad"));
        ImportDialog dialog(session.get());
        dialog.show();
        const QString good = write(QStringLiteral("GOOD.csv"), kYahoo);
        const QString bad = write(QStringLiteral("MSFT.csv"),
                                  "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                  "2024-01-02,100,110,95,105,104,1000\n"
                                  "2024-01-03,105,1l2,101,110,109,1100\n");
        preview(dialog, { good, bad });
        QVERIFY(!dialog.importButton()
                     ->isEnabled()); // one bad file blocks all: imports are all-or-nothing
        QVERIFY2(dialog.fileList()->item(1)->text().contains(QStringLiteral("error on line 3")),
                 qPrintable(dialog.fileList()->item(1)->text()));

        dialog.fileList()->setCurrentRow(1);
        const auto &issues = dialog.issues();
        QCOMPARE(issues.size(), size_t(1));
        QVERIFY(issues[0].severity == ImportIssue::Severity::Error);
        QCOMPARE(issues[0].line, 3);
        QVERIFY2(issues[0].message.contains(QStringLiteral("“1l2”")),
                 qPrintable(issues[0].message));
        QCOMPARE(dialog.previewModel()->rowCount(), 0);
        // The file's text is shown at the offending line.
        ImportPreviewPane *pane = dialog.previewPane();
        QCOMPARE(pane->tabs()->currentWidget(), pane->textView());
        QCOMPARE(pane->textView()->textCursor().blockNumber(), 2);
        QVERIFY(pane->textView()->textCursor().block().text().contains(QStringLiteral("1l2")));

        // Removing the bad file makes the rest importable.
        dialog.fileList()->setCurrentRow(1);
        dialog.fileList()->item(1)->setSelected(true);
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        QTest::mouseClick(button(dialog, QStringLiteral("Remove")), Qt::LeftButton);
        QVERIFY(updated.wait(30000));
        QCOMPARE(dialog.files(), QStringList { QFileInfo(good).absoluteFilePath() });
        QVERIFY(dialog.importButton()->isEnabled());
    }

    void impossibleRowsFollowThePolicy()
    {
        auto session = openSession(QStringLiteral("policy"));
        ImportDialog dialog(session.get());
        preview(dialog,
                { write(QStringLiteral("IBM.csv"),
                        "Date,Open,High,Low,Close,Volume\n"
                        "2024-01-02,100,110,95,105,1000\n"
                        "2024-01-03,105,101,112,110,1100\n" // high < low
                        "2024-01-04,105,112,101,110,1100\n") });
        // By default the row is imported flagged: a warning, not a blocker.
        QCOMPARE(dialog.options()->invalidRowsCombo()->currentData().toInt(),
                 int(InvalidRowPolicy::Keep));
        auto issues = dialog.issues();
        QCOMPARE(issues.size(), size_t(1));
        QVERIFY(issues[0].severity == ImportIssue::Severity::Warning);
        QCOMPARE(issues[0].line, 3);
        QVERIFY(dialog.importButton()->isEnabled());
        // The row is shown, flagged, with the reason.
        QCOMPARE(dialog.previewModel()->rowCount(), 3);
        QVERIFY(text(dialog.previewModel(), 1, ImportPreviewModel::FlagsColumn)
                    .startsWith(QStringLiteral("Invalid")));

        selectData(dialog.options()->invalidRowsCombo(), int(InvalidRowPolicy::Reject));
        waitForPreview(dialog);
        issues = dialog.issues();
        QCOMPARE(issues.size(), size_t(2));
        QVERIFY(issues[0].severity == ImportIssue::Severity::Error);
        QCOMPARE(issues[0].line, 3);
        QVERIFY2(issues[0].message.contains(QStringLiteral("high 101 is below low 112")),
                 qPrintable(issues[0].message));
        QVERIFY(!dialog.importButton()->isEnabled());
    }

    // A Yahoo daily file whose 25 oldest rows have the open outside low–high imports by default:
    // the problems list and the result name the count and the first lines, not every row.
    void yahooOpenOutsideRangeImportsFlagged()
    {
        auto session = openSession(QStringLiteral("yahoo-flagged"));
        ImportDialog dialog(session.get());
        dialog.show();
        preview(dialog,
                { write(QStringLiteral("INFY.NS.csv"), test::yahooDailyWithOpenOutsideRange()) });
        auto issues = dialog.issues();
        QCOMPARE(issues.size(), size_t(4));
        for (size_t i = 0; i < 3; ++i) {
            QVERIFY(issues[i].severity == ImportIssue::Severity::Warning);
            QCOMPARE(issues[i].line, qint64(i) + 2);
        }
        QVERIFY(issues[3].severity == ImportIssue::Severity::Warning);
        QVERIFY2(issues[3].message.startsWith(
                     QStringLiteral("22 more row(s) with impossible values will be imported")),
                 qPrintable(issues[3].message));
        QVERIFY(dialog.importButton()->isEnabled());

        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QVERIFY(test::arrived(imported, 30000));
        const auto report = imported.at(0).at(0).value<ImportReport>();
        QCOMPARE(report.files.front().flagged.size(), size_t(test::kYahooFlaggedBad));
        QCOMPARE(barCount(*session, QStringLiteral("INFY.NS"), QStringLiteral("1d")),
                 test::kYahooFlaggedRows);
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("importStatus"))->text();
        QVERIFY2(summary.contains(QStringLiteral("INFY.NS.csv → INFY.NS 1d: 60 new")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral(
                     "\n⚠ 25 row(s) imported but flagged as invalid: line 2 (open 103.250000 "
                     "is outside the low–high range 98.000000–102.000000), line 3 (")),
                 qPrintable(summary));
        QVERIFY2(summary.endsWith(QStringLiteral(" and 22 more."))
                     && !summary.contains(QStringLiteral("line 5")),
                 qPrintable(summary));
    }

    void yahooOpenOutsideRangeRefusedOnRequest()
    {
        auto session = openSession(QStringLiteral("yahoo-refused"));
        ImportDialog dialog(session.get());
        preview(
            dialog,
            { write(QStringLiteral("HDFCBANK.NS.csv"), test::yahooDailyWithOpenOutsideRange()) });
        QVERIFY(dialog.importButton()->isEnabled()); // importable by default
        // Choosing Refuse must change the option, or no new preview would come.
        QCOMPARE(dialog.options()->invalidRowsCombo()->currentData().toInt(),
                 int(InvalidRowPolicy::Keep));
        selectData(dialog.options()->invalidRowsCombo(), int(InvalidRowPolicy::Reject));
        waitForPreview(dialog);
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY2(dialog.fileList()->item(0)->text().contains(QStringLiteral("error on line 2")),
                 qPrintable(dialog.fileList()->item(0)->text()));
        const auto &issues = dialog.issues();
        QCOMPARE(issues.size(), size_t(5)); // three lines, "22 more", and how to import anyway
        QVERIFY(issues[0].severity == ImportIssue::Severity::Error);
        QCOMPARE(issues[0].line, 2);
        QVERIFY(issues[0].message.startsWith(QStringLiteral("open 103.250000 is outside")));
        QVERIFY(issues[3].message.startsWith(QStringLiteral("22 more row(s)")));
        QVERIFY(issues[4].message.contains(QStringLiteral("Import them flagged as invalid")));
        QCOMPARE(barCount(*session, QStringLiteral("HDFCBANK.NS"), QStringLiteral("1d")), 0);
    }

    void overridesReachTheRequestAndThePreview()
    {
        auto session = openSession(QStringLiteral("overrides"));
        ImportDialog dialog(session.get());
        preview(dialog,
                { write(QStringLiteral("data.csv"),
                        "Date,Open,High,Low,Close\n"
                        "02/01/2024 09:15,10,11,9,10\n"
                        "02/01/2024 10:15,10,11,9,10\n") });
        // 02/01 could be 2 January or 1 February: refused until the order is chosen.
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.issues()[0].message.contains(QStringLiteral("day-first or month-first")));

        ImportOptionsWidget *options = dialog.options();
        QTest::keyClicks(options->symbolEdit(), QStringLiteral("infy.ns"));
        selectData(options->timeframeCombo(), QStringLiteral("4h"));
        selectData(options->timeZoneCombo(), QStringLiteral("Europe/London"));
        selectData(options->dateOrderCombo(), int(DateOrder::DayFirst));
        selectData(options->invalidRowsCombo(), int(InvalidRowPolicy::Keep));
        waitForPreview(dialog);

        const ImportRequest request = dialog.request();
        QCOMPARE(request.files.size(), 1);
        QCOMPARE(request.symbol, QStringLiteral("INFY.NS"));
        QVERIFY(request.timeframe && request.timeframe->name() == QStringLiteral("4h"));
        QCOMPARE(request.timeZone, QStringLiteral("Europe/London"));
        QVERIFY(request.dateOrder == DateOrder::DayFirst);
        QVERIFY(request.invalidRows == InvalidRowPolicy::Keep);

        // The preview was parsed with them: 2 January, London time (UTC in winter).
        QVERIFY2(dialog.issues().empty(),
                 qPrintable(dialog.issues().empty() ? QString() : dialog.issues()[0].message));
        QCOMPARE(text(dialog.previewModel(), 0, ImportPreviewModel::LocalTimeColumn),
                 QStringLiteral("2024-01-02 09:15"));
        QCOMPARE(text(dialog.previewModel(), 0, ImportPreviewModel::UtcTimeColumn),
                 QStringLiteral("2024-01-02 09:15"));
        QVERIFY(dialog.fileList()->item(0)->text().contains(QStringLiteral("INFY.NS 4h")));
        QVERIFY(dialog.importButton()->isEnabled());

        // A symbol that cannot be stored is refused before any parsing.
        options->symbolEdit()->setText(QStringLiteral("../etc"));
        QVERIFY(!options->validationError().isEmpty());
        QVERIFY(!dialog.importButton()->isEnabled());
        const auto *symbolError = options->findChild<QLabel *>(QStringLiteral("symbolError"));
        QVERIFY(symbolError && symbolError->isVisibleTo(options) && !symbolError->text().isEmpty());
    }

    void importWritesBarsAndSummarises()
    {
        auto session = openSession(QStringLiteral("import"));
        ImportDialog dialog(session.get());
        dialog.show();
        preview(dialog,
                { write(QStringLiteral("AAPL.csv"), kYahoo),
                  write(QStringLiteral("TCS.NS_5min.csv"), kBroker) });
        QVERIFY(dialog.importButton()->isEnabled());
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QVERIFY(test::arrived(imported, 30000));
        const auto report = imported.at(0).at(0).value<ImportReport>();
        QCOMPARE(report.files.size(), size_t(2));
        QCOMPARE(report.files[0].merge.added, 3);
        QCOMPARE(report.files[0].skippedMissing, 1);
        QCOMPARE(barCount(*session, QStringLiteral("AAPL"), QStringLiteral("1d")), 3);
        QCOMPARE(barCount(*session, QStringLiteral("TCS.NS"), QStringLiteral("5m")), 3);
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("importStatus"))->text();
        QVERIFY2(summary.contains(
                     QStringLiteral("AAPL.csv → AAPL 1d: 3 new, 0 updated, 0 unchanged bars")),
                 qPrintable(summary));
        QVERIFY(!dialog.importButton()->isVisible());
        QVERIFY(dialog.isVisible()); // stays open with the summary until closed
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void errorBeyondThePreviewIsListedAfterImport()
    {
        auto session = openSession(QStringLiteral("beyond"));
        QByteArray csv = "Date,Time,Open,High,Low,Close\n";
        QDateTime t(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
        for (int i = 0; i < 400; ++i, t = t.addSecs(300))
            csv += t.toString(QStringLiteral("yyyyMMdd,HH:mm")).toLatin1()
                + (i == 299 ? ",1,2,1,x\n" : ",1,2,1,1.5\n");
        ImportDialog dialog(session.get());
        preview(dialog, { write(QStringLiteral("BTC-USD.csv"), csv) });
        QCOMPARE(dialog.previewModel()->rowCount(), int(ImportFileState::kPreviewRows));
        QVERIFY(dialog.importButton()->isEnabled()); // the head is fine

        QSignalSpy failed(&dialog, &ImportDialog::importFailed);
        dialog.accept();
        QVERIFY(test::arrived(failed, 30000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("BTC-USD.csv:301")),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(dialog.issues().size(), size_t(1));
        QCOMPARE(dialog.issues()[0].line, 301);
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(barCount(*session, QStringLiteral("BTC-USD"), QStringLiteral("5m")), 0);
    }

    void cancelledImportWritesNothing()
    {
        auto session = openSession(QStringLiteral("cancel"));
        QByteArray csv = "Date,Time,open,high,low,close,volume\n";
        QDateTime t(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
        for (int i = 0; i < 200000; ++i, t = t.addSecs(60))
            csv += t.toString(QStringLiteral("yyyyMMdd,HH:mm")).toLatin1() + ",10,11,9,10.5,100\n";
        ImportDialog dialog(session.get());
        dialog.show();
        preview(dialog, { write(QStringLiteral("ETH-USD_1min.csv"), csv) });
        QSignalSpy failed(&dialog, &ImportDialog::importFailed);
        dialog.accept();
        QVERIFY(dialog.isImporting());
        QTest::mouseClick(button(dialog, QStringLiteral("Cancel Import")), Qt::LeftButton);
        QVERIFY(test::arrived(failed, 60000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("cancelled")),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(barCount(*session, QStringLiteral("ETH-USD"), QStringLiteral("1m")), 0);
        QVERIFY(dialog.importButton()->isEnabled()); // can be tried again
    }

    void droppedFilesAreAdded()
    {
        auto session = openSession(QStringLiteral("drop"));
        ImportDialog dialog(session.get());
        dialog.show();
        const QString path = write(QStringLiteral("DROP.csv"), kYahoo);
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&dialog, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dialog, &drop);
        QCOMPARE(dialog.files(), QStringList { QFileInfo(path).absoluteFilePath() });
        QVERIFY(updated.wait(30000));
        QCOMPARE(dialog.previewModel()->rowCount(), 3);
        QApplication::sendEvent(&dialog, &drop); // the same file twice is listed once
        QCOMPARE(dialog.files().size(), 1);

        // Only CSV and text files, by the rule the main window's drop uses too.
        const QString picture = write(QStringLiteral("chart.png"), "png");
        QMimeData pictureMime;
        pictureMime.setUrls({ QUrl::fromLocalFile(picture) });
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &pictureMime, Qt::LeftButton,
                                Qt::NoModifier);
        QApplication::sendEvent(&dialog, &refused);
        QVERIFY(!refused.isAccepted());
        QVERIFY(ImportFileTypes::accepts(write(QStringLiteral("UPPER.TXT"), kYahoo)));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.csv")));
        QVERIFY(!ImportFileTypes::accepts(m_dir.filePath(QStringLiteral("folder.csv"))));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
