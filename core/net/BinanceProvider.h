#pragma once
// Binance and Binance.US klines:
// /api/v3/klines?symbol=…&interval=…&startTime=…&endTime=…&limit=1000, paged by start time because
// one answer holds at most 1,000 bars. Times are UTC.

#include "net/MarketDataProvider.h"

#include <QCoreApplication>

namespace modeldeck {

class MODELDECK_CORE_EXPORT BinanceProvider final : public MarketDataProvider
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::BinanceProvider)
public:
    enum class Venue { Global, Us };
    static constexpr int kPageLimit = 1000;

    // `fetcher` is not owned and must outlive the provider.
    BinanceProvider(Venue venue, QUrl baseUrl, HttpFetcher *fetcher);

    QString id() const override;
    QString displayName() const override;
    std::vector<Timeframe> supportedTimeframes() const override;
    Result<QString> normalizeSymbol(const QString &symbol) const override;
    QCoro::Task<Result<ProviderResult>>
    fetch(ProviderRequest request, const CancellationToken *cancel, PageCallback onPage) override;

    QUrl klinesUrl(const QString &symbol, Timeframe timeframe, qint64 startMs, qint64 endMs) const;
    // The quote asset of a pair ("BTCUSDT" → "USDT"), empty when it is not a common one.
    static QString quoteCurrency(const QString &symbol);

private:
    Venue m_venue;
    QUrl m_baseUrl;
    HttpFetcher *m_fetcher;
};

} // namespace modeldeck
