#pragma once
// Downloads OHLCV history from a provider into the workspace, for the GUI, the CLI and the
// training queue alike: incremental (from the newest stored bar), all-or-nothing per symbol
// and timeframe (everything fetched is parsed and checked first, then merged by timestamp and
// logged in one transaction), cancellable, with per-symbol progress. Series resampled from a
// refreshed one (MarketDataService::resample) are rebuilt right after, each all-or-nothing.
//
// A QObject on the thread that awaits it (GUI or CLI main thread): network I/O is asynchronous
// there, SQL and large parses run on pool threads, nothing blocks. Keep one service per
// workspace session so its per-provider rate limits cover every download, and keep it alive
// until the tasks it returned have finished.

#include "domain/MarketData.h"
#include "domain/Timeframe.h"
#include "modeldeck_core_export.h"
#include "net/DownloadSettings.h"
#include "services/MarketDataService.h"
#include "util/Result.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class CancellationToken;
class Database;
class HttpFetcher;
class MarketDataProvider;

struct DownloadRequest
{
    QString provider; // "yahoo", "binance" or "binance-us"
    QStringList symbols;
    Timeframe timeframe;
    std::optional<qint64> fromMs; // empty: from the newest stored bar, else a default history
    std::optional<qint64> toMs; // exclusive; empty: now
};

struct SymbolDownloadReport
{
    QString requested; // as the caller wrote it
    QString symbol; // as stored ("btc-usdt" → "BTCUSDT" on Binance)
    bool ok = false;
    bool cancelled = false;
    Error error; // when !ok; nothing was written then
    bool incremental = false; // the range started at the newest stored bar
    qint64 fromMs = 0; // the range asked for
    qint64 toMs = 0;
    int pages = 0;
    qint64 rows = 0; // bars received
    qint64 bars = 0; // bars that passed the checks and were merged
    qint64 skipped = 0;
    qint64 flagged = 0;
    qint64 firstMs = 0; // of the merged bars, when bars > 0
    qint64 lastMs = 0;
    MergeStats merge;
    std::vector<DerivedUpdate> derived; // series resampled from this one, rebuilt after the merge
    QStringList notes;
};

struct DownloadReport
{
    QString provider;
    QString timeframe;
    std::vector<SymbolDownloadReport> symbols; // in the order requested
    bool cancelled = false;
    qint64 durationMs = 0;

    int failures() const;
};

struct DownloadProgress
{
    enum class Stage { Fetching, Writing, Done, Failed };
    QString symbol;
    int index = 0; // 0-based position in the request
    int count = 0; // symbols in the request
    Stage stage = Stage::Fetching;
    int pages = 0;
    qint64 bars = 0;
    SymbolDownloadReport outcome; // the symbol's report, when the stage is Done or Failed
};

class MODELDECK_CORE_EXPORT DownloadService : public QObject
{
    Q_OBJECT
public:
    DownloadService(std::shared_ptr<Database> database, DownloadSettings settings,
                    QObject *parent = nullptr);
    ~DownloadService() override;

    const DownloadSettings &settings() const { return m_settings; }

    // Errors for the request as a whole (unknown provider, unsupported timeframe, empty or
    // reversed range) come back before any request is sent; everything else is reported per
    // symbol. `cancel` may be null and must outlive the task: once set, running fetches stop,
    // symbols not yet written write nothing, and symbols not yet started are not fetched.
    QCoro::Task<Result<DownloadReport>> download(DownloadRequest request,
                                                 const CancellationToken *cancel = nullptr);

    // How far back a first download of a series goes when no start is given.
    static qint64 defaultHistoryMs(Timeframe timeframe);

    // The provider behind an id, created on first use and owned by this service; for what a
    // caller needs to know before a download (display name, timeframes, symbol spelling).
    Result<MarketDataProvider *> provider(const QString &id);

Q_SIGNALS:
    void progress(const modeldeck::DownloadProgress &progress);

private:
    struct Run;
    QCoro::Task<> work(Run &run);
    QCoro::Task<SymbolDownloadReport> downloadSymbol(Run &run, int index);
    void report(const Run &run, int index, const QString &symbol, DownloadProgress::Stage stage,
                int pages, qint64 bars, const SymbolDownloadReport *outcome = nullptr);

    std::shared_ptr<Database> m_database;
    DownloadSettings m_settings;
    std::map<QString, std::unique_ptr<MarketDataProvider>>
        m_providers; // by id, created on first use
};

} // namespace modeldeck

Q_DECLARE_METATYPE(modeldeck::DownloadProgress)
