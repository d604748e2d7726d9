// libFuzzer target: YahooChartParser on arbitrary answers. The first byte picks the HTTP status
// and the timeframe; bars that come out must be sorted, one per time, finite, within
// plausibleBarTime, and flagged exactly when their values are impossible.

#include "FuzzSupport.h"
#include "domain/BarRules.h"
#include "net/YahooChartParser.h"

#include <cmath>

using namespace modeldeck;

namespace {

void checkBars(const std::vector<Bar> &bars)
{
    for (size_t i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars[i];
        fuzz::check(i == 0 || bars[i - 1].timeUtcMs < bar.timeUtcMs, "bars not sorted or repeated");
        fuzz::check(plausibleBarTime(bar.timeUtcMs, fuzz::kNowMs), "implausible time kept");
        fuzz::check(std::isfinite(bar.open) && std::isfinite(bar.high) && std::isfinite(bar.low)
                        && std::isfinite(bar.close) && std::isfinite(bar.volume),
                    "non-finite value kept");
        fuzz::check(bool(bar.flags & BarFlagInvalid) == barValueProblems(bar).any(),
                    "invalid flag disagrees with the values");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t control = data[0];
    const QByteArray body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    static const int statuses[] = { 200, 200, 200, 404, 400, 500, 429, 204 };
    static const qint64 seconds[] = { 60, 300, 3600, 86400, 604800, 900, 1800, 14400 };
    const int status = statuses[control & 7];
    const Timeframe timeframe = Timeframe::fromSeconds(seconds[(control >> 3) & 7]);
    const Result<YahooChart> chart
        = YahooChartParser::parse(body, status, QStringLiteral("FUZZ"), timeframe, fuzz::kNowMs);
    if (chart)
        checkBars(chart->bars);
    return 0;
}
