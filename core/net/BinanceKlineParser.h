#pragma once
// Reads one page of Binance's klines endpoint (/api/v3/klines): arrays of [open time (ms),
// "open", "high", "low", "close", "volume", close time, ...] with prices as strings, times in
// UTC. A pure function from bytes to values or an Error (Binance's {"code","msg"} bodies become
// messages; -1121 means the symbol is unknown).

#include "domain/Bar.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace modeldeck {

struct BinanceKlines
{
    std::vector<Bar> bars; // sorted, one per time
    qint64 rows = 0; // klines in the page, usable or not (a full page means "ask again")
    qint64 firstOpenMs = 0; // of the rows with a readable open time
    qint64 lastOpenMs = 0;
    qint64 skipped = 0;
    qint64 flagged = 0;
};

namespace BinanceKlineParser {

// `exchange` ("Binance", "Binance.US") and `symbol` are for messages.
MODELDECK_CORE_EXPORT Result<BinanceKlines> parse(const QByteArray &body, int httpStatus,
                                                  const QString &exchange, const QString &symbol,
                                                  qint64 nowMs);

} // namespace BinanceKlineParser

} // namespace modeldeck
