#include "YahooProvider.h"

#include "net/HttpFetcher.h"
#include "net/YahooChartParser.h"
#include "util/PathSanitizer.h"
#include "util/WorkPool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

namespace {

constexpr qint64 kDayMs = 86'400'000;
// Yahoo measures its limit against its own clock; an hour of margin keeps requests near the
// edge from being refused.
constexpr qint64 kLimitMarginMs = 3'600'000;

QString interval(Timeframe timeframe)
{
    switch (timeframe.seconds()) {
    case 3600:
        return QStringLiteral("1h");
    case 7 * 86400:
        return QStringLiteral("1wk");
    default:
        return timeframe.name(); // 5m, 15m, 30m, 1d
    }
}

QString dateText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

YahooProvider::YahooProvider(QUrl baseUrl, HttpFetcher *fetcher)
    : m_baseUrl(std::move(baseUrl)), m_fetcher(fetcher)
{
}

QString YahooProvider::id() const
{
    return QStringLiteral("yahoo");
}

QString YahooProvider::displayName() const
{
    return QStringLiteral("Yahoo Finance");
}

std::vector<Timeframe> YahooProvider::supportedTimeframes() const
{
    return { Timeframe::fromSeconds(300),   Timeframe::fromSeconds(900),
             Timeframe::fromSeconds(1800),  Timeframe::fromSeconds(3600),
             Timeframe::fromSeconds(86400), Timeframe::fromSeconds(7 * 86400) };
}

Result<QString> YahooProvider::normalizeSymbol(const QString &symbol) const
{
    const QString upper = symbol.trimmed().toUpper();
    if (auto valid = PathSanitizer::validateSymbol(upper); !valid)
        return valid.error();
    return upper;
}

std::optional<qint64> YahooProvider::historyLimitMs(Timeframe timeframe)
{
    if (timeframe.seconds() <= 1800)
        return 60 * kDayMs;
    if (timeframe.seconds() < 86400)
        return 730 * kDayMs;
    return std::nullopt;
}

QUrl YahooProvider::chartUrl(const QString &symbol, Timeframe timeframe, qint64 fromMs,
                             qint64 toMs) const
{
    // QUrl percent-encodes what a path cannot hold (the ^ of ^NSEI); symbols never contain '/'.
    QUrl url = endpoint(m_baseUrl, QStringLiteral("/v8/finance/chart/") + symbol);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("interval"), interval(timeframe));
    query.addQueryItem(QStringLiteral("period1"), QString::number(fromMs / 1000));
    query.addQueryItem(QStringLiteral("period2"), QString::number((toMs + 999) / 1000));
    query.addQueryItem(QStringLiteral("includePrePost"), QStringLiteral("false"));
    url.setQuery(query);
    return url;
}

QCoro::Task<Result<ProviderResult>>
YahooProvider::fetch(ProviderRequest request, const CancellationToken *cancel, PageCallback onPage)
{
    ProviderResult out;
    out.symbol.name = request.symbol;
    out.fromMs = request.fromMs;
    if (const auto limit = historyLimitMs(request.timeframe)) {
        const qint64 earliest = request.nowMs - *limit + kLimitMarginMs;
        const qint64 days = *limit / kDayMs;
        if (request.toMs <= earliest) {
            co_return Error {
                tr("Yahoo Finance keeps %1 bars for the last %2 days only; the requested range "
                   "ends before that.")
                    .arg(request.timeframe.name())
                    .arg(days)
            };
        }
        if (out.fromMs < earliest) {
            out.notes << tr("Yahoo Finance keeps %1 bars for the last %2 days only: fetching from "
                            "%3 instead "
                            "of %4.")
                             .arg(request.timeframe.name())
                             .arg(days)
                             .arg(dateText(earliest), dateText(request.fromMs));
            out.fromMs = earliest;
        }
    }

    const QUrl url = chartUrl(request.symbol, request.timeframe, out.fromMs, request.toMs);
    QCoro::Task<Result<HttpResponse>> fetching = m_fetcher->get(url, cancel);
    Result<HttpResponse> response = co_await fetching;
    if (!response)
        co_return response.error();

    // Parsed on a pool thread: 60 days of 5-minute bars are about a megabyte of JSON.
    const QString symbol = request.symbol;
    const Timeframe timeframe = request.timeframe;
    const qint64 nowMs = request.nowMs;
    QFuture<Result<YahooChart>> parsing = QtConcurrent::run(
        workPool(), [body = response->body, status = response->status, symbol, timeframe, nowMs] {
            return YahooChartParser::parse(body, status, symbol, timeframe, nowMs);
        });
    co_await parsing;
    Result<YahooChart> chart = parsing.result();
    if (!chart)
        co_return chart.error();

    out.pages = 1;
    out.rows = chart->rows;
    out.skipped = chart->skipped;
    out.flagged = chart->flagged;
    out.symbol.exchange = chart->exchange;
    out.symbol.currency = chart->currency;
    out.symbol.timeZone = chart->timeZone;
    out.bars = std::move(chart->bars);
    if (onPage)
        onPage(out.pages, qint64(out.bars.size()));
    co_return out;
}

} // namespace modeldeck
