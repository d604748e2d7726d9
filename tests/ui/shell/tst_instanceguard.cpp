// One window per workspace: two guards in one process stand in for two launches. The same
// folder is refused to the second (and the first is asked to raise its window), other folders
// are not, a socket file left by a crashed process does not block, and the main window's
// guard follows a switch of workspace, or keeps the current one when another window has the
// new one.

#include "TestSession.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "shell/InstanceGuard.h"
#include "shell/MainWindow.h"

#include <QDir>
#include <QLocalServer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace modeldeck;

class TestInstanceGuard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString folder(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ModelDeckTests"));
    }

    void secondGuardOnTheSameWorkspaceRaisesTheFirst()
    {
        const QString dir = folder(QStringLiteral("same"));
        InstanceGuard first;
        QSignalSpy raised(&first, &InstanceGuard::raiseRequested);
        QCOMPARE(first.acquire(dir), InstanceGuard::Outcome::Acquired);
        QCOMPARE(first.workspace(), InstanceGuard::keyFor(dir));

        InstanceGuard second;
        // Another spelling of the same folder is the same workspace.
        QCOMPARE(second.acquire(dir + QStringLiteral("/../same/.")),
                 InstanceGuard::Outcome::AlreadyOpen);
        QVERIFY(second.workspace().isEmpty());
        QVERIFY(raised.wait(5000));
        QCOMPARE(raised.at(0).at(0).toString(), InstanceGuard::keyFor(dir));

        // Once the first lets go, the workspace is free again.
        first.release();
        QCOMPARE(second.acquire(dir), InstanceGuard::Outcome::Acquired);
    }

    void differentWorkspacesBothSucceed()
    {
        InstanceGuard a;
        InstanceGuard b;
        QSignalSpy raisedA(&a, &InstanceGuard::raiseRequested);
        QCOMPARE(a.acquire(folder(QStringLiteral("a"))), InstanceGuard::Outcome::Acquired);
        QCOMPARE(b.acquire(folder(QStringLiteral("b"))), InstanceGuard::Outcome::Acquired);
        QVERIFY(InstanceGuard::serverName(a.workspace())
                != InstanceGuard::serverName(b.workspace()));
        QTest::qWait(50);
        QCOMPARE(raisedA.count(), 0);
    }

    void switchingReleasesTheOldWorkspace()
    {
        const QString one = folder(QStringLiteral("one"));
        const QString two = folder(QStringLiteral("two"));
        InstanceGuard window;
        QCOMPARE(window.acquire(one), InstanceGuard::Outcome::Acquired);
        QCOMPARE(window.acquire(two), InstanceGuard::Outcome::Acquired);
        QCOMPARE(window.workspace(), InstanceGuard::keyFor(two));
        InstanceGuard other;
        QCOMPARE(other.acquire(one), InstanceGuard::Outcome::Acquired); // released by the switch
        // The other way round: the new folder is taken, so the old one is kept.
        QCOMPARE(window.acquire(one), InstanceGuard::Outcome::AlreadyOpen);
        QCOMPARE(window.workspace(), InstanceGuard::keyFor(two));
    }

    void staleSocketDoesNotBlock()
    {
#ifdef Q_OS_UNIX
        const QString dir = folder(QStringLiteral("crashed"));
        const QString name = InstanceGuard::serverName(InstanceGuard::keyFor(dir));
        const QByteArray path = QDir(QDir::tempPath()).filePath(name).toLocal8Bit();
        // What a killed process leaves: a bound socket file nobody listens on.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        ::unlink(path.constData());
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFileInfo::exists(QString::fromLocal8Bit(path)));
        // Plain QLocalServer refuses the name while the file is there; the guard does not.
        QLocalServer plain;
        QVERIFY(!plain.listen(name));

        InstanceGuard guard;
        QCOMPARE(guard.acquire(dir), InstanceGuard::Outcome::Acquired);
        InstanceGuard second;
        QCOMPARE(second.acquire(dir), InstanceGuard::Outcome::AlreadyOpen);
#else
        QSKIP("Named pipes leave no file behind");
#endif
    }

    // File ▸ Open Workspace… to a folder another window has: refused with a message, the other
    // window raised, this one keeps its workspace and its guard.
    void mainWindowKeepsItsWorkspaceWhenTheNewOneIsTaken()
    {
        const QString mine = folder(QStringLiteral("mine"));
        const QString theirs = folder(QStringLiteral("theirs"));
        const QString free = folder(QStringLiteral("free"));
        InstanceGuard guard;
        QCOMPARE(guard.acquire(mine), InstanceGuard::Outcome::Acquired);
        MainWindow w;
        w.setInstanceGuard(&guard);
        QStringList errors;
        w.setErrorFunction(
            [&errors](QWidget *, const QString &, const QString &message) { errors << message; });
        QSignalSpy opened(w.session(), &WorkspaceSession::opened);
        w.openWorkspace(mine);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);

        InstanceGuard other;
        QSignalSpy raised(&other, &InstanceGuard::raiseRequested);
        QCOMPARE(other.acquire(theirs), InstanceGuard::Outcome::Acquired);
        w.openWorkspace(theirs);
        QVERIFY(raised.wait(5000));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).contains(QStringLiteral("open in another ModelDeck window"))
                     && errors.at(0).contains(QDir::toNativeSeparators(mine)),
                 qPrintable(errors.at(0)));
        QCOMPARE(QDir(w.session()->workspaceDir()), QDir(mine));
        QCOMPARE(guard.workspace(), InstanceGuard::keyFor(mine));

        // A free folder: the guard moves with the window, and Settings remembers it.
        w.openWorkspace(free);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 30000);
        QCOMPARE(guard.workspace(), InstanceGuard::keyFor(free));
        QCOMPARE(QDir(AppSettings::workspaceDir()), QDir(free));
        InstanceGuard later;
        QCOMPARE(later.acquire(mine), InstanceGuard::Outcome::Acquired);

        // Another launch on the window's workspace raises it.
        QSignalSpy messages(w.statusBar(), &QStatusBar::messageChanged);
        InstanceGuard launch;
        QCOMPARE(launch.acquire(free), InstanceGuard::Outcome::AlreadyOpen);
        QTRY_VERIFY(!messages.isEmpty()
                    && messages.last().at(0).toString().contains(QStringLiteral("started again")));
    }
};

QTEST_MAIN(TestInstanceGuard)
#include "tst_instanceguard.moc"
