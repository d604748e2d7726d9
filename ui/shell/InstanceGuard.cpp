#include "shell/InstanceGuard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>

namespace modeldeck {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "modeldeck.instance")

// Long enough for a busy machine to answer a local connect; a launch waits at most this.
constexpr int kConnectMs = 1000;
constexpr int kLockMs = 3000;
constexpr QByteArrayView kRaise("raise\n");

QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

// True when a live server answered and got the raise request.
bool askToRaise(const QString &name)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(kConnectMs))
        return false;
    socket.write(kRaise.data(), kRaise.size());
    socket.waitForBytesWritten(kConnectMs);
    socket.disconnectFromServer();
    return true;
}

} // namespace

InstanceGuard::InstanceGuard(QObject *parent) : QObject(parent) { }

InstanceGuard::~InstanceGuard() = default;

QString InstanceGuard::keyFor(const QString &workspaceDir)
{
    const QFileInfo info(workspaceDir);
    QString key
        = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    key = key.toCaseFolded();
#endif
    return key;
}

QString InstanceGuard::serverName(const QString &key)
{
    const QByteArray hash
        = QCryptographicHash::hash((userName() + u'\n' + key).toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(20);
    return QStringLiteral("modeldeck-") + QString::fromLatin1(hash);
}

InstanceGuard::Outcome InstanceGuard::acquire(const QString &workspaceDir)
{
    const QString key = keyFor(workspaceDir);
    if (m_server && key == keyFor(m_workspace))
        return Outcome::Acquired;
    const QString name = serverName(key);

    // Two launches at once must not both find no server and both listen (the second would
    // remove the first one's socket file).
    QLockFile lock(QDir(QDir::tempPath()).filePath(name + QStringLiteral(".lock")));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(kLockMs))
        qCWarning(lcInstance) << "could not take" << lock.error() << "; checking without it";

    if (askToRaise(name)) {
        qCInfo(lcInstance) << "workspace" << key << "is open in another process";
        return Outcome::AlreadyOpen;
    }
    // Nobody answers: a socket file left here was a crashed process's.
    QLocalServer::removeServer(name);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(name)) {
        m_error = tr("Could not watch for other ModelDeck windows on %1: %2")
                      .arg(QDir::toNativeSeparators(key), server->errorString());
        delete server;
        return Outcome::Failed;
    }
    connect(server, &QLocalServer::newConnection, this, &InstanceGuard::readRequest);
    release();
    m_server = server;
    m_workspace = key;
    m_error.clear();
    return Outcome::Acquired;
}

void InstanceGuard::release()
{
    if (m_server) {
        m_server->close(); // also removes the socket file
        m_server->deleteLater();
        m_server = nullptr;
    }
    m_workspace.clear();
}

void InstanceGuard::readRequest()
{
    while (QLocalSocket *socket = m_server ? m_server->nextPendingConnection() : nullptr) {
        socket->setParent(this);
        const auto handle = [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine();
            if (line == kRaise.toByteArray())
                Q_EMIT raiseRequested(m_workspace);
            socket->disconnectFromServer();
        };
        connect(socket, &QLocalSocket::readyRead, this, handle);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        handle(); // the request may have arrived with the connection
    }
}

} // namespace modeldeck
