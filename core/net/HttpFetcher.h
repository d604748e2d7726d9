#pragma once
// HTTP GET for market-data providers over one QNetworkAccessManager, as a coroutine: a shared
// rate limit per provider, a transfer time-out and a total deadline per request, retries with
// exponential back-off and jitter on 408/429/5xx (honouring Retry-After), a cap on the body size,
// cooperative cancellation, and messages that say what went wrong ("appears to be offline", "did
// not answer"). Lives on the thread that awaits it (the GUI or CLI main thread); nothing here
// blocks.

#include "modeldeck_core_export.h"
#include "net/RateLimiter.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <optional>
#include <qcoro/qcorotask.h>

class QNetworkAccessManager;

namespace modeldeck {

class CancellationToken;

struct HttpPolicy
{
    std::chrono::milliseconds timeout { 30'000 }; // no byte for this long: give up
    // One request (each attempt) may take no longer than this in all: a server trickling a
    // byte now and then never trips `timeout` and would hold a download open for ever.
    std::chrono::milliseconds totalTimeout { 120'000 };
    int maxAttempts = 4; // including the first
    std::chrono::milliseconds backoffBase { 1'000 }; // first retry waits 0.5–1 × this
    std::chrono::milliseconds backoffMax { 30'000 };
    std::chrono::milliseconds maxRetryAfter { 120'000 }; // a server asking for more fails instead
    std::chrono::milliseconds minInterval { 500 }; // between request starts to this provider
    qint64 maxBodyBytes = qint64(64) << 20; // a larger answer is aborted, not buffered
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    int attempts = 0;
};

class MODELDECK_CORE_EXPORT HttpFetcher : public QObject
{
    Q_OBJECT
public:
    explicit HttpFetcher(HttpPolicy policy, QObject *parent = nullptr);
    ~HttpFetcher() override;

    const HttpPolicy &policy() const { return m_policy; }

    // 2xx answers and 4xx answers other than 408/429 come back as responses, because only the
    // provider can read its own error bodies. Transport failures, time-outs, retries that ran
    // out and cancellation come back as an Error. `cancel` (may be null) must outlive the task.
    QCoro::Task<Result<HttpResponse>> get(QUrl url, const CancellationToken *cancel);

    // Retry-After as delta-seconds or an HTTP date; empty when absent or unreadable.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                                    const QDateTime &nowUtc);
    // The wait after `failedAttempts` failures: base · 2^(failedAttempts−1), capped, scaled by
    // 0.5 + 0.5 · jitter (jitter in [0, 1]).
    static std::chrono::milliseconds backoffDelay(int failedAttempts, const HttpPolicy &policy,
                                                  double jitter);
    // Sleeps on the event loop in short slices; false as soon as `cancel` is set.
    static QCoro::Task<bool> sleepUnlessCancelled(std::chrono::milliseconds duration,
                                                  const CancellationToken *cancel);

private:
    struct Attempt;
    QCoro::Task<Attempt> send(QUrl url, const CancellationToken *cancel);
    Error cancelledError(const CancellationToken *cancel) const;

    HttpPolicy m_policy;
    RateLimiter m_limiter;
    QNetworkAccessManager *m_network; // child of this
};

} // namespace modeldeck
