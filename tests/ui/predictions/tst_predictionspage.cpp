// The Predictions tab offscreen, on real workspaces with the committed TorchScript fixture
// registered: Predict (button and Ctrl+Enter) shows the service's own numbers and saves a
// row; the service's errors (model not active, horizon no longer supported, model file
// missing, model deleted, not enough history) appear verbatim; the chart's series hold the
// history, the saved predictions and their interval boxes; importing the predicted bar fills
// in the actual close in the table and the chart; the table filters and copies; light and
// dark screenshots.

#include "PredictionWorkspace.h"
#include "TestBars.h"
#include "TestPalette.h"
#include "TestSession.h"
#include "TestSignals.h"
#include "common/InlineMessage.h"
#include "predictions/LiveAccuracyChart.h"
#include "predictions/PredictionChart.h"
#include "predictions/PredictionHistoryView.h"
#include "predictions/PredictionPicker.h"
#include "predictions/PredictionResultPanel.h"
#include "predictions/PredictionTableModel.h"
#include "predictions/PredictionText.h"
#include "predictions/PredictionsPage.h"
#include "services/ModelImporter.h"
#include "services/ModelRegistry.h"
#include "services/PredictionService.h"
#include "session/WorkspaceSession.h"
#include "training/ConformalInterval.h"
#include "training/TorchRuntime.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cmath>

using namespace modeldeck;

using test::kBanded;
using test::kFixture;
using test::kPlain;
using test::kStep;
using test::kSymbol;
using test::kTimeframe;
using test::sineBars;

class TestPredictionsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A new workspace with `bars` of SINE 5m and, with `withModels`, the fixture's two models
    // (PredictionWorkspace.h).
    std::unique_ptr<WorkspaceSession> workspace(const std::vector<Bar> &bars,
                                                bool withModels = true)
    {
        return test::openPredictionWorkspace(
            m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter)), bars, withModels);
    }

    static bool refreshAndWait(PredictionsPage &page)
    {
        QSignalSpy done(&page, &PredictionsPage::refreshed);
        page.refresh();
        return test::arrived(done, 20000);
    }

    static void choose(QComboBox *combo, const QVariant &value)
    {
        const int index = combo->findData(value);
        QVERIFY2(index >= 0, qPrintable(value.toString()));
        combo->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TorchRuntime::initialize(1);
    }

    void emptyWorkspaceExplainsWhatToDo()
    {
        auto session = workspace(sineBars(50), false);
        PredictionsPage page(session.get());
        QVERIFY(refreshAndWait(page));
        QVERIFY(!page.predictButton()->isEnabled());
        QVERIFY(page.message()->kind() == InlineMessage::Kind::Info);
        QVERIFY(page.message()->text().contains(QStringLiteral("No models are registered yet")));
        QCOMPARE(page.picker()->symbol(), kSymbol); // the series is offered all the same
        QCOMPARE(page.picker()->modelCombo()->count(), 0);
        QCOMPARE(page.chart()->closeSeries()->count(), 50);
        QCOMPARE(page.history()->model()->rowCount(), 0);
    }

    void predictShowsTheServiceNumbersAndSaves()
    {
        auto session = workspace(sineBars(200));
        PredictionsPage page(session.get());
        QVERIFY(refreshAndWait(page));
        PredictionPicker *picker = page.picker();
        // The active model is preselected; both names are offered, saying which is active.
        QCOMPARE(picker->symbol(), kSymbol);
        QCOMPARE(picker->timeframe(), kTimeframe);
        QCOMPARE(picker->modelName(), kBanded);
        QCOMPARE(picker->modelCombo()->count(), 2);
        QVERIFY(picker->modelCombo()->currentText().contains(QStringLiteral("active")));
        QCOMPARE(picker->horizonCombo()->count(), 2);
        QCOMPARE(picker->horizonCombo()->itemData(1).toInt(), 3);
        choose(picker->horizonCombo(), 3);
        QVERIFY(page.saveCheck()->isChecked());
        QVERIFY(page.predictButton()->isEnabled());

        QVERIFY(test::predictAndWait(page));
        QVERIFY2(page.lastPrediction(), qPrintable(page.message()->text()));
        // The same call on the same bars gives the same number (the network is deterministic).
        auto expected = PredictionService(*session->database()).predict({ kBanded, 3, false });
        QVERIFY(expected);
        const PredictionResultPanel *result = page.resultPanel();
        QCOMPARE(result->valueLabel()->text(), PredictionText::price(expected->value));
        QCOMPARE(result->interval80Label()->text(),
                 PredictionText::interval(expected->value - 0.5, expected->value + 0.5));
        QCOMPARE(result->interval95Label()->text(),
                 PredictionText::interval(expected->value - 1.25, expected->value + 1.25));
        const qint64 lastBar = 1'700'000'000'000 + 199 * kStep;
        QVERIFY(
            result->baseLabel()->text().startsWith(PredictionText::barTime(lastBar, kTimeframe)));
        QVERIFY(result->targetLabel()->text().startsWith(
            PredictionText::barTime(lastBar + 3 * kStep, kTimeframe)));
        QVERIFY(result->savedLabel()->text().startsWith(QStringLiteral("Yes")));
        QVERIFY(!page.message()->isVisible());

        // Saved: one row in the database, in the table and on the chart with both boxes.
        auto rows = PredictionService(*session->database()).list({});
        QVERIFY(rows);
        QCOMPARE(rows->size(), size_t(1));
        QCOMPARE(rows->front().id, page.lastPrediction()->id);
        PredictionTableModel *table = page.history()->model();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->index(0, PredictionTableModel::Model).data().toString(), kBanded);
        QCOMPARE(table->index(0, PredictionTableModel::Predicted).data().toString(),
                 PredictionText::price(expected->value));
        QCOMPARE(table->index(0, PredictionTableModel::Upper95).data().toString(),
                 PredictionText::price(expected->value + 1.25));
        QCOMPARE(table->index(0, PredictionTableModel::Actual).data().toString(),
                 QStringLiteral("–"));
        PredictionChart *chart = page.chart();
        QCOMPARE(chart->closeSeries()->count(), PredictionsPage::kHistoryBars);
        QCOMPARE(chart->predictedSeries()->count(), 1);
        QCOMPARE(chart->predictedSeries()->at(0).x(), PredictionChart::chartX(lastBar + 3 * kStep));
        QCOMPARE(chart->predictedSeries()->at(0).y(), rows->front().value);
        QCOMPARE(chart->band80()->upperSeries()->count(), 4);
        QCOMPARE(chart->band95()->lowerSeries()->count(), 4);
        double top80 = -1e9;
        for (const QPointF &p : chart->band80()->upperSeries()->points())
            top80 = std::max(top80, p.y());
        QCOMPARE(top80, rows->front().value + 0.5);
        QCOMPARE(chart->actualSeries()->count(), 0);
        // Every mark has a legend entry with text.
        QStringList legend;
        for (QLegendMarker *marker : chart->chart()->legend()->markers())
            legend << marker->label();
        QCOMPARE(legend,
                 (QStringList { QStringLiteral("95 % interval"), QStringLiteral("80 % interval"),
                                QStringLiteral("Close"), QStringLiteral("Predicted (circle)"),
                                QStringLiteral("Actual (square)") }));

        // Unticked and by keyboard: the result shows, nothing more is saved.
        page.saveCheck()->setChecked(false);
        choose(picker->horizonCombo(), 1);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        QVERIFY(test::predictAndWait(page, true));
        QVERIFY(page.lastPrediction());
        QCOMPARE(page.lastPrediction()->horizon, 1);
        QCOMPARE(page.lastPrediction()->id, qint64(0));
        QCOMPARE(page.resultPanel()->savedLabel()->text(), QStringLiteral("No"));
        QCOMPARE(PredictionService(*session->database()).list({})->size(), size_t(1));
    }

    void serviceErrorsAreShownVerbatim()
    {
        auto session = workspace(sineBars(200));
        const Database &db = *session->database();
        PredictionsPage page(session.get());
        QVERIFY(refreshAndWait(page));

        // Not active: offered (it is registered for this series) but says so.
        choose(page.picker()->modelCombo(), kPlain);
        QVERIFY(page.picker()->modelCombo()->currentText().contains(QStringLiteral("not active")));
        QVERIFY(test::predictAndWait(page));
        auto inactive = PredictionService(db).predict({ kPlain, page.picker()->horizon(), false });
        QVERIFY(!inactive);
        QVERIFY(page.message()->kind() == InlineMessage::Kind::Error);
        QCOMPARE(page.message()->text(), inactive.error().toString());
        QVERIFY(page.message()->text().contains(QStringLiteral("not active")));
        QVERIFY(!page.lastPrediction());
        QVERIFY(!page.resultPanel()->hasPrediction());

        // A new version with horizon 1 only, registered behind the page's back (the CLI):
        // the page still offers 3, and the service's refusal lists what is supported.
        choose(page.picker()->modelCombo(), kBanded);
        choose(page.picker()->horizonCombo(), 3);
        auto current = ModelRegistry(db).find(kBanded);
        QVERIFY(current);
        RegisteredModel next = *current;
        next.horizons = { 1 };
        QFile file(kFixture);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(ModelRegistry(db).add(next, file.readAll(), QStringLiteral("imported"), true));
        QVERIFY(test::predictAndWait(page));
        QVERIFY(page.message()->text().contains(
            QStringLiteral("does not predict 3 bars ahead; it supports horizons 1.")));
        QCOMPARE(page.message()->text(),
                 PredictionService(db).predict({ kBanded, 3, false }).error().toString());
        // …and the page then reloads the registry, so only horizon 1 is left to choose.
        QTRY_COMPARE_WITH_TIMEOUT(page.picker()->horizonCombo()->count(), 1, 10000);
        QCOMPARE(page.picker()->horizon(), 1);

        // The active version's file gone: checked before any cached network is used.
        auto active = ModelRegistry(db).find(kBanded);
        QVERIFY(active);
        QVERIFY(QFile::remove(db.workspaceDir() + u'/' + active->filePath));
        QVERIFY(test::predictAndWait(page));
        QVERIFY(page.message()->text().contains(QStringLiteral("is missing")));
        QCOMPARE(page.message()->text(),
                 PredictionService(db).predict({ kBanded, 1, false }).error().toString());

        // A model deleted behind the page's back (another window, the CLI).
        QVERIFY(refreshAndWait(page));
        choose(page.picker()->modelCombo(), kPlain);
        QVERIFY(ModelRegistry(db).remove(kPlain));
        QVERIFY(test::predictAndWait(page));
        QCOMPARE(page.message()->text(),
                 PredictionService(db).predict({ kPlain, 1, false }).error().toString());
        QVERIFY(page.message()->text().contains(QStringLiteral("There is no model named")));
        QCOMPARE(PredictionService(db).list({})->size(), size_t(0));
    }

    void notEnoughHistorySaysHowMuchIsNeeded()
    {
        auto session = workspace(sineBars(20));
        PredictionsPage page(session.get());
        QVERIFY(refreshAndWait(page));
        QCOMPARE(page.picker()->modelName(), kBanded);
        QVERIFY(test::predictAndWait(page));
        QVERIFY(page.message()->kind() == InlineMessage::Kind::Error);
        QVERIFY2(page.message()->text().contains(QStringLiteral("needs the latest")),
                 qPrintable(page.message()->text()));
        QVERIFY(page.message()->text().contains(QStringLiteral("the workspace has 20")));
        QCOMPARE(page.chart()->closeSeries()->count(), 20);
        QCOMPARE(page.chart()->predictedSeries()->count(), 0);
    }

    void importedBarsFillInTheActual()
    {
        auto session = workspace(sineBars(200));
        PredictionsPage page(session.get());
        page.resize(1200, 800);
        page.show(); // a visible page refreshes itself when the workspace's bars change
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE_WITH_TIMEOUT(page.picker()->modelName(), kBanded, 10000);
        choose(page.picker()->horizonCombo(), 1);
        QVERIFY(test::predictAndWait(page));
        QVERIFY(page.lastPrediction());
        const double predicted = page.lastPrediction()->value;
        QCOMPARE(page.history()->model()->rowCount(), 1);

        // The predicted bar arrives (an import would end the same way: symbolsChanged).
        const std::vector<Bar> more = sineBars(5, 200);
        QVERIFY(test::storeBars(*session->database(), kSymbol, kTimeframe, more).isEmpty());
        QSignalSpy filled(&page, &PredictionsPage::actualsFilled);
        QSignalSpy refreshed(&page, &PredictionsPage::refreshed);
        session->refreshSymbols();
        QVERIFY(test::arrived(refreshed, 20000));
        QCOMPARE(filled.size(), 1);
        QCOMPARE(filled.at(0).at(0).toInt(), 1);
        PredictionTableModel *table = page.history()->model();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->index(0, PredictionTableModel::Actual).data().toString(),
                 PredictionText::price(more[0].close));
        const double error = more[0].close - predicted;
        QCOMPARE(table->index(0, PredictionTableModel::ErrorColumn)
                     .data(PredictionTableModel::SortRole)
                     .toDouble(),
                 error);
        QVERIFY(table->index(0, PredictionTableModel::ErrorColumn)
                    .data()
                    .toString()
                    .endsWith(PredictionText::price(std::abs(error))));
        QCOMPARE(page.chart()->actualSeries()->count(), 1);
        QCOMPARE(page.chart()->actualSeries()->at(0).y(), more[0].close);
        QCOMPARE(page.chart()->closeSeries()->count(), PredictionsPage::kHistoryBars);
        QCOMPARE(page.chart()->closeSeries()->at(PredictionsPage::kHistoryBars - 1).y(),
                 more.back().close);

        // The fill recorded the model's live accuracy: the Live Accuracy tab plots it, the one
        // prediction's squared error as its RMSE.
        QTRY_COMPARE_WITH_TIMEOUT(page.accuracyChart()->pointCount(), 1, 10000);
        QCOMPARE(page.accuracyChart()->rmseSeries()->count(), 1);
        QCOMPARE(page.accuracyChart()->rmseSeries()->at(0).y(), std::abs(error));
        QVERIFY2(page.accuracyChart()->toolTip().contains(QStringLiteral("1 prediction")),
                 qPrintable(page.accuracyChart()->toolTip()));
    }

    // Names come from whoever made an imported model or a CSV file; pasted into a spreadsheet,
    // "=HYPERLINK(…)" would run as a formula. Text cells get an apostrophe (OWASP); numbers,
    // negative ones too, stay numbers.
    void copiedTextCannotRunAsFormula()
    {
        Prediction p;
        p.predictedAt = QDateTime(QDate(2024, 1, 2), QTime(9, 15), QTimeZone::utc());
        p.modelName = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")");
        p.symbol = QStringLiteral("@SUM(A1:A9)");
        p.horizon = 1;
        p.targetTimeMs = p.predictedAt.toMSecsSinceEpoch();
        p.value = 100;
        p.actual = 90;
        Prediction q = p;
        q.modelName = QStringLiteral("\t+cmd|' /C calc'!A0"); // the tab goes, the + stays
        q.symbol = QStringLiteral("-2+3");
        PredictionTableModel model;
        model.setPredictions({ p, q });
        const QStringList lines = model.toTsv({ 0, 1 }).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QStringList first = lines[1].split(u'\t');
        QCOMPARE(first.size(), int(PredictionTableModel::ColumnCount));
        QCOMPARE(first[PredictionTableModel::Model],
                 QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"x\")"));
        QCOMPARE(first[PredictionTableModel::Symbol], QStringLiteral("'@SUM(A1:A9)"));
        QCOMPARE(first[PredictionTableModel::ErrorColumn], QStringLiteral("-10"));
        QCOMPARE(first[PredictionTableModel::Predicted], QStringLiteral("100"));
        const QStringList second = lines[2].split(u'\t');
        QCOMPARE(second.size(), int(PredictionTableModel::ColumnCount));
        QCOMPARE(second[PredictionTableModel::Model], QStringLiteral("'+cmd|' /C calc'!A0"));
        QCOMPARE(second[PredictionTableModel::Symbol], QStringLiteral("'-2+3"));
    }

    void tableFiltersAndCopies()
    {
        auto session = workspace(sineBars(200));
        PredictionsPage page(session.get());
        QVERIFY(refreshAndWait(page));
        for (int h : { 1, 3, 3 }) {
            choose(page.picker()->horizonCombo(), h);
            QVERIFY(test::predictAndWait(page));
            QVERIFY(page.lastPrediction());
        }
        PredictionHistoryView *history = page.history();
        QCOMPARE(history->model()->rowCount(), 3);
        // A quick query can finish before the spy would start waiting: wait for the count.
        QSignalSpy loaded(history, &PredictionHistoryView::loaded);
        const auto filterAndWait = [&](auto change) {
            const qsizetype before = loaded.size();
            change();
            return QTest::qWaitFor([&] { return loaded.size() > before; }, 10000);
        };
        QVERIFY(filterAndWait([&] { history->horizonFilter()->setValue(3); }));
        QCOMPARE(history->model()->rowCount(), 2);
        QVERIFY(filterAndWait([&] { history->limitFilter()->setValue(1); }));
        QCOMPARE(history->model()->rowCount(), 1);
        QVERIFY(filterAndWait([&] { history->limitFilter()->setValue(100); }));
        QVERIFY(filterAndWait([&] { history->horizonFilter()->setValue(0); }));
        QCOMPARE(history->model()->rowCount(), 3);
        QCOMPARE(history->modelFilter()->count(), 3); // all, and the two names
        QVERIFY(filterAndWait([&] {
            history->modelFilter()->setCurrentIndex(history->modelFilter()->findData(kPlain));
        }));
        QCOMPARE(history->model()->rowCount(), 0);
        QVERIFY(filterAndWait([&] { history->modelFilter()->setCurrentIndex(0); }));

        // Sorted by horizon, ascending, then the first row copied with the header.
        history->view()->sortByColumn(PredictionTableModel::Horizon, Qt::AscendingOrder);
        history->view()->selectRow(0);
        history->copyAction()->trigger();
        const QStringList lines
            = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(
            QStringLiteral("Made\tTarget time\tModel\tVersion\tSymbol\tHorizon\tPredicted")));
        const QStringList cells = lines[1].split(u'\t');
        QCOMPARE(cells.size(), int(PredictionTableModel::ColumnCount));
        QCOMPARE(cells[PredictionTableModel::Horizon], QStringLiteral("1"));
        QCOMPARE(cells[PredictionTableModel::Model], kBanded);
        auto saved = PredictionService(*session->database())
                         .list({ kBanded, 1, QString(), QString(), 10 });
        QVERIFY(saved && saved->size() == 1);
        QCOMPARE(cells[PredictionTableModel::Predicted].toDouble(), saved->front().value);
    }
};

QTEST_MAIN(TestPredictionsPage)
#include "tst_predictionspage.moc"
