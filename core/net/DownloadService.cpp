#include "DownloadService.h"

#include "data/ExchangeInfo.h"
#include "net/HttpFetcher.h"
#include "net/MarketDataProvider.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"
#include "training/CancellationToken.h"
#include "util/WorkPool.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

namespace {

constexpr qint64 kDayMs = 86'400'000;

QString isoText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

bool isCancelled(const CancellationToken *cancel)
{
    return cancel && cancel->isCancelled();
}

// Pool thread: where an incremental refresh starts.
Result<std::optional<qint64>> newestStoredBar(const Database &database, const QString &symbol,
                                              const QString &timeframe)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    return MarketDataRepository(*db).lastBarTime(symbol, timeframe);
}

struct StoreInput
{
    QString providerId;
    QString timeframe;
    ProviderResult fetched;
    qint64 durationMs = 0;
};

// Pool thread: the symbol (when new), the bars and the log entry in one transaction, or nothing.
Result<MergeStats> store(const Database &database, const StoreInput &in,
                         const CancellationToken *cancel)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    MarketDataRepository repo(*db);
    WriteTransaction tx(*db);
    if (!tx.isActive())
        return tx.beginError();
    const ProviderResult &fetched = in.fetched;
    auto existing = repo.findSymbol(fetched.symbol.name);
    if (!existing)
        return existing.error();
    // A symbol row without bars would only clutter the symbol list.
    if (fetched.bars.empty() && !existing->has_value())
        return MergeStats();

    qint64 symbolId = 0;
    if (existing->has_value()) {
        symbolId = (*existing)->id;
    } else {
        // The provider's metadata where it has some (Yahoo's exchange time zone), the suffix
        // rules where it has none.
        const ExchangeInfo fallback = ExchangeInfo::forSymbol(fetched.symbol.name);
        SymbolInfo info = fetched.symbol;
        if (info.exchange.isEmpty())
            info.exchange = fallback.exchange;
        if (info.currency.isEmpty())
            info.currency = fallback.currency;
        if (info.timeZone.isEmpty())
            info.timeZone = fallback.timeZone;
        auto id = repo.ensureSymbol(info);
        if (!id)
            return id.error();
        symbolId = *id;
    }
    auto merged = repo.mergeBars(symbolId, in.timeframe, fetched.bars);
    if (!merged)
        return merged.error();
    const qint64 firstMs = fetched.bars.empty() ? 0 : fetched.bars.front().timeUtcMs;
    const qint64 lastMs = fetched.bars.empty() ? 0 : fetched.bars.back().timeUtcMs;
    const ImportLogEntry log { in.providerId, QString(),       kDownloadLogFormat.toString(),
                               symbolId,      in.timeframe,    fetched.rows,
                               *merged,       fetched.skipped, fetched.flagged,
                               firstMs,       lastMs,          in.durationMs };
    if (auto logged = repo.logImport(log); !logged)
        return logged.error();
    if (isCancelled(cancel)) {
        return Error { DownloadService::tr("Cancelled before %1 was saved; nothing was written.")
                           .arg(fetched.symbol.name) };
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return *merged;
}

struct Stored
{
    Result<MergeStats> merged;
    std::vector<DerivedUpdate> derived;
};

QString derivedNote(const QString &symbol, const DerivedUpdate &update)
{
    if (update.report) {
        return DownloadService::tr("%1 %2 rebuilt from %3: %4 new, %5 updated bars.")
            .arg(symbol, update.timeframe, update.from)
            .arg(update.report->merge.added)
            .arg(update.report->merge.updated);
    }
    if (update.timeframe.isEmpty()) {
        return DownloadService::tr("Series of %1 resampled from %2 were not rebuilt: %3")
            .arg(symbol, update.from, update.error.message);
    }
    return DownloadService::tr("%1 %2 (resampled from %3) was not rebuilt: %4")
        .arg(symbol, update.timeframe, update.from, update.error.message);
}

} // namespace

int DownloadReport::failures() const
{
    return int(std::count_if(symbols.begin(), symbols.end(), [](const auto &s) { return !s.ok; }));
}

struct DownloadService::Run
{
    DownloadRequest request;
    MarketDataProvider *provider = nullptr;
    const CancellationToken *cancel = nullptr;
    qint64 nowMs = 0;
    qint64 toMs = 0;
    std::vector<SymbolDownloadReport> reports;
    int next = 0; // next symbol a worker picks up; workers share the awaiting thread
};

DownloadService::DownloadService(std::shared_ptr<Database> database, DownloadSettings settings,
                                 QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_settings(std::move(settings))
{
}

// Providers point at fetchers that are children of this object: they go first.
DownloadService::~DownloadService()
{
    m_providers.clear();
}

qint64 DownloadService::defaultHistoryMs(Timeframe timeframe)
{
    if (timeframe.seconds() < 300)
        return 7 * kDayMs;
    if (timeframe.seconds() < 3600)
        return 60 * kDayMs;
    if (timeframe.seconds() < 86400)
        return 730 * kDayMs;
    return 20 * 365 * kDayMs;
}

Result<MarketDataProvider *> DownloadService::provider(const QString &id)
{
    if (const auto it = m_providers.find(id); it != m_providers.end())
        return it->second.get();
    auto fetcher = std::make_unique<HttpFetcher>(m_settings.policyFor(id));
    auto created = MarketDataProvider::create(id, m_settings.baseUrl(id), fetcher.get());
    if (!created)
        return created.error();
    fetcher.release()->setParent(this);
    MarketDataProvider *raw = created->get();
    m_providers.emplace(id, std::move(*created));
    return raw;
}

void DownloadService::report(const Run &run, int index, const QString &symbol,
                             DownloadProgress::Stage stage, int pages, qint64 bars,
                             const SymbolDownloadReport *outcome)
{
    DownloadProgress p { symbol, index, int(run.reports.size()), stage, pages, bars, {} };
    if (outcome)
        p.outcome = *outcome;
    Q_EMIT progress(p);
}

QCoro::Task<Result<DownloadReport>> DownloadService::download(DownloadRequest request,
                                                              const CancellationToken *cancel)
{
    QElapsedTimer timer;
    timer.start();
    auto found = provider(request.provider);
    if (!found)
        co_return found.error();
    if (!request.timeframe.isValid())
        co_return Error { tr("No timeframe given; %1 needs one such as 5m, 1h or 1d.")
                              .arg((*found)->displayName()) };
    if (auto supported = (*found)->checkTimeframe(request.timeframe); !supported)
        co_return supported.error();
    if (request.symbols.isEmpty())
        co_return Error { tr("No symbols to download.") };

    Run run;
    run.provider = *found;
    run.cancel = cancel;
    run.nowMs = QDateTime::currentMSecsSinceEpoch();
    run.toMs = request.toMs.value_or(run.nowMs);
    if (request.fromMs && *request.fromMs >= run.toMs) {
        co_return Error { tr("The start %1 is not before the end %2.")
                              .arg(isoText(*request.fromMs), isoText(run.toMs)) };
    }
    run.reports.resize(size_t(request.symbols.size()));
    run.request = std::move(request);

    // Workers take symbols one at a time from the shared list; the provider's rate limit
    // spaces their requests, so more workers only overlap waiting, never exceed the limit.
    const int workers = std::clamp(m_settings.concurrentSymbols, 1, int(run.reports.size()));
    std::vector<QCoro::Task<>> tasks;
    tasks.reserve(size_t(workers));
    for (int i = 0; i < workers; ++i)
        tasks.push_back(work(run));
    for (QCoro::Task<> &task : tasks)
        co_await task;

    DownloadReport result;
    result.provider = run.provider->id();
    result.timeframe = run.request.timeframe.name();
    result.symbols = std::move(run.reports);
    result.cancelled = isCancelled(cancel);
    result.durationMs = timer.elapsed();
    co_return result;
}

QCoro::Task<> DownloadService::work(Run &run)
{
    while (run.next < int(run.reports.size())) {
        const int index = run.next++;
        QCoro::Task<SymbolDownloadReport> downloading = downloadSymbol(run, index);
        SymbolDownloadReport done = co_await downloading;
        run.reports[size_t(index)] = std::move(done);
    }
}

QCoro::Task<SymbolDownloadReport> DownloadService::downloadSymbol(Run &run, int index)
{
    SymbolDownloadReport out;
    out.requested = run.request.symbols.at(index);
    out.symbol = out.requested;
    out.toMs = run.toMs;
    const auto fail = [&](const Error &error) {
        out.ok = false;
        out.cancelled = isCancelled(run.cancel);
        out.error = error;
        report(run, index, out.symbol, DownloadProgress::Stage::Failed, out.pages, out.bars, &out);
        return out;
    };

    auto name = run.provider->normalizeSymbol(out.requested);
    if (!name)
        co_return fail(name.error());
    out.symbol = *name;
    if (isCancelled(run.cancel))
        co_return fail(
            Error { tr("Cancelled before %1 was fetched; nothing was written.").arg(out.symbol) });
    report(run, index, out.symbol, DownloadProgress::Stage::Fetching, 0, 0);

    const std::shared_ptr<Database> database = m_database;
    const QString symbol = out.symbol;
    const Timeframe timeframe = run.request.timeframe;
    const QString timeframeName = timeframe.name();
    QFuture<Result<std::optional<qint64>>> reading
        = QtConcurrent::run(workPool(), [database, symbol, timeframeName] {
              auto newest = newestStoredBar(*database, symbol, timeframeName);
              database->releaseThreadConnection();
              return newest;
          });
    co_await reading;
    const Result<std::optional<qint64>> newest = reading.result();
    if (!newest)
        co_return fail(newest.error());

    if (run.request.fromMs) {
        out.fromMs = *run.request.fromMs;
    } else if (newest->has_value()) {
        // From the newest stored bar itself, not the one after: it may have been fetched while
        // it was still forming, and the merge then corrects it.
        out.fromMs = **newest;
        out.incremental = true;
    } else {
        out.fromMs = run.toMs - defaultHistoryMs(timeframe);
    }
    if (out.fromMs >= out.toMs) {
        out.ok = true;
        out.notes
            << tr("Nothing to fetch: the stored bars already reach %1.").arg(isoText(out.fromMs));
        report(run, index, symbol, DownloadProgress::Stage::Done, 0, 0, &out);
        co_return out;
    }

    QElapsedTimer timer;
    timer.start();
    const ProviderRequest providerRequest { symbol, timeframe, out.fromMs, out.toMs, run.nowMs };
    QCoro::Task<Result<ProviderResult>> fetching = run.provider->fetch(
        providerRequest, run.cancel, [this, &run, index, symbol](int pages, qint64 bars) {
            report(run, index, symbol, DownloadProgress::Stage::Fetching, pages, bars);
        });
    Result<ProviderResult> fetched = co_await fetching;
    if (!fetched) {
        if (isCancelled(run.cancel))
            co_return fail(Error {
                tr("%1 Nothing was written for %2.").arg(fetched.error().message, symbol) });
        co_return fail(fetched.error());
    }
    out.fromMs = fetched->fromMs;
    out.pages = fetched->pages;
    out.rows = fetched->rows;
    out.bars = qint64(fetched->bars.size());
    out.skipped = fetched->skipped;
    out.flagged = fetched->flagged;
    out.notes = fetched->notes;
    if (!fetched->bars.empty()) {
        out.firstMs = fetched->bars.front().timeUtcMs;
        out.lastMs = fetched->bars.back().timeUtcMs;
    } else {
        out.notes << tr("%1 has no %2 bars of %3 from %4 to %5.")
                         .arg(run.provider->displayName(), timeframeName, symbol,
                              isoText(out.fromMs), isoText(out.toMs));
    }

    report(run, index, symbol, DownloadProgress::Stage::Writing, out.pages, out.bars);
    StoreInput input { run.provider->id(), timeframeName, std::move(*fetched), timer.elapsed() };
    const CancellationToken *cancel = run.cancel;
    QFuture<Stored> writing
        = QtConcurrent::run(workPool(), [database, input = std::move(input), cancel] {
              Stored stored { store(*database, input, cancel), {} };
              // After the commit, and even when cancelled meanwhile: the source series has changed,
              // and what was resampled from it must follow.
              if (stored.merged && !input.fetched.bars.empty()) {
                  stored.derived = MarketDataService(*database).updateDerived(
                      input.fetched.symbol.name, input.timeframe,
                      input.fetched.bars.front().timeUtcMs);
              }
              database->releaseThreadConnection();
              return stored;
          });
    co_await writing;
    const Stored stored = writing.result();
    if (!stored.merged)
        co_return fail(stored.merged.error());
    out.merge = *stored.merged;
    out.derived = stored.derived;
    for (const DerivedUpdate &update : out.derived)
        out.notes << derivedNote(symbol, update);
    out.ok = true;
    report(run, index, symbol, DownloadProgress::Stage::Done, out.pages, out.bars, &out);
    co_return out;
}

} // namespace modeldeck
