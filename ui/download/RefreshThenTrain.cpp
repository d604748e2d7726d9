#include "download/RefreshThenTrain.h"

#include "session/WorkspaceSession.h"
#include "training/CancellationToken.h"

#include <QPointer>
#include <algorithm>

namespace modeldeck {

namespace {

QString seriesLine(const QString &symbol, const QString &timeframe, const QString &message)
{
    return RefreshThenTrain::tr("%1 %2: %3").arg(symbol, timeframe, message);
}

QCoro::Task<> discard(QCoro::Task<RefreshOutcome> task)
{
    co_await task;
}

} // namespace

RefreshThenTrain::RefreshThenTrain(WorkspaceSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

RefreshThenTrain::~RefreshThenTrain()
{
    cancel();
}

void RefreshThenTrain::cancel()
{
    for (const auto &token : m_tokens)
        token->cancel(tr("training was asked to start without waiting"));
}

void RefreshThenTrain::start(std::vector<SeriesKey> series, std::function<void()> enqueue)
{
    discard(run(std::move(series), std::move(enqueue)));
}

QCoro::Task<RefreshOutcome> RefreshThenTrain::run(std::vector<SeriesKey> series,
                                                  std::function<void()> enqueue)
{
    QPointer<RefreshThenTrain> self(this);
    RefreshOutcome outcome;
    // Held for the whole refresh, so a switch of workspace cannot delete it meanwhile.
    const std::shared_ptr<DownloadService> service = m_session->downloads();
    RefreshPlan plan = planRefresh(series, m_session->symbols(), m_session->latestDownloads(),
                                   m_session->latestImports());
    for (const SkippedSeries &skip : plan.skipped)
        outcome.skipped << seriesLine(skip.series.symbol, skip.series.timeframe, skip.reason);

    if (service && !plan.requests.empty()) {
        const auto token = std::make_shared<CancellationToken>();
        m_tokens.push_back(token);
        const int total = plan.seriesCount();
        int done = 0;
        Q_EMIT progress(done, total);
        for (const DownloadRequest &request : plan.requests) {
            if (token->isCancelled())
                break;
            QCoro::Task<Result<DownloadReport>> downloading
                = service->download(request, token.get());
            Result<DownloadReport> report = co_await downloading;
            if (!self)
                co_return outcome;
            if (!report) {
                for (const QString &symbol : request.symbols)
                    outcome.failures
                        << seriesLine(symbol, request.timeframe.name(), report.error().toString());
            } else {
                for (const SymbolDownloadReport &s : report->symbols) {
                    if (s.ok)
                        ++outcome.refreshed;
                    else if (!s.cancelled) // a cancel is the user's choice, not a failure
                        outcome.failures
                            << seriesLine(s.symbol, report->timeframe, s.error.toString());
                }
            }
            done += int(request.symbols.size());
            Q_EMIT progress(done, total);
        }
        outcome.cancelled = token->isCancelled();
        m_tokens.erase(std::find(m_tokens.begin(), m_tokens.end(), token));
        QCoro::Task<bool> reloading = m_session->refreshSymbols();
        co_await reloading;
        if (!self)
            co_return outcome;
    }
    if (!outcome.failures.isEmpty())
        Q_EMIT refreshFailed(outcome.failures);
    if (enqueue)
        enqueue();
    Q_EMIT finished(outcome);
    co_return outcome;
}

} // namespace modeldeck
