#include "MarketDataProvider.h"

#include "net/BinanceProvider.h"
#include "net/YahooProvider.h"

#include <QCoreApplication>
#include <algorithm>

namespace modeldeck {

MarketDataProvider::~MarketDataProvider() = default;

Status MarketDataProvider::checkTimeframe(Timeframe timeframe) const
{
    const auto supported = supportedTimeframes();
    if (std::find(supported.begin(), supported.end(), timeframe) != supported.end())
        return {};
    QStringList names;
    for (Timeframe t : supported)
        names << t.name();
    return Error { tr("%1 does not offer %2 bars; choose one of %3.")
                       .arg(displayName(), timeframe.name(), names.join(QStringLiteral(", "))) };
}

QStringList MarketDataProvider::ids()
{
    return { QStringLiteral("yahoo"), QStringLiteral("binance"), QStringLiteral("binance-us") };
}

QString MarketDataProvider::displayNameOf(const QString &id)
{
    // A provider only uses its fetcher to fetch, so one without a fetcher can name itself.
    auto provider = create(id, QUrl(QStringLiteral("https://localhost")), nullptr);
    return provider ? (*provider)->displayName() : id;
}

Result<std::unique_ptr<MarketDataProvider>>
MarketDataProvider::create(const QString &id, const QUrl &baseUrl, HttpFetcher *fetcher)
{
    if (!ids().contains(id))
        return Error {
            tr("Unknown provider “%1”; choose one of %2.").arg(id, ids().join(QStringLiteral(", ")))
        };
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()
        || (baseUrl.scheme() != QLatin1StringView("http")
            && baseUrl.scheme() != QLatin1StringView("https"))) {
        return Error {
            tr("“%1” is not a usable base URL for %2; it needs http:// or https:// and a host.")
                .arg(baseUrl.toString(), id)
        };
    }
    if (id == QLatin1StringView("yahoo"))
        return std::unique_ptr<MarketDataProvider>(
            std::make_unique<YahooProvider>(baseUrl, fetcher));
    const auto venue = id == QLatin1StringView("binance-us") ? BinanceProvider::Venue::Us
                                                             : BinanceProvider::Venue::Global;
    return std::unique_ptr<MarketDataProvider>(
        std::make_unique<BinanceProvider>(venue, baseUrl, fetcher));
}

QUrl MarketDataProvider::endpoint(const QUrl &baseUrl, const QString &path)
{
    QUrl url = baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace modeldeck
