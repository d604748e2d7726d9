#pragma once
// One ModelDeck window per workspace. The process that has a workspace open listens on a local
// socket named after the workspace's canonical path (hashed: short, valid as a Unix socket name
// on macOS and as a Windows pipe name); a second launch on the same workspace connects, asks the
// first to raise its window and exits. Connecting is the test: a socket file a crashed process
// left behind refuses connections and is removed. A lock file around connect-or-listen keeps two
// launches at the same moment from both deciding they are first.

#include <QObject>
#include <QString>

class QLocalServer;

namespace modeldeck {

class InstanceGuard : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Acquired, // this process holds the workspace now (or held it already)
        AlreadyOpen, // another process has it open; it was asked to raise its window
        Failed, // no socket could be made (errorString()); go on unguarded
    };

    explicit InstanceGuard(QObject *parent = nullptr);
    ~InstanceGuard() override;

    // Takes `workspaceDir` for this process. On Acquired the workspace held before is released
    // (a window shows one workspace); on AlreadyOpen and Failed it is kept.
    Outcome acquire(const QString &workspaceDir);
    void release();

    // The canonical folder held now; empty when none.
    QString workspace() const { return m_workspace; }
    QString errorString() const { return m_error; }

    // The key of a folder: its canonical path (absolute and cleaned when it does not exist yet),
    // case-folded where file systems usually ignore case.
    static QString keyFor(const QString &workspaceDir);
    // The local server name for a key: per user, as only the user's own windows can be raised.
    static QString serverName(const QString &key);

Q_SIGNALS:
    // Another launch asked for this workspace: bring the window to the front.
    void raiseRequested(const QString &workspace);

private:
    void readRequest();

    QLocalServer *m_server = nullptr;
    QString m_workspace;
    QString m_error;
};

} // namespace modeldeck
