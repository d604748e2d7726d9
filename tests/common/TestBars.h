#pragma once
// Synthetic bars and storing them in a workspace, for tests that need a series to train on.

#include "domain/Bar.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"

#include <QString>
#include <cmath>
#include <span>
#include <vector>

namespace modeldeck::test {

// 5-minute bars whose close is 100 + amplitude · sin(i / 4), volume 10.
inline std::vector<Bar> waveBars(int count, double amplitude)
{
    std::vector<Bar> bars;
    bars.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const double close = 100 + amplitude * std::sin(i / 4.0);
        bars.push_back({ 1'700'000'000'000 + qint64(i) * 300'000, close, close + 0.1, close - 0.1,
                         close, NAN, 10, 0 });
    }
    return bars;
}

// Stores the bars as `timeframe` of a UTC symbol in one transaction; the error text if it
// fails (empty on success), so callers can QVERIFY2 with it.
inline QString storeBars(const Database &database, const QString &symbol, const QString &timeframe,
                         std::span<const Bar> bars)
{
    auto c = database.connection();
    if (!c)
        return c.error().toString();
    MarketDataRepository repo(*c);
    WriteTransaction tx(*c);
    auto id = repo.ensureSymbol({ 0, symbol, QString(), QString(), QStringLiteral("UTC") });
    if (!id)
        return id.error().toString();
    if (auto merged = repo.mergeBars(*id, timeframe, bars); !merged)
        return merged.error().toString();
    if (auto committed = tx.commit(); !committed)
        return committed.error().toString();
    return {};
}

} // namespace modeldeck::test
