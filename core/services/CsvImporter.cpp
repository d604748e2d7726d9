#include "CsvImporter.h"

#include "data/CsvParser.h"
#include "data/ExchangeInfo.h"
#include "services/AuditLog.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"
#include "util/PathSanitizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::CsvImporter)
};

constexpr qint64 kChunkBytes = 1 << 20;

} // namespace

struct CsvImporter::ParsedFile
{
    QString path;
    QString symbol;
    QString timeZone;
    Timeframe timeframe;
    QString sha256;
    ParsedCsv csv;
};

CsvImporter::CsvImporter(const Database &database) : m_database(database) { }

QString CsvImporter::symbolFromFileName(const QString &path)
{
    // Names like "RELIANCE_5min", "TCS.NS-daily" or "AAPL 1d": the symbol is the first part.
    static const QRegularExpression separators(QStringLiteral(R"([_\s]|-(?=\d|daily|hourly|min))"),
                                               QRegularExpression::CaseInsensitiveOption);
    QString base = QFileInfo(path).completeBaseName();
    const auto match = separators.match(base);
    if (match.hasMatch() && match.capturedStart() > 0)
        base.truncate(match.capturedStart());
    base = base.toUpper();
    return PathSanitizer::validateSymbol(base) ? base : QString();
}

Result<CsvImporter::ParsedFile> CsvImporter::parseFile(const QString &path,
                                                       const ImportRequest &request,
                                                       qint64 &bytesDone, qint64 bytesTotal,
                                                       qint64 headRows, qint64 headBytes)
{
    ParsedFile parsed;
    parsed.path = path;
    parsed.symbol = request.symbol.trimmed().toUpper();
    if (parsed.symbol.isEmpty())
        parsed.symbol = symbolFromFileName(path);

    const auto zoneFor = [&](const QString &symbol) -> Result<QString> {
        if (!request.timeZone.isEmpty()) {
            if (!QTimeZone(request.timeZone.toUtf8()).isValid()) {
                return Error {
                    Tr::tr("Unknown time zone “%1”; use an IANA name such as Asia/Kolkata or "
                           "America/New_York.")
                        .arg(request.timeZone)
                };
            }
            return request.timeZone;
        }
        if (auto db = m_database.connection()) {
            if (auto known = MarketDataRepository(*db).findSymbol(symbol);
                known && known->has_value())
                return (*known)->timeZone;
        }
        return ExchangeInfo::forSymbol(symbol).timeZone;
    };

    const qint64 startDone = bytesDone;
    const auto parseWith = [&](const QString &zoneId) -> Result<ParsedCsv> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error { Tr::tr("Cannot open the file: %1").arg(file.errorString()) }.withFile(
                path);
        CsvParseOptions options;
        options.timeZone = QTimeZone(zoneId.toUtf8());
        options.dateOrder = request.dateOrder;
        options.invalidRows = request.invalidRows;
        options.nowUtcMs = request.nowUtcMs;
        if (headRows > 0) {
            options.maxDataRows = headRows;
            const QByteArray head = file.read(headBytes);
            if (file.error() != QFileDevice::NoError)
                return Error { Tr::tr("Reading failed: %1").arg(file.errorString()) }.withFile(
                    path);
            auto result = CsvParser::parseHead(head, file.atEnd(), options);
            if (!result)
                return result.error().withFile(path);
            return result;
        }
        CsvParser parser(options);
        QCryptographicHash sha(QCryptographicHash::Sha256);
        QByteArray chunk(kChunkBytes, Qt::Uninitialized);
        bytesDone = startDone;
        for (;;) {
            if (m_cancel && m_cancel->load(std::memory_order_relaxed))
                return Error { Tr::tr("The import was cancelled; nothing was written.") };
            const qint64 n = file.read(chunk.data(), chunk.size());
            if (n < 0)
                return Error { Tr::tr("Reading failed: %1").arg(file.errorString()) }.withFile(
                    path);
            if (n == 0)
                break;
            const QByteArrayView view(chunk.constData(), n);
            sha.addData(view);
            bytesDone += n;
            if (m_progress)
                m_progress(bytesDone, bytesTotal);
            if (!parser.feed(view))
                break;
        }
        parsed.sha256 = QString::fromLatin1(sha.result().toHex());
        auto result = parser.finish();
        if (!result)
            return result.error().withFile(path);
        return result;
    };

    QString zone;
    if (!parsed.symbol.isEmpty()) {
        auto z = zoneFor(parsed.symbol);
        if (!z)
            return z.error();
        zone = *z;
    } else {
        zone = request.timeZone.isEmpty() ? QStringLiteral("UTC") : request.timeZone;
    }
    auto csv = parseWith(zone);
    if (!csv)
        return csv.error();

    // A yfinance file names its ticker; it beats a guess from the file name.
    if (request.symbol.isEmpty() && !csv->ticker.isEmpty()
        && PathSanitizer::validateSymbol(csv->ticker.toUpper())) {
        const QString ticker = csv->ticker.toUpper();
        if (ticker != parsed.symbol) {
            parsed.symbol = ticker;
            auto z = zoneFor(ticker);
            if (!z)
                return z.error();
            if (*z != zone && !csv->hadUtcOffsets) {
                zone = *z;
                csv = parseWith(zone);
                if (!csv)
                    return csv.error();
            }
            zone = *z;
        }
    }
    if (parsed.symbol.isEmpty()) {
        return Error {
            Tr::tr("Cannot tell the symbol from the file name; give it explicitly (for example "
                   "--symbol TCS.NS).")
        }
            .withFile(path);
    }
    if (auto valid = PathSanitizer::validateSymbol(parsed.symbol); !valid)
        return valid.error().withFile(path);
    if (csv->bars.empty()) {
        return Error { Tr::tr("The file has no usable rows (%1 rows skipped for missing values).")
                           .arg(csv->skippedMissing) }
            .withFile(path);
    }

    if (request.timeframe) {
        parsed.timeframe = *request.timeframe;
    } else {
        std::vector<qint64> times;
        times.reserve(csv->bars.size());
        for (const Bar &bar : csv->bars)
            times.push_back(bar.timeUtcMs);
        auto detected = Timeframe::detect(times);
        if (!detected)
            return detected.error().withFile(path);
        parsed.timeframe = *detected;
    }
    parsed.timeZone = zone;
    parsed.csv = std::move(*csv);
    return parsed;
}

Result<FilePreview> CsvImporter::preview(const QString &path, const ImportRequest &request,
                                         qint64 maxRows, qint64 maxBytes)
{
    qint64 bytesDone = 0;
    auto parsed = parseFile(path, request, bytesDone, 0, std::max<qint64>(1, maxRows),
                            std::max<qint64>(1, maxBytes));
    if (!parsed)
        return parsed.error();
    return FilePreview { path, parsed->symbol, parsed->timeZone, parsed->timeframe,
                         std::move(parsed->csv) };
}

namespace {

// One "import" entry per run, whose subject names the series it wrote ("TCS.NS 1d, AAPL 1h").
AuditEntry importEntry(const ImportReport &report)
{
    QStringList series;
    QJsonArray files;
    qint64 rows = 0;
    qint64 added = 0;
    qint64 updated = 0;
    for (const FileImportReport &f : report.files) {
        const QString key = AuditLog::seriesSubject(f.symbol, f.timeframe);
        if (!series.contains(key))
            series << key;
        files.append(QFileInfo(f.file).fileName());
        rows += f.rowsRead;
        added += f.merge.added;
        updated += f.merge.updated;
    }
    return AuditLog::entry(AuditAction::Import, series.join(QStringLiteral(", ")),
                           { { QStringLiteral("kind"), QStringLiteral("csv") },
                             { QStringLiteral("files"), files },
                             { QStringLiteral("rows"), rows },
                             { QStringLiteral("added"), added },
                             { QStringLiteral("updated"), updated } });
}

} // namespace

Result<ImportReport> CsvImporter::run(const ImportRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    if (request.files.isEmpty())
        return Error { Tr::tr("No files to import.") };

    qint64 bytesTotal = 0;
    for (const QString &path : request.files)
        bytesTotal += QFileInfo(path).size();

    std::vector<ParsedFile> parsedFiles;
    qint64 bytesDone = 0;
    for (const QString &path : request.files) {
        auto parsed = parseFile(path, request, bytesDone, bytesTotal);
        if (!parsed)
            return parsed.error();
        parsedFiles.push_back(std::move(*parsed));
    }

    auto db = m_database.connection();
    if (!db)
        return db.error();
    MarketDataRepository repo(*db);
    WriteTransaction tx(*db);
    if (!tx.isActive())
        return tx.beginError();

    ImportReport report;
    for (ParsedFile &file : parsedFiles) {
        ExchangeInfo exchange = ExchangeInfo::forSymbol(file.symbol);
        auto symbolId = repo.ensureSymbol(
            { 0, file.symbol, exchange.exchange, exchange.currency, file.timeZone });
        if (!symbolId)
            return symbolId.error();
        const QString timeframe = file.timeframe.name();
        auto merged = repo.mergeBars(*symbolId, timeframe, file.csv.bars);
        if (!merged)
            return merged.error().withFile(file.path);

        FileImportReport fr;
        fr.file = file.path;
        fr.symbol = file.symbol;
        fr.timeframe = timeframe;
        fr.timeZone = file.timeZone;
        fr.layout = file.csv.layout;
        fr.rowsRead = file.csv.dataRows;
        fr.skippedMissing = file.csv.skippedMissing;
        fr.duplicateTimes = file.csv.duplicateTimes;
        fr.flagged = std::move(file.csv.flagged);
        fr.merge = *merged;
        fr.firstMs = file.csv.bars.front().timeUtcMs;
        fr.lastMs = file.csv.bars.back().timeUtcMs;

        ImportLogEntry log { QFileInfo(file.path).fileName(),
                             file.sha256,
                             csvLayoutName(fr.layout),
                             *symbolId,
                             timeframe,
                             fr.rowsRead,
                             fr.merge,
                             fr.skippedMissing,
                             qint64(fr.flagged.size()),
                             fr.firstMs,
                             fr.lastMs,
                             timer.elapsed() };
        if (auto logged = repo.logImport(log); !logged)
            return logged.error();
        report.files.push_back(std::move(fr));
    }
    if (m_cancel && m_cancel->load())
        return Error { Tr::tr("The import was cancelled; nothing was written.") };
    if (request.audited) {
        if (auto logged = AuditRepository(*db).insert(importEntry(report)); !logged)
            return logged.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    report.durationMs = timer.elapsed();
    return report;
}

} // namespace modeldeck
