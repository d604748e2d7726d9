#pragma once
// A local Binance for auto-train's "Refresh price data first", used by its tests and the
// screenshot tool: it serves `available` synthetic BTCUSDT 5m klines (tests/net/SyntheticKlines.h),
// late or never when asked to, and builds workspaces that downloaded some of them. Never the
// internet.

#include "DownloadTestSupport.h"
#include "FixtureServer.h"
#include "SyntheticKlines.h"
#include "TestSession.h"
#include "services/MarketDataService.h"
#include "training/AutoTrainDialog.h"

#include <QSettings>

namespace modeldeck::test {

inline const QString kKlineSymbol = QStringLiteral("BTCUSDT");
inline const QString kKlineBot = QStringLiteral("linear_bot");

class KlineRefreshSource
{
public:
    int available = 0; // bars the server has
    int delayMs = 0; // how late it answers
    bool hang = false; // never answers

    // Listens and points the Binance provider at this server (one attempt, 60 s time-out);
    // false when it cannot listen.
    bool start()
    {
        if (!m_server.listen())
            return false;
        m_server.setHandler([this](const ServedRequest &r) {
            CannedReply reply = klines(r, available);
            reply.delayMs = delayMs;
            reply.hang = hang;
            return reply;
        });
        QSettings settings;
        settings.setValue(QLatin1StringView(DownloadSettings::kBinanceBaseUrlKey),
                          m_server.url().toString());
        settings.setValue(QLatin1StringView(DownloadSettings::kMaxAttemptsKey), 1);
        settings.setValue(QLatin1StringView(DownloadSettings::kTimeoutSecondsKey), 60);
        return true;
    }

    const FixtureServer &server() const { return m_server; }

    // The workspace in `dir`: BTCUSDT 5m downloaded (`stored` bars) and 1h resampled from it,
    // then opened in a session. Aborts when it cannot, since nothing after would mean anything.
    std::unique_ptr<WorkspaceSession> workspaceWith(const QString &dir, int stored)
    {
        {
            const std::shared_ptr<Database> db = openDatabase(dir);
            DownloadService service(db, fastSettings(m_server.url()));
            available = stored;
            auto first = runDownload(service,
                                     { QStringLiteral("binance"),
                                       { kKlineSymbol },
                                       Timeframe::fromSeconds(300),
                                       kStartMs,
                                       std::nullopt });
            if (!first || first->failures() != 0)
                qFatal("%s", qPrintable(describe(first)));
            auto hourly = MarketDataService(*db).resample(kKlineSymbol, Timeframe::fromSeconds(300),
                                                          Timeframe::fromSeconds(3600));
            if (!hourly)
                qFatal("%s", qPrintable(hourly.error().toString()));
        }
        return openSession(dir);
    }

    // Chooses BTCUSDT 5m and 1h with linear_bot in `dialog`, not starting the queue.
    static void choose(AutoTrainDialog &dialog)
    {
        dialog.setSelection({ kKlineSymbol }, { QStringLiteral("5m"), QStringLiteral("1h") },
                            { kKlineBot });
        dialog.setStartWhenQueued(false);
    }

private:
    FixtureServer m_server;
};

} // namespace modeldeck::test
