// The settings dialog and AppSettings offscreen: defaults and hostile stored values, the
// workers × threads rule with its live hint, JSON hyperparameters validated per bot (OK refused
// while any is invalid), Restore Defaults, persistence, the language choice and the
// workspace-change signal.

#include "TestFiles.h"
#include "models/ModelConfig.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "util/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;

namespace {

void selectBot(SettingsDialog &dialog, const QString &bot)
{
    dialog.botCombo()->setCurrentIndex(dialog.botCombo()->findData(bot));
}

QString visibleError(SettingsDialog &dialog)
{
    // The error label under the JSON editor is the one mentioning hyperparameters' problems.
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&dialog) && label->text().startsWith(QStringLiteral("⚠")))
            return label->text();
    }
    return {};
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ModelDeckTests-Settings"));
        QApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
    }

    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void defaultsAndHostileValues()
    {
        QCOMPARE(AppSettings::workers(), 1);
        QCOMPARE(AppSettings::torchThreads(), 0);
        QCOMPARE(AppSettings::staleHours(), 24);
        QVERIFY(AppSettings::botDefaultsText(QStringLiteral("lstm_bot")).isEmpty());
        QSettings settings;
        settings.setValue(QStringLiteral("training/workers"), QStringLiteral("lots"));
        settings.setValue(QStringLiteral("training/torchThreads"), 100000);
        settings.setValue(QStringLiteral("training/staleHours"), -5);
        settings.setValue(QStringLiteral("training/defaults/gru_bot"),
                          QStringLiteral("[not an object"));
        settings.sync();
        QCOMPARE(AppSettings::workers(), 1);
        QCOMPARE(AppSettings::torchThreads(), AppSettings::cores());
        QCOMPARE(AppSettings::staleHours(), 24);
        QVERIFY(AppSettings::botDefaults(QStringLiteral("gru_bot")).isEmpty());
        // Auto is one thread per job (WorkerPlan's rule), whatever the jobs and cores.
        QCOMPARE(AppSettings::effectiveTorchThreads(0), 1);
        QCOMPARE(AppSettings::effectiveTorchThreads(4), 4); // a set number stays
        QVERIFY(AppSettings::fitsCores(8, 0, 8));
        QVERIFY(!AppSettings::fitsCores(9, 0, 8));
        QVERIFY(AppSettings::fitsCores(2, 4, 8));
        QVERIFY(!AppSettings::fitsCores(3, 3, 8));
    }

    void workersTimesThreadsMustFitTheCores()
    {
        const int cores = AppSettings::cores();
        SettingsDialog dialog(m_dir.path());
        dialog.show();
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.workersBox()->maximum(), cores);

        dialog.workersBox()->setValue(cores);
        dialog.threadsBox()->setValue(2);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(dialog.threadHint().contains(QStringLiteral("more than")),
                 qPrintable(dialog.threadHint()));
        QVERIFY(dialog.threadHint().contains(QString::number(cores * 2)));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused
        QCOMPARE(AppSettings::workers(), 1);

        dialog.threadsBox()->setValue(0); // Auto
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.threadsBox()->text(), QStringLiteral("Auto"));
        dialog.workersBox()->setValue(1);
        dialog.threadsBox()->setValue(cores);
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY2(
            dialog.threadHint().startsWith(QStringLiteral("1 job(s) × %1 thread(s)").arg(cores)),
            qPrintable(dialog.threadHint()));
    }

    void invalidHyperparametersAreRefused()
    {
        SettingsDialog dialog(m_dir.path());
        dialog.show();
        selectBot(dialog, QStringLiteral("gru_bot"));
        QVERIFY(
            dialog.paramsEdit()->placeholderText().contains(QStringLiteral("\"hidden_size\": 64")));
        // The feature settings are hyperparameters too, shown with their defaults.
        QVERIFY(dialog.paramsEdit()->placeholderText().contains(
            QStringLiteral("\"target\": \"log_return\"")));
        QVERIFY(dialog.paramsEdit()->placeholderText().contains(
            QStringLiteral("\"trend_features\": true")));
        dialog.paramsEdit()->setPlainText(QStringLiteral("{\"target\": \"close\"}"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(visibleError(dialog).contains(QStringLiteral("\"target\"")),
                 qPrintable(visibleError(dialog)));

        dialog.paramsEdit()->setPlainText(QStringLiteral("{\"epochs\": 0}"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(visibleError(dialog).contains(QStringLiteral("epochs must be a whole number")),
                 qPrintable(visibleError(dialog)));

        dialog.paramsEdit()->setPlainText(QStringLiteral("{\n  \"epochs\": ,\n}"));
        QVERIFY2(visibleError(dialog).contains(QStringLiteral("Line 2, column 14")),
                 qPrintable(visibleError(dialog)));
        dialog.paramsEdit()->setPlainText(QStringLiteral("[20]"));
        QVERIFY(visibleError(dialog).contains(QStringLiteral("JSON object")));
        dialog.paramsEdit()->setPlainText(QStringLiteral("{\"epochs\": 20, \"colour\": \"red\"}"));
        QVERIFY(visibleError(dialog).contains(QStringLiteral("Unknown hyperparameter “colour”")));

        // Another bot shown: the invalid one is still named, in the list and under the editor.
        selectBot(dialog, QStringLiteral("lstm_bot"));
        QVERIFY(dialog.paramsEdit()->toPlainText().isEmpty());
        QVERIFY(visibleError(dialog).contains(QStringLiteral("Also invalid: gru_bot")));
        QCOMPARE(
            dialog.botCombo()->itemText(dialog.botCombo()->findData(QStringLiteral("gru_bot"))),
            QStringLiteral("gru_bot (invalid)"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(AppSettings::botDefaultsText(QStringLiteral("gru_bot")).isEmpty()); // nothing saved

        selectBot(dialog, QStringLiteral("gru_bot"));
        QCOMPARE(dialog.paramsEdit()->toPlainText(),
                 QStringLiteral("{\"epochs\": 20, \"colour\": \"red\"}"));
        dialog.paramsEdit()->setPlainText(QStringLiteral("{\"epochs\": 20}"));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(visibleError(dialog).isEmpty());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(AppSettings::botDefaultsText(QStringLiteral("gru_bot")),
                 QStringLiteral("{\"epochs\": 20}"));
        QCOMPARE(AppSettings::botDefaults(QStringLiteral("gru_bot"))
                     .value(QStringLiteral("epochs"))
                     .toInt(),
                 20);
    }

    void transformerHeadsMustDivideHiddenSize()
    {
        QVERIFY(
            !SettingsDialog::checkBotDefaults(QStringLiteral("transformer_bot"),
                                              QStringLiteral("{\"hidden_size\": 30, \"heads\": 4}"))
                 .isEmpty());
        QVERIFY(
            SettingsDialog::checkBotDefaults(QStringLiteral("transformer_bot"),
                                             QStringLiteral("{\"hidden_size\": 32, \"heads\": 4}"))
                .isEmpty());
        QVERIFY(SettingsDialog::checkBotDefaults(QStringLiteral("naive"), QStringLiteral("  "))
                    .isEmpty());
    }

    void settingsPersistAndRestoreDefaults()
    {
        {
            SettingsDialog dialog(m_dir.path());
            QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
            QSignalSpy moved(&dialog, &SettingsDialog::workspaceChangeRequested);
            dialog.workersBox()->setValue(1);
            dialog.threadsBox()->setValue(1);
            dialog.staleHoursBox()->setValue(72);
            selectBot(dialog, QStringLiteral("mlp_bot"));
            dialog.paramsEdit()->setPlainText(QStringLiteral("{\"hidden_size\": 32}"));
            dialog.accept();
            QCOMPARE(changed.count(), 1);
            QCOMPARE(moved.count(), 0); // same folder
        }
        QCOMPARE(AppSettings::torchThreads(), 1);
        QCOMPARE(AppSettings::staleHours(), 72);
        QCOMPARE(QSettings().value(QStringLiteral("training/staleHours")).toInt(), 72);

        SettingsDialog dialog(m_dir.path());
        QCOMPARE(dialog.threadsBox()->value(), 1);
        QCOMPARE(dialog.staleHoursBox()->value(), 72);
        selectBot(dialog, QStringLiteral("mlp_bot"));
        QCOMPARE(dialog.paramsEdit()->toPlainText(), QStringLiteral("{\"hidden_size\": 32}"));

        dialog.workspaceEdit()->setText(m_dir.filePath(QStringLiteral("other")));
        QTest::mouseClick(
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults),
            Qt::LeftButton);
        QCOMPARE(dialog.workersBox()->value(), 1);
        QCOMPARE(dialog.threadsBox()->value(), 0);
        QCOMPARE(dialog.staleHoursBox()->value(), 24);
        QVERIFY(dialog.paramsEdit()->toPlainText().isEmpty());
        QCOMPARE(dialog.workspaceEdit()->text(), m_dir.filePath(QStringLiteral("other"))); // kept
        // Restoring is not saving: Cancel keeps what was stored.
        dialog.reject();
        QCOMPARE(AppSettings::staleHours(), 72);

        SettingsDialog again(m_dir.path());
        QSignalSpy moved(&again, &SettingsDialog::workspaceChangeRequested);
        again.workspaceEdit()->setText(m_dir.filePath(QStringLiteral("other")));
        QTest::mouseClick(
            again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults),
            Qt::LeftButton);
        again.accept();
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toString(), m_dir.filePath(QStringLiteral("other")));
        QCOMPARE(AppSettings::staleHours(), 24);
        QCOMPARE(AppSettings::torchThreads(), 0);
        QVERIFY(AppSettings::botDefaultsText(QStringLiteral("mlp_bot")).isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("training/defaults/mlp_bot")));
    }

    // The language: "" follows the system; OK saves the choice where the CLI reads it too, and
    // $MODELDECK_LANG wins over it.
    void languageChoice()
    {
        qunsetenv("MODELDECK_LANG");
        {
            SettingsDialog dialog(m_dir.path());
            QComboBox *language = dialog.languageCombo();
            QCOMPARE(language->count(), 4);
            QCOMPARE(language->currentData().toString(), QString()); // System default
            QCOMPARE(language->itemText(2), QStringLiteral("Deutsch"));
            QCOMPARE(language->itemText(3), QStringLiteral("हिन्दी"));
            language->setCurrentIndex(language->findData(QStringLiteral("hi")));
            dialog.accept();
            QVERIFY(dialog.changedKeys().contains(QStringLiteral("ui/language")));
        }
        QCOMPARE(AppSettings::language(), QStringLiteral("hi"));
        QCOMPARE(Translations::chosenLanguage(), QStringLiteral("hi"));
        QCOMPARE(Translations::localeFor(QStringLiteral("hi")).language(), QLocale::Hindi);
        qputenv("MODELDECK_LANG", "de");
        QCOMPARE(Translations::chosenLanguage(), QStringLiteral("de"));
        qputenv("MODELDECK_LANG", "xx"); // not a translation: ignored
        QCOMPARE(Translations::chosenLanguage(), QStringLiteral("hi"));
        qunsetenv("MODELDECK_LANG");

        SettingsDialog dialog(m_dir.path());
        QCOMPARE(dialog.languageCombo()->currentData().toString(), QStringLiteral("hi"));
        dialog.languageCombo()->setCurrentIndex(0);
        dialog.accept();
        QCOMPARE(AppSettings::language(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        QCOMPARE(AppSettings::language(), QString()); // an unknown stored code follows the system
    }

    void workspaceMustBeAFolder()
    {
        SettingsDialog dialog(m_dir.path());
        dialog.workspaceEdit()->setText(test::writeFile(m_dir, QStringLiteral("plain-file"), "x"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.validationError().contains(QStringLiteral("not a folder")));
        dialog.workspaceEdit()->clear();
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.workspaceEdit()->setText(m_dir.filePath(QStringLiteral("new-folder")));
        QVERIFY(dialog.okButton()->isEnabled());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
