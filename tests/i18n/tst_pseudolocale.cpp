// Every text the GUI shows goes through a translation. A pseudo translation, built here from what
// lupdate finds in the sources, turns each message into "⟦message⟧"; the main window, its pages,
// docks and dialogs are then walked, and any label, button, menu entry, title, tab, header or
// placeholder without "⟦" is a string that is not wrapped in tr(), or one whose tr() context
// differs from the one lupdate records (so no translation would ever reach it).

#include "TestSession.h"
#include "import/ImportDialog.h"
#include "session/WorkspaceSession.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace modeldeck;

namespace {

const QChar kOpen(0x27E6); // ⟦
const QChar kClose(0x27E7); // ⟧

QString run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(MODELDECK_SOURCE_DIR));
    process.start(program, args);
    if (!process.waitForFinished(120'000) || process.exitCode() != 0)
        return QStringLiteral("%1 failed: %2 %3")
            .arg(program, process.errorString(), QString::fromUtf8(process.readAllStandardError()));
    return QString();
}

// lupdate's .ts of the sources with every translation set to ⟦source⟧ (all plural forms).
QString pseudoTs(const QString &ts)
{
    QFile file(ts);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression message(
        QStringLiteral("<source>(.*?)</source>(.*?)<translation type=\"unfinished\">(.*?)"
                       "</translation>"),
        QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype last = 0;
    for (const auto &m : message.globalMatch(text)) {
        const QString pseudo = kOpen + m.captured(1) + kClose;
        QString translation = m.captured(3);
        translation = translation.contains(QStringLiteral("<numerusform>"))
            ? translation.replace(QStringLiteral("<numerusform></numerusform>"),
                                  QStringLiteral("<numerusform>%1</numerusform>").arg(pseudo))
            : pseudo;
        out += text.mid(last, m.capturedStart() - last);
        out += QStringLiteral("<source>%1</source>%2<translation>%3</translation>")
                   .arg(m.captured(1), m.captured(2), translation);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

// Data rather than words: numbers, symbols, units, tickers, paths, dates, sizes, the product's
// name.
bool isData(const QString &text)
{
    static const QRegularExpression letters(QStringLiteral("\\p{L}"));
    static const QRegularExpression data(QStringLiteral(
        "^(ModelDeck|RELIANCE\\.NS|Asia/Kolkata|[0-9]+[mhdw]( · [0-9]+[mhdw])*|" // product, demo
                                                                                 // data
        "[A-Za-z0-9_.-]+_bot|" // bot names are identifiers (lstm_bot)
        ".*[/\\\\].*|" // file paths
        "[0-9]{4}-[0-9]{2}-[0-9]{2}.*|" // ISO dates
        "[0-9.,]+ (bytes|[KMGT]iB|[kMGT]B))$")); // QLocale::formattedDataSize (qtbase's words)
    const QString plain = QString(text).remove(u'&').trimmed();
    return !plain.contains(letters) || data.match(plain).hasMatch();
}

class Walker
{
public:
    QStringList unwrapped;

    void check(const QString &where, const QString &text)
    {
        if (text.isEmpty() || text.contains(kOpen) || isData(text))
            return;
        const QString entry = QStringLiteral("%1: \"%2\"").arg(where, text);
        if (!unwrapped.contains(entry))
            unwrapped << entry;
    }

    void menu(const QString &where, const QList<QAction *> &actions)
    {
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            check(where + QStringLiteral(" menu"), action->text());
            if (action->menu())
                menu(where, action->menu()->actions());
        }
    }

    void widget(QWidget *top)
    {
        const QString name = QString::fromLatin1(top->metaObject()->className());
        check(name + QStringLiteral(" title"), top->windowTitle());
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : widgets) {
            if (!w->isVisibleTo(top) && w != top)
                continue;
            const QString where = name + u' ' + QString::fromLatin1(w->metaObject()->className());
            if (auto *label = qobject_cast<QLabel *>(w))
                check(where, label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                // OK, Cancel…: Qt's own words, translated by qtbase_*.qm.
                auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
                if (!box || box->standardButton(button) == QDialogButtonBox::NoButton)
                    check(where, button->text());
            }
            if (auto *group = qobject_cast<QGroupBox *>(w))
                check(where, group->title());
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                check(where + QStringLiteral(" placeholder"), edit->placeholderText());
            if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    check(where + QStringLiteral(" tab"), tabs->tabText(i));
            }
            if (auto *dock = qobject_cast<QDockWidget *>(w))
                check(where + QStringLiteral(" title"), dock->windowTitle());
            if (auto *bar = qobject_cast<QMenuBar *>(w))
                menu(where, bar->actions());
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
                const auto *model = view->model();
                for (int c = 0; c < model->columnCount(); ++c)
                    check(where + QStringLiteral(" header"),
                          model->headerData(c, Qt::Horizontal).toString());
            }
        }
    }
};

} // namespace

class TestPseudoLocale : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QTranslator m_pseudo;

    static QAction *action(MainWindow &w, const QString &part)
    {
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->text().remove(u'&').contains(part))
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ModelDeckTests"));
        QVERIFY(m_dir.isValid());
        const QString ts = m_dir.filePath(QStringLiteral("pseudo.ts"));
        QStringList args = QStringLiteral(MODELDECK_LUPDATE_ARGS).split(u'|', Qt::SkipEmptyParts);
        args << QStringLiteral("-target-language") << QStringLiteral("en") << QStringLiteral("-ts")
             << ts;
        QString error = run(QStringLiteral(MODELDECK_LUPDATE_PATH), args);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString pseudo = pseudoTs(ts);
        QVERIFY(pseudo.count(kOpen) > 1000);
        QFile out(ts);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(pseudo.toUtf8());
        out.close();
        const QString qm = m_dir.filePath(QStringLiteral("pseudo.qm"));
        error = run(QStringLiteral(MODELDECK_LRELEASE_PATH),
                    { QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_pseudo.load(qm));
        QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
        QCOMPARE(QCoreApplication::translate("modeldeck::MainWindow", "&File"),
                 QStringLiteral("⟦&File⟧"));
    }

    void everyVisibleTextIsTranslated()
    {
        MainWindow w;
        w.setAskFunction([](QWidget *, const QString &, const QString &) { return false; });
        w.setErrorFunction([](QWidget *, const QString &, const QString &) {});
        test::finishJobsAtOnce(w.session());
        w.show();
        QSignalSpy opened(w.session(), &WorkspaceSession::opened);
        w.openWorkspace(m_dir.filePath(QStringLiteral("demo")), true);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        Walker walker;
        for (int i = 0; i < w.tabs()->count(); ++i) {
            w.tabs()->setCurrentIndex(i);
            QTest::qWait(300); // pages load through pool tasks
            walker.widget(&w);
        }

        // Dialogs and docks that the menus open.
        for (const QString &name : { QStringLiteral("Settings"), QStringLiteral("Download"),
                                     QStringLiteral("Train Model"), QStringLiteral("Audit Log") }) {
            QAction *open = action(w, kOpen + name);
            QVERIFY2(open, qPrintable(name));
            const auto before = w.findChildren<QDialog *>();
            open->trigger();
            QDialog *dialog = nullptr;
            QTRY_VERIFY2((dialog = [&]() -> QDialog * {
                             for (QDialog *d : w.findChildren<QDialog *>())
                                 if (!before.contains(d) && d->isVisible())
                                     return d;
                             return nullptr;
                         }()),
                         qPrintable(name));
            QTest::qWait(300);
            walker.widget(dialog);
            dialog->reject();
            dialog->close();
        }
        ImportDialog import(w.session(), &w);
        import.setFiles({ QStringLiteral(MODELDECK_SAMPLE_DATA_DIR "/RELIANCE_5min.csv") });
        import.show();
        QTest::qWait(500);
        walker.widget(&import);
        for (QDockWidget *dock : w.findChildren<QDockWidget *>()) {
            dock->show();
            walker.widget(dock);
        }

        walker.unwrapped.sort();
        QVERIFY2(walker.unwrapped.isEmpty(),
                 qPrintable(QStringLiteral("%1 texts are not translated:\n  %2")
                                .arg(walker.unwrapped.size())
                                .arg(walker.unwrapped.join(QStringLiteral("\n  ")))));
    }

    // The walk must notice a text that is not wrapped, or it proves nothing.
    void walkerSeesUnwrappedText()
    {
        QWidget top;
        top.setWindowTitle(QCoreApplication::translate("modeldeck::MainWindow", "&File"));
        auto *label = new QLabel(QStringLiteral("Not wrapped"), &top);
        new QLabel(QStringLiteral("12.5 %"), &top);
        new QLabel(QCoreApplication::translate("modeldeck::MainWindow", "&Data"), &top);
        top.show();
        Walker walker;
        walker.widget(&top);
        QCOMPARE(walker.unwrapped.size(), 1);
        QVERIFY(walker.unwrapped.constFirst().contains(label->text()));
    }
};

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"
