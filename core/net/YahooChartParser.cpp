#include "YahooChartParser.h"

#include "net/FetchedBars.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <cmath>
#include <limits>

namespace modeldeck::YahooChartParser {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::YahooChartParser)
};

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

// A number, or NaN for null and anything else (a string where a price belongs is as unusable
// as a null, and dropping the bar is safer than guessing).
double numberAt(const QJsonArray &values, qsizetype i)
{
    const QJsonValue v = values.at(i);
    return v.isDouble() ? v.toDouble() : kMissing;
}

qint64 localMidnightMs(qint64 timeMs, const QTimeZone &zone)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(timeMs, zone).date();
    return QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
}

Error malformed(const QString &symbol, const QString &what)
{
    return Error { Tr::tr("The answer from Yahoo Finance for %1 is incomplete or malformed: %2.")
                       .arg(symbol, what) };
}

} // namespace

Result<YahooChart> parse(const QByteArray &body, int httpStatus, const QString &symbol,
                         Timeframe timeframe, qint64 nowMs)
{
    const bool success = httpStatus >= 200 && httpStatus < 300;
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    const QJsonObject chart = doc.object().value(QLatin1StringView("chart")).toObject();
    if (jsonError.error != QJsonParseError::NoError || chart.isEmpty()) {
        if (!success)
            return Error {
                Tr::tr("Yahoo Finance answered HTTP %1 for %2.").arg(httpStatus).arg(symbol)
            };
        if (jsonError.error != QJsonParseError::NoError)
            return malformed(
                symbol, Tr::tr("%1 at byte %2").arg(jsonError.errorString()).arg(jsonError.offset));
        return malformed(symbol, Tr::tr("there is no “chart” object"));
    }

    const QJsonObject error = chart.value(QLatin1StringView("error")).toObject();
    const QJsonValue results = chart.value(QLatin1StringView("result"));
    if (!error.isEmpty() || httpStatus == 404 || results.isNull()) {
        // Server text goes into messages: a few lines at most, however much was sent.
        const QString code = error.value(QLatin1StringView("code")).toString().left(40);
        const QString description
            = error.value(QLatin1StringView("description")).toString().left(300);
        // How Yahoo answers a range without bars for a symbol it knows.
        if (description.startsWith(QLatin1StringView("Data doesn't exist for startDate")))
            return YahooChart();
        if (httpStatus == 404 || code == QLatin1StringView("Not Found") || error.isEmpty()) {
            return Error {
                Tr::tr("Yahoo Finance has no data for “%1” (%2). Check the spelling (Yahoo "
                       "symbols look "
                       "like AAPL, TCS.NS or BTC-USD); the symbol may be delisted.")
                    .arg(symbol,
                         description.isEmpty() ? Tr::tr("HTTP %1").arg(httpStatus) : description)
            };
        }
        return Error { Tr::tr("Yahoo Finance refused the request for %1: %2 (%3, HTTP %4).")
                           .arg(symbol, description, code)
                           .arg(httpStatus) };
    }
    if (!success)
        return Error {
            Tr::tr("Yahoo Finance answered HTTP %1 for %2.").arg(httpStatus).arg(symbol)
        };
    if (!results.isArray() || results.toArray().isEmpty() || !results.toArray().at(0).isObject())
        return malformed(symbol, Tr::tr("“result” is not a list of charts"));

    const QJsonObject result = results.toArray().at(0).toObject();
    const QJsonObject meta = result.value(QLatin1StringView("meta")).toObject();
    YahooChart chartOut;
    const QString zoneName = meta.value(QLatin1StringView("exchangeTimezoneName")).toString();
    const QTimeZone zone(zoneName.toUtf8());
    if (!zoneName.isEmpty() && zone.isValid())
        chartOut.timeZone = zoneName;
    chartOut.currency = meta.value(QLatin1StringView("currency")).toString().left(16);
    chartOut.exchange = meta.value(QLatin1StringView("exchangeName")).toString().left(32);
    const double offset = meta.value(QLatin1StringView("gmtoffset")).toDouble();
    if (std::isfinite(offset) && std::abs(offset) <= 18 * 3600)
        chartOut.gmtOffsetSeconds = int(offset);

    // No timestamps at all is how Yahoo says "nothing in this range".
    const QJsonValue timestampValue = result.value(QLatin1StringView("timestamp"));
    if (timestampValue.isUndefined() || timestampValue.isNull())
        return chartOut;
    if (!timestampValue.isArray())
        return malformed(symbol, Tr::tr("“timestamp” is not a list"));
    const QJsonArray timestamps = timestampValue.toArray();
    const qsizetype rows = timestamps.size();
    chartOut.rows = rows;
    if (rows == 0)
        return chartOut;

    const QJsonObject indicators = result.value(QLatin1StringView("indicators")).toObject();
    const QJsonObject quote
        = indicators.value(QLatin1StringView("quote")).toArray().at(0).toObject();
    const auto column = [&](const QJsonObject &object, const char *name) -> Result<QJsonArray> {
        const QJsonValue value = object.value(QLatin1StringView(name));
        if (!value.isArray())
            return malformed(symbol,
                             Tr::tr("the “%1” values are missing").arg(QLatin1StringView(name)));
        const QJsonArray values = value.toArray();
        if (values.size() != rows) {
            return malformed(symbol,
                             Tr::tr("%1 timestamps but %2 “%3” values")
                                 .arg(rows)
                                 .arg(values.size())
                                 .arg(QLatin1StringView(name)));
        }
        return values;
    };
    auto open = column(quote, "open");
    auto high = column(quote, "high");
    auto low = column(quote, "low");
    auto close = column(quote, "close");
    auto volume = column(quote, "volume");
    for (const auto *values : { &open, &high, &low, &close, &volume }) {
        if (!*values)
            return values->error();
    }
    // Adjusted closes only come with daily and longer bars; absent is fine, misaligned is not.
    const QJsonObject adjObject
        = indicators.value(QLatin1StringView("adjclose")).toArray().at(0).toObject();
    std::optional<QJsonArray> adjClose;
    if (adjObject.contains(QLatin1StringView("adjclose"))) {
        auto adj = column(adjObject, "adjclose");
        if (!adj)
            return adj.error();
        adjClose = *adj;
    }

    const bool dailyOrLonger = !timeframe.isIntraday();
    const QTimeZone barZone
        = chartOut.timeZone.isEmpty() ? QTimeZone(chartOut.gmtOffsetSeconds) : zone;
    chartOut.bars.reserve(size_t(rows));
    for (qsizetype i = 0; i < rows; ++i) {
        Bar bar;
        bar.open = numberAt(*open, i);
        bar.high = numberAt(*high, i);
        bar.low = numberAt(*low, i);
        bar.close = numberAt(*close, i);
        // Indices and currencies have null volume on otherwise complete bars.
        bar.volume = (*volume).at(i).isNull() ? 0.0 : numberAt(*volume, i);
        if (adjClose)
            bar.adjClose = numberAt(*adjClose, i);
        if (!FetchedBars::secondsToMs(numberAt(timestamps, i), nowMs, bar.timeUtcMs)
            || std::isnan(bar.open) || std::isnan(bar.high) || std::isnan(bar.low)
            || std::isnan(bar.close)) {
            ++chartOut.skipped;
            continue;
        }
        // Yahoo stamps daily bars with the session's first trade (09:30 New York), and the
        // running day with the latest trade; stored daily bars start at local midnight.
        if (dailyOrLonger)
            bar.timeUtcMs = localMidnightMs(bar.timeUtcMs, barZone);
        chartOut.bars.push_back(bar);
    }
    const FetchedBars::Counts counts = FetchedBars::clean(chartOut.bars, nowMs);
    chartOut.skipped += counts.skipped;
    chartOut.flagged = counts.flagged;
    return chartOut;
}

} // namespace modeldeck::YahooChartParser
