// The comparison dialog offscreen, opened from the Saved Models page with its shortcut on two
// selected models trained here (tiny linear models of a sine; one deployed as persistence): the
// metrics table is filled, both charts have a line per model, the A/B test runs on the pool
// and names the better model, Activate Winner is enabled and, confirmed, makes it the active
// model and marks the test; Cancel stops a run with nothing stored.

#include "TestBars.h"
#include "TestSession.h"
#include "TestSignals.h"
#include "compare/AbTestPanel.h"
#include "compare/CompareDialog.h"
#include "compare/CompareForecastChart.h"
#include "compare/CompareLossChart.h"
#include "registry/SavedModelsPage.h"
#include "services/ModelRegistry.h"
#include "services/TrainingService.h"
#include "storage/Database.h"
#include "training/TorchRuntime.h"

#include <QAction>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <cmath>
#include <random>

using namespace modeldeck;

namespace {

const QString kSymbol = QStringLiteral("SINE");
const QString kTimeframe = QStringLiteral("5m");

std::vector<Bar> sineBars(int count)
{
    std::mt19937 rng(7);
    std::normal_distribution<double> n(0.0, 0.05);
    std::vector<Bar> bars;
    for (int i = 0; i < count; ++i) {
        const double close = 100.0 + 2.0 * std::sin(2 * M_PI * i / 24.0) + n(rng);
        bars.push_back({ 1'700'000'000'000 + qint64(i) * 300'000, close - 0.05, close + 0.1,
                         close - 0.15, close, NAN, 1000 + 100 * std::cos(2 * M_PI * i / 24.0), 0 });
    }
    return bars;
}

int sqlInt(const Database &db, const QString &sql)
{
    QSqlQuery q(*db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestCompareDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    QStringList m_confirmations;

    const Database &db() const { return *m_session->database(); }

    // Opens the page, selects "good" and "poor" and presses C.
    CompareDialog *openComparison(SavedModelsPage &page)
    {
        if (!QTest::qWaitFor([&page] { return !page.isLoading(); }, 10000))
            return nullptr;
        page.show();
        if (!QTest::qWaitForWindowExposed(&page))
            return nullptr;
        QListView *view = page.listView();
        view->selectAll();
        if (view->selectionModel()->selectedIndexes().size() != 2
            || !page.compareAction()->isEnabled())
            return nullptr;
        view->setFocus();
        QTest::keyClick(view, Qt::Key_C);
        return page.findChild<CompareDialog *>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TorchRuntime::initialize(1);
        m_session = test::openSession(m_dir.filePath(QStringLiteral("ws")));
        QCOMPARE(test::storeBars(db(), kSymbol, kTimeframe, sineBars(700)), QString());
        ModelConfig config = ModelConfig::defaults(QStringLiteral("linear_bot"));
        config.lookback = 8;
        config.epochs = 30;
        config.batchSize = 32;
        FeatureConfig features;
        features.lookback = config.lookback;
        const TrainingOutcome trained
            = TrainingService(db()).train({ kSymbol, kTimeframe, config, features });
        QVERIFY2(trained.ok, qPrintable(trained.error.toString()));
        for (const QString &name : { QStringLiteral("good"), QStringLiteral("poor") })
            QVERIFY(
                ModelRegistry(db()).saveRecord({ trained.recordId, name, QString(), {}, false }));
        // "poor" is the same network deployed with weight 0: persistence.
        QSqlQuery q(*db().connection());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE ml_models SET feature_config = json_set(feature_config, '$.model_weight', 0.0) "
            "WHERE model_name = 'poor'")));
        QVERIFY(ModelRegistry(db()).activate(QStringLiteral("poor")));
        db().releaseThreadConnection();
    }

    void tableChartsAbTestAndActivateWinner()
    {
        SavedModelsPage page(m_session.get());
        page.setConfirmFunction(
            [this](QWidget *, const QString &, const QString &text, const QString &) {
                m_confirmations << text;
                return true;
            });
        CompareDialog *dialog = openComparison(page);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 60000);
        QTableWidget *table = dialog->metricsTable();
        QCOMPARE(table->columnCount(), 2);
        QStringList headers;
        for (int c = 0; c < 2; ++c) {
            headers << table->horizontalHeaderItem(c)->text();
            bool ok = false;
            QLocale().toDouble(table->item(CompareDialog::Rmse, c)->text(), &ok);
            QVERIFY2(ok, qPrintable(table->item(CompareDialog::Rmse, c)->text()));
            QCOMPARE(table->item(CompareDialog::Forecasts, c)->text(), QStringLiteral("250"));
            QCOMPARE(table->item(CompareDialog::Bot, c)->text(), QStringLiteral("linear_bot"));
            QVERIFY(!table->item(CompareDialog::TrainedAt, c)->text().startsWith(u'—'));
        }
        headers.sort();
        QCOMPARE(headers, QStringList({ QStringLiteral("good v1"), QStringLiteral("poor v1") }));
        QCOMPARE(dialog->lossChart()->lines().size(), 2);
        for (QLineSeries *line : dialog->lossChart()->lines())
            QVERIFY(line->count() > 0);
        QVERIFY(dialog->forecastChart()->closeSeries()->count() >= 250);
        QCOMPARE(dialog->forecastChart()->forecastLines().size(), 2);
        for (QLineSeries *line : dialog->forecastChart()->forecastLines())
            QCOMPARE(line->count(), 250);

        AbTestPanel *panel = dialog->abTestPanel();
        QVERIFY(panel);
        QVERIFY(panel->runButton()->isEnabled());
        QVERIFY(!panel->activateButton()->isEnabled());
        QSignalSpy finished(panel, &AbTestPanel::finished);
        panel->runButton()->click();
        QVERIFY(panel->isRunning());
        QVERIFY(test::arrived(finished, 60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY2(
            panel->resultLabel()->text().contains(QStringLiteral("“good” v1) is better: RMSE")),
            qPrintable(panel->resultLabel()->text()));
        QVERIFY(panel->lastTest() && panel->lastTest()->winnerName() == QStringLiteral("good"));
        QVERIFY(panel->activateButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(panel->historyView()->topLevelItemCount(), 1, 10000);

        QSignalSpy activated(panel, &AbTestPanel::winnerActivated);
        panel->activateButton()->click();
        QVERIFY(test::arrived(activated, 10000));
        QVERIFY2(m_confirmations.last().contains(QStringLiteral("replaces “poor” v1")),
                 qPrintable(m_confirmations.last()));
        QVERIFY(!panel->activateButton()->isEnabled());
        QCOMPARE(
            sqlInt(db(),
                   QStringLiteral("SELECT is_active FROM ml_models WHERE model_name = 'good'")),
            1);
        QCOMPARE(
            sqlInt(db(),
                   QStringLiteral("SELECT is_active FROM ml_models WHERE model_name = 'poor'")),
            0);
        QCOMPARE(sqlInt(db(), QStringLiteral("SELECT activated FROM ab_tests")), 1);
        db().releaseThreadConnection();
        QTRY_COMPARE_WITH_TIMEOUT(panel->historyView()->topLevelItem(0)->text(7),
                                  QStringLiteral("yes"), 10000);
        dialog->close();
    }

    void cancelStoresNothing()
    {
        SavedModelsPage page(m_session.get());
        CompareDialog *dialog = openComparison(page);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 60000);
        const int before = sqlInt(db(), QStringLiteral("SELECT count(*) FROM ab_tests"));
        db().releaseThreadConnection();
        AbTestPanel *panel = dialog->abTestPanel();
        panel->windowBox()->setValue(600);
        QSignalSpy finished(panel, &AbTestPanel::finished);
        panel->runButton()->click();
        QVERIFY(panel->cancelButton()->isEnabled());
        panel->cancelButton()->click();
        QVERIFY(test::arrived(finished, 60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(panel->resultLabel()->text().contains(QStringLiteral("cancelled")),
                 qPrintable(panel->resultLabel()->text()));
        QCOMPARE(sqlInt(db(), QStringLiteral("SELECT count(*) FROM ab_tests")), before);
        db().releaseThreadConnection();
        QVERIFY(panel->runButton()->isEnabled());
        dialog->close();
    }
};

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
