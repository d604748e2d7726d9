#include "Timeframe.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <numeric>
#include <unordered_map>

namespace modeldeck {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;

constexpr std::array kStandard
    = { kMinute, 5 * kMinute, 15 * kMinute, 30 * kMinute, kHour, 4 * kHour, kDay, kWeek };
// Detection also snaps to 2h, which some exports use although the pickers do not offer it.
constexpr qint64 kAlsoDetected = 2 * kHour;

} // namespace

const QList<Timeframe> &Timeframe::standard()
{
    static const QList<Timeframe> list = [] {
        QList<Timeframe> timeframes;
        for (qint64 seconds : kStandard)
            timeframes.append(Timeframe(seconds));
        return timeframes;
    }();
    return list;
}

Result<Timeframe> Timeframe::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(^\s*(\d{1,5})\s*(m|min|mins|minute|minutes|h|hr|hour|hours|d|day|days|w|wk|week|weeks)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return Error {
            tr("“%1” is not a timeframe; use for example 5m, 15m, 1h, 1d or 1w.").arg(text)
        };
    }
    const qint64 count = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0).toLower();
    const qint64 unitSeconds = unit == u'm' ? kMinute
        : unit == u'h'                      ? kHour
        : unit == u'd'                      ? kDay
                                            : kWeek;
    const qint64 seconds = count * unitSeconds;
    if (seconds < kMinute || seconds > kWeek) {
        return Error {
            tr("Timeframe “%1” is out of range; it must be between 1m and 1w.").arg(text)
        };
    }
    return Timeframe(seconds);
}

Result<Timeframe> Timeframe::detect(std::span<const qint64> sortedTimesMs)
{
    std::unordered_map<qint64, qint64> counts;
    for (size_t i = 1; i < sortedTimesMs.size(); ++i) {
        const qint64 diff = sortedTimesMs[i] - sortedTimesMs[i - 1];
        if (diff > 0)
            ++counts[diff];
    }
    if (counts.empty()) {
        return Error { tr("Cannot detect the timeframe from fewer than two distinct timestamps; "
                          "choose it explicitly.") };
    }
    // Most frequent spacing; on ties the shorter one (gaps only ever lengthen spacing).
    auto best = std::max_element(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
        return a.second < b.second || (a.second == b.second && a.first > b.first);
    });
    const auto snap = [](qint64 seconds) -> std::optional<qint64> {
        for (qint64 standard : kStandard) {
            if (std::abs(seconds - standard) * 50 <= standard)
                return standard;
        }
        if (std::abs(seconds - kAlsoDetected) * 50 <= kAlsoDetected)
            return kAlsoDetected;
        return std::nullopt;
    };
    qint64 seconds = best->first / 1000;
    if (auto standard = snap(seconds))
        return Timeframe(*standard);
    // Short daily files make odd modes (01-03, 01-05, 01-08 → 2d); there the common divisor of
    // all spacings (1d) is the bar length. Only trusted when the mode is a small multiple of
    // it, so a stray 8-minute gap in 7-minute bars does not turn them into 1-minute bars.
    qint64 divisor = 0;
    for (const auto &entry : counts)
        divisor = std::gcd(divisor, entry.first / 1000);
    if (auto standard = snap(divisor); standard && seconds / *standard <= 4)
        return Timeframe(*standard);
    if (seconds >= kMinute && seconds <= kWeek && seconds % kMinute == 0)
        return Timeframe(seconds);
    return Error { tr("The rows are %1 seconds apart, which is not a supported timeframe "
                      "(1 minute to 1 week); choose the timeframe explicitly.")
                       .arg(best->first / 1000.0) };
}

QString Timeframe::name() const
{
    if (m_seconds <= 0)
        return {};
    if (m_seconds % kWeek == 0)
        return QString::number(m_seconds / kWeek) + u'w';
    if (m_seconds % kDay == 0)
        return QString::number(m_seconds / kDay) + u'd';
    if (m_seconds % kHour == 0)
        return QString::number(m_seconds / kHour) + u'h';
    if (m_seconds % kMinute == 0)
        return QString::number(m_seconds / kMinute) + u'm';
    return QString::number(m_seconds) + u's';
}

} // namespace modeldeck
