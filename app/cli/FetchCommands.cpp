#include "FetchCommands.h"

#include "CliSupport.h"
#include "net/DownloadService.h"
#include "net/MarketDataProvider.h"
#include "training/CancellationToken.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimeZone>
#include <QTimer>
#include <optional>

namespace modeldeck::cli {

namespace {

// "2024-01-31" is that day's midnight UTC; ISO times with an offset or Z keep it, naive ones
// are UTC.
std::optional<qint64> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

QCoro::Task<> finishInto(QCoro::Task<Result<DownloadReport>> &task,
                         std::optional<Result<DownloadReport>> &out, QEventLoop &loop)
{
    Result<DownloadReport> result = co_await task;
    out.emplace(std::move(result));
    loop.quit();
}

QJsonObject toJson(const SymbolDownloadReport &s)
{
    return { { QStringLiteral("symbol"), s.symbol },
             { QStringLiteral("requested"), s.requested },
             { QStringLiteral("ok"), s.ok },
             { QStringLiteral("cancelled"), s.cancelled },
             { QStringLiteral("error"), s.ok ? QString() : s.error.toString() },
             { QStringLiteral("incremental"), s.incremental },
             { QStringLiteral("from"), s.fromMs ? isoUtc(s.fromMs) : QString() },
             { QStringLiteral("to"), s.toMs ? isoUtc(s.toMs) : QString() },
             { QStringLiteral("pages"), s.pages },
             { QStringLiteral("rows"), s.rows },
             { QStringLiteral("bars"), s.bars },
             { QStringLiteral("skipped"), s.skipped },
             { QStringLiteral("flagged"), s.flagged },
             { QStringLiteral("first"), s.bars ? isoUtc(s.firstMs) : QString() },
             { QStringLiteral("last"), s.bars ? isoUtc(s.lastMs) : QString() },
             { QStringLiteral("merge"), cli::toJson(s.merge) },
             { QStringLiteral("notes"), QJsonArray::fromStringList(s.notes) } };
}

void printText(const DownloadReport &report)
{
    for (const SymbolDownloadReport &s : report.symbols) {
        if (!s.ok) {
            out()
                << Tr::tr("%1 %2: failed — %3").arg(s.symbol, report.timeframe, s.error.toString())
                << Qt::endl;
            continue;
        }
        out() << Tr::tr("%1 %2: %3 new, %4 updated, %5 unchanged (%6 bars in %n page(s) from %7)",
                        nullptr, s.pages)
                     .arg(s.symbol, report.timeframe)
                     .arg(s.merge.added)
                     .arg(s.merge.updated)
                     .arg(s.merge.unchanged)
                     .arg(s.rows)
                     .arg(isoUtc(s.fromMs))
              << Qt::endl;
        if (s.skipped)
            out() << Tr::tr("  %1 bars skipped for missing or unusable values").arg(s.skipped)
                  << Qt::endl;
        if (s.flagged)
            out() << Tr::tr("  %1 bars kept but flagged for impossible values").arg(s.flagged)
                  << Qt::endl;
        for (const QString &note : s.notes)
            out() << QStringLiteral("  ") << note << Qt::endl;
    }
}

} // namespace

int runFetch(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.isSet(o.provider) || !parser.isSet(o.symbols) || !parser.isSet(o.timeframe))
        return fail(Tr::tr("fetch needs --provider, --symbols and --timeframe."), ExitUsage);
    DownloadRequest request;
    request.provider = parser.value(o.provider).trimmed().toLower();
    if (!MarketDataProvider::ids().contains(request.provider)) {
        return fail(Tr::tr("--provider must be one of %1.")
                        .arg(MarketDataProvider::ids().join(QStringLiteral(", "))),
                    ExitUsage);
    }
    request.symbols = splitList(parser.value(o.symbols));
    if (request.symbols.isEmpty())
        return fail(Tr::tr("--symbols needs at least one symbol."), ExitUsage);
    auto timeframe = Timeframe::parse(parser.value(o.timeframe));
    if (!timeframe)
        return fail(timeframe.error().message, ExitUsage);
    request.timeframe = *timeframe;
    for (const auto &[option, target] :
         { std::pair { &o.from, &request.fromMs }, std::pair { &o.to, &request.toMs } }) {
        if (!parser.isSet(*option))
            continue;
        *target = parseDate(parser.value(*option));
        if (!*target) {
            return fail(Tr::tr("--%1 must be a date such as 2024-01-31 or a time such as "
                               "2024-01-31T09:15:00Z.")
                            .arg(option->names().constFirst()),
                        ExitUsage);
        }
    }

    DownloadSettings settings = DownloadSettings::load();
    if (parser.isSet(o.baseUrl)) {
        const QUrl url(parser.value(o.baseUrl), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1StringView("http")
                && url.scheme() != QLatin1StringView("https"))) {
            return fail(Tr::tr("--base-url must be an http:// or https:// URL with a host."),
                        ExitUsage);
        }
        settings.setBaseUrl(request.provider, url);
    }
    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    const std::shared_ptr<Database> database(std::move(*db));

    const bool json = parser.isSet(o.json);
    DownloadService service(database, settings);
    QElapsedTimer sinceLine;
    sinceLine.start();
    QObject::connect(&service, &DownloadService::progress, [&](const DownloadProgress &p) {
        // Page lines go to stderr (stdout holds the report), at most one a second.
        if (json || p.stage != DownloadProgress::Stage::Fetching || p.pages == 0
            || sinceLine.elapsed() < 1000)
            return;
        sinceLine.restart();
        err() << Tr::tr("%1: %2 bars in %n page(s)…", nullptr, p.pages).arg(p.symbol).arg(p.bars)
              << Qt::endl;
    });

    CancellationToken token;
    const InterruptGuard interrupt;
    QEventLoop loop;
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&token, &interrupt] {
        if (interrupt.triggered())
            token.cancel(Tr::tr("Ctrl+C was pressed"));
    });
    interruptPoll.start(50);
    QCoro::Task<Result<DownloadReport>> downloading = service.download(request, &token);
    std::optional<Result<DownloadReport>> result;
    QCoro::Task<> finishing = finishInto(downloading, result, loop);
    if (!result)
        loop.exec();
    if (!*result)
        return fail(result->error(), ExitUsage);

    const DownloadReport &report = **result;
    if (json) {
        QJsonArray symbols;
        for (const SymbolDownloadReport &s : report.symbols)
            symbols.append(toJson(s));
        printJson({ { QStringLiteral("provider"), report.provider },
                    { QStringLiteral("timeframe"), report.timeframe },
                    { QStringLiteral("cancelled"), report.cancelled },
                    { QStringLiteral("failed"), report.failures() },
                    { QStringLiteral("duration_ms"), report.durationMs },
                    { QStringLiteral("symbols"), symbols } });
    } else {
        printText(report);
    }
    for (const SymbolDownloadReport &s : report.symbols) {
        if (!s.ok)
            fail(QStringLiteral("%1: %2").arg(s.symbol, s.error.toString()));
    }
    if (report.cancelled)
        return fail(Tr::tr("Cancelled; the symbols that were not completed wrote nothing."),
                    ExitCancelled);
    if (const int failures = report.failures())
        return fail(Tr::tr("%1 of %2 symbols failed.").arg(failures).arg(report.symbols.size()));
    return ExitOk;
}

} // namespace modeldeck::cli
