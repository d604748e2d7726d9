#include "Resampler.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <unordered_map>

namespace modeldeck::Resampler {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::Resampler)
};

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
// 1970-01-01 was a Thursday; shifting by three days puts week boundaries on Mondays.
constexpr qint64 kWeekShiftMs = 3 * kDayMs;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// UTC offsets only change on whole UTC hours in practice (even for +05:30 zones the change
// instants are hour-aligned in UTC), so one lookup per hour is exact and cheap.
class OffsetCache
{
public:
    explicit OffsetCache(const QTimeZone &zone) : m_zone(zone) { }
    qint64 offsetMs(qint64 utcMs)
    {
        const qint64 hour = floorDiv(utcMs, kHourMs);
        auto it = m_cache.find(hour);
        if (it == m_cache.end()) {
            const auto when = QDateTime::fromMSecsSinceEpoch(hour * kHourMs, QTimeZone::utc());
            it = m_cache.emplace(hour, qint64(m_zone.offsetFromUtc(when)) * 1000).first;
        }
        return it->second;
    }

private:
    QTimeZone m_zone;
    std::unordered_map<qint64, qint64> m_cache;
};

} // namespace

Result<std::vector<Bar>> resample(std::span<const Bar> bars, Timeframe from, Timeframe to,
                                  const QTimeZone &zone)
{
    if (!from.isValid() || !to.isValid() || to.seconds() <= from.seconds()
        || to.seconds() % from.seconds() != 0) {
        return Error {
            Tr::tr("Cannot resample %1 bars to %2: the target must be a whole multiple of the "
                   "source timeframe (for example 5m → 1h or 1h → 1d).")
                .arg(from.name(), to.name())
        };
    }
    if (!zone.isValid())
        return Error { Tr::tr("Cannot resample: the symbol's time zone is not valid.") };

    if (!std::is_sorted(bars.begin(), bars.end(),
                        [](const Bar &a, const Bar &b) { return a.timeUtcMs < b.timeUtcMs; })) {
        return Error { Tr::tr("Cannot resample: the bars are not in time order.") };
    }
    const qint64 periodMs = to.milliseconds();
    const qint64 shiftMs = periodMs % (7 * kDayMs) == 0 ? kWeekShiftMs : 0;
    OffsetCache offsets(zone);

    std::vector<Bar> out;
    out.reserve(bars.size() / size_t(to.seconds() / from.seconds()) + 1);
    qint64 currentBucket = std::numeric_limits<qint64>::min();
    for (const Bar &bar : bars) {
        const qint64 offset = offsets.offsetMs(bar.timeUtcMs);
        const qint64 bucketLocal
            = floorDiv(bar.timeUtcMs + offset + shiftMs, periodMs) * periodMs - shiftMs;
        // The bucket's UTC start uses the offset in force at that start, not the bar's: a daily
        // bar whose first trade follows a DST change still starts at local midnight. Buckets
        // are told apart by this UTC start, so the repeated hour of a fall-back day makes two.
        const qint64 bucketUtc = bucketLocal - offsets.offsetMs(bucketLocal - offset);
        if (out.empty() || bucketUtc != currentBucket) {
            currentBucket = bucketUtc;
            Bar b = bar;
            b.timeUtcMs = bucketUtc;
            out.push_back(b);
            continue;
        }
        Bar &b = out.back();
        b.high = std::max(b.high, bar.high);
        b.low = std::min(b.low, bar.low);
        b.close = bar.close;
        b.adjClose = bar.adjClose;
        b.volume += bar.volume;
        b.flags |= bar.flags;
    }
    return out;
}

} // namespace modeldeck::Resampler
