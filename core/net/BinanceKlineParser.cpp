#include "BinanceKlineParser.h"

#include "net/FetchedBars.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <limits>

namespace modeldeck::BinanceKlineParser {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::BinanceKlineParser)
};

constexpr int kInvalidSymbol = -1121;

// Binance sends prices as strings to keep their decimals; plain numbers are accepted too.
// NaN for anything unreadable, which drops the bar.
double valueOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        return ok ? d : std::numeric_limits<double>::quiet_NaN();
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace

Result<BinanceKlines> parse(const QByteArray &body, int httpStatus, const QString &exchange,
                            const QString &symbol, qint64 nowMs)
{
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    if (httpStatus < 200 || httpStatus >= 300) {
        const QJsonObject object = doc.object();
        const int code = object.value(QLatin1StringView("code")).toInt();
        const QString message = object.value(QLatin1StringView("msg")).toString().left(300);
        if (code == kInvalidSymbol) {
            return Error {
                Tr::tr("%1 does not list the symbol “%2” (%3). Binance symbols are pairs written "
                       "without a separator, such as BTCUSDT or ETHBTC.")
                    .arg(exchange, symbol, message)
            };
        }
        if (message.isEmpty())
            return Error {
                Tr::tr("%1 answered HTTP %2 for %3.").arg(exchange).arg(httpStatus).arg(symbol)
            };
        return Error { Tr::tr("%1 refused the request for %2 (HTTP %3, code %4): %5")
                           .arg(exchange, symbol)
                           .arg(httpStatus)
                           .arg(code)
                           .arg(message) };
    }
    const auto malformed = [&](const QString &what) {
        return Error { Tr::tr("The answer from %1 for %2 is incomplete or malformed: %3.")
                           .arg(exchange, symbol, what) };
    };
    if (jsonError.error != QJsonParseError::NoError)
        return malformed(
            Tr::tr("%1 at byte %2").arg(jsonError.errorString()).arg(jsonError.offset));
    if (!doc.isArray())
        return malformed(Tr::tr("it is not a list of klines"));

    const QJsonArray rows = doc.array();
    BinanceKlines page;
    page.rows = rows.size();
    page.bars.reserve(size_t(rows.size()));
    bool anyTime = false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray row = rows.at(i).toArray();
        if (row.size() < 6)
            return malformed(
                Tr::tr("kline %1 has %2 fields instead of at least 6").arg(i + 1).arg(row.size()));
        // Milliseconds as a JSON number; whole and within the range a double holds exactly.
        const double openTime = row.at(0).toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!std::isfinite(openTime) || openTime != std::floor(openTime)
            || std::abs(openTime) > 9e15) {
            ++page.skipped;
            continue;
        }
        Bar bar;
        bar.timeUtcMs = qint64(openTime);
        if (!anyTime || bar.timeUtcMs < page.firstOpenMs)
            page.firstOpenMs = bar.timeUtcMs;
        if (!anyTime || bar.timeUtcMs > page.lastOpenMs)
            page.lastOpenMs = bar.timeUtcMs;
        anyTime = true;
        bar.open = valueOf(row.at(1));
        bar.high = valueOf(row.at(2));
        bar.low = valueOf(row.at(3));
        bar.close = valueOf(row.at(4));
        bar.volume = valueOf(row.at(5));
        page.bars.push_back(bar);
    }
    const FetchedBars::Counts counts = FetchedBars::clean(page.bars, nowMs);
    page.skipped += counts.skipped;
    page.flagged = counts.flagged;
    return page;
}

} // namespace modeldeck::BinanceKlineParser
