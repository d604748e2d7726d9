#pragma once
// Binance klines for tests: 5-minute bars with simple rising prices from kStartMs, so what a
// download merges and what is resampled from it can be computed by hand.

#include "FixtureServer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace modeldeck::test {

inline constexpr qint64 kStepMs = 300'000; // 5 minutes
inline constexpr qint64 kStartMs = 1709251200000; // 2024-03-01T00:00Z, a UTC day and hour start

// The synthetic 5m bar i: rising prices, so every bucket's OHLCV is easy to compute.
inline double openOf(int i)
{
    return 100.0 + i;
}
inline double highOf(int i)
{
    return openOf(i) + 3;
}
inline double lowOf(int i)
{
    return openOf(i) - 2;
}
inline double closeOf(int i)
{
    return openOf(i) + 1;
}
inline double volumeOf(int i)
{
    return 10.0 + i;
}

// Binance's klines endpoint over the first `available` synthetic bars, honouring startTime,
// endTime and limit.
inline CannedReply klines(const ServedRequest &request, int available)
{
    const qint64 start = request.query.queryItemValue(QStringLiteral("startTime")).toLongLong();
    const qint64 end = request.query.queryItemValue(QStringLiteral("endTime")).toLongLong();
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
    QJsonArray page;
    for (int i = 0; i < available && page.size() < limit; ++i) {
        const qint64 open = kStartMs + i * kStepMs;
        if (open < start)
            continue;
        if (open > end)
            break;
        const auto text = [](double v) { return QString::number(v, 'f', 2); };
        page.append(QJsonArray { double(open), text(openOf(i)), text(highOf(i)), text(lowOf(i)),
                                 text(closeOf(i)), text(volumeOf(i)), double(open + kStepMs - 1),
                                 QStringLiteral("0"), 1, QStringLiteral("0"), QStringLiteral("0"),
                                 QStringLiteral("0") });
    }
    return CannedReply { 200, QJsonDocument(page).toJson(QJsonDocument::Compact), {}, 0, false };
}

} // namespace modeldeck::test
