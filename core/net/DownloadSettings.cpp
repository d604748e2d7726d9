#include "DownloadSettings.h"

#include <QSettings>
#include <algorithm>

namespace modeldeck {

namespace {

constexpr QLatin1StringView kYahoo("yahoo");
constexpr QLatin1StringView kBinance("binance");
constexpr QLatin1StringView kBinanceUs("binance-us");

QUrl urlSetting(const QSettings &settings, const char *key, const QUrl &fallback)
{
    const QUrl url(settings.value(QLatin1StringView(key)).toString());
    return url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty() ? url : fallback;
}

int intSetting(const QSettings &settings, const char *key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = settings.value(QLatin1StringView(key)).toInt(&ok);
    return ok ? std::clamp(value, min, max) : fallback;
}

} // namespace

DownloadSettings DownloadSettings::load(const QSettings &settings)
{
    DownloadSettings s;
    s.yahooBaseUrl = urlSetting(settings, kYahooBaseUrlKey, s.yahooBaseUrl);
    s.binanceBaseUrl = urlSetting(settings, kBinanceBaseUrlKey, s.binanceBaseUrl);
    s.binanceUsBaseUrl = urlSetting(settings, kBinanceUsBaseUrlKey, s.binanceUsBaseUrl);
    const int timeoutSeconds
        = intSetting(settings, kTimeoutSecondsKey, int(s.http.timeout.count() / 1000), 1, 600);
    s.http.timeout = std::chrono::seconds(timeoutSeconds);
    const int totalSeconds = intSetting(settings, kTotalTimeoutSecondsKey,
                                        int(s.http.totalTimeout.count() / 1000), 1, 3600);
    s.http.totalTimeout = std::chrono::seconds(totalSeconds);
    s.http.maxAttempts = intSetting(settings, kMaxAttemptsKey, s.http.maxAttempts, 1, 10);
    s.concurrentSymbols = intSetting(settings, kConcurrentSymbolsKey, s.concurrentSymbols, 1, 8);
    return s;
}

DownloadSettings DownloadSettings::load()
{
    const QSettings settings;
    return load(settings);
}

QUrl DownloadSettings::baseUrl(const QString &providerId) const
{
    if (providerId == kYahoo)
        return yahooBaseUrl;
    if (providerId == kBinance)
        return binanceBaseUrl;
    if (providerId == kBinanceUs)
        return binanceUsBaseUrl;
    return {};
}

void DownloadSettings::setBaseUrl(const QString &providerId, const QUrl &url)
{
    if (providerId == kYahoo)
        yahooBaseUrl = url;
    else if (providerId == kBinance)
        binanceBaseUrl = url;
    else if (providerId == kBinanceUs)
        binanceUsBaseUrl = url;
}

HttpPolicy DownloadSettings::policyFor(const QString &providerId) const
{
    HttpPolicy policy = http;
    policy.minInterval = providerId == kYahoo ? yahooMinInterval : binanceMinInterval;
    return policy;
}

} // namespace modeldeck
