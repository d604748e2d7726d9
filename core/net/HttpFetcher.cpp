#include "HttpFetcher.h"

#include "training/CancellationToken.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <memory>
#include <qcoro/qcoronetworkreply.h>
#include <qcoro/qcorotimer.h>

namespace modeldeck {

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

// How often an in-flight request or a wait looks at the cancellation token.
constexpr milliseconds kPollInterval = 50ms;
constexpr const char *kOversizeProperty = "modeldeckOversize";
constexpr const char *kDeadlineProperty = "modeldeckDeadline";

QString seconds(milliseconds duration)
{
    return QString::number(double(duration.count()) / 1000.0, 'g', 3);
}

// QCoro 0.8 resumes the awaiting coroutine from inside QNetworkReply::finished(); Qt's code
// still runs on that stack afterwards, so a reply is only ever deleted later.
struct DeleteLater
{
    void operator()(QObject *object) const { object->deleteLater(); }
};

bool looksOffline(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError: // "network unreachable" lands here
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

// 501 and 505 say the server will never do it, so waiting cannot help.
bool isRetryableStatus(int status)
{
    return status == 408 || status == 429
        || (status >= 500 && status <= 599 && status != 501 && status != 505);
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

struct HttpFetcher::Attempt
{
    enum Outcome { Done, Retry, Failed };
    Outcome outcome = Failed;
    HttpResponse response; // Done
    std::optional<milliseconds> retryAfter; // Retry
    Error error; // Failed, or why a retry is needed
};

HttpFetcher::HttpFetcher(HttpPolicy policy, QObject *parent)
    : QObject(parent), m_policy(policy), m_limiter(policy.minInterval),
      m_network(new QNetworkAccessManager(this))
{
}

HttpFetcher::~HttpFetcher() = default;

Error HttpFetcher::cancelledError(const CancellationToken *cancel) const
{
    const QString reason = cancel ? cancel->reason() : QString();
    return Error { reason.isEmpty() ? tr("Cancelled.") : tr("Cancelled (%1).").arg(reason) };
}

std::optional<milliseconds> HttpFetcher::parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &nowUtc)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        return milliseconds(std::min<qint64>(seconds, 10'000'000) * 1000);
    }
    // HTTP dates end in "GMT", which Qt's RFC 2822 reader does not take as a zone.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1StringView(" GMT")))
        date = date.chopped(4) + QLatin1StringView(" +0000");
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return milliseconds(std::max<qint64>(0, nowUtc.msecsTo(at)));
}

milliseconds HttpFetcher::backoffDelay(int failedAttempts, const HttpPolicy &policy, double jitter)
{
    const double grown
        = std::ldexp(double(policy.backoffBase.count()), std::clamp(failedAttempts - 1, 0, 30));
    const double capped = std::min(grown, double(policy.backoffMax.count()));
    // Half fixed, half random: clients that failed together spread out, yet each still backs off.
    return milliseconds(qint64(capped * (0.5 + 0.5 * std::clamp(jitter, 0.0, 1.0))));
}

QCoro::Task<bool> HttpFetcher::sleepUnlessCancelled(milliseconds duration,
                                                    const CancellationToken *cancel)
{
    const auto until = std::chrono::steady_clock::now() + duration;
    for (;;) {
        if (cancel && cancel->isCancelled())
            co_return false;
        const auto left = std::chrono::ceil<milliseconds>(until - std::chrono::steady_clock::now());
        if (left <= 0ms)
            co_return true;
        QCoro::Task<> nap = QCoro::sleepFor(std::min(left, kPollInterval));
        co_await nap;
    }
}

QCoro::Task<Result<HttpResponse>> HttpFetcher::get(QUrl url, const CancellationToken *cancel)
{
    const int attempts = std::max(1, m_policy.maxAttempts);
    Error lastError;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        QCoro::Task<bool> waitingForSlot = sleepUnlessCancelled(m_limiter.reserve(), cancel);
        const bool slotReached = co_await waitingForSlot;
        if (!slotReached)
            co_return cancelledError(cancel);

        QCoro::Task<Attempt> sending = send(url, cancel);
        Attempt result = co_await sending;
        if (result.outcome == Attempt::Done) {
            result.response.attempts = attempt;
            co_return std::move(result.response);
        }
        if (result.outcome == Attempt::Failed)
            co_return result.error;
        lastError = result.error;
        if (attempt == attempts)
            break;

        milliseconds delay
            = backoffDelay(attempt, m_policy, QRandomGenerator::global()->generateDouble());
        if (result.retryAfter) {
            if (*result.retryAfter > m_policy.maxRetryAfter) {
                co_return Error {
                    tr("%1 asks to wait %2 s before the next request; try again later.")
                        .arg(hostOf(url))
                        .arg(qint64(
                            std::chrono::ceil<std::chrono::seconds>(*result.retryAfter).count()))
                };
            }
            delay = std::max(delay, *result.retryAfter);
            m_limiter.holdUntil(RateLimiter::Clock::now() + *result.retryAfter);
        }
        QCoro::Task<bool> backingOff = sleepUnlessCancelled(delay, cancel);
        const bool waited = co_await backingOff;
        if (!waited)
            co_return cancelledError(cancel);
    }
    co_return Error {
        tr("%1 Gave up after %n attempt(s).", nullptr, attempts).arg(lastError.message)
    };
}

QCoro::Task<HttpFetcher::Attempt> HttpFetcher::send(QUrl url, const CancellationToken *cancel)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_policy.timeout.count()));
    // Some providers refuse requests without a browser-like agent; this one still says who we are.
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Mozilla/5.0 (compatible; ModelDeck/%1)")
                          .arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "application/json");

    const std::unique_ptr<QNetworkReply, DeleteLater> owner(m_network->get(request));
    QNetworkReply *reply = owner.get();
    const qint64 maxBytes = m_policy.maxBodyBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, maxBytes](qint64 received, qint64) {
                if (received > maxBytes && !reply->property(kOversizeProperty).toBool()) {
                    reply->setProperty(kOversizeProperty, true);
                    reply->abort();
                }
            });
    if (m_policy.totalTimeout > 0ms) {
        // Parented to the reply for the same reason as the poll timer below.
        auto *deadline = new QTimer(reply);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, reply, [reply] {
            reply->setProperty(kDeadlineProperty, true);
            reply->abort();
        });
        connect(reply, &QNetworkReply::finished, deadline, &QTimer::stop);
        deadline->start(m_policy.totalTimeout);
    }
    if (cancel) {
        // Parented to the reply, not a local: abort() resumes this coroutine from inside the
        // timer's own signal, and the timer must still exist when that signal returns.
        auto *poll = new QTimer(reply);
        connect(poll, &QTimer::timeout, reply, [reply, cancel] {
            if (cancel->isCancelled())
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, poll, &QTimer::stop);
        poll->start(kPollInterval);
    }
    co_await reply;

    Attempt result;
    const QString host = hostOf(url);
    if (cancel && cancel->isCancelled()) {
        result.error = cancelledError(cancel);
        co_return result;
    }
    if (reply->property(kOversizeProperty).toBool()) {
        result.error
            = Error { tr("%1 sent more than %2 MiB; that is not a price history.")
                          .arg(host, QString::number(double(maxBytes) / (1 << 20), 'g', 3)) };
        co_return result;
    }
    if (reply->property(kDeadlineProperty).toBool()) {
        // Not retried: a server this slow would be as slow again.
        result.error
            = Error { tr("%1 was still sending its answer after %2 s, the most one request "
                         "may take (setting download/totalTimeoutSeconds); try a shorter "
                         "date range or try again later.")
                          .arg(host, seconds(m_policy.totalTimeout)) };
        co_return result;
    }
    const QNetworkReply::NetworkError error = reply->error();
    // Without our cancellation, an aborted reply is the transfer time-out firing.
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        result.error
            = Error { tr("%1 did not answer within %2 s.").arg(host, seconds(m_policy.timeout)) };
        co_return result;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        if (looksOffline(error)) {
            result.error
                = Error { tr("Cannot reach %1 (%2). The workstation appears to be offline, or "
                             "the server is down.")
                              .arg(host, reply->errorString()) };
        } else if (error == QNetworkReply::RemoteHostClosedError) {
            result.outcome = Attempt::Retry;
            result.error = Error { tr("%1 closed the connection early.").arg(host) };
        } else {
            result.error
                = Error { tr("The request to %1 failed: %2").arg(host, reply->errorString()) };
        }
        co_return result;
    }

    const int code = status.toInt();
    if (isRetryableStatus(code)) {
        result.outcome = Attempt::Retry;
        result.retryAfter
            = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        result.error = Error {
            tr("%1 answered HTTP %2 %3.")
                .arg(host)
                .arg(code)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
        };
        co_return result;
    }
    if (code >= 200 && code < 300 && error != QNetworkReply::NoError) {
        result.error
            = Error { tr("The answer from %1 broke off: %2").arg(host, reply->errorString()) };
        co_return result;
    }
    result.outcome = Attempt::Done;
    result.response.status = code;
    result.response.body = reply->readAll();
    co_return result;
}

} // namespace modeldeck
