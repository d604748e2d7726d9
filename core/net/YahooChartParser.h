#pragma once
// Reads an answer of Yahoo Finance's chart endpoint (/v8/finance/chart/{symbol}) into bars and
// the exchange's metadata. A pure function from bytes to values or an Error: nulls in the
// quote arrays drop the bar, non-finite or implausible values drop it too, arrays of
// different lengths or a broken document fail the whole answer.

#include "domain/Bar.h"
#include "domain/Timeframe.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace modeldeck {

struct YahooChart
{
    std::vector<Bar> bars; // sorted, one per time; daily and weekly bars at local midnight
    QString timeZone; // meta.exchangeTimezoneName when it is a zone this machine knows
    QString currency; // meta.currency
    QString exchange; // meta.exchangeName
    int gmtOffsetSeconds = 0; // meta.gmtoffset
    qint64 rows = 0; // timestamps in the answer
    qint64 skipped = 0; // rows dropped for nulls, non-finite values or implausible times
    qint64 flagged = 0; // bars kept with impossible values, flagged invalid
};

namespace YahooChartParser {

// `httpStatus` is the answer's status (error answers carry a JSON error too); `symbol` is for
// messages; `timeframe` says whether times are moved to the exchange's local midnight (as CSV
// imports and the resampler store daily bars).
MODELDECK_CORE_EXPORT Result<YahooChart> parse(const QByteArray &body, int httpStatus,
                                               const QString &symbol, Timeframe timeframe,
                                               qint64 nowMs);

} // namespace YahooChartParser

} // namespace modeldeck
