#pragma once
// What market-data downloads can be told: where each provider lives (so a mirror or a test
// server can stand in), time-outs, retries and request spacing. One QSettings key and one
// default per value, read once by load().

#include "modeldeck_core_export.h"
#include "net/HttpFetcher.h"

#include <QString>
#include <QUrl>
#include <chrono>

class QSettings;

namespace modeldeck {

struct MODELDECK_CORE_EXPORT DownloadSettings
{
    static constexpr const char *kYahooBaseUrlKey = "download/yahooBaseUrl";
    static constexpr const char *kBinanceBaseUrlKey = "download/binanceBaseUrl";
    static constexpr const char *kBinanceUsBaseUrlKey = "download/binanceUsBaseUrl";
    static constexpr const char *kTimeoutSecondsKey = "download/timeoutSeconds"; // inactivity
    static constexpr const char *kTotalTimeoutSecondsKey = "download/totalTimeoutSeconds";
    static constexpr const char *kMaxAttemptsKey = "download/maxAttempts";
    static constexpr const char *kConcurrentSymbolsKey = "download/concurrentSymbols";

    QUrl yahooBaseUrl { QStringLiteral("https://query1.finance.yahoo.com") };
    QUrl binanceBaseUrl { QStringLiteral("https://api.binance.com") };
    QUrl binanceUsBaseUrl { QStringLiteral("https://api.binance.us") };
    HttpPolicy http; // minInterval is replaced per provider
    std::chrono::milliseconds yahooMinInterval { 500 }; // Yahoo throttles bursts with 429s
    std::chrono::milliseconds binanceMinInterval { 250 }; // klines cost 2 of 6,000 weight a minute
    int concurrentSymbols = 2;

    // The defaults above, overridden by the keys present in `settings`.
    static DownloadSettings load(const QSettings &settings);
    // Same, from the application's QSettings.
    static DownloadSettings load();

    // The base URL and HTTP policy for a provider id ("yahoo", "binance", "binance-us").
    QUrl baseUrl(const QString &providerId) const;
    void setBaseUrl(const QString &providerId, const QUrl &url);
    HttpPolicy policyFor(const QString &providerId) const;
};

} // namespace modeldeck
