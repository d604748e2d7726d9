// Manual training from the UI: the Train Model dialog queues one manual job that runs before
// the auto-train backlog; when it finishes the Save dialog shows its metrics and validates the
// name live; Save registers the model, Discard (also through Escape, after a confirmation)
// leaves no file; failed manual jobs say why; undecided results are offered again at start-up.

#include "TestBars.h"
#include "TestRecords.h"
#include "TestSession.h"
#include "TestSignals.h"
#include "TestSql.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "training/CancellationToken.h"
#include "training/ManualTrainingFlow.h"
#include "training/SaveModelDialog.h"
#include "training/TorchRuntime.h"
#include "training/TrainModelDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;
using modeldeck::test::scalar;

namespace {

const QString kSymbol = QStringLiteral("WAVE");
const QString kTimeframe = QStringLiteral("5m");
const QString kLinear = QStringLiteral("linear_bot");
constexpr int kBars = 300;

} // namespace

class TestManualSave : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;

    // A workspace with one 300-bar series, opened in a session.
    std::unique_ptr<WorkspaceSession> session(const std::function<void(const Database &)> &prepare
                                              = {})
    {
        const QString dir = m_dir.filePath(QStringLiteral("ws%1").arg(++m_workspaces));
        {
            auto db = Database::open(dir);
            if (!db)
                qFatal("%s", qPrintable(db.error().toString()));
            const QString error
                = test::storeBars(**db, kSymbol, kTimeframe, test::waveBars(kBars, 3));
            if (!error.isEmpty())
                qFatal("%s", qPrintable(error));
            if (prepare)
                prepare(**db);
        }
        return test::openSession(dir);
    }

    // Opens the Train Model dialog on the linear bot and presses Train.
    static qint64 trainLinear(WorkspaceSession &s)
    {
        TrainModelDialog dialog(&s);
        dialog.botBox()->setCurrentIndex(dialog.botBox()->findData(kLinear));
        if (!dialog.okButton()->isEnabled())
            qWarning("Train is disabled: %s", qPrintable(dialog.validationError()));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        return dialog.queuedJobId();
    }

    // Trains through the Train Model dialog and waits for the flow's Save dialog.
    static QPointer<SaveModelDialog> trainUntilSaveDialog(WorkspaceSession &s,
                                                          ManualTrainingFlow &flow)
    {
        QSignalSpy shown(&flow, &ManualTrainingFlow::dialogShown);
        if (trainLinear(s) <= 0 || !test::arrived(shown, 60000))
            return nullptr;
        SaveModelDialog *dialog = flow.currentDialog();
        if (!dialog || shown.at(0).at(0).value<SaveModelDialog *>() != dialog)
            return nullptr;
        // Mouse clicks are delivered by position to the window: it must be on screen first.
        return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    static QString recordFile(const Database &db, qint64 recordId)
    {
        return db.workspaceDir() + u'/'
            + scalar(db,
                     QStringLiteral("SELECT model_path FROM model_training_records WHERE id = ?"),
                     { recordId })
                  .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ModelDeckTests"));
        QApplication::setApplicationName(QStringLiteral("tst_manualsave"));
        QSettings().clear();
        // Settings' per-bot defaults pre-fill the dialog: small enough to train in a second.
        AppSettings::setBotDefaultsText(kLinear, QStringLiteral(R"({"epochs": 2, "lookback": 4})"));
        TorchRuntime::initialize(1);
        qRegisterMetaType<SaveModelDialog *>(); // for QSignalSpy on dialogShown
    }

    void trainDialogValidatesAndQueuesOneManualJobFirst()
    {
        auto s = session();
        TrainingQueue *queue = s->queue();
        QList<JobSpec> ran;
        queue->setExecutor(
            [&ran](const TrainingJob &job, const CancellationToken &, const ProgressCallback &) {
                ran << job.spec; // read on the GUI thread only after jobFinished
                return JobResult { JobStatus::Completed, QString(), 0 };
            });
        // An auto job already waiting in a paused queue: the manual one must still run first.
        queue->start();
        queue->pause();
        QVERIFY(queue->isPaused());
        QVERIFY(queue->enqueue(
            { kSymbol, kTimeframe, QStringLiteral("mlp_bot"), {}, 1, 0, 0, 0, false }));

        TrainModelDialog dialog(s.get());
        QCOMPARE(dialog.symbolBox()->count(), 1);
        QCOMPARE(dialog.symbolBox()->currentData().toString(), kSymbol);
        QCOMPARE(dialog.timeframeBox()->currentData().toString(), kTimeframe);
        QVERIFY(dialog.timeframeBox()->currentText().contains(QStringLiteral("300")));
        QCOMPARE(dialog.botBox()->findData(QStringLiteral("naive")), -1); // nothing to save
        dialog.botBox()->setCurrentIndex(dialog.botBox()->findData(kLinear));
        QCOMPARE(dialog.paramsEdit()->toPlainText(), AppSettings::botDefaultsText(kLinear));

        dialog.paramsEdit()->setPlainText(QStringLiteral("{\"epochs\": "));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("Line 1")));
        dialog.paramsEdit()->setPlainText(QStringLiteral(R"({"lookback": 400})"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("needs at least")),
                 qPrintable(dialog.messageLabel()->text()));
        dialog.paramsEdit()->setPlainText(QStringLiteral(R"({"epochs": 3})"));
        dialog.horizonBox()->setValue(2);
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.validationError()));

        QSignalSpy queued(&dialog, &TrainModelDialog::queued);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(queued.count(), 1);
        QVERIFY(queued.at(0).at(1).toString().contains(QStringLiteral("paused")));
        const qint64 jobId = dialog.queuedJobId();
        auto job = JobRepository(*s->database()->connection()).find(jobId);
        QVERIFY(job && job->has_value());
        QVERIFY((*job)->spec.manual);
        QCOMPARE((*job)->spec.priority, JobSpec::kManualPriority);
        QCOMPARE((*job)->spec.horizon, 2);
        QCOMPARE((*job)->spec.params.value(QStringLiteral("epochs")).toInt(), 3);

        QSignalSpy finished(queue, &TrainingQueue::jobFinished);
        queue->resume();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(ran.size(), 2);
        QVERIFY(ran.at(0).manual);
        QCOMPARE(ran.at(0).bot, kLinear);
        QVERIFY(!ran.at(1).manual);
    }

    void trainDialogStartsAnIdleQueue()
    {
        auto s = session();
        s->queue()->setExecutor(
            [](const TrainingJob &, const CancellationToken &, const ProgressCallback &) {
                return JobResult { JobStatus::Completed, QString(), 0 };
            });
        QVERIFY(s->queue()->state() == TrainingQueue::State::Idle);
        QSignalSpy finished(s->queue(), &TrainingQueue::jobFinished);
        QVERIFY(trainLinear(*s) > 0);
        QVERIFY(s->queue()->state() != TrainingQueue::State::Idle);
        QVERIFY(test::arrived(finished, 10000));
    }

    void saveRegistersTheTrainedModel()
    {
        auto s = session();
        ManualTrainingFlow flow(s.get(), nullptr);
        QPointer<SaveModelDialog> dialog = trainUntilSaveDialog(*s, flow);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const qint64 recordId = dialog->recordId();
        const Database &db = *s->database();
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT save_state FROM model_training_records WHERE id = ?"),
                   { recordId })
                .toString(),
            QStringLiteral("pending"));

        // The result's metrics, as recorded.
        QVERIFY(!dialog->metricText(QStringLiteral("RMSE")).isEmpty());
        QVERIFY(dialog->metricText(QStringLiteral("RMSE")) != QStringLiteral("—"));
        QVERIFY(dialog->metricText(QStringLiteral("MAE")) != QStringLiteral("—"));
        QVERIFY(dialog->metricText(QStringLiteral("Skill vs naive")).contains(u'%'));
        QCOMPARE(dialog->metricText(QStringLiteral("Data points")), QLocale().toString(kBars));
        QVERIFY(dialog->metricText(QStringLiteral("Epochs")).startsWith(u'2'));
        QVERIFY(dialog->metricText(QStringLiteral("Period")).contains(QStringLiteral("→")));
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("WAVE 5m linear_bot"));

        // Live name validation keeps Save disabled with the reason shown.
        dialog->nameEdit()->clear();
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY(dialog->nameMessage()->isVisible());
        QVERIFY(dialog->nameMessage()->text().contains(QStringLiteral("needs a name")));
        dialog->nameEdit()->setText(QString(ModelRegistry::kMaxNameLength + 1, u'x'));
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY(dialog->nameMessage()->text().contains(QStringLiteral("longer than 100")));
        dialog->nameEdit()->setText(QStringLiteral(" padded"));
        QVERIFY(!dialog->saveButton()->isEnabled());
        dialog->nameEdit()->clear();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Wave model"));
        QVERIFY(dialog->saveButton()->isEnabled());
        QVERIFY(!dialog->nameMessage()->isVisible());

        dialog->descriptionEdit()->setPlainText(QStringLiteral("Linear baseline"));
        QTest::keyClicks(dialog->tagsEdit(), QStringLiteral(" a, b ,A,, c "));
        dialog->activateBox()->setChecked(true);
        QSignalSpy saved(dialog.data(), &SaveModelDialog::saved);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(test::arrived(saved, 20000));
        QCOMPARE(saved.at(0).at(0).toString(), QStringLiteral("Wave model"));
        QCOMPARE(saved.at(0).at(1).toInt(), 1);
        QTRY_VERIFY(!dialog);

        QSqlQuery q(*db.connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT file_path, tags, is_active, description, training_record_id "
                           "FROM ml_models WHERE model_name = 'Wave model'")));
        QVERIFY(q.next());
        const QString registered = q.value(0).toString();
        QVERIFY(registered.startsWith(QStringLiteral("models/registry/")));
        QVERIFY(QFile::exists(db.workspaceDir() + u'/' + registered));
        QCOMPARE(QJsonDocument::fromJson(q.value(1).toByteArray()).array().toVariantList(),
                 (QVariantList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
        QCOMPARE(q.value(2).toInt(), 1);
        QCOMPARE(q.value(3).toString(), QStringLiteral("Linear baseline"));
        QCOMPARE(q.value(4).toLongLong(), recordId);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT save_state FROM model_training_records WHERE id = ?"),
                   { recordId })
                .toString(),
            QStringLiteral("saved"));

        // The next result may not take that name, in any case.
        dialog = trainUntilSaveDialog(*s, flow);
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("WAVE MODEL"));
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY(dialog->nameMessage()->text().contains(QStringLiteral("already exists")));
        // Enter with Save disabled does nothing.
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        dialog->setConfirmFunction(
            [](QWidget *, const QString &, const QString &) { return true; });
        QSignalSpy discarded(dialog.data(), &SaveModelDialog::discarded);
        QTest::mouseClick(dialog->discardButton(), Qt::LeftButton);
        QVERIFY2(test::arrived(discarded, 20000),
                 qPrintable(dialog ? dialog->statusLabel()->text() : QStringLiteral("gone")));
    }

    void escapeAsksAndDiscardLeavesNoFile()
    {
        auto s = session();
        ManualTrainingFlow flow(s.get(), nullptr);
        QPointer<SaveModelDialog> dialog = trainUntilSaveDialog(*s, flow);
        QVERIFY(dialog);
        const Database &db = *s->database();
        const qint64 recordId = dialog->recordId();
        const QString file = recordFile(db, recordId);
        QVERIFY(QFile::exists(file));

        QStringList asked;
        bool confirm = false;
        dialog->setConfirmFunction([&](QWidget *, const QString &, const QString &text) {
            asked << text;
            return confirm;
        });
        // Escape must not silently lose the result: it asks, and "no" keeps everything.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.at(0).contains(QLocale().formattedDataSize(QFileInfo(file).size())));
        QVERIFY(asked.at(0).contains(QStringLiteral("cannot be undone")));
        QVERIFY(dialog->isVisible());
        QVERIFY(QFile::exists(file));
        // So does the window's close button.
        dialog->close();
        QCOMPARE(asked.size(), 2);
        QVERIFY(dialog && dialog->isVisible());

        confirm = true;
        QSignalSpy discarded(&flow, &ManualTrainingFlow::resultDiscarded);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY2(test::arrived(discarded, 20000),
                 qPrintable(dialog ? dialog->statusLabel()->text() : QStringLiteral("gone")));
        QCOMPARE(discarded.at(0).at(0).toLongLong(), recordId);
        QTRY_VERIFY(!dialog);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(
            scalar(
                db,
                QStringLiteral(
                    "SELECT status || '/' || save_state FROM model_training_records WHERE id = ?"),
                { recordId })
                .toString(),
            QStringLiteral("archived/discarded"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ml_models")).toInt(), 0);
    }

    void failedManualJobSaysWhy()
    {
        auto s = session();
        s->queue()->setExecutor(
            [](const TrainingJob &job, const CancellationToken &, const ProgressCallback &) {
                return job.spec.manual
                    ? JobResult { JobStatus::Failed, QStringLiteral("the data ran out"), 0 }
                    : JobResult { JobStatus::Completed, QString(), 0 };
            });
        ManualTrainingFlow flow(s.get(), nullptr);
        flow.setShowFailureMessages(false);
        QSignalSpy failed(&flow, &ManualTrainingFlow::manualJobFailed);
        QSignalSpy shown(&flow, &ManualTrainingFlow::dialogShown);
        const qint64 jobId = trainLinear(*s);
        QVERIFY(test::arrived(failed, 10000));
        QCOMPARE(failed.at(0).at(0).toLongLong(), jobId);
        const QString text = failed.at(0).at(1).toString();
        QVERIFY(text.contains(QStringLiteral("failed")));
        QVERIFY(text.contains(QStringLiteral("the data ran out")));
        QVERIFY(text.contains(kSymbol));
        QCOMPARE(shown.count(), 0);
    }

    void startUpOffersUndecidedResultsOneAtATime()
    {
        QList<qint64> ids;
        auto s = session([&ids](const Database &db) {
            for (int i = 0; i < 2; ++i) {
                TrainingRecord r = test::cardRecord(kSymbol, kTimeframe, kLinear,
                                                    TrainingRecord::Status::Active, 48 + i);
                r.saveState = TrainingRecord::SaveState::Pending;
                ids << test::insertRecord(db, r, 64);
            }
        });
        QVERIFY(!ids.contains(0));
        ManualTrainingFlow flow(s.get(), nullptr);
        // The first dialog may open inside the constructor (a look-up that has finished by the
        // time it is awaited resumes at once), before a spy could listen: watch the flow.
        QTRY_VERIFY_WITH_TIMEOUT(flow.currentDialog(), 10000);
        QPointer<SaveModelDialog> first = flow.currentDialog();
        QVERIFY(first);
        QCOMPARE(first->recordId(), ids.at(1)); // older first
        QCOMPARE(flow.waitingCount(), 1);
        const QString firstFile = recordFile(*s->database(), ids.at(1));
        QVERIFY(QFile::exists(firstFile)); // start-up reconcile keeps undecided files

        first->setConfirmFunction([](QWidget *, const QString &, const QString &) { return true; });
        first->discard();
        QTRY_VERIFY_WITH_TIMEOUT(flow.currentDialog()
                                     && (first.isNull() || flow.currentDialog() != first.data()),
                                 10000);
        QVERIFY(!QFile::exists(firstFile));
        QPointer<SaveModelDialog> second = flow.currentDialog();
        QVERIFY(second);
        QCOMPARE(second->recordId(), ids.at(0));
        QCOMPARE(flow.waitingCount(), 0);
    }

    void tagsAreTrimmedAndDeduplicated()
    {
        QCOMPARE(SaveModelDialog::parseTags(QStringLiteral(" a, b ,A,, c ,")),
                 (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
        QVERIFY(SaveModelDialog::parseTags(QStringLiteral(" , ,")).isEmpty());
        TrainingRecord r;
        r.symbol = kSymbol;
        r.timeframe = kTimeframe;
        r.bot = kLinear;
        QCOMPARE(SaveModelDialog::suggestName(r, { QStringLiteral("wave 5m linear_bot") }),
                 QStringLiteral("WAVE 5m linear_bot 2"));
    }
};

QTEST_MAIN(TestManualSave)
#include "tst_manualsave.moc"
