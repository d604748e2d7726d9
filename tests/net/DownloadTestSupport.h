#pragma once
// Download tests' common ground: a workspace database, a counting query, and running a
// DownloadService download to its end (fast retry settings against the local fixture server,
// an event loop that must stay responsive, a readable failure).

#include "net/DownloadService.h"
#include "storage/Database.h"
#include "training/CancellationToken.h"

#include <QEventLoop>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <optional>

namespace modeldeck::test {

using namespace std::chrono_literals;

// Opens (creating) a workspace database; aborts the test binary if it cannot, since every
// later check would be meaningless.
inline std::shared_ptr<Database> openDatabase(const QString &dir)
{
    auto db = Database::open(dir);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    return std::move(*db);
}

// The first column of the first row of `sql`; -1 when it fails.
inline qint64 count(const Database &db, const QString &sql)
{
    QSqlQuery q(*db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

inline DownloadSettings fastSettings(const QUrl &url)
{
    DownloadSettings s;
    s.yahooBaseUrl = s.binanceBaseUrl = s.binanceUsBaseUrl = url;
    s.http.timeout = 10s;
    s.http.maxAttempts = 3;
    s.http.backoffBase = 20ms;
    s.http.backoffMax = 100ms;
    s.yahooMinInterval = s.binanceMinInterval = 0ms;
    s.concurrentSymbols = 1;
    return s;
}

inline QCoro::Task<> finishInto(QCoro::Task<Result<DownloadReport>> &task,
                                std::optional<Result<DownloadReport>> &out, QEventLoop &loop)
{
    Result<DownloadReport> result = co_await task;
    out.emplace(std::move(result));
    loop.quit();
}

// Runs a download in an event loop, counting ticks of a 20 ms timer meanwhile (the loop must
// stay responsive). A download still running after a minute is cancelled, so a bug fails
// the test instead of hanging it.
inline Result<DownloadReport> runDownload(DownloadService &service, const DownloadRequest &request,
                                          CancellationToken *token = nullptr, int *ticks = nullptr)
{
    CancellationToken deadlineToken;
    CancellationToken *cancel = token ? token : &deadlineToken;
    QEventLoop loop;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &loop, [ticks] {
        if (ticks)
            ++*ticks;
    });
    ticker.start(20);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop,
                     [cancel] { cancel->cancel(QStringLiteral("test deadline")); });
    deadline.start(60'000);
    QCoro::Task<Result<DownloadReport>> downloading = service.download(request, cancel);
    std::optional<Result<DownloadReport>> result;
    QCoro::Task<> finishing = finishInto(downloading, result, loop);
    if (!result)
        loop.exec();
    return std::move(*result);
}

inline QString describe(const Result<DownloadReport> &r)
{
    if (!r)
        return r.error().toString();
    QStringList lines;
    for (const auto &s : r->symbols)
        lines << s.symbol + QStringLiteral(": ")
                + (s.ok ? QStringLiteral("ok") : s.error.toString());
    return lines.join(u'\n');
}

} // namespace modeldeck::test
