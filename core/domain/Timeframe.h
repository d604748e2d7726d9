#pragma once
// A bar duration such as 5m, 1h or 1d, with parsing, naming and detection from timestamps.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <optional>
#include <span>

namespace modeldeck {

class MODELDECK_CORE_EXPORT Timeframe
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::Timeframe)
public:
    Timeframe() = default;

    // Accepts "1m", "5m", "15m", "30m", "1h", "4h", "1d", "1w" (and 60m, 24h, 7d aliases;
    // case-insensitive "min"/"H"/"D"/"W" spellings). Only whole minutes from 1 minute to 1 week.
    static Result<Timeframe> parse(const QString &text);
    static Timeframe fromSeconds(qint64 seconds) { return Timeframe(seconds); }
    // The timeframes offered wherever one is picked from a list (import, auto-train), shortest
    // first: 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w.
    static const QList<Timeframe> &standard();

    // The most frequent spacing between consecutive sorted timestamps (so weekends, holidays
    // and session gaps do not matter), snapped to a standard timeframe when within 2 %.
    // Needs at least two distinct timestamps.
    static Result<Timeframe> detect(std::span<const qint64> sortedTimesMs);

    bool isValid() const { return m_seconds > 0; }
    qint64 seconds() const { return m_seconds; }
    qint64 milliseconds() const { return m_seconds * 1000; }
    bool isIntraday() const { return m_seconds < 86400; }
    QString name() const; // canonical: "5m", "1h", "1d", "1w", "90m"

    friend bool operator==(Timeframe a, Timeframe b) { return a.m_seconds == b.m_seconds; }
    friend bool operator<(Timeframe a, Timeframe b) { return a.m_seconds < b.m_seconds; }

private:
    explicit Timeframe(qint64 seconds) : m_seconds(seconds) { }
    qint64 m_seconds = 0;
};

} // namespace modeldeck
