// libFuzzer target: BinanceKlineParser on arbitrary pages. The first byte picks the HTTP status;
// bars that come out must be sorted, one per time, within plausibleBarTime, and flagged exactly
// when their values are impossible.

#include "FuzzSupport.h"
#include "domain/BarRules.h"
#include "net/BinanceKlineParser.h"

#include <cmath>

using namespace modeldeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const int statuses[] = { 200, 200, 200, 400, 404, 418, 500, 429 };
    const int status = statuses[data[0] & 7];
    const QByteArray body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const Result<BinanceKlines> page = BinanceKlineParser::parse(
        body, status, QStringLiteral("Binance"), QStringLiteral("FUZZUSDT"), fuzz::kNowMs);
    if (!page)
        return 0;
    fuzz::check(qint64(page->bars.size()) <= page->rows, "more bars than rows");
    for (size_t i = 0; i < page->bars.size(); ++i) {
        const Bar &bar = page->bars[i];
        fuzz::check(i == 0 || page->bars[i - 1].timeUtcMs < bar.timeUtcMs,
                    "bars not sorted or repeated");
        fuzz::check(plausibleBarTime(bar.timeUtcMs, fuzz::kNowMs), "implausible time kept");
        fuzz::check(std::isfinite(bar.open) && std::isfinite(bar.close), "non-finite value kept");
        fuzz::check(bool(bar.flags & BarFlagInvalid) == barValueProblems(bar).any(),
                    "invalid flag disagrees with the values");
    }
    return 0;
}
