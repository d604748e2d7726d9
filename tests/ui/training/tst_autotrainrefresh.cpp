// Auto-train's "Refresh price data first", offscreen against the local fixture server
// (synthetic Binance klines, tests/net/SyntheticKlines.h): the refresh runs before the jobs are
// queued, so a combination that was short of bars is queued; Skip Refresh queues on the data
// at hand; closing the dialog meanwhile queues nothing; the choice is remembered. Never the
// internet.

#include "KlineRefreshSource.h"
#include "TestSignals.h"
#include "download/RefreshPanel.h"
#include "features/FeatureSet.h"
#include "models/ModelConfig.h"
#include "services/MarketDataService.h"
#include "session/WorkspaceSession.h"
#include "storage/Database.h"
#include "training/AutoTrainDialog.h"
#include "training/TrainingSettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;

namespace {

const QString kBot = test::kKlineBot;

qint64 count(const WorkspaceSession &session, const QString &sql)
{
    QSqlQuery q(*session.database()->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 bars(const WorkspaceSession &session, const QString &timeframe)
{
    return count(session,
                 QStringLiteral("SELECT count(*) FROM bars WHERE timeframe = '%1'").arg(timeframe));
}

QPushButton *okButton(const AutoTrainDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestAutoTrainRefresh : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::KlineRefreshSource> m_source;
    qint64 m_required = 0; // bars linear_bot needs

    std::unique_ptr<WorkspaceSession> workspaceWith(int stored)
    {
        return m_source->workspaceWith(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())), stored);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ModelDeckTests-AutoTrainRefresh"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_required = TrainingSettings::fromParams(kBot, {})->barsRequired();
        QVERIFY(m_required > 20);
    }

    void init()
    {
        QSettings().clear();
        m_source = std::make_unique<test::KlineRefreshSource>();
        QVERIFY(m_source->start());
    }

    void refreshFirstRefreshesThenQueues()
    {
        auto session = workspaceWith(int(m_required / 2));
        const qint64 hoursBefore = bars(*session, QStringLiteral("1h"));
        AutoTrainDialog dialog(session.get());
        dialog.show();
        test::KlineRefreshSource::choose(dialog);
        QVERIFY(!dialog.refreshFirstBox()->isChecked()); // off unless chosen
        QCOMPARE(dialog.skippedCount(), 2); // both series are short of bars now
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!dialog.refreshFirstBox()->toolTip().isEmpty());
        QCheckBox *box = dialog.refreshFirstBox();
        QTest::mouseClick(box, Qt::LeftButton, {},
                          QPoint(box->height() / 2, box->height() / 2)); // its indicator
        QVERIFY(dialog.refreshFirstBox()->isChecked());
        QVERIFY(okButton(dialog)->isEnabled()); // the refresh may bring enough
        QCOMPARE(okButton(dialog)->text(), QStringLiteral("&Refresh and Queue"));

        m_source->available = int(m_required) + 40;
        m_source->delayMs = 300; // long enough to see the refresh page
        QSignalSpy queued(&dialog, &AutoTrainDialog::queued);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isRefreshing());
        QVERIFY(dialog.refreshPanel()->isVisible());
        QCOMPARE(dialog.refreshPanel()->statusLabel()->text(),
                 QStringLiteral("Refreshing 1 series…"));
        QCOMPARE(dialog.refreshPanel()->progressBar()->maximum(), 1);
        QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM training_jobs")),
                 0); // not before

        QVERIFY(test::arrived(queued, 30000));
        QVERIFY(!dialog.isRefreshing());
        QCOMPARE(bars(*session, QStringLiteral("5m")), m_source->available);
        QVERIFY(bars(*session, QStringLiteral("1h")) > hoursBefore); // rebuilt from the new 5m bars
        QCOMPARE(count(*session,
                       QStringLiteral("SELECT count(*) FROM training_jobs WHERE symbol = 'BTCUSDT' "
                                      "AND timeframe = '5m' AND bot = 'linear_bot'")),
                 1);
        const QString result = dialog.resultText();
        QVERIFY2(result.startsWith(QStringLiteral("Refreshed the price data of 1 series.")),
                 qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Queued 1 new job(s).")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("1 combination(s) skipped for too few bars")),
                 qPrintable(result)); // 1h

        QVERIFY(QSettings().value(QStringLiteral("autotrain/refreshFirst")).toBool());
        AutoTrainDialog again(session.get());
        QVERIFY(again.refreshFirstBox()->isChecked());
    }

    void skipRefreshStillQueues()
    {
        auto session = workspaceWith(int(m_required) + 5);
        AutoTrainDialog dialog(session.get());
        dialog.show();
        test::KlineRefreshSource::choose(dialog);
        dialog.refreshFirstBox()->setChecked(true);
        m_source->available = int(m_required) + 40;
        m_source->hang = true; // the refresh never ends by itself
        QSignalSpy queued(&dialog, &AutoTrainDialog::queued);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isRefreshing());
        QTRY_VERIFY(!m_source->server().requests().empty()); // the download is under way
        QPushButton *skip = dialog.refreshPanel()->skipButton();
        QVERIFY(skip->isVisible());
        QTest::mouseClick(skip, Qt::LeftButton);
        QVERIFY(!skip->isEnabled());
        QVERIFY(test::arrived(queued, 30000));

        QCOMPARE(bars(*session, QStringLiteral("5m")), m_required + 5); // nothing new written
        QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM training_jobs")),
                 1); // 5m, on the data at hand
        const QString result = dialog.resultText();
        QVERIFY2(result.startsWith(QStringLiteral("The refresh was skipped")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Queued 1 new job(s).")), qPrintable(result));
    }

    void closingWhileRefreshingQueuesNothing()
    {
        auto session = workspaceWith(int(m_required) + 5);
        auto *dialog = new AutoTrainDialog(session.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose); // as TrainingControls opens it
        dialog->show();
        test::KlineRefreshSource::choose(*dialog);
        dialog->refreshFirstBox()->setChecked(true);
        m_source->available = int(m_required) + 40;
        m_source->delayMs = 500;
        QSignalSpy progress(session->downloads().get(), &DownloadService::progress);
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
        QVERIFY(dialog->isRefreshing());
        QPointer<AutoTrainDialog> guard(dialog);
        dialog->close();
        QTRY_VERIFY(!guard); // deleted while its refresh was running

        // The download ends (cancelled, or answered late) without anyone left to queue.
        const auto ended = [&] {
            for (const QList<QVariant> &signal : progress) {
                const auto p = signal.at(0).value<DownloadProgress>();
                if (p.stage == DownloadProgress::Stage::Done
                    || p.stage == DownloadProgress::Stage::Failed)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(ended(), 30000);
        QTest::qWait(100); // let the abandoned coroutine finish its reload
        QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM training_jobs")), 0);
        QCOMPARE(bars(*session, QStringLiteral("5m")), m_required + 5);
    }
};

QTEST_MAIN(TestAutoTrainRefresh)
#include "tst_autotrainrefresh.moc"
