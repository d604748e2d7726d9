// The saved-models page and the model switcher offscreen, on a real workspace whose registry
// rows come from ModelRegistry::add with small bytes: cards show the registry's content and
// readiness, search and filters count right, rename keeps versions, delete asks (with counts
// and the series losing its active model) and removes rows and files, export writes both
// files and asks before replacing, the switcher's choice changes is_active in the database,
// and keyboard shortcuts reach the actions. The status colours in light and dark palettes.

#include "SavedModelGallery.h"
#include "TestFiles.h"
#include "TestPalette.h"
#include "TestSession.h"
#include "common/SkillWarning.h"
#include "common/StatCard.h"
#include "common/StatusPalette.h"
#include "registry/ModelDetailsDialog.h"
#include "registry/ModelSwitcher.h"
#include "registry/ModelVersionsDialog.h"
#include "registry/SavedModelActions.h"
#include "registry/SavedModelDelegate.h"
#include "registry/SavedModelFilterModel.h"
#include "registry/SavedModelListModel.h"
#include "registry/SavedModelsPage.h"
#include "services/ModelFileChecks.h"
#include "services/ModelRegistry.h"
#include "session/WorkspaceSession.h"
#include "storage/Database.h"
#include "storage/PerformanceRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;
using R = SavedModelListModel::Role;
using test::draft;
using test::kBtc;
using test::kEth;
using test::kHour;

namespace {

int sqlInt(const Database &db, const QString &sql)
{
    QSqlQuery q(*db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Records every confirmation and answers with `answer`.
struct Confirmations
{
    QStringList texts;
    bool answer = true;
    SavedModelActions::ConfirmFunction function()
    {
        return [this](QWidget *, const QString &, const QString &text, const QString &) {
            texts << text;
            return answer;
        };
    }
};

} // namespace

class TestSavedModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;
    std::unique_ptr<WorkspaceSession> m_session;

    // A fresh workspace with the sample models (SavedModelGallery.h).
    void freshWorkspace()
    {
        m_session = test::openSession(m_dir.filePath(QStringLiteral("ws%1").arg(++m_workspaces)));
        if (const QString error = test::addSampleModels(*m_session->database()); !error.isEmpty())
            qFatal("%s", qPrintable(error));
        m_session->database()->releaseThreadConnection();
    }

    // A load can finish before a spy made after it started would see it; so wait on state.
    static bool waitLoaded(const SavedModelsPage &page)
    {
        return QTest::qWaitFor([&page] { return !page.isLoading(); }, 10000);
    }
    // Signals can come before a wait() starts (a pool task may finish before it is awaited).
    static bool waitCount(const QSignalSpy &spy, int count)
    {
        return QTest::qWaitFor([&spy, count] { return spy.count() >= count; }, 10000);
    }

    const Database &db() const { return *m_session->database(); }

private Q_SLOTS:
    void cardsShowRegistryContent()
    {
        freshWorkspace();
        SavedModelsPage page(m_session.get());
        QVERIFY(waitLoaded(page));
        SavedModelListModel *model = page.listModel();
        QCOMPARE(model->rowCount(), 3);
        const QModelIndex alpha = model->index(model->rowOf(QStringLiteral("alpha")));
        QCOMPARE(alpha.data(R::VersionRole).toInt(), 2); // the active version moved on to v2
        QCOMPARE(alpha.data(R::VersionTextRole).toString(), QStringLiteral("v2 of 2"));
        QVERIFY(alpha.data(R::ActiveRole).toBool());
        QVERIFY(alpha.data(R::ReadyRole).toBool());
        QCOMPARE(alpha.data(R::SymbolRole).toString(), kBtc);
        QCOMPARE(alpha.data(R::TimeframeRole).toString(), kHour);
        QCOMPARE(alpha.data(R::TypeRole).toString(), QStringLiteral("lstm_bot"));
        QCOMPARE(alpha.data(R::TagsRole).toStringList(),
                 QStringList({ QStringLiteral("prod"), QStringLiteral("Hourly") }));
        const QStringList metrics = alpha.data(R::MetricsRole).toStringList();
        QCOMPARE(metrics.size(), 4); // coverage 95 is absent and left out
        QCOMPARE(metrics.at(0), QStringLiteral("RMSE|1.25"));
        QCOMPARE(metrics.at(2), QStringLiteral("Skill|+12.5 %"));
        QCOMPARE(metrics.at(3), QStringLiteral("Cover 80|81.3 %"));
        QCOMPARE(alpha.data(R::HorizonsTextRole).toString(), QStringLiteral("1, 24 bars"));
        QCOMPARE(alpha.data(R::SizeBytesRole).toLongLong(), qint64(3000));
        const QModelIndex gamma = model->index(model->rowOf(QStringLiteral("gamma")));
        QVERIFY(!gamma.data(R::ActiveRole).toBool());
        QCOMPARE(gamma.data(R::VersionTextRole).toString(), QStringLiteral("v1"));
        QCOMPARE(page.totalCard()->value(), QStringLiteral("3"));
        QCOMPARE(page.readyCard()->value(), QStringLiteral("3 of 3"));
        QCOMPARE(page.storageCard()->value(), SavedModelListModel::sizeText(10000));
        // Each shown file was hashed once; reloading with nothing changed hashes none again.
        QCOMPARE(page.fileChecks().filesRead(), 3);
        page.reload();
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.fileChecks().filesRead(), 3);
        QCOMPARE(page.readyCard()->value(), QStringLiteral("3 of 3"));

        // A changed file makes its model "not ready", with the reason in the tooltip.
        auto beta = ModelRegistry(db()).find(QStringLiteral("beta"));
        QVERIFY(beta);
        {
            QFile f(db().workspaceDir() + u'/' + beta->filePath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("tampered");
        }
        page.reload();
        QVERIFY(waitLoaded(page));
        const QModelIndex betaIndex = model->index(model->rowOf(QStringLiteral("beta")));
        QVERIFY(!betaIndex.data(R::ReadyRole).toBool());
        QVERIFY(betaIndex.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not ready")));
        QCOMPARE(page.readyCard()->value(), QStringLiteral("2 of 3"));
        QCOMPARE(page.fileChecks().filesRead(), 4); // only the changed one was read again
        db().releaseThreadConnection();
    }

    void searchAndFilters()
    {
        freshWorkspace();
        SavedModelsPage page(m_session.get());
        QVERIFY(waitLoaded(page));
        SavedModelFilterModel *filter = page.filterModel();
        QCOMPARE(filter->rowCount(), 3);
        QTest::keyClicks(page.searchEdit(), QStringLiteral("HOURLY")); // a tag, other case
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, 0).data(R::NameRole).toString(), QStringLiteral("alpha"));
        page.searchEdit()->clear();
        QTest::keyClicks(page.searchEdit(),
                         QStringLiteral("trial BTC")); // description words, any order
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, 0).data(R::NameRole).toString(), QStringLiteral("gamma"));
        page.searchEdit()->setText(QStringLiteral("nothing like it"));
        QCOMPARE(filter->rowCount(), 0);
        page.searchEdit()->clear();
        QCOMPARE(filter->rowCount(), 3);

        QComboBox *symbol = page.symbolFilter();
        QCOMPARE(symbol->count(), 3); // all, BTCUSDT, ETHUSDT
        symbol->setCurrentIndex(symbol->findData(kBtc));
        QCOMPARE(filter->rowCount(), 2);
        page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(QStringLiteral("gru_bot")));
        QCOMPARE(filter->rowCount(), 1);
        page.typeFilter()->setCurrentIndex(0);
        QTest::mouseClick(page.activeOnlyCheck(), Qt::LeftButton, {},
                          QPoint(5, page.activeOnlyCheck()->height() / 2));
        QVERIFY(page.activeOnlyCheck()->isChecked());
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, 0).data(R::NameRole).toString(), QStringLiteral("alpha"));
        symbol->setCurrentIndex(symbol->findData(kEth));
        QCOMPARE(filter->rowCount(), 0); // beta is not active
    }

    void renameKeepsVersions()
    {
        freshWorkspace();
        SavedModelsPage page(m_session.get());
        QVERIFY(waitLoaded(page));
        QVERIFY(page.selectName(QStringLiteral("alpha")));
        QSignalSpy reloaded(&page, &SavedModelsPage::reloaded);
        page.actions()->rename(QStringLiteral("alpha"), QStringLiteral("delta"));
        QVERIFY(waitCount(reloaded, 1));
        QVERIFY2(page.message().contains(QStringLiteral("delta")), qPrintable(page.message()));
        QCOMPARE(page.listModel()->rowOf(QStringLiteral("alpha")), -1);
        QVERIFY(page.listModel()->rowOf(QStringLiteral("delta")) >= 0);
        QCOMPARE(page.currentName(), QString()); // the selected name is gone
        QCOMPARE(
            sqlInt(db(),
                   QStringLiteral("SELECT COUNT(*) FROM ml_models WHERE model_name = 'delta'")),
            2);
        QCOMPARE(
            sqlInt(db(),
                   QStringLiteral("SELECT COUNT(*) FROM ml_models WHERE model_name = 'alpha'")),
            0);
        QCOMPARE(
            sqlInt(
                db(),
                QStringLiteral(
                    "SELECT is_active FROM ml_models WHERE model_name = 'delta' AND version = 2")),
            1);

        // A taken name is refused with a message naming it; nothing changes.
        QSignalSpy message(page.actions(), &SavedModelActions::message);
        page.actions()->rename(QStringLiteral("delta"), QStringLiteral("beta"));
        QVERIFY(waitCount(message, 1));
        QVERIFY(message.last().at(1).toBool());
        QVERIFY(message.last().at(0).toString().contains(QStringLiteral("“beta” is taken")));
        QCOMPARE(
            sqlInt(db(),
                   QStringLiteral("SELECT COUNT(*) FROM ml_models WHERE model_name = 'delta'")),
            2);

        // Details go onto every version.
        page.actions()->setDetails(QStringLiteral("delta"), QStringLiteral("renamed"),
                                   { QStringLiteral("x") });
        QVERIFY(waitCount(reloaded, 2));
        QCOMPARE(sqlInt(db(),
                        QStringLiteral(
                            "SELECT COUNT(*) FROM ml_models WHERE description = 'renamed' AND "
                            "tags = '[\"x\"]'")),
                 2);
        db().releaseThreadConnection();
    }

    void deleteAsksThenRemovesRowsAndFiles()
    {
        freshWorkspace();
        SavedModelsPage page(m_session.get());
        Confirmations confirm;
        page.setConfirmFunction(confirm.function());
        QVERIFY(waitLoaded(page));
        const QString modelsDir = db().modelsDir();
        QCOMPARE(test::filesUnder(modelsDir, { QStringLiteral("*.pt") }).size(), 4);

        // Declined: nothing goes. Delete on the selected card is the shortcut.
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.selectName(QStringLiteral("alpha")));
        page.listView()->setFocus();
        confirm.answer = false;
        QSignalSpy message(page.actions(), &SavedModelActions::message);
        QTest::keyClick(page.listView(), Qt::Key_Delete);
        QVERIFY(waitCount(message, 1));
        QCOMPARE(confirm.texts.size(), 1);
        const QString text = confirm.texts.first();
        QVERIFY2(text.contains(QStringLiteral("Versions to delete: 2")), qPrintable(text));
        QVERIFY2(text.contains(SavedModelListModel::sizeText(3000)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("active model for BTCUSDT 1h")), qPrintable(text));
        QCOMPARE(sqlInt(db(), QStringLiteral("SELECT COUNT(*) FROM ml_models")), 4);

        // One version: Shift+Delete deletes the shown (active) v2 only.
        confirm.answer = true;
        QSignalSpy reloaded(&page, &SavedModelsPage::reloaded);
        QTest::keyClick(page.listView(), Qt::Key_Delete, Qt::ShiftModifier);
        QVERIFY(waitCount(reloaded, 1));
        QVERIFY(confirm.texts.last().contains(QStringLiteral("Delete version 2 of “alpha”")));
        QCOMPARE(
            sqlInt(db(),
                   QStringLiteral("SELECT COUNT(*) FROM ml_models WHERE model_name = 'alpha'")),
            1);
        QCOMPARE(test::filesUnder(modelsDir, { QStringLiteral("*.pt") }).size(), 3);

        // Everything of a name.
        page.actions()->remove(QStringLiteral("beta"), std::nullopt);
        QVERIFY(waitCount(reloaded, 2));
        QVERIFY(confirm.texts.last().contains(QStringLiteral("Versions to delete: 1")));
        QVERIFY(!confirm.texts.last().contains(QStringLiteral("active model")));
        QCOMPARE(sqlInt(db(),
                        QStringLiteral("SELECT COUNT(*) FROM ml_models WHERE model_name = 'beta'")),
                 0);
        QCOMPARE(test::filesUnder(modelsDir, { QStringLiteral("*.pt") }).size(), 2);
        QCOMPARE(page.listModel()->rowCount(), 2);
        QVERIFY(page.message().contains(QStringLiteral("Deleted “beta”")));
        db().releaseThreadConnection();
    }

    void exportWritesBothFilesAndAsksBeforeReplacing()
    {
        freshWorkspace();
        SavedModelsPage page(m_session.get());
        Confirmations confirm;
        page.setConfirmFunction(confirm.function());
        QVERIFY(waitLoaded(page));
        QTemporaryDir out;
        QSignalSpy message(page.actions(), &SavedModelActions::message);
        page.actions()->exportModel(QStringLiteral("alpha"), 1, out.path());
        QVERIFY(waitCount(message, 1));
        QVERIFY2(!message.last().at(1).toBool(), qPrintable(message.last().at(0).toString()));
        QVERIFY(confirm.texts.isEmpty());
        QFile pt(out.filePath(QStringLiteral("alpha-v1.pt")));
        QVERIFY(pt.open(QIODevice::ReadOnly));
        QCOMPARE(pt.readAll(), QByteArray(1000, 'x'));
        QFile json(out.filePath(QStringLiteral("alpha-v1.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject sidecar = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(sidecar.value(QStringLiteral("symbol")).toString(), kBtc);

        // Again: the existing files are listed and, declined, left alone.
        confirm.answer = false;
        page.actions()->exportModel(QStringLiteral("alpha"), 1, out.path());
        QVERIFY(waitCount(message, 2));
        QCOMPARE(confirm.texts.size(), 1);
        QVERIFY(confirm.texts.first().contains(QStringLiteral("alpha-v1.json")));
        QCOMPARE(message.last().at(0).toString(), QStringLiteral("Nothing was exported."));
    }

    void activateShowsWhatItReplaces()
    {
        freshWorkspace();
        SavedModelsPage page(m_session.get());
        Confirmations confirm;
        page.setConfirmFunction(confirm.function());
        QVERIFY(waitLoaded(page));
        QSignalSpy changed(&page, &SavedModelsPage::activeModelChanged);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.selectName(QStringLiteral("gamma")));
        page.listView()->setFocus();
        QTest::keyClick(page.listView(), Qt::Key_A);
        QVERIFY(waitCount(changed, 1));
        QVERIFY2(confirm.texts.last().contains(QStringLiteral("replaces “alpha” v2")),
                 qPrintable(confirm.texts.last()));
        QCOMPARE(changed.last().at(2).toString(), QStringLiteral("gamma"));
        QCOMPARE(
            sqlInt(
                db(),
                QStringLiteral(
                    "SELECT COUNT(*) FROM ml_models WHERE is_active = 1 AND symbol = 'BTCUSDT'")),
            1);
        QCOMPARE(
            sqlInt(db(),
                   QStringLiteral("SELECT is_active FROM ml_models WHERE model_name = 'gamma'")),
            1);
        db().releaseThreadConnection();
    }

    void switcherActivatesTheChosenModel()
    {
        freshWorkspace();
        ModelSwitcher switcher(m_session.get());
        Confirmations confirm;
        switcher.setConfirmFunction(confirm.function());
        QVERIFY(QTest::qWaitFor([&switcher] { return !switcher.isLoading(); }, 10000));
        QSignalSpy reloaded(&switcher, &ModelSwitcher::reloaded);
        switcher.setSeries(kBtc, kHour);
        QCOMPARE(switcher.symbol(), kBtc);
        QComboBox *models = switcher.modelCombo();
        QCOMPARE(models->count(), 3); // alpha v2 (active), alpha v1, gamma v1
        QCOMPARE(switcher.activeName(), QStringLiteral("alpha"));
        QCOMPARE(switcher.activeVersion(), 2);

        // Declined: the database and the combo stay as they were.
        confirm.answer = false;
        switcher.show();
        QVERIFY(QTest::qWaitForWindowExposed(&switcher));
        models->setFocus();
        QTest::keyClick(models, Qt::Key_Down); // a closed combo: Down chooses the next item
        QVERIFY(waitCount(reloaded, 1));
        QCOMPARE(confirm.texts.size(), 1);
        QCOMPARE(switcher.activeVersion(), 2);
        QCOMPARE(
            sqlInt(db(),
                   QStringLiteral(
                       "SELECT version FROM ml_models WHERE is_active = 1 AND symbol = 'BTCUSDT'")),
            2);

        // Accepted: a rollback to v1.
        confirm.answer = true;
        QSignalSpy changed(&switcher, &ModelSwitcher::activeModelChanged);
        QTest::keyClick(models, Qt::Key_Down);
        QVERIFY(waitCount(changed, 1));
        QCOMPARE(changed.last(), QVariantList({ kBtc, kHour, QStringLiteral("alpha"), 1 }));
        QVERIFY(confirm.texts.last().contains(QStringLiteral("replaces “alpha” v2")));
        QCOMPARE(
            sqlInt(db(),
                   QStringLiteral(
                       "SELECT version FROM ml_models WHERE is_active = 1 AND symbol = 'BTCUSDT'")),
            1);
        QVERIFY(waitCount(reloaded, 2));
        QCOMPARE(switcher.activeVersion(), 1);
        db().releaseThreadConnection();
    }

    void emptyWorkspaceSaysSo()
    {
        auto session = test::openSession(m_dir.filePath(QStringLiteral("empty")));
        SavedModelsPage page(session.get());
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.listModel()->rowCount(), 0);
        QCOMPARE(page.totalCard()->value(), QStringLiteral("0"));
        QCOMPARE(page.storageCard()->value(), SavedModelListModel::sizeText(0));
        const auto labels = page.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *l) {
            return l->text().startsWith(QStringLiteral("No saved models yet."));
        }));
    }

    void versionsDialogOffersRollbackAndDelete()
    {
        freshWorkspace();
        auto versions = ModelRegistry(db()).versions(QStringLiteral("alpha"));
        QVERIFY(versions);
        db().releaseThreadConnection();
        ModelVersionsDialog dialog(*versions);
        QListWidget *list = dialog.list();
        QCOMPARE(list->count(), 2);
        // Newest first; the active one says so in words and cannot be activated again.
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("v2")));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("ACTIVE")));
        QCOMPARE(dialog.selectedVersion(), 2);
        QVERIFY(!dialog.activateButton()->isEnabled());
        QVERIFY(dialog.deleteButton()->isEnabled());
        list->setCurrentRow(1);
        QCOMPARE(dialog.selectedVersion(), 1);
        QVERIFY(dialog.activateButton()->isEnabled());
        QTest::mouseClick(dialog.activateButton(), Qt::LeftButton);
        QVERIFY(dialog.choice() == ModelVersionsDialog::Choice::Activate);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void detailsDialogSplitsTags()
    {
        ModelDetailsDialog dialog(QStringLiteral("alpha"), QStringLiteral("old"),
                                  { QStringLiteral("a"), QStringLiteral("b") });
        QCOMPARE(dialog.tagsEdit()->text(), QStringLiteral("a, b"));
        dialog.tagsEdit()->clear();
        QTest::keyClicks(dialog.tagsEdit(), QStringLiteral(" prod ,, hourly ,"));
        QCOMPARE(dialog.tags(), QStringList({ QStringLiteral("prod"), QStringLiteral("hourly") }));
        dialog.descriptionEdit()->setPlainText(QStringLiteral("  new text \n"));
        QCOMPARE(dialog.description(), QStringLiteral("new text"));
    }

    // Each card's live line: the newest recorded accuracy of the model's shortest horizon, red
    // when it loses to naive; "no actuals yet" before a fill; the cards still show when the
    // figures cannot be read.
    void cardsShowLatestLiveAccuracy()
    {
        freshWorkspace();
        const auto snapshot = [](int horizon, double skill, int count) {
            PerformanceSnapshot s;
            s.modelName = QStringLiteral("alpha");
            s.horizon = horizon;
            s.window = 100;
            s.live.metrics.count = count;
            s.live.metrics.rmse = 2.0;
            s.live.metrics.naiveRmse = 2.0 / (1.0 - skill);
            s.live.metrics.skill = skill;
            s.live.coverage95 = 0.9375;
            return s;
        };
        {
            PerformanceRepository performance(*db().connection());
            // Older then newer at horizon 1; a newer one still at horizon 24, which is not shown.
            for (const PerformanceSnapshot &s :
                 { snapshot(1, 0.25, 10), snapshot(1, -0.05, 48), snapshot(24, 0.5, 7) })
                QVERIFY(performance.insert(s));
        }
        db().releaseThreadConnection();
        SavedModelsPage page(m_session.get());
        QVERIFY(waitLoaded(page));
        SavedModelListModel *model = page.listModel();
        const QModelIndex alpha = model->index(model->rowOf(QStringLiteral("alpha")));
        QCOMPARE(alpha.data(R::LiveSkillRole).toDouble(), -0.05);
        const QString live = alpha.data(R::LiveTextRole).toString();
        QVERIFY2(live.startsWith(QStringLiteral("skill ") + SkillWarning::percent(-0.05)),
                 qPrintable(live));
        QVERIFY2(live.contains(QStringLiteral("95 % cover 93.8 %")), qPrintable(live));
        QVERIFY2(live.contains(QStringLiteral("48 forecast")), qPrintable(live));
        QVERIFY(alpha.data(Qt::ToolTipRole).toString().contains(QStringLiteral("horizon 1 ")));
        const QModelIndex gamma = model->index(model->rowOf(QStringLiteral("gamma")));
        QVERIFY(!gamma.data(R::LiveSkillRole).isValid());
        QCOMPARE(gamma.data(R::LiveTextRole).toString(), QStringLiteral("no actuals yet"));
        // The losing live skill is painted in the warning colour.
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(
            test::imageContains(page.grab().toImage(), SkillWarning::textColor(page.palette())));

        // An unreadable table: every card still shows, each saying why it has no live line.
        {
            QSqlQuery q(*db().connection());
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE performance_metrics RENAME TO gone")));
        }
        db().releaseThreadConnection();
        page.reload();
        QVERIFY(waitLoaded(page));
        QCOMPARE(model->rowCount(), 3);
        const QModelIndex again = model->index(model->rowOf(QStringLiteral("alpha")));
        QCOMPARE(again.data(R::LiveTextRole).toString(), QStringLiteral("unavailable"));
        QVERIFY(
            again.data(Qt::ToolTipRole).toString().contains(QStringLiteral("could not be read")));
    }

    // The screenshots' page (SavedModelGallery.h) in both palettes: the ACTIVE badge and a NOT
    // READY badge (a missing file) are painted in their status colours; one active model is
    // worse than naive and says so.
    void statusColoursInLightAndDarkPalettes()
    {
        freshWorkspace();
        QCOMPARE(test::addGalleryChanges(db()), QString());
        db().releaseThreadConnection();
        SavedModelsPage page(m_session.get());
        QVERIFY(test::showSavedModelsGallery(page));
        for (const bool dark : { false, true }) {
            page.setPalette(dark ? test::darkPalette() : QApplication::style()->standardPalette());
            QApplication::processEvents();
            const QImage image = page.grab().toImage();
            for (const QColor &wanted : { StatusPalette::active(), StatusPalette::failed() })
                QVERIFY2(test::imageContains(image, wanted), qPrintable(wanted.name()));
        }
        QCOMPARE(page.readyCard()->value(), QStringLiteral("3 of 4"));
        const QModelIndex deltaIndex
            = page.listModel()->index(page.listModel()->rowOf(QStringLiteral("delta")));
        QVERIFY(!deltaIndex.data(R::SkillWarningRole).toString().isEmpty());
    }
};

QTEST_MAIN(TestSavedModels)
#include "tst_savedmodels.moc"
