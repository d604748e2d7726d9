#include "backtest/BarColumns.h"

#include <algorithm>

namespace modeldeck {

namespace {

void fillReturns(BarColumns &c)
{
    c.closeReturn.assign(c.close.size(), 0.0);
    for (size_t i = 1; i < c.close.size(); ++i)
        c.closeReturn[i] = c.close[i] / c.close[i - 1] - 1.0;
}

template<typename T>
std::vector<T> part(const std::vector<T> &v, size_t begin, size_t end)
{
    end = std::min(end, v.size());
    begin = std::min(begin, end);
    return std::vector<T>(v.begin() + std::ptrdiff_t(begin), v.begin() + std::ptrdiff_t(end));
}

} // namespace

BarColumns BarColumns::fromBars(std::span<const Bar> bars)
{
    BarColumns c;
    const size_t n = bars.size();
    c.time.resize(n);
    c.open.resize(n);
    c.high.resize(n);
    c.low.resize(n);
    c.close.resize(n);
    c.volume.resize(n);
    for (size_t i = 0; i < n; ++i) {
        c.time[i] = bars[i].timeUtcMs;
        c.open[i] = bars[i].open;
        c.high[i] = bars[i].high;
        c.low[i] = bars[i].low;
        c.close[i] = bars[i].close;
        c.volume[i] = bars[i].volume;
    }
    fillReturns(c);
    return c;
}

BarColumns BarColumns::slice(size_t begin, size_t end) const
{
    BarColumns c;
    c.time = part(time, begin, end);
    c.open = part(open, begin, end);
    c.high = part(high, begin, end);
    c.low = part(low, begin, end);
    c.close = part(close, begin, end);
    c.volume = part(volume, begin, end);
    c.closeReturn = part(closeReturn, begin, end);
    c.forecast = part(forecast, begin, end);
    c.forecastLower = part(forecastLower, begin, end);
    c.forecastUpper = part(forecastUpper, begin, end);
    if (!c.closeReturn.empty())
        c.closeReturn[0] = 0;
    return c;
}

} // namespace modeldeck
