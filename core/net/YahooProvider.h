#pragma once
// Yahoo Finance's public chart endpoint: /v8/finance/chart/{symbol}?interval=…&period1=…&period2=…
// One request per symbol and range (Yahoo answers whole ranges at once). Intraday history is
// limited (60 days up to 30m bars, 730 days for 1h): longer ranges are clamped with a note.

#include "net/MarketDataProvider.h"

#include <QCoreApplication>
#include <optional>

namespace modeldeck {

class MODELDECK_CORE_EXPORT YahooProvider final : public MarketDataProvider
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::YahooProvider)
public:
    // `fetcher` is not owned and must outlive the provider.
    YahooProvider(QUrl baseUrl, HttpFetcher *fetcher);

    QString id() const override;
    QString displayName() const override;
    std::vector<Timeframe> supportedTimeframes() const override;
    Result<QString> normalizeSymbol(const QString &symbol) const override;
    QCoro::Task<Result<ProviderResult>>
    fetch(ProviderRequest request, const CancellationToken *cancel, PageCallback onPage) override;

    // How far back Yahoo serves bars of this length; empty when it has no limit.
    static std::optional<qint64> historyLimitMs(Timeframe timeframe);
    QUrl chartUrl(const QString &symbol, Timeframe timeframe, qint64 fromMs, qint64 toMs) const;

private:
    QUrl m_baseUrl;
    HttpFetcher *m_fetcher;
};

} // namespace modeldeck
