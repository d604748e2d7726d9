// The Alerts dock offscreen: the watcher's count reaches the status bar, the panel lists and
// filters alerts, acknowledging closes them, and new alerts and finished jobs become desktop
// notifications (said through notified(), since the offscreen platform has no tray).

#include "TestSession.h"
#include "TestSignals.h"
#include "alerts/AlertListModel.h"
#include "alerts/AlertWatcher.h"
#include "alerts/AlertsDock.h"
#include "alerts/AlertsPanel.h"
#include "alerts/DesktopNotifier.h"
#include "settings/AppSettings.h"
#include "shell/MainStatusBar.h"
#include "storage/AlertRepository.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace modeldeck;

namespace {

bool raise(WorkspaceSession *session, const QString &kind, const QString &model,
           const QString &severity = QStringLiteral("warning"))
{
    Alert a;
    a.severity = severity;
    a.modelName = model;
    a.kind = kind;
    a.message = QStringLiteral("%1 of %2").arg(kind, model);
    a.createdAt = QDateTime::currentDateTimeUtc();
    auto raised = AlertRepository(*session->database()->connection()).raise(a);
    return raised && *raised;
}

} // namespace

class TestAlertsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::setDesktopNotifications(true);
        m_session = test::openSession(m_dir.path());
        QVERIFY(raise(m_session.get(), QStringLiteral("performance_drift"), QStringLiteral("tcs")));
        QVERIFY(raise(m_session.get(), QStringLiteral("coverage_drift"), QStringLiteral("tcs")));
        QVERIFY(raise(m_session.get(), QStringLiteral("job_failures"),
                      QStringLiteral("INFY.NS 1d gru_bot"), QStringLiteral("critical")));
    }

    void countListFilterAcknowledgeAndNotify()
    {
        AlertsDock dock(m_session.get(), nullptr);
        MainStatusBar bar(m_session.get());
        connect(&dock, &AlertsDock::openCountChanged, &bar, &MainStatusBar::setOpenAlerts);
        QSignalSpy counted(&dock, &AlertsDock::openCountChanged);
        QSignalSpy loaded(dock.panel(), &AlertsPanel::loaded);
        dock.watcher()->refresh();
        QVERIFY(test::arrived(counted, 10000));
        QCOMPARE(counted.last().at(0).toInt(), 3);
        QVERIFY(!bar.alertsButton()->isHidden());
        QVERIFY2(bar.alertsButton()->text().contains(QStringLiteral("3 open alert")),
                 qPrintable(bar.alertsButton()->text()));
        QVERIFY(test::arrived(loaded, 10000));
        AlertsPanel *panel = dock.panel();
        QCOMPARE(panel->model()->rowCount(), 3);

        // Filters: by kind, by severity, by text.
        panel->kindFilter()->setCurrentIndex(
            panel->kindFilter()->findData(QStringLiteral("coverage_drift")));
        QCOMPARE(panel->proxy()->rowCount(), 1);
        panel->kindFilter()->setCurrentIndex(0);
        panel->severityFilter()->setCurrentIndex(
            panel->severityFilter()->findData(QStringLiteral("critical")));
        QCOMPARE(panel->proxy()->rowCount(), 1);
        QCOMPARE(panel->proxy()->index(0, AlertListModel::ModelColumn).data().toString(),
                 QStringLiteral("INFY.NS 1d gru_bot"));
        panel->severityFilter()->setCurrentIndex(0);
        panel->textFilter()->setText(QStringLiteral("TCS"));
        QCOMPARE(panel->proxy()->rowCount(), 2);
        QVERIFY(!panel->acknowledgeButton()->isEnabled()); // nothing selected

        // Acknowledge one: the count follows, and it is gone from the open list.
        panel->view()->selectRow(0);
        QVERIFY(panel->acknowledgeButton()->isEnabled());
        QSignalSpy acknowledged(panel, &AlertsPanel::acknowledged);
        counted.clear();
        loaded.clear();
        panel->acknowledgeButton()->click();
        QVERIFY(test::arrived(acknowledged, 10000));
        QCOMPARE(acknowledged.first().at(0).toInt(), 1);
        QVERIFY(test::arrived(counted, 10000));
        QCOMPARE(counted.last().at(0).toInt(), 2);
        QTRY_COMPARE(panel->model()->rowCount(), 2);
        loaded.clear();
        panel->showAcknowledged()->setChecked(true);
        QTRY_COMPARE(panel->model()->rowCount(), 3);

        // A new alert raised elsewhere (another process, a fill) is news; the old ones were not.
        QSignalSpy notified(dock.notifier(), &DesktopNotifier::notified);
        QVERIFY(raise(m_session.get(), QStringLiteral("stale_model"), QStringLiteral("infy"),
                      QStringLiteral("info")));
        dock.watcher()->refresh();
        QVERIFY(test::arrived(notified, 10000));
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Stale model: infy"));
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("stale_model of infy"));

        // Finished and failed jobs too; cancelled ones are not news; off means silent.
        TrainingJob job;
        job.id = 7;
        job.spec.symbol = QStringLiteral("TCS.NS");
        job.spec.timeframe = QStringLiteral("1d");
        job.spec.bot = QStringLiteral("gbm_bot");
        job.status = JobStatus::Failed;
        job.errorMessage = QStringLiteral("no bars");
        notified.clear();
        dock.notifier()->notifyJob(job);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Training failed"));
        QCOMPARE(notified.first().at(1).toString(),
                 QStringLiteral("TCS.NS 1d gbm_bot (job 7): no bars"));
        job.status = JobStatus::Cancelled;
        dock.notifier()->notifyJob(job);
        QCOMPARE(notified.size(), 1);
        AppSettings::setDesktopNotifications(false);
        dock.applySettings();
        job.status = JobStatus::Completed;
        dock.notifier()->notifyJob(job);
        QCOMPARE(notified.size(), 1);
        AppSettings::setDesktopNotifications(true);
    }

    void acknowledgeAllShownAndTheEmptyState()
    {
        AlertsDock dock(m_session.get(), nullptr);
        QSignalSpy loaded(dock.panel(), &AlertsPanel::loaded);
        dock.panel()->reload();
        QVERIFY(test::arrived(loaded, 10000));
        AlertsPanel *panel = dock.panel();
        QVERIFY(panel->model()->rowCount() > 0);
        QSignalSpy acknowledged(panel, &AlertsPanel::acknowledged);
        panel->acknowledgeAllButton()->click();
        QVERIFY(test::arrived(acknowledged, 10000));
        QTRY_COMPARE(panel->model()->rowCount(), 0);
        QVERIFY(!panel->acknowledgeAllButton()->isEnabled());
        QCOMPARE(AlertRepository(*m_session->database()->connection()).summary()->open, 0);
    }

    void cleanupTestCase() { m_session.reset(); }
};

QTEST_MAIN(TestAlertsPanel)
#include "tst_alertspanel.moc"
