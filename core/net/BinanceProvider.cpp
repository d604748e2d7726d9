#include "BinanceProvider.h"

#include "net/BinanceKlineParser.h"
#include "net/HttpFetcher.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace modeldeck {

BinanceProvider::BinanceProvider(Venue venue, QUrl baseUrl, HttpFetcher *fetcher)
    : m_venue(venue), m_baseUrl(std::move(baseUrl)), m_fetcher(fetcher)
{
}

QString BinanceProvider::id() const
{
    return m_venue == Venue::Us ? QStringLiteral("binance-us") : QStringLiteral("binance");
}

QString BinanceProvider::displayName() const
{
    return m_venue == Venue::Us ? QStringLiteral("Binance.US") : QStringLiteral("Binance");
}

std::vector<Timeframe> BinanceProvider::supportedTimeframes() const
{
    // Binance's intervals that are also ModelDeck timeframes (whole minutes up to a week);
    // their names (1m … 12h, 1d, 3d, 1w) are Timeframe::name() spellings.
    std::vector<Timeframe> timeframes;
    for (qint64 minutes :
         { 1, 3, 5, 15, 30, 60, 120, 240, 360, 480, 720, 1440, 3 * 1440, 7 * 1440 })
        timeframes.push_back(Timeframe::fromSeconds(minutes * 60));
    return timeframes;
}

Result<QString> BinanceProvider::normalizeSymbol(const QString &symbol) const
{
    static const QRegularExpression separators(QStringLiteral("[-/_\\s]"));
    static const QRegularExpression pair(QStringLiteral("^[A-Z0-9]{2,20}$"));
    QString upper = symbol.toUpper();
    upper.remove(separators);
    if (!pair.match(upper).hasMatch()) {
        return Error {
            tr("“%1” is not a %2 symbol; write pairs such as BTCUSDT (letters and digits only).")
                .arg(symbol, displayName())
        };
    }
    return upper;
}

QString BinanceProvider::quoteCurrency(const QString &symbol)
{
    for (const char *quote : { "FDUSD", "USDT", "USDC", "BUSD", "TUSD", "USD", "EUR", "GBP", "TRY",
                               "BRL", "BTC", "ETH", "BNB" }) {
        const QLatin1StringView q(quote);
        if (symbol.size() > q.size() && symbol.endsWith(q))
            return q.toString();
    }
    return {};
}

QUrl BinanceProvider::klinesUrl(const QString &symbol, Timeframe timeframe, qint64 startMs,
                                qint64 endMs) const
{
    QUrl url = endpoint(m_baseUrl, QStringLiteral("/api/v3/klines"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("symbol"), symbol);
    query.addQueryItem(QStringLiteral("interval"), timeframe.name());
    query.addQueryItem(QStringLiteral("startTime"), QString::number(startMs));
    query.addQueryItem(QStringLiteral("endTime"), QString::number(endMs));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageLimit));
    url.setQuery(query);
    return url;
}

QCoro::Task<Result<ProviderResult>> BinanceProvider::fetch(ProviderRequest request,
                                                           const CancellationToken *cancel,
                                                           PageCallback onPage)
{
    ProviderResult out;
    out.symbol = SymbolInfo { 0, request.symbol, displayName(), quoteCurrency(request.symbol),
                              QStringLiteral("UTC") };
    out.fromMs = request.fromMs;
    const qint64 step = request.timeframe.milliseconds();
    // A server that keeps answering full pages past the range (ignoring startTime or endTime)
    // must not keep us paging forever.
    const qint64 maxPages = (request.toMs - request.fromMs) / (step * kPageLimit) + 2;
    qint64 cursor = request.fromMs;
    while (cursor < request.toMs) {
        if (out.pages >= maxPages) {
            co_return Error {
                tr("%1 kept sending pages for %2 past the requested range; stopped after %3.")
                    .arg(displayName(), request.symbol)
                    .arg(out.pages)
            };
        }
        // endTime is inclusive on Binance; the range's end is not.
        const QUrl url = klinesUrl(request.symbol, request.timeframe, cursor, request.toMs - 1);
        QCoro::Task<Result<HttpResponse>> fetching = m_fetcher->get(url, cancel);
        Result<HttpResponse> response = co_await fetching;
        if (!response)
            co_return response.error();
        // A page is at most 1,000 short rows; parsing it here costs well under a millisecond.
        auto page = BinanceKlineParser::parse(response->body, response->status, displayName(),
                                              request.symbol, request.nowMs);
        if (!page)
            co_return page.error();
        if (page->rows == 0)
            break;
        if (page->firstOpenMs < cursor) {
            co_return Error {
                tr("%1 answered bars from before the requested start for %2; it does not look like "
                   "the Binance klines API.")
                    .arg(displayName(), request.symbol)
            };
        }
        ++out.pages;
        out.rows += page->rows;
        out.skipped += page->skipped;
        out.flagged += page->flagged;
        // Each page starts after the last one, so appending keeps the bars sorted and unique.
        for (const Bar &bar : page->bars) {
            if (bar.timeUtcMs < request.toMs)
                out.bars.push_back(bar);
        }
        if (onPage)
            onPage(out.pages, qint64(out.bars.size()));
        if (page->rows < kPageLimit)
            break;
        cursor = page->lastOpenMs + step;
    }
    co_return out;
}

} // namespace modeldeck
