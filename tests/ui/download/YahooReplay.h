#pragma once
// Yahoo's chart endpoint replayed by the local fixture server (tests/net/FixtureServer.h) for
// the download dialog's tests and the screenshot tool (docs/screenshots/download.png): AAPL's
// daily fixture for any symbol but NOPE, which Yahoo does not know. Never the internet. Needs
// MODELDECK_NET_FIXTURES for the fixtures' folder.

#include "FixtureServer.h"
#include "download/DownloadDialog.h"
#include "download/DownloadOptionsWidget.h"
#include "net/DownloadSettings.h"

#include <QFile>
#include <QLineEdit>
#include <QSettings>

namespace modeldeck::test {

inline QByteArray netFixture(const char *name)
{
    QFile file(QStringLiteral(MODELDECK_NET_FIXTURES) + u'/' + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

inline CannedReply yahooChart(const ServedRequest &request)
{
    if (request.path.endsWith(QLatin1StringView("/NOPE")))
        return CannedReply { 404, netFixture("yahoo_not_found.json"), {}, 0, false };
    return CannedReply { 200, netFixture("yahoo_chart_aapl_1d.json"), {}, 0, false };
}

// Points every provider at `url` (read when a workspace opens), with one attempt per request.
inline void useBaseUrl(const QUrl &url)
{
    QSettings settings;
    for (const char *key :
         { DownloadSettings::kYahooBaseUrlKey, DownloadSettings::kBinanceBaseUrlKey,
           DownloadSettings::kBinanceUsBaseUrlKey })
        settings.setValue(QLatin1StringView(key), url.toString());
    settings.setValue(QLatin1StringView(DownloadSettings::kMaxAttemptsKey), 1);
    settings.setValue(QLatin1StringView(DownloadSettings::kTimeoutSecondsKey), 10);
    settings.setValue(QLatin1StringView(DownloadSettings::kConcurrentSymbolsKey), 1);
}

// Types the symbols and picks Yahoo daily bars, ready for Download.
inline void chooseYahooDaily(DownloadDialog &dialog, const QString &symbols)
{
    dialog.options()->setProvider(QStringLiteral("yahoo"));
    dialog.options()->symbolsEdit()->setText(symbols);
    dialog.options()->setTimeframe(QStringLiteral("1d"));
}

} // namespace modeldeck::test
