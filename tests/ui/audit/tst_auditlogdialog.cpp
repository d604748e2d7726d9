// The Audit Log window, offscreen: it loads the log off the GUI thread, each filter (action,
// subject text, date range) narrows the table to what the log holds for it, and Export CSV
// writes what the filters select and says where.

#include "TestSession.h"
#include "TestSignals.h"
#include "audit/AuditLogDialog.h"
#include "audit/AuditLogModel.h"
#include "common/InlineMessage.h"
#include "services/AuditLog.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <functional>
#include <qcoro/qcorotask.h>

using namespace modeldeck;

namespace {

// Local noon of a day, so the day is the same in every time zone the test may run in.
QDateTime localNoon(int day)
{
    return QDateTime(QDate(2026, 3, day), QTime(12, 0)).toUTC();
}

QStringList subjects(const AuditLogModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, AuditLogModel::Subject).data().toString();
    return list;
}

} // namespace

class TestAuditLogDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;

    // Applies a filter change and waits for the reload it starts.
    static bool reloaded(AuditLogDialog &dialog, const std::function<void()> &change)
    {
        QSignalSpy loaded(&dialog, &AuditLogDialog::loaded);
        change();
        return test::arrived(loaded, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ModelDeckTests-Audit"));
        QApplication::setApplicationName(QStringLiteral("tst_auditlogdialog"));
        QSettings().clear();
        m_session = test::openSession(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(m_session->isOpen());
        const struct
        {
            QString action;
            QString subject;
            int day;
        } rows[] = {
            { AuditAction::Import, QStringLiteral("AAPL 1h"), 2 },
            { AuditAction::Train, QStringLiteral("AAPL 1h"), 3 },
            { AuditAction::Save, QStringLiteral("apple, \"fast\""), 4 },
            { AuditAction::Train, QStringLiteral("TCS.NS 1d"), 5 },
            { AuditAction::Settings, QStringLiteral("training/workers"), 6 },
        };
        for (const auto &r : rows) {
            AuditEntry e
                = AuditLog::entry(r.action, r.subject, { { QStringLiteral("day"), r.day } });
            e.at = localNoon(r.day);
            QVERIFY(AuditLog::record(*m_session->database(), e));
        }
    }

    void loadsNewestFirst()
    {
        AuditLogDialog dialog(m_session.get());
        dialog.show();
        // The constructor starts the load; it may be in before a spy could be connected.
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 5, 10000);
        QCOMPARE(subjects(*dialog.model()).first(), QStringLiteral("training/workers"));
        QCOMPARE(dialog.model()->index(0, AuditLogModel::Action).data().toString(),
                 QStringLiteral("Settings"));
        QCOMPARE(dialog.model()->index(0, AuditLogModel::Time).data().toString(),
                 QStringLiteral("2026-03-06 12:00:00")); // local time
        QVERIFY(dialog.model()
                    ->index(0, AuditLogModel::Details)
                    .data()
                    .toString()
                    .contains(QStringLiteral("day: 6")));
        // Every column fits the default size without a horizontal scroll bar.
        QVERIFY(dialog.view()->horizontalHeader()->length()
                <= dialog.view()->viewport()->width() + 1);
    }

    void filtersNarrowTheTable()
    {
        AuditLogDialog dialog(m_session.get());
        dialog.show();
        // The constructor starts the load; it may be in before a spy could be connected.
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 5, 10000);

        QVERIFY(reloaded(dialog, [&] {
            dialog.actionCombo()->setCurrentIndex(
                dialog.actionCombo()->findData(AuditAction::Train));
        }));
        QCOMPARE(subjects(*dialog.model()),
                 (QStringList { QStringLiteral("TCS.NS 1d"), QStringLiteral("AAPL 1h") }));

        QVERIFY(reloaded(dialog,
                         [&] { QTest::keyClicks(dialog.textFilter(), QStringLiteral("aapl")); }));
        QTRY_COMPARE(subjects(*dialog.model()), QStringList { QStringLiteral("AAPL 1h") });

        QVERIFY(reloaded(dialog, [&] { dialog.actionCombo()->setCurrentIndex(0); }));
        QTRY_COMPARE(dialog.model()->rowCount(), 2); // import and train of AAPL 1h

        QVERIFY(reloaded(dialog, [&] { dialog.textFilter()->clear(); }));
        QTRY_COMPARE(dialog.model()->rowCount(), 5);
        // Days 3 to 4, both included.
        QVERIFY(reloaded(dialog, [&] { dialog.fromEdit()->setDate(QDate(2026, 3, 3)); }));
        QCOMPARE(dialog.model()->rowCount(), 4);
        QVERIFY(reloaded(dialog, [&] { dialog.toEdit()->setDate(QDate(2026, 3, 4)); }));
        QCOMPARE(subjects(*dialog.model()),
                 (QStringList { QStringLiteral("apple, \"fast\""), QStringLiteral("AAPL 1h") }));
    }

    void exportWritesWhatTheFiltersSelect()
    {
        AuditLogDialog dialog(m_session.get());
        dialog.show();
        // The constructor starts the load; it may be in before a spy could be connected.
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 5, 10000);
        QVERIFY(reloaded(dialog, [&] {
            dialog.actionCombo()->setCurrentIndex(
                dialog.actionCombo()->findData(AuditAction::Save));
        }));
        const QString path = m_dir.filePath(QStringLiteral("missing/audit.csv"));
        QSignalSpy exported(&dialog, &AuditLogDialog::exported);
        dialog.exportCsv(path);
        QVERIFY(test::arrived(exported, 10000));
        QVERIFY(!exported.first().at(0).toBool()); // missing/ does not exist
        QVERIFY(!QFile::exists(path));
        QCOMPARE(dialog.message()->kind(), InlineMessage::Kind::Error);

        const QString good = m_dir.filePath(QStringLiteral("audit.csv"));
        exported.clear();
        dialog.exportCsv(good);
        QVERIFY(test::arrived(exported, 10000));
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QVERIFY(dialog.message()->text().contains(QDir::toNativeSeparators(good)));
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // header, the one save, and the empty end
        QVERIFY(lines[1].contains(",save,\"apple, \"\"fast\"\"\","));
    }

    // Last: it adds an entry the tests above do not expect.
    void settingsDialogLogsTheKeysItChanged()
    {
        SettingsDialog dialog(m_session->workspaceDir());
        dialog.show();
        dialog.staleHoursBox()->setValue(AppSettings::staleHours() + 24);
        dialog.accept();
        QCOMPARE(dialog.changedKeys(), QStringList { QStringLiteral("training/staleHours") });
        // What MainWindow does when the dialog is accepted.
        QVERIFY(QCoro::waitFor(m_session->audit().recordSettings(dialog.changedKeys())));
        AuditFilter settings;
        settings.actions = { AuditAction::Settings };
        auto logged = AuditLog::list(*m_session->database(), settings);
        QVERIFY(logged);
        QCOMPARE(int(logged->size()), 2); // the fixture's and this one
        QCOMPARE(logged->front().subject, QStringLiteral("training/staleHours"));

        SettingsDialog unchanged(m_session->workspaceDir());
        unchanged.show();
        unchanged.accept();
        QVERIFY(unchanged.changedKeys().isEmpty());
        QSettings().clear();
    }
};

QTEST_MAIN(TestAuditLogDialog)
#include "tst_auditlogdialog.moc"
