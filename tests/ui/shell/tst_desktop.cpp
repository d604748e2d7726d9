// Desktop integration: the About dialog (version, each component's licence notice, Esc), the
// first-run window and dock layout on small screens (injected available geometries), and the
// workspace chosen at start (precedence, the last one used).

#include "shell/AboutDialog.h"
#include "shell/FirstRunSize.h"
#include "shell/MainWindow.h"
#include "shell/StartupWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace modeldeck;

class TestDesktop : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ModelDeckTests"));
        QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void aboutShowsVersionAndEveryLicence()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChildren<QLabel *>().size() > 0);
        bool versionShown = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            versionShown |= label->text().contains(QStringLiteral("ModelDeck 9.8.7"));
        QVERIFY(versionShown);
        QVERIFY(dialog.versionLabel()->text().contains(QStringLiteral("LibTorch ")));
        QVERIFY(dialog.versionLabel()->text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(AboutDialog::versionReport().startsWith(QStringLiteral("ModelDeck 9.8.7\n")));

        const QList<AboutDialog::Component> components = AboutDialog::components();
        QCOMPARE(dialog.componentList()->count(), components.size());
        QStringList names;
        for (int i = 0; i < components.size(); ++i) {
            names << components.at(i).name;
            dialog.componentList()->setCurrentRow(i);
            const QString notice = dialog.noticeView()->toPlainText();
            QVERIFY2(notice.size() > 100 && !notice.contains(QStringLiteral("is missing")),
                     qPrintable(components.at(i).name));
            QVERIFY(dialog.componentList()->item(i)->text().contains(components.at(i).licence));
            QVERIFY(components.at(i).fullText.isValid()
                    && components.at(i).fullText.scheme() == QLatin1StringView("https"));
            QVERIFY(dialog.linkLabel()->text().contains(components.at(i).fullText.toString()));
        }
        for (const char *name :
             { "Qt", "Qt Charts", "LibTorch", "XGBoost", "QCoro", "SQLite", "OpenBLAS" })
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);
        // The sample data's notice is the file shipped beside it.
        dialog.componentList()->setCurrentRow(0);
        QVERIFY(dialog.noticeView()->toPlainText().contains(QStringLiteral("Bijoy")));

        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void helpMenuHasAbout()
    {
        MainWindow w;
        QStringList texts;
        for (QAction *menu : w.menuBar()->actions()) {
            if (menu->text().remove(u'&') != QLatin1StringView("Help"))
                continue;
            for (QAction *a : menu->menu()->actions())
                texts << a->text().remove(u'&');
        }
        QVERIFY2(texts.contains(QStringLiteral("About ModelDeck"))
                     && texts.contains(QStringLiteral("About Qt")),
                 qPrintable(texts.join(u',')));
    }

    void firstRunFitsSmallScreens_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::newRow("1280x720 less a taskbar") << QRect(0, 0, 1280, 680);
        QTest::newRow("1024x768") << QRect(0, 0, 1024, 728);
        QTest::newRow("1366x768") << QRect(0, 0, 1366, 728);
        QTest::newRow("1600x1000") << QRect(0, 0, 1600, 1000);
        QTest::newRow("2560x1440") << QRect(0, 0, 2560, 1400);
    }

    void firstRunFitsSmallScreens()
    {
        QFETCH(QRect, available);
        MainWindow w;
        w.applyFirstRunLayout(available);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("queueDock"));
        QVERIFY(dock);
        const QString layout = QStringLiteral("window %1×%2, dock %3, pages %4×%5")
                                   .arg(w.width())
                                   .arg(w.height())
                                   .arg(dock->width())
                                   .arg(w.tabs()->width())
                                   .arg(w.tabs()->height());
        qInfo("%s on %d×%d", qPrintable(layout), available.width(), available.height());
        if (qEnvironmentVariableIsSet("MODELDECK_WIDTHS")) {
            for (int i = 0; i < w.tabs()->count(); ++i)
                qInfo("  tab %s: min %d", qPrintable(w.tabs()->tabText(i)),
                      w.tabs()->widget(i)->minimumSizeHint().width());
            for (const QWidget *child : w.findChildren<QWidget *>()) {
                if (child->minimumSizeHint().width() > 400)
                    qInfo("  %s %s: min %d, now %d", child->metaObject()->className(),
                          qPrintable(child->objectName()), child->minimumSizeHint().width(),
                          child->width());
            }
        }
        QVERIFY2(w.width() <= available.width() && w.height() <= available.height(),
                 qPrintable(layout));
        // The dock leaves the pages the larger part: at most 40 % of the width. Where it
        // cannot fit beside the widest page it starts hidden, only there.
        if (dock->isVisible()) {
            QVERIFY2(dock->width() <= w.width() * 2 / 5, qPrintable(layout));
            QVERIFY2(w.tabs()->width() >= std::max(560, w.width() * 3 / 5), qPrintable(layout));
        } else {
            QVERIFY2(available.width() < 1230, qPrintable(layout));
        }
        QVERIFY2(w.tabs()->height() >= 400, qPrintable(layout));
    }

    void startupWorkspacePrecedence()
    {
        const QString last = m_dir.filePath(QStringLiteral("last"));
        QDir().mkpath(last);
        const QString demo = m_dir.filePath(QStringLiteral("demo"));
        const QString gone = m_dir.filePath(QStringLiteral("gone"));
        using S = StartupWorkspace;
        auto check = [](const S &s, const QString &dir, bool seed) {
            return s.dir == dir && s.seedDemo == seed;
        };
        QVERIFY(check(S::choose(QStringLiteral("/opt"), QStringLiteral("/env"), true, last, demo),
                      QStringLiteral("/opt"), false));
        QVERIFY(check(S::choose({}, QStringLiteral("/env"), true, last, demo),
                      QStringLiteral("/env"), false));
        QVERIFY(check(S::choose({}, {}, true, last, demo), demo, true));
        QVERIFY(check(S::choose({}, {}, false, last, demo), last, false));
        QVERIFY(check(S::choose({}, {}, false, {}, demo), demo, true)); // first run
        // A last workspace that is gone is not silently recreated empty.
        QVERIFY(check(S::choose({}, {}, false, gone, demo), demo, true));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
