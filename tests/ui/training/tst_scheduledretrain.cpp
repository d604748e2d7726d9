// Retraining in the GUI: Saved Models ▸ Retrain… says which job and when (or that it was already
// queued), the schedule queues stale active models inside its window only and once per window
// (fake clock), and Settings ▸ Retraining keeps what was entered.
#include "TestSession.h"
#include "TestSignals.h"
#include "queue/RetrainSettings.h"
#include "registry/SavedModelActions.h"
#include "services/ModelRegistry.h"
#include "settings/RetrainSettingsGroup.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"
#include "training/ScheduledRetrain.h"

#include <QApplication>
#include <QCheckBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QWidget>

using namespace modeldeck;

namespace {

// A 2030 day in local time: every model saved while the test runs is years old by then.
QDateTime day(int d, int hour)
{
    return QDateTime(QDate(2030, 1, d), QTime(hour, 0));
}

RetrainSettings nightly(int maxJobs)
{
    RetrainSettings s;
    s.scheduleEnabled = true;
    s.ageHours = 24;
    s.windowStart = QTime(22, 0);
    s.windowEnd = QTime(6, 0);
    s.maxJobsPerRun = maxJobs;
    s.refreshFirst = false;
    return s;
}

} // namespace

class TestScheduledRetrain : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;

    // A session on a workspace with active saved models `names` (linear_bot, one symbol each).
    std::unique_ptr<WorkspaceSession> session(const QStringList &names)
    {
        const QString dir = m_dir.filePath(QStringLiteral("ws%1").arg(++m_workspaces));
        {
            auto db = Database::open(dir);
            if (!db)
                qFatal("%s", qPrintable(db.error().toString()));
            for (const QString &name : names) {
                RegisteredModel m;
                m.name = name;
                m.bot = QStringLiteral("linear_bot");
                m.horizons = { 1 };
                m.symbol = name.toUpper();
                m.timeframe = QStringLiteral("1d");
                m.modelConfig = QJsonObject { { QStringLiteral("epochs"), 1 } };
                auto added = ModelRegistry(**db).add(m, QByteArray(64, 'x'),
                                                     QStringLiteral("registry"), true);
                if (!added)
                    qFatal("%s", qPrintable(added.error().toString()));
            }
        }
        return test::openSession(dir);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ModelDeckTests-Retrain"));
        QSettings().clear();
    }

    void savedModelRetrainSaysJobAndEta()
    {
        auto s = session({ QStringLiteral("alpha") });
        QWidget parent;
        SavedModelActions actions(s.get(), &parent);
        QSignalSpy messages(&actions, &SavedModelActions::message);
        actions.retrain(QStringLiteral("alpha"), QStringLiteral("new data"));
        QVERIFY(test::arrived(messages, 30000));
        const QString first = messages.at(0).at(0).toString();
        QVERIFY2(first.startsWith(QStringLiteral("Queued job ")), qPrintable(first));
        QVERIFY2(first.endsWith(QStringLiteral(" — unknown")), qPrintable(first));
        QCOMPARE(messages.at(0).at(1).toBool(), false);
        // The queue in this process counts the job at once.
        QCOMPARE(s->queue()->counts().pending, 1);
        const QString jobId = first.section(u' ', 2, 2);

        actions.retrain(QStringLiteral("alpha"), {});
        QTRY_COMPARE(messages.count(), 2);
        QCOMPARE(messages.at(1).at(0).toString(),
                 QStringLiteral("Already queued as job %1 — unknown").arg(jobId));
        QCOMPARE(s->queue()->counts().pending, 1);

        actions.retrain(QStringLiteral("ghost"), {});
        QTRY_COMPARE(messages.count(), 3);
        QCOMPARE(messages.at(2).at(1).toBool(), true);
        QVERIFY(messages.at(2).at(0).toString().contains(QStringLiteral("“ghost”")));
    }

    void scheduleQueuesStaleModelsInsideItsWindowOnce()
    {
        auto s = session({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
        ScheduledRetrain schedule(s.get());
        QDateTime now = day(15, 12);
        schedule.setClock([&now] { return now; });
        QSignalSpy ticked(&schedule, &ScheduledRetrain::ticked);
        QSignalSpy messages(&schedule, &ScheduledRetrain::message);

        schedule.apply(nightly(2)); // looks at once: midday is outside 22:00–06:00
        QVERIFY(schedule.isScheduled());
        QCOMPARE(schedule.intervalMs(), 15 * 60 * 1000);
        QVERIFY(test::arrived(ticked, 30000));
        QCOMPARE(ticked.at(0).at(0).toInt(), 0);
        QCOMPARE(s->queue()->counts().pending, 0);

        now = day(15, 23);
        schedule.tick();
        QTRY_COMPARE(ticked.count(), 2);
        QCOMPARE(ticked.at(1).at(0).toInt(), 2); // three stale, at most two per run
        QCOMPARE(s->queue()->counts().pending, 2);
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("queued 2 job")),
                 qPrintable(messages.last().at(0).toString()));

        now = day(16, 2); // the same night
        schedule.tick();
        QTRY_COMPARE(ticked.count(), 3);
        QCOMPARE(ticked.at(2).at(0).toInt(), 0);
        QCOMPARE(s->queue()->counts().pending, 2);

        RetrainSettings off = nightly(2);
        off.scheduleEnabled = false;
        schedule.apply(off);
        QVERIFY(!schedule.isScheduled());
    }

    void settingsDialogKeepsTheRetrainingSettings()
    {
        RetrainSettingsGroup group;
        RetrainSettings wanted = nightly(4);
        wanted.retrainOnDrift = true;
        wanted.checkMinutes = 30;
        group.setSettings(wanted);
        QCOMPARE(group.settings(), wanted);
        QVERIFY(group.windowNote().contains(QStringLiteral("next morning")));
        group.windowEndEdit()->setTime(QTime(22, 0));
        QVERIFY(group.windowNote().contains(QStringLiteral("whole day")));
        QVERIFY(group.validationError().isEmpty());

        SettingsDialog dialog(m_dir.path());
        dialog.retrainGroup()->setSettings(wanted);
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.accept();
        QCOMPARE(RetrainSettings::load(), wanted);
        // The schedule's fields follow its switch.
        dialog.retrainGroup()->scheduleBox()->setChecked(false);
        QVERIFY(!dialog.retrainGroup()->ageBox()->isEnabled());
    }
};

QTEST_MAIN(TestScheduledRetrain)
#include "tst_scheduledretrain.moc"
