#pragma once
// A local HTTP/1.1 server on 127.0.0.1 (port chosen by the system) for download tests: every
// GET is recorded and answered with what the test's handler returns, optionally late or never.
// One request per connection (Connection: close) keeps it small.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <vector>

namespace modeldeck::test {

struct ServedRequest
{
    QString path;
    QUrlQuery query;
    qint64 atMs = 0; // since the server started listening
};

struct CannedReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0; // answer this much later
    bool hang = false; // never answer, so the client's time-out has to fire
    int trickleMs = 0; // > 0: send the body one byte at a time, this far apart
};

class FixtureServer
{
public:
    using Handler = std::function<CannedReply(const ServedRequest &)>;

    FixtureServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen()
    {
        m_clock.start();
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const std::vector<ServedRequest> &requests() const { return m_requests; }

private:
    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 400:
            return "Bad Request";
        case 404:
            return "Not Found";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
        }
    }

    static void answer(QTcpSocket *socket, const CannedReply &reply)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
            + reason(reply.status) + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n";
        for (const auto &[name, value] : reply.headers)
            head += name + ": " + value + "\r\n";
        if (reply.trickleMs <= 0) {
            socket->write(head + "\r\n" + reply.body);
            socket->disconnectFromHost();
            return;
        }
        socket->write(head + "\r\n");
        auto *trickle = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        QObject::connect(trickle, &QTimer::timeout, socket, [socket, trickle, sent, reply] {
            if (*sent >= reply.body.size()) {
                trickle->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(reply.body.mid((*sent)++, 1));
        });
        trickle->start(reply.trickleMs);
    }

    void serve(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            if (buffer->contains("\r\n\r\n"))
                return; // already answered (or hanging); ignore anything more
            *buffer += socket->readAll();
            if (!buffer->contains("\r\n\r\n"))
                return;
            const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
            const QUrl target(QString::fromLatin1(requestLine.value(1)));
            ServedRequest request { target.path(), QUrlQuery(target), m_clock.elapsed() };
            m_requests.push_back(request);
            const CannedReply reply
                = m_handler ? m_handler(request) : CannedReply { 404, "{}", {}, 0, false };
            if (reply.hang)
                return;
            if (reply.delayMs > 0)
                QTimer::singleShot(reply.delayMs, socket,
                                   [socket, reply] { answer(socket, reply); });
            else
                answer(socket, reply);
        });
    }

    QTcpServer m_server;
    Handler m_handler;
    std::vector<ServedRequest> m_requests;
    QElapsedTimer m_clock;
};

} // namespace modeldeck::test
