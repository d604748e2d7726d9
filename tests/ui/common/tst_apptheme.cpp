// Settings ▸ Appearance ▸ Theme: Dark and Light give a Fusion look with a coherent palette,
// charts (created before or after) take the matching QChart theme, Follow system restores the
// platform's style and palette, and the choice is saved by the Settings dialog.

#include "common/AppTheme.h"
#include "common/LossChart.h"
#include "predictions/LiveAccuracyChart.h"
#include "settings/AppSettings.h"
#include "settings/AppearanceSettingsGroup.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using namespace modeldeck;

class TestAppTheme : public QObject
{
    Q_OBJECT
private:
    QString m_platformStyle;
    QColor m_platformWindow;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ModelDeckTests"));
        QSettings().remove(QStringLiteral("ui/theme"));
        // A style other than Fusion, so a return to the platform's style can be seen.
        QApplication::setStyle(QStringLiteral("Windows"));
        m_platformStyle = QApplication::style()->name();
        m_platformWindow = QApplication::palette().color(QPalette::Window);
        QVERIFY(!AppTheme::isDark()); // the offscreen platform is light
    }

    void cleanup() { AppTheme::apply(AppTheme::Mode::System); }

    void palettesAreCoherent()
    {
        for (const bool dark : { false, true }) {
            const QPalette p = dark ? AppTheme::darkPalette() : AppTheme::lightPalette();
            QCOMPARE(AppTheme::isDark(p), dark);
            // Text stands out from what it is drawn on.
            for (const auto &[fg, bg] :
                 { std::pair { QPalette::WindowText, QPalette::Window },
                   std::pair { QPalette::Text, QPalette::Base },
                   std::pair { QPalette::ButtonText, QPalette::Button },
                   std::pair { QPalette::HighlightedText, QPalette::Highlight } }) {
                const int contrast = std::abs(p.color(fg).lightness() - p.color(bg).lightness());
                QVERIFY2(
                    contrast >= 90,
                    qPrintable(QStringLiteral("role %1 on %2: %3").arg(fg).arg(bg).arg(contrast)));
            }
            QVERIFY(p.color(QPalette::Disabled, QPalette::Text) != p.color(QPalette::Text));
        }
    }

    void darkAppliesToChartsBeforeAndAfter()
    {
        LossChart before;
        before.show();
        QCOMPARE(before.chart()->theme(), QChart::ChartThemeLight);

        AppTheme::apply(AppTheme::Mode::Dark);
        QCOMPARE(AppTheme::current(), AppTheme::Mode::Dark);
        QVERIFY(AppTheme::isDark());
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 AppTheme::darkPalette().color(QPalette::Window));

        LossChart loss;
        QCOMPARE(loss.chart()->theme(), QChart::ChartThemeDark);
        LiveAccuracyChart accuracy;
        QCOMPARE(accuracy.chart()->theme(), QChart::ChartThemeDark);
        QTRY_COMPARE(before.chart()->theme(), QChart::ChartThemeDark); // open windows follow

        AppTheme::apply(AppTheme::Mode::Light);
        QVERIFY(!AppTheme::isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 AppTheme::lightPalette().color(QPalette::Window));
        QTRY_COMPARE(before.chart()->theme(), QChart::ChartThemeLight);
    }

    void followSystemRestoresThePlatformLook()
    {
        AppTheme::apply(AppTheme::Mode::Dark);
        AppTheme::apply(AppTheme::Mode::System);
        QCOMPARE(QApplication::style()->name(), m_platformStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformWindow);
        QVERIFY(!AppTheme::isDark());
        LossChart chart;
        QCOMPARE(chart.chart()->theme(), QChart::ChartThemeLight);
    }

    void settingsKeepsTheChoice()
    {
        QCOMPARE(AppSettings::theme(), AppTheme::Mode::System); // the default
        SettingsDialog dialog(QString::fromLatin1(qgetenv("HOME")));
        QComboBox *combo = dialog.appearanceGroup()->themeCombo();
        QCOMPARE(combo->currentData().toInt(), int(AppTheme::Mode::System));
        combo->setCurrentIndex(combo->findData(int(AppTheme::Mode::Dark)));
        dialog.accept();
        QCOMPARE(AppSettings::theme(), AppTheme::Mode::Dark);
        QVERIFY(dialog.changedKeys().contains(QStringLiteral("ui/theme")));
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        SettingsDialog again(QString::fromLatin1(qgetenv("HOME")));
        QCOMPARE(again.appearanceGroup()->theme(), AppTheme::Mode::Dark);
        // A value the file should not hold reads as the default.
        QSettings().setValue(QStringLiteral("ui/theme"), QStringLiteral("purple"));
        QCOMPARE(AppSettings::theme(), AppTheme::Mode::System);
        QSettings().remove(QStringLiteral("ui/theme"));
    }
};

QTEST_MAIN(TestAppTheme)
#include "tst_apptheme.moc"
