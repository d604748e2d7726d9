#pragma once
// One source of OHLCV history (Yahoo Finance, Binance, Binance.US) behind one interface, so
// DownloadService handles ranges, merging and the database the same way for all of them.
// Providers only talk HTTP through an HttpFetcher and parse; they never touch the database.

#include "domain/Bar.h"
#include "domain/MarketData.h"
#include "domain/Timeframe.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class CancellationToken;
class HttpFetcher;

struct ProviderRequest
{
    QString symbol; // as normalizeSymbol() returned it
    Timeframe timeframe; // one of supportedTimeframes()
    qint64 fromMs = 0; // first bar start wanted, inclusive
    qint64 toMs = 0; // exclusive
    qint64 nowMs = 0; // the caller's clock, for history limits and plausibility checks
};

struct ProviderResult
{
    std::vector<Bar> bars; // sorted, one per time, all checked
    SymbolInfo symbol; // name, exchange, currency and time zone as the provider reports them
    qint64 fromMs = 0; // the start actually asked for (a provider may have to clamp it)
    qint64 rows = 0; // bars received, before checks
    qint64 skipped = 0; // dropped: nulls, non-finite values, implausible times
    qint64 flagged = 0; // kept, flagged invalid (impossible prices or volumes)
    int pages = 0; // requests that returned data
    QStringList notes; // for the user, e.g. why the range was clamped
};

// pages so far, bars so far; called on the awaiting thread after every page.
using PageCallback = std::function<void(int pages, qint64 bars)>;

class MODELDECK_CORE_EXPORT MarketDataProvider
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::MarketDataProvider)
public:
    virtual ~MarketDataProvider();

    virtual QString id() const = 0; // "yahoo", "binance", "binance-us"
    virtual QString displayName() const = 0; // "Yahoo Finance", "Binance", "Binance.US"
    virtual std::vector<Timeframe> supportedTimeframes() const = 0;
    // The symbol as this provider spells it ("btc-usdt" → "BTCUSDT" on Binance), or why it
    // cannot be one.
    virtual Result<QString> normalizeSymbol(const QString &symbol) const = 0;
    // All bars of the range, or an Error; never part of them. `cancel` may be null and must
    // outlive the task.
    virtual QCoro::Task<Result<ProviderResult>>
    fetch(ProviderRequest request, const CancellationToken *cancel, PageCallback onPage) = 0;

    // An Error naming the supported timeframes unless `timeframe` is one of them.
    Status checkTimeframe(Timeframe timeframe) const;

    static QStringList ids();
    // The display name of a provider id ("yahoo" → "Yahoo Finance"); the id itself when unknown.
    static QString displayNameOf(const QString &id);
    // `fetcher` is not owned and must outlive the provider.
    static Result<std::unique_ptr<MarketDataProvider>>
    create(const QString &id, const QUrl &baseUrl, HttpFetcher *fetcher);

protected:
    // baseUrl with `path` appended to whatever path it already has (a mirror may live below /).
    static QUrl endpoint(const QUrl &baseUrl, const QString &path);
};

} // namespace modeldeck
